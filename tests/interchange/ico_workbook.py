"""A hand-made workbook in the layout of the UK ICO controller documentation template."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

ICO_TITLES = [
    "Business function",
    "Purpose of processing",
    "Name and contact details of joint controller (if applicable)",
    "Categories of individuals",
    "Categories of personal data",
    "Categories of recipients",
    "Link to contract with processor",
    "Names of third countries or international organisations that personal data are transferred to (if applicable)",
    "Safeguards for exceptional transfers of personal data to third countries or international organisations "
    "(if applicable)",
    "Retention schedule (if possible)",
    "General description of technical and organisational security measures (if possible)",
    "Article 6 lawful basis for processing personal data",
    "Article 9 basis for processing special category data",
    "Legitimate interests for the processing (if applicable)",
    "Link to record of legitimate interests assessment (if applicable)",
    "Rights available to individuals",
    "Existence of automated decision-making, including profiling (if applicable)",
    "The source of the personal data (if applicable)",
    "Link to record of consent",
    "Location of personal data",
    "Data Protection Impact Assessment required?",
    "Data Protection Impact Assessment progress",
    "Link to Data Protection Impact Assessment",
    "Personal data breach?",
    "Link to record of personal data breach",
]


def _row(**cells: str) -> list[str]:
    """A row of 25 cells given by ICO column number: c1=..., c12=..."""
    return [cells.get(f"c{i}", "") for i in range(1, 26)]


# Nine activities of a small Swedish software company.
ROWS = [
    _row(c1="HR", c2="Pay salaries and benefits\nReport tax and social fees", c4="Employees\nFormer employees",
         c5="Name; Personal identity number; Bank account; Salary; Sick leave", c6="Payroll provider; Skatteverket",
         c7="https://intranet.example/contracts/payroll.pdf", c8="N/A", c9="N/A",
         c10="7 years after the end of the financial year (Bokföringslagen)",
         c11="Role-based access, MFA, encrypted backups",
         c12="Article 6(1)(b) contract; 6(1)(c) legal obligation", c13="Article 9(2)(b) employment law",
         c16="Access, rectification, erasure", c17="No", c18="The employee; Skatteverket",
         c20="PayRoll 9\nSharePoint HR", c21="No", c24="No"),
    _row(c1="Marketing", c2="Newsletter", c4="Subscribers", c5="Name; Email address", c6="Email service provider",
         c7="https://intranet.example/contracts/mailer.pdf", c8="United States",
         c9="Standard contractual clauses (2021), module 2", c10="Until the subscriber unsubscribes",
         c11="TLS; access control", c12="Consent", c13="N/A", c16="Withdraw consent at any time", c17="No",
         c18="The data subject", c19="https://intranet.example/consents/newsletter", c20="Mailer (cloud)",
         c21="No"),
    _row(c1="Sales", c2="Customer relationship management", c4="Customers' employees",
         c5="Name; Work email; Phone number; Role", c6="CRM provider; Support subcontractor", c8="USA; India",
         c9="SCCs with supplementary encryption", c10="3 years after the last contact",
         c11="Encryption at rest; logging", c12="Legitimate interests",
         c14="Keeping in touch with our business customers", c15="https://intranet.example/lia/crm",
         c16="Object, access", c17="No", c18="The customer", c20="Nimbus CRM", c21="Yes",
         c22="Completed", c23="https://intranet.example/dpia/crm"),
    _row(c1="HR", c2="Recruitment", c4="Job applicants", c5="CV; References; Interview notes",
         c6="Recruitment platform", c10="6 months after the recruitment ends", c11="Access limited to HR",
         c12="6(1)(b)", c16="Access, erasure", c17="No", c18="The applicant; referees", c20="Teamtailor",
         c21="No"),
    _row(c1="Support", c2="Customer support tickets", c3="Partner AS, post@partner.example",
         c4="Customers", c5="Name; Email; Ticket content", c6="Helpdesk provider", c10="2 years",
         c11="Logging; access control", c12="Contract\nLegitimate interests – quality follow-up",
         c14="Improving support quality", c17="No", c20="Zendesk", c21="No"),
    _row(c1="Security", c2="CCTV at the office entrance", c4="Visitors; Employees", c5="Video images",
         c6="Security company", c10="30 days", c11="Recordings viewed only after incidents",
         c12="Legitimate interests", c14="Protecting people and property", c17="No", c20="On-premises recorder",
         c21="Yes", c22="In progress", c24="Yes – 2024-03 lost USB stick", c25="https://intranet.example/breaches/7"),
    _row(c1="Finance", c2="Accounting and invoicing", c4="Customers; Suppliers' contact persons",
         c5="Invoices; Bank details", c6="Auditor; Skatteverket", c10="7 years",
         c11="Access control; backups", c12="Legal obligation (Bokföringslagen)", c17="No",
         c18="Customers and suppliers", c20="Fortnox", c21="No"),
    _row(c1="Health and safety", c2="Occupational health follow-up", c4="Employees",
         c5="Sick notes; Rehabilitation plans", c6="Occupational health provider", c10="10 years",
         c11="Encrypted storage; named access", c12="6(1)(c)", c13="9(2)(h) occupational medicine", c17="No",
         c20="HR system", c21="Yes", c22="Not started"),
    _row(c1="IT", c2="Web analytics", c4="Website visitors", c5="IP address; Cookie ID", c6="Analytics provider",
         c8="United States", c9="EU-US Data Privacy Framework", c10="14 months", c11="Pseudonymisation",
         c12="Consent or legitimate interests (under review)", c17="Yes – profiling for ad targeting",
         c20="Analytics cloud", c21="No"),
]

HEADER_ROW = 7


def write_ico_workbook(path: Path, rows: list[list[str]] | None = None, titles: list[str] | None = None,
                       block: str = "labels", sheet: str = "Controller template") -> Path:
    """The ICO layout: header block in rows 1-6, the column titles in row 7, one activity per row from 8."""
    wb = Workbook()
    intro = wb.active
    intro.title = "Instructions"
    intro["A1"] = "How to use this template"
    intro["A2"] = "Fill in one row per processing activity."
    ws = wb.create_sheet(sheet)
    ws["A1"] = "Documentation of processing activities – controller"
    if block == "labels":
        ws["A2"] = "Name and contact details of controller"
        ws["B2"] = "Fjällräv Systems AB\nSveavägen 1\n111 57 Stockholm\ninfo@fjallrav.example\n+46 8 123 45 67"
        ws["A3"] = "Name and contact details of Data Protection Officer (if applicable)"
        ws["B3"] = "Åsa Öberg, dpo@fjallrav.example"
        ws["A4"] = "Name and contact details of representative (if applicable)"
        ws["B4"] = "N/A"
    elif block == "ico":  # as the ICO ships it: the roles across the top, Name/Address/Email/Telephone down the side
        for col, text in zip("BCD", ("Controller", "Data Protection Officer", "Representative")):
            ws[f"{col}1"] = text
        for r, values in ((2, ("Name", "Fjällräv Systems AB", "Åsa Öberg", "Ørsted Rep ApS")),
                          (3, ("Address", "Sveavägen 1", "", "Copenhagen")),
                          (4, ("", "111 57 Stockholm", "", "")),  # the address goes on under a merged label
                          (5, ("Email", "info@fjallrav.example", "dpo@fjallrav.example", "rep@orsted.example")),
                          (6, ("Telephone", "+46 8 123 45 67", "N/A", ""))):
            for col, text in zip("ABCD", values):
                if text:
                    ws[f"{col}{r}"] = text
        ws.merge_cells("A3:A4")
    else:  # "reversed": Name/Address/Email/Telephone across the top, one row per role down the side
        for col, text in zip("BCDE", ("Name", "Address", "Email", "Telephone")):
            ws[f"{col}2"] = text
        for r, values in ((3, ("Controller", "Fjällräv Systems AB", "Sveavägen 1, Stockholm", "info@fjallrav.example",
                               "+46 8 123 45 67")),
                          (4, ("Data Protection Officer", "Åsa Öberg", "", "dpo@fjallrav.example", "")),
                          (5, ("Representative", "Ørsted Rep ApS", "Copenhagen", "rep@orsted.example", ""))):
            for col, text in zip("ABCDE", values):
                if text:
                    ws[f"{col}{r}"] = text
    if block != "ico":
        ws["A6"] = "Article 30 record of processing activities"
    ws["L6"] = "Optional: good practice"
    for c, title in enumerate(titles or ICO_TITLES, start=1):
        ws.cell(HEADER_ROW, c, title)
    for r, row in enumerate(rows if rows is not None else ROWS, start=HEADER_ROW + 1):
        for c, value in enumerate(row, start=1):
            if value:
                ws.cell(r, c, value)
    wb.save(path)
    return path
