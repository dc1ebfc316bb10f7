"""Danish export texts (terminology of the Danish text of the GDPR, databeskyttelsesforordningen)."""

TEXTS: dict[str, str] = {
    "title": "Fortegnelse over behandlingsaktiviteter",
    "subtitle": "efter artikel 30 i databeskyttelsesforordningen (EU) 2016/679",
    "subject": "Fortegnelse over behandlingsaktiviteter efter artikel 30 i databeskyttelsesforordningen — {org}",
    "section.organisation": "Dataansvarlig og kontaktoplysninger",
    "section.controller": "Fortegnelse over behandlingsaktiviteter som dataansvarlig (art. 30, stk. 1)",
    "section.processor": (
        "Fortegnelse over kategorier af behandlingsaktiviteter udført som databehandler (art. 30, stk. 2)"
    ),
    "processor.identity": "Databehandleren (art. 30, stk. 2, litra a)",
    "processor.name": "Databehandlerens navn",
    "processor.contact": "Databehandlerens kontaktoplysninger",
    "processor.dpo": "Databehandlerens databeskyttelsesrådgiver",
    "processor.representative": "Databehandlerens repræsentant",
    "processor.sub_processors": "Underdatabehandlere (databehandlerens modtagere)",
    "section.recipients": "Bilag A: Modtagere og databehandlere",
    "section.transfers": "Bilag B: Overførsler til tredjelande eller internationale organisationer",
    "section.findings": "Bilag C: Resultater af fuldstændighedskontrollen",
    "sheet.organisation": "Organisation",
    "sheet.controller": "Art 30 stk 1 dataansvarlig",
    "sheet.processor": "Art 30 stk 2 databehandler",
    "sheet.recipients": "Modtagere",
    # International organisations (law data's destinations "org:<id>"), by their name in the language
    "io.epo": "Den Europæiske Patentorganisation",
    "sheet.transfers": "Overførsler",
    "sheet.findings": "Bemærkninger",
    "sheet.overflow": "Lange værdier",
    "missing": "Mangler",
    "not_stated": "Ikke angivet",
    "yes": "Ja",
    "no": "Nej",
    "contents": "Indhold",
    "exported": "Eksporteret",
    "prepared_by": "Udarbejdet af",
    "scope": "Indhold",
    "scope.art30": "Fortegnelsen over behandlingsaktiviteter efter artikel 30",
    "scope.internal": (
        "Hele det interne register, til organisationens eget brug"
        " (ikke fortegnelsen til tilsynsmyndigheden)"
    ),
    "provenance.file": "Registerfil",
    "provenance.schema": "Registrets skemaversion",
    "provenance.law": "Juridiske referencedata",
    "provenance.law_value": "version {version} af {date}",
    "provenance.checked_against": "Kontrolleret mod juridiske referencedata",
    "provenance.as_of": "Fortegnelsen som den så ud pr.",
    "provenance.fingerprint": "Registrets fingeraftryk (SHA-256)",
    "provenance.short": "Register {fingerprint}",
    "language": "Sprog",
    "date": "Dato",
    "contact": "Kontakt vedrørende fortegnelsen",
    "page_of": "Side {page} af {total}",
    "continued": "(fortsat)",
    "none_recorded": "Ingen registreret",
    "no_activities": "Der er ikke registreret nogen behandlingsaktiviteter.",
    "no_findings": "Ingen bemærkninger.",
    "direct_transfer": "Behandlingsaktiviteten selv ({activity})",
    "via": "via {name}",
    "unknown_recipient": "Ukendt modtager (id {id})",
    "unknown_activity": "Ukendt behandlingsaktivitet (id {id})",
    "section.breaches": "Log over brud på persondatasikkerheden (art. 33, stk. 5)",
    "sheet.breaches": "Sikkerhedsbrud",
    "section.requests": "Log over anmodninger fra registrerede (art. 12)",
    "sheet.requests": "Anmodninger",
    "column.notification_deadline": "Frist for anmeldelse (72 timer)",
    "column.request_deadline": "Svarfrist",
    "overflow_note": "[fortsætter i arket »{sheet}«, række {first}–{last}]",
    "severity.error": "Fejl",
    "severity.warning": "Advarsel",
    "severity.info": "Information",
    "severity.accepted": "Godtaget ({severity})",
    "accepted_reason": "Godtaget: {reason}",
    "column.third_countries": "Tredjelande eller internationale organisationer",
    "column.transfer_safeguards": "Overførselsgrundlag og fornødne garantier (art. 46, 49, stk. 1)",
    "column.used_by": "Anvendes i behandlingsaktiviteter",
    "column.transferred_by": "Overføres af",
    "column.severity": "Alvorlighed",
    "column.rule": "Regel",
    "column.record": "Post",
    "column.field": "Felt",
    "column.message": "Bemærkning",
    "column.reference": "Henvisning",
    "column.label": "Oplysning",
    "column.value": "Værdi",
    "column.sheet": "Ark",
    "column.cell": "Celle",
    "column.part": "Del",
    "column.text": "Tekst",
    # The workbook: the print sheets, the layouts of the authorities' templates, the data-category links
    "sheet.print_controller": "Art 30 stk 1 til udskrift",
    "sheet.print_processor": "Art 30 stk 2 til udskrift",
    "sheet.data_links": "Personoplysninger og sammenhæng",
    "section.data_links": (
        "Kategorier af personoplysninger: hvilke registrerede de vedrører, og hvilke modtagere de videregives til"
    ),
    "column.group.mandatory": "Obligatorisk (art. 30, stk. 1)",
    "column.group.optional": "Valgfrit",
    "column.activity": "Behandlingsaktivitet",
    "column.rights": "De registreredes rettigheder",
    "column.breach_occurred": "Er der sket et brud på persondatasikkerheden?",
    "column.breach_link": "Link til dokumentationen af bruddet på persondatasikkerheden",
    # Reviews: the calendar of due reviews (ropa_app.export.reviews)
    "review.summary": "Gennemgang: {title}",
    "review.description": (
        "{kind}; ansvarlig: {owner}; senest gennemgået: {last}."
        " Markér den som gennemgået i ROPA Desk, når gennemgangen er gjort."
    ),
    "review.never": "aldrig",
    "review.kind.activity": "Behandlingsaktivitet",
    "review.kind.recipient": "Modtager",
    "review.calendar": "Gennemgange — {org}",
    "section.dataflow": "Dataflow: hvor personoplysningerne går hen",
    "dataflow.intro": (
        "Hver behandlingsaktivitets personoplysninger (efter type), de modtagere, der modtager dem, og "
        "de lande, hvor de behandles. Linjen for en overførsel viser overførselsgrundlaget; en rød eller "
        "gul ramme eller prik markerer en bemærkning fra fuldstændighedskontrollen."
    ),
    "dataflow.column.activity": "Behandlingsaktiviteter",
    "dataflow.column.data": "Personoplysninger",
    "dataflow.column.recipient": "Modtagere",
    "dataflow.column.country": "Lande",
    "dataflow.part": "Del {n} af {of}",
    "dataflow.no_function": "Intet forretningsområde",
    "dataflow.empty": (
        "Der er ikke registreret nogen strømme af personoplysninger: ingen behandlingsaktivitet angiver "
        "sine kategorier af personoplysninger og modtagere."
    ),
    "dataflow.legend.special": (
        "{mark} Særlige kategorier af personoplysninger (art. 9) og oplysninger om straffedomme og "
        "lovovertrædelser (art. 10)"
    ),
    "dataflow.legend.third": "Tredjeland (uden for EØS)",
    "dataflow.group.adequacy": "Afgørelse om tilstrækkeligt beskyttelsesniveau",
    "dataflow.group.dpf": "Databeskyttelsesrammen mellem EU og USA",
    "dataflow.group.scc": "Standardbestemmelser om databeskyttelse",
    "dataflow.group.bcr": "Bindende virksomhedsregler",
    "dataflow.group.other_safeguard": "Andre fornødne garantier (art. 46)",
    "dataflow.group.derogation": "Undtagelse (art. 49)",
    "dataflow.group.invalid": "Ugyldigt overførselsgrundlag",
    "dataflow.group.none": "Intet overførselsgrundlag",
    "dataflow.group.gap": "Ingen overførsel registreret",
    "dataflow.group.eea": "Inden for EØS (ingen overførsel)",
    "dataflow.map": "Kort over modtagerlande: de lande, hvor oplysningerne behandles",
    "dataflow.map_intro": (
        "Hvert felt er et land, placeret hvor hovedstaden ligger (et feltkort uden grænser). De lande, "
        "oplysningerne går til, er farvet efter deres mindst sikre dataflow og skraveret, hvor intet "
        "gyldigt overførselsgrundlag dækker det; en rød eller gul ramme markerer en bemærkning fra "
        "fuldstændighedskontrollen."
    ),
}

FIELDS: dict[str, dict[str, str]] = {
    "organisation": {
        "name": "Den dataansvarliges navn",
        "org_number": "Registreringsnummer",
        "org_number.DK": "CVR-nummer",  # a Danish company's registration number
        "address": "Adresse",
        "country": "Land",
        "email": "E-mail",
        "phone": "Telefon",
        "website": "Websted",
        "dpo_appointed": "Databeskyttelsesrådgiver udpeget",
        "dpo_name": "Databeskyttelsesrådgiver",
        "dpo_email": "Databeskyttelsesrådgiverens e-mail",
        "dpo_phone": "Databeskyttelsesrådgiverens telefon",
        "dpo_address": "Databeskyttelsesrådgiverens adresse",
        "privacy_contact_name": "Kontaktperson for databeskyttelse",
        "privacy_contact_email": "Kontaktpersonens e-mail",
        "representative_name": "Repræsentant i Unionen (art. 27)",
        "representative_contact": "Repræsentantens kontaktoplysninger",
        "supervisory_authority": "Tilsynsmyndighed",
        "export_language": "Eksportsprog",
    },
    "activity": {
        "ref": "Ref.",
        "name": "Behandlingsaktivitet",
        "role": "Rolle",
        "business_function": "Afdeling eller funktion",
        "owner": "Ansvarlig",
        "description": "Beskrivelse",
        "purposes": "Formålene med behandlingen",
        "joint_controllers": "Fælles dataansvarlige",
        "data_subject_categories": "Kategorier af registrerede",
        "data_categories": "Kategorier af personoplysninger",
        "special_category_conditions": "Betingelser efter art. 9, stk. 2, for særlige kategorier",
        "criminal_data_basis": "Grundlag for oplysninger om strafbare forhold (art. 10)",
        "identity_number_reason": "Begrundelse for behandling af CPR-nummer",
        "legal_bases": "Behandlingsgrundlag (art. 6)",
        "legal_basis_note": "Behandlingsgrundlag, nærmere oplysninger",
        "legitimate_interests": "Legitime interesser, der forfølges",
        "lia_link": "Interesseafvejning",
        "consent_record_link": "Dokumentation af samtykker",
        "recipient_categories": "Kategorier af modtagere",
        "recipients": "Modtagere og databehandlere",
        "no_external_recipients": "Ingen modtagere uden for organisationen",
        "retention": "Tidsfrister for sletning (opbevaringsperiode)",
        "security_measures": "Tekniske og organisatoriske sikkerhedsforanstaltninger",
        "security_description": "Beskrivelse af sikkerhedsforanstaltningerne",
        "source": "Hvor personoplysningerne stammer fra",
        "privacy_notice_link": "Information til de registrerede (art. 13, 14)",
        "automated_decision_making": "Automatiske afgørelser, herunder profilering",
        "adm_description": "Automatiske afgørelser, nærmere oplysninger",
        "dpia_status": "Konsekvensanalyse vedrørende databeskyttelse (art. 35)",
        "dpia_link": "Konsekvensanalyse, dokument",
        "dpia_criteria": "Kriterier for konsekvensanalyse, der er opfyldt",
        "dpia_screening_note": "Vurdering af behovet for konsekvensanalyse, med begrundelse",
        "systems": "Systemer og hvor oplysningerne opbevares",
        "controllers": "Dataansvarlige, på hvis vegne vi behandler",
        "processing_categories": "Kategorier af behandling, der udføres",
        "status": "Status",
        "last_reviewed": "Senest gennemgået",
        "reviewed_by": "Gennemgået af",
        "review_note": "Note fra gennemgangen",
        "review_interval": "Interval for gennemgang",
        "next_review": "Næste gennemgang",
        "notes": "Noter",
        "transfers": "Direkte overførsler til tredjelande",
    },
    "recipient": {
        "name": "Modtager",
        "legal_entity": "Juridisk enhed",
        "address": "Adresse",
        "country": "Etableringsland",
        "contact": "Kontakt",
        "kind": "Type modtager",
        "service": "Ydelse",
        "processing_countries": "Lande, hvor oplysningerne behandles",
        "dpa_signed": "Databehandleraftale indgået",
        "dpa_link": "Databehandleraftale",
        "dpa_in_place": "Databehandleraftale foreligger",
        "dpa_terms": "Databehandleraftalens indhold (art. 28, stk. 3)",
        "sub_processors": "Underdatabehandlere",
        "sub_processing": "Underdatabehandlere efter aftalen (art. 28, stk. 2 og 4)",
        "transfers": "Overførsler til tredjelande",
        "owner": "Ansvarlig",
        "last_reviewed": "Senest gennemgået",
        "reviewed_by": "Gennemgået af",
        "review_note": "Note fra gennemgangen",
        "review_interval": "Interval for gennemgang",
        "next_review": "Næste gennemgang",
        "notes": "Noter",
    },
    "transfer": {
        "country": "Modtagerland",
        "mechanism": "Overførselsgrundlag",
        "scc_module": "Modul i standardbestemmelserne",
        "derogation": "Undtagelse (art. 49)",
        "dpf_verified_on": "DPF-optagelsen kontrolleret",
        "dpf_hr_covered": "DPF-certificeringen omfatter personaleoplysninger (HR)",
        "bcr_reference": "Bindende virksomhedsregler, reference",
        "tia_date": "Vurdering af overførslen (TIA), dato",
        "tia_link": "Vurdering af overførslen (TIA)",
        "supplementary_measures": "Supplerende foranstaltninger",
        "safeguards_documentation": "Dokumentation for passende garantier",
        "notes": "Noter",
    },
    "data_category": {"name": "Kategori", "special": "Særlig kategori eller oplysninger om strafbare forhold",
                      "retention": "Opbevaringsperiode",
                      "subjects": "Registrerede", "recipients": "Modtagere"},
    "joint_controller": {"name": "Navn", "contact": "Kontakt", "arrangement_link": "Ordning (art. 26)"},
    "controller_ref": {
        "name": "Dataansvarlig",
        "contact": "Kontakt",
        "representative": "Repræsentant",
        "dpo": "Databeskyttelsesrådgiver",
    },
    "accepted_finding": {
        "rule_id": "Regel",
        "record": "Post",
        "field": "Felt",
        "record_label": "Postens navn",
        "reason": "Begrundelse for at godtage",
        "accepted_by": "Godtaget af",
        "accepted_on": "Godtaget den",
        "fingerprint": "Forhold da det blev godtaget",
    },
    "breach": {
        "ref": "Reference",
        "title": "Titel",
        "description": "Hvad der skete og hvordan",
        "occurred_at": "Indtraf",
        "discovered_at": "Opdaget",
        "activities": "Berørte behandlingsaktiviteter",
        "recipients": "Berørte databehandlere",
        "data_categories": "Berørte kategorier af personoplysninger",
        "data_subject_kinds": "Berørte kategorier af registrerede",
        "data_subjects_approx": "Omtrentligt antal registrerede",
        "records_approx": "Omtrentligt antal registreringer",
        "consequences": "Sandsynlige konsekvenser",
        "risk": "Risiko",
        "risk_reasoning": "Begrundelse for risikovurderingen",
        "measures": "Trufne eller foreslåede foranstaltninger",
        "authority_notified_at": "Anmeldt til tilsynsmyndigheden",
        "authority_reference": "Tilsynsmyndighedens journalnummer",
        "delay_reasons": "Begrundelse for forsinkelsen",
        "subjects_informed_at": "De registrerede underrettet",
        "subjects_not_informed_reason": "Hvorfor de registrerede ikke blev underrettet",
        "status": "Status",
        "closed_at": "Afsluttet",
        "notes": "Noter",
    },
    "request": {
        "ref": "Reference",
        "right": "Rettighed",
        "requester": "Anmoder",
        "received_at": "Modtaget",
        "identity_verified_at": "Identitet bekræftet",
        "extended_to": "Fristen forlænget til",
        "extension_reason": "Begrundelse for forlængelsen",
        "activities": "Berørte behandlingsaktiviteter",
        "outcome": "Udfald",
        "answered_at": "Besvaret",
        "notes": "Noter",
    },
}

VOCAB: dict[str, dict[str, str]] = {
    "breach_risk": {
        "not_assessed": "Ikke vurderet",
        "no_risk": "Indebærer sandsynligvis ikke en risiko",
        "risk": "Risiko for fysiske personers rettigheder og frihedsrettigheder",
        "high_risk": "Høj risiko for fysiske personers rettigheder og frihedsrettigheder",
    },
    "breach_status": {
        "open": "Åben",
        "closed": "Afsluttet",
    },
    "request_right": {
        "access": "Indsigt (art. 15)",
        "rectification": "Berigtigelse (art. 16)",
        "erasure": "Sletning (art. 17)",
        "restriction": "Begrænsning af behandling (art. 18)",
        "portability": "Dataportabilitet (art. 20)",
        "objection": "Indsigelse (art. 21)",
        "automated_decision": "Ikke at være genstand for automatiske afgørelser (art. 22)",
        "consent_withdrawal": "Tilbagetrækning af samtykke (art. 7, stk. 3)",
    },
    "request_outcome": {
        "granted": "Imødekommet",
        "partly": "Delvist imødekommet",
        "refused": "Afslået, med begrundelse",
        "withdrawn": "Trukket tilbage af den registrerede",
    },
    "role": {"controller": "Dataansvarlig", "joint_controller": "Fælles dataansvarlig", "processor": "Databehandler"},
    "status": {"draft": "Udkast", "active": "Aktiv", "retired": "Afsluttet"},
    "review_interval": {"3m": "Hver tredje måned", "6m": "Hver sjette måned",
                        "12m": "Hver tolvte måned", "24m": "Hver 24. måned"},
    "legal_basis": {
        "art6_1_a": "Samtykke – art. 6, stk. 1, litra a",
        "art6_1_b": "Kontrakt – art. 6, stk. 1, litra b",
        "art6_1_c": "Retlig forpligtelse – art. 6, stk. 1, litra c",
        "art6_1_d": "Vitale interesser – art. 6, stk. 1, litra d",
        "art6_1_e": "Samfundets interesse eller offentlig myndighedsudøvelse – art. 6, stk. 1, litra e",
        "art6_1_f": "Legitim interesse – art. 6, stk. 1, litra f",
    },
    "special_category": {
        "none": "Almindelige personoplysninger",
        "racial_ethnic_origin": "Race eller etnisk oprindelse",
        "political_opinions": "Politisk overbevisning",
        "religious_beliefs": "Religiøs eller filosofisk overbevisning",
        "trade_union_membership": "Fagforeningsmæssigt tilhørsforhold",
        "genetic": "Genetiske data",
        "biometric": "Biometriske data til identifikation",
        "health": "Helbredsoplysninger",
        "sex_life_orientation": "Seksuelle forhold eller seksuel orientering",
        "criminal": "Straffedomme og lovovertrædelser (art. 10)",
    },
    "art9_condition": {
        "art9_2_a": "Udtrykkeligt samtykke – art. 9, stk. 2, litra a",
        "art9_2_b": "Arbejds-, sundheds- og socialret – art. 9, stk. 2, litra b",
        "art9_2_c": "Vitale interesser – art. 9, stk. 2, litra c",
        "art9_2_d": "Organ uden gevinst for øje – art. 9, stk. 2, litra d",
        "art9_2_e": "Offentliggjort af den registrerede – art. 9, stk. 2, litra e",
        "art9_2_f": "Retskrav – art. 9, stk. 2, litra f",
        "art9_2_g": "Væsentlige samfundsinteresser – art. 9, stk. 2, litra g",
        "art9_2_h": "Sundheds- eller socialområdet – art. 9, stk. 2, litra h",
        "art9_2_i": "Folkesundhed – art. 9, stk. 2, litra i",
        "art9_2_j": "Arkiv, forskning eller statistik – art. 9, stk. 2, litra j",
    },
    "security_measure": {
        "access_control": "Adgangsstyring",
        "logging": "Logning",
        "encryption_at_rest": "Kryptering ved opbevaring",
        "encryption_in_transit": "Kryptering under overførsel",
        "pseudonymisation": "Pseudonymisering",
        "backups": "Sikkerhedskopiering",
        "training": "Uddannelse af medarbejdere",
        "processor_control": "Tilsyn med databehandlere",
        "other": "Andet",
    },
    "dpia_status": {
    "not_assessed": "Ikke vurderet",
        "not_required": "Ikke påkrævet",
        "required": "Påkrævet",
        "in_progress": "I gang",
        "done": "Gennemført",
    },
    "answer": {"not_assessed": "Ikke vurderet", "yes": "Ja", "no": "Nej"},
    "dpia_criterion": {
        "evaluation_scoring": "Evaluering eller scoring, herunder profilering",
        "automated_decisions": "Automatiske afgørelser med retsvirkning eller tilsvarende betydelig virkning",
        "systematic_monitoring": "Systematisk overvågning",
        "sensitive_data": "Følsomme oplysninger eller oplysninger af meget personlig karakter (herunder art. 9 og 10)",
        "large_scale": "Behandling i stort omfang",
        "matching_combining": "Matchning eller sammenkobling af datasæt",
        "vulnerable_subjects": "Oplysninger om sårbare registrerede (fx ansatte, børn)",
        "innovative_technology": "Innovativ brug af teknologi",
        "prevents_rights": "Behandlingen forhindrer de registrerede i at udøve en rettighed eller benytte en tjeneste",
    },
    "sub_processing": {
        "not_assessed": "Ikke vurderet",
        "general_authorisation": "Generel skriftlig forhåndsgodkendelse, forpligtelserne videreført",
        "specific_authorisation": "Specifik skriftlig forhåndsgodkendelse, forpligtelserne videreført",
        "not_allowed": "Ikke tilladt",
    },
    "dpa_term": {
        "art28_3_a": "Behandler kun efter dokumenteret instruks – art. 28, stk. 3, litra a",
        "art28_3_b": "Fortrolighed for autoriserede personer – art. 28, stk. 3, litra b",
        "art28_3_c": "Sikkerhedsforanstaltninger (art. 32) – art. 28, stk. 3, litra c",
        "art28_3_d": "Betingelser for brug af underdatabehandlere – art. 28, stk. 3, litra d",
        "art28_3_e": "Bistand med de registreredes rettigheder – art. 28, stk. 3, litra e",
        "art28_3_f": "Bistand med forpligtelserne i art. 32-36 – art. 28, stk. 3, litra f",
        "art28_3_g": "Sletning eller tilbagelevering ved ophør – art. 28, stk. 3, litra g",
        "art28_3_h": "Oplysninger, revisioner og inspektioner – art. 28, stk. 3, litra h",
        "ec_2021_915": "Kommissionens standardkontraktbestemmelser, afgørelse (EU) 2021/915",
    },
    "recipient_kind": {
        "processor": "Databehandler",
        "sub_processor": "Underdatabehandler",
        "independent_controller": "Selvstændig dataansvarlig",
        "joint_controller": "Fælles dataansvarlig",
        "group_company": "Koncernselskab",
        "public_authority": "Offentlig myndighed",
        "other": "Andet",
    },
    "transfer_mechanism": {
        "adequacy": "Afgørelse om tilstrækkeligt beskyttelsesniveau – art. 45",
        "dpf": "Databeskyttelsesrammen mellem EU og USA (Data Privacy Framework) – art. 45",
        "scc_2021": "Standardbestemmelser om databeskyttelse 2021 – art. 46, stk. 2, litra c",
        "bcr": "Bindende virksomhedsregler – art. 47",
        "code_of_conduct": "Adfærdskodeks – art. 46, stk. 2, litra e",
        "certification": "Certificering – art. 46, stk. 2, litra f",
        "public_instrument": "Retligt bindende instrument mellem offentlige myndigheder – art. 46, stk. 2, litra a",
        "sa_scc": "Standardbestemmelser vedtaget af en tilsynsmyndighed – art. 46, stk. 2, litra d",
        "ad_hoc_clauses": "Godkendte kontraktbestemmelser – art. 46, stk. 3, litra a",
        "administrative_arrangement": "Administrative ordninger – art. 46, stk. 3, litra b",
        "derogation": "Undtagelser i særlige situationer – art. 49",
        "legacy_scc": "Gamle standardkontraktbestemmelser (ugyldige)",
        "privacy_shield": "EU-US-databeskyttelsesskjoldet (Privacy Shield, ugyldig)",
        "safe_harbour": "Safe Harbour (ugyldig)",
        "none": "Ingen mekanisme",
    },
    "scc_module": {
        "1": "Modul 1 – dataansvarlig til dataansvarlig",
        "2": "Modul 2 – dataansvarlig til databehandler",
        "3": "Modul 3 – databehandler til databehandler",
        "4": "Modul 4 – databehandler til dataansvarlig",
    },
    "derogation": {
        "art49_1_a": "Udtrykkeligt samtykke – art. 49, stk. 1, litra a",
        "art49_1_b": "Kontrakt med den registrerede – art. 49, stk. 1, litra b",
        "art49_1_c": "Kontrakt i den registreredes interesse – art. 49, stk. 1, litra c",
        "art49_1_d": "Vigtige samfundsinteresser – art. 49, stk. 1, litra d",
        "art49_1_e": "Retskrav – art. 49, stk. 1, litra e",
        "art49_1_f": "Vitale interesser – art. 49, stk. 1, litra f",
        "art49_1_g": "Offentligt register – art. 49, stk. 1, litra g",
        "compelling_legitimate_interests": "Tvingende legitime interesser – art. 49, stk. 1, andet afsnit",
    },
    "export_language": {"en": "Engelsk", "sv": "Svensk", "nb": "Norsk (bokmål)", "da": "Dansk"},
    "category_kind": {
        "data_subject": "Kategori af registrerede",
        "data": "Kategori af personoplysninger",
        "recipient": "Kategori af modtagere",
    },
}

# The check texts (`check.*`; English: ropa_app.domain.checks.messages). Not translated yet: a missing
# one is shown in English.
CHECKS: dict[str, str] = {
    # The register checks (`ropa_app.domain.checks.messages.MESSAGES`), in the words of databeskyttelsesforordningen
    "check.R01-organisation-incomplete": (
        "Organisationens {field_label} mangler. "
        "Fortegnelsen skal angive, hvem den dataansvarlige er, og hvordan den kan kontaktes."
    ),
    "check.R01-organisation-contact-missing": (
        "Organisationens kontaktoplysninger mangler. Angiv mindst én måde at kontakte den på: en postadresse, "
        "en e-mailadresse eller et telefonnummer."
    ),
    "check.R01-activity-incomplete": (
        "»{field_label}« er ikke udfyldt. Fortegnelsen over en behandlingsaktivitet skal altid angive det."
    ),
    "check.R02-retention-missing": (
        "Der er ikke angivet nogen opbevaringsperiode. Angiv, hvornår oplysningerne slettes, eller efter "
        "hvilke kriterier."
    ),
    "check.R02-retention-vague": (
        "Opbevaringsperioden »{retention}« er uklar. Angiv en periode (f.eks. »24 måneder efter aftalens "
        "ophør«) eller de kriterier, der afgør den."
    ),
    "check.R03-retention-undifferentiated": (
        "Alle kategorier af personoplysninger har samme opbevaringsperiode, selv om de er forskellige "
        "({categories}). Kontrollér, om hver kategori virkelig skal opbevares lige længe."
    ),
    "check.R04-security-missing": (
        "Der er ikke angivet nogen sikkerhedsforanstaltninger. Markér de foranstaltninger, der er truffet, "
        "eller beskriv dem."
    ),
    "check.R05-data-subjects-unlinked": (
        "Ikke alle kategorier af personoplysninger angiver, hvem oplysningerne vedrører: {categories}. Knyt hver "
        "af dem til de kategorier af registrerede, de vedrører, blandt dem, der er angivet for behandlingen."
    ),
    "check.R06-transfer-missing": (
        "{recipient} behandler oplysninger i {country}, uden for EØS, men der er ikke angivet nogen overførsel "
        "til {country}."
    ),
    "check.R06-establishment-outside-eea": (
        "{recipient} er etableret i {country}, uden for EØS, men der er ikke angivet nogen overførsel til "
        "{country}. At videregive oplysninger til den er en overførsel, også selv om den opbevarer "
        "oplysningerne i EØS."
    ),
    "check.R06-destination-missing": (
        "En overførsel mangler modtagerland. "
        "Angiv, til hvilket land eller hvilken international organisation oplysningerne går."
    ),
    "check.R06-inside-eea": (
        "{country} er i EØS, så dette er ikke en overførsel til tredjeland og kræver intet overførselsgrundlag."
    ),
    "check.R07-no-mechanism": (
        "Oplysninger går til {country}, som ikke har en afgørelse om tilstrækkeligt beskyttelsesniveau, og der "
        "er ikke angivet noget overførselsgrundlag. Brug f.eks. standardkontraktbestemmelserne fra 2021."
    ),
    "check.R07-us-no-mechanism": (
        "Oplysninger går til USA, og der er ikke angivet noget overførselsgrundlag. Siden afgørelse (EU) "
        "2023/1795 har USA en afgørelse om tilstrækkeligt beskyttelsesniveau, men kun for organisationer på "
        "Data Privacy Framework-listen. Hvis modtageren er på listen, så vælg »Data Privacy Framework«, og "
        "angiv, hvornår du kontrollerede listen; hvis ikke, så brug et andet grundlag, f.eks. "
        "standardkontraktbestemmelserne fra 2021."
    ),
    "check.R07-no-adequacy": (
        "Overførslen til {country} bygger på en afgørelse om tilstrækkeligt beskyttelsesniveau, men der gælder "
        "ingen sådan afgørelse for {country} pr. {today}."
    ),
    "check.R07-us-needs-dpf": (
        "Afgørelsen om tilstrækkeligt beskyttelsesniveau for USA omfatter kun virksomheder på Data Privacy "
        "Framework-listen. Vælg »Data Privacy Framework«, hvis modtageren er på listen, ellers et andet "
        "grundlag, f.eks. standardkontraktbestemmelserne fra 2021."
    ),
    "check.R07-dpf-wrong-destination": (
        "Databeskyttelsesrammen mellem EU og USA (Data Privacy Framework) omfatter kun overførsler til USA, "
        "ikke til {country}."
    ),
    "check.R07-adequacy-not-recorded": (
        "{country} har en afgørelse om tilstrækkeligt beskyttelsesniveau ({decision}). "
        "Angiv »Afgørelse om tilstrækkeligt beskyttelsesniveau« som overførselsgrundlag."
    ),
    "check.R07-bcr-reference-missing": (
        "Overførslen bygger på bindende virksomhedsregler, men hvilke godkendte regler (BCR) er ikke angivet."
    ),
    "check.R08-invalid-mechanism": (
        "{mechanism} blev kendt ugyldig den {invalid_since} ({invalidated_by}) og kan ikke længere anvendes. "
        "Brug Data Privacy Framework (hvis modtageren er på listen) eller standardkontraktbestemmelserne fra 2021."
    ),
    "check.R08-public-bodies-only": (
        "{mechanism} kan kun anvendes til overførsler mellem offentlige myndigheder eller organer. Hvis "
        "organisationen ikke er et offentligt organ, så brug et andet grundlag (f.eks. "
        "standardkontraktbestemmelserne fra 2021)."
    ),
    "check.R09-legacy-scc": (
        "De gamle standardkontraktbestemmelser er ugyldige siden {invalid_since}. "
        "Indgå standardkontraktbestemmelserne fra 2021 i stedet."
    ),
    "check.R09-legacy-scc-expiring": (
        "De gamle standardkontraktbestemmelser ophører med at gælde den {invalid_since}. "
        "Erstat dem med standardkontraktbestemmelserne fra 2021."
    ),
    "check.R10-scc-module-missing": (
        "Overførslen bygger på standardkontraktbestemmelserne fra 2021, men modulet er ikke angivet."
    ),
    "check.R10-scc-module-mismatch": (
        "Modul {module} af standardkontraktbestemmelserne passer ikke til rollerne i »{activity}« ({roles}); "
        "modul {expected} passer."
    ),
    "check.R11-tia-missing": (
        "{mechanism} kræver en dokumenteret vurdering af overførslens virkninger (TIA), og der er ikke angivet "
        "nogen."
    ),
    "check.R11-tia-stale": (
        "Vurderingen af overførslens virkninger (TIA) fra {tia_date} er mere end {months} måneder gammel. "
        "Gennemgå den igen."
    ),
    "check.R12-dpf-not-verified": (
        "Overførslen bygger på Data Privacy Framework, men der er ikke angivet nogen dato for kontrollen af, "
        "at modtageren er på DPF-listen."
    ),
    "check.R12-dpf-verification-stale": (
        "Modtagerens optagelse på DPF-listen blev sidst kontrolleret den {verified_on}, for mere end {months} "
        "måneder siden. Virksomhederne skal gencertificeres hvert år: kontrollér DPF-listen igen."
    ),
    "check.R13-dpf-no-fallback": (
        "Overførslen bygger alene på Data Privacy Framework, som er anfægtet ved domstolene. "
        "Overvej også at indgå standardkontraktbestemmelserne fra 2021 som reserve."
    ),
    "check.R14-adequacy-scope": (
        "Afgørelsen om tilstrækkeligt beskyttelsesniveau for {country} omfatter kun en del af landet: "
        "{scope_note} Bekræft i overførslens bemærkninger, at modtageren er omfattet (nævn {keywords})."
    ),
    "check.R14-eea-incorporation-pending": (
        "Afgørelsen om tilstrækkeligt beskyttelsesniveau for {country} er endnu ikke indarbejdet i EØS-aftalen "
        "og omfatter derfor endnu ikke eksportører i {org_country}. Brug et andet grundlag (f.eks. "
        "standardkontraktbestemmelserne fra 2021), indtil den er indarbejdet."
    ),
    "check.R14-eea-incorporation-unverified": (
        "Om afgørelsen om tilstrækkeligt beskyttelsesniveau for {country} ({decision}) er indarbejdet i "
        "EØS-aftalen og dermed binder eksportører i {org_country}, var ikke kontrolleret, da de retlige "
        "referencedata blev dateret ({checked_on}). Kontrollér Det Blandede EØS-Udvalgs afgørelser, før du "
        "støtter dig på den."
    ),
    "check.R15-derogation-missing": (
        "Overførslen bygger på en undtagelse efter art. 49, men hvilken er ikke angivet."
    ),
    "check.R15-derogation-recurring": (
        "{recipient} er {kind}, et tilbagevendende forhold, men overførslen bygger på en undtagelse efter "
        "art. 49, som er beregnet til lejlighedsvise overførsler. Brug f.eks. standardkontraktbestemmelserne "
        "fra 2021."
    ),
    "check.R15-compelling-undocumented": (
        "Overførslen bygger på vægtige legitime interesser, men vurderingen og de fornødne garantier er ikke "
        "dokumenteret. Dokumentér dem, og underret tilsynsmyndigheden."
    ),
    "check.R16-special-category-condition": (
        "Der behandles særlige kategorier af personoplysninger ({categories}), men der er ikke angivet nogen "
        "betingelse efter art. 9, stk. 2."
    ),
    "check.R17-criminal-data-basis": (
        "Der behandles oplysninger om straffedomme og lovovertrædelser, men der er ikke angivet noget grundlag "
        "efter art. 10."
    ),
    "check.R18-legal-basis-missing": (
        "Der er ikke angivet noget behandlingsgrundlag. Angiv, hvorfor behandlingen er lovlig (f.eks. kontrakt, "
        "retlig forpligtelse)."
    ),
    "check.R19-lia-missing": (
        "Behandlingen bygger på legitim interesse, men der er ikke knyttet nogen interesseafvejning til den."
    ),
    "check.R19-interest-not-described": (
        "Behandlingen bygger på legitim interesse, men den forfulgte interesse er ikke beskrevet."
    ),
    "check.R20-consent-record-missing": (
        "Behandlingen bygger på samtykke, men hvor samtykkerne registreres, er ikke knyttet til den."
    ),
    "check.R21-dpia-missing": (
        "En konsekvensanalyse vedrørende databeskyttelse er angivet som påkrævet, men ingen er i gang eller "
        "udført. Gennemfør den, før behandlingen begynder."
    ),
    "check.R21-dpia-not-assessed": (
        "Det er ikke vurderet, om behandlingen kræver en konsekvensanalyse vedrørende databeskyttelse. Vurdér "
        "den i forhold til {dpia_list}: markér de kriterier, der er opfyldt, og angiv resultatet og "
        "begrundelsen.{hint}"
    ),
    "check.R21-dpia-reason-missing": (
        "Behandlingen opfylder {count} kriterier i {dpia_list} ({criteria}), så en konsekvensanalyse "
        "vedrørende databeskyttelse er sandsynligvis påkrævet, men den er angivet som ikke påkrævet uden "
        "begrundelse. Angiv hvorfor i screeningen, eller gennemfør konsekvensanalysen."
    ),
    "check.R22-dpa-missing": (
        "{recipient} behandler oplysninger på vores vegne, men der er ikke angivet nogen databehandleraftale."
    ),
    "check.R23-sub-processing-not-assessed": (
        "{recipient} anvender underdatabehandlere ({names}). Angiv, om databehandleraftalen tillader "
        "underdatabehandlere (art. 28, stk. 2), og om den pålægger dem de samme databeskyttelsesforpligtelser "
        "(art. 28, stk. 4)."
    ),
    "check.R23-sub-processing-not-allowed": (
        "Databehandleraftalen med {recipient} er angivet som ikke at tillade underdatabehandlere, "
        "men {names} er angivet som dens underdatabehandlere."
    ),
    "check.R23-sub-processors-missing": (
        "Der er ikke angivet nogen underdatabehandlere for {recipient}. Angiv de underdatabehandlere, den "
        "anvender (fra databehandleraftalen eller dens websted)."
    ),
    "check.R23-sub-processor-cycle": (
        "Underdatabehandlerne for {recipient} fører tilbage til den: {chain}. En databehandler kan ikke være "
        "underdatabehandler for sin egen underdatabehandler; en af disse forbindelser er angivet forkert."
    ),
    "check.R24-arrangement-missing": "Der er ikke knyttet nogen ordning mellem fælles dataansvarlige til {name}.",
    "check.R24-joint-controllers-missing": (
        "Behandlingen udføres som fælles dataansvarlig, men de andre fælles dataansvarlige er ikke angivet."
    ),
    "check.R24-joint-controller-contact-missing": (
        "Kontaktoplysningerne på den fælles dataansvarlige {name} er ikke angivet."
    ),
    "check.R25-dpo-name-missing": (
        "Der er udpeget en databeskyttelsesrådgiver, men rådgiverens navn er ikke angivet."
    ),
    "check.R25-dpo-contact-missing": (
        "Der er udpeget en databeskyttelsesrådgiver, men der er ikke angivet nogen kontaktoplysninger (e-mail, "
        "telefon eller adresse)."
    ),
    "check.R26-adm-description-missing": (
        "Behandlingen omfatter automatiske afgørelser, men hvordan de træffes, er ikke beskrevet."
    ),
    "check.R26-adm-not-assessed": (
        "Det er ikke besvaret, om behandlingen omfatter afgørelser, der udelukkende er baseret på automatisk "
        "behandling (art. 22). Svar ja eller nej."
    ),
    "check.R27-review-overdue": "Gennemgangen, der var planlagt til {next_review}, er forsinket.",
    "check.R27-review-stale": (
        "Behandlingen blev sidst gennemgået den {last_reviewed}, for mere end {months} måneder siden."
    ),
    "check.R27-review-not-planned": (
        "Der er ikke angivet nogen dato for gennemgang. Planlæg, hvornår behandlingen skal gennemgås næste gang."
    ),
    "check.R28-controllers-missing": (
        "Behandlingen udføres som databehandler, men de dataansvarlige, den udføres for, er ikke angivet."
    ),
    "check.R28-controller-contact-missing": (
        "Kontaktoplysningerne på den dataansvarlige {name}, på hvis vegne behandlingen udføres, er ikke angivet."
    ),
    "check.R29-generic-purpose": (
        "Formålet »{purpose}« er for generelt. Angiv konkret, hvorfor oplysningerne behandles."
    ),
    "check.R30-recipient-country-missing": (
        "Der er ikke angivet noget land for {recipient}. Angiv, hvor den er etableret, så en overførsel uden "
        "for EØS ikke overses."
    ),
    "check.R31-recipient-unused": (
        "{recipient} modtager ikke oplysninger fra nogen behandlingsaktivitet. Knyt den til de behandlinger, "
        "der videregiver oplysninger til den, eller fjern den."
    ),
    "check.R40-privacy-notice-missing": (
        "Der er ikke knyttet nogen privatlivspolitik til behandlingen. Knyt de oplysninger, der gives til de "
        "registrerede (art. 13), til den.{hint}"
    ),
    "check.R41-dpa-content-incomplete": (
        "Databehandleraftalen med {recipient} er angivet som at mangle litra {points} i art. 28, stk. 3. "
        "Tilføj dem, eller brug Kommissionens standardkontraktbestemmelser (afgørelse (EU) 2021/915)."
    ),
    "check.R32-dpo-may-be-mandatory": (
        "{activity} er angivet som behandling af {what} i stort omfang, og der er ikke udpeget nogen "
        "databeskyttelsesrådgiver. Hvis det er en kerneaktivitet, er en databeskyttelsesrådgiver obligatorisk "
        "(art. 37, stk. 1, litra b eller c). Udpeg en, eller angiv hvorfor ikke."
    ),
    "check.R33-representative-not-applicable": (
        "Der er angivet en repræsentant i Unionen, men kun en dataansvarlig eller databehandler, der ikke er "
        "etableret i EU/EØS, skal have en (art. 27), og organisationen er etableret i {country}."
    ),
    "check.R33-representative-missing": (
        "Organisationen er etableret i {country}, uden for EU/EØS. Hvis den udbyder varer eller tjenester til, "
        "eller overvåger, personer i EU/EØS, skal den udpege en repræsentant i Unionen (art. 27)."
    ),
    "check.R34-employee-consent": (
        "Behandlingen bygger på samtykke fra {subjects}. På grund af den skæve magtbalance mellem arbejdsgiver "
        "og arbejdstager er en arbejdstagers samtykke sjældent frivilligt. Brug et andet behandlingsgrundlag, "
        "medmindre et nej slet ikke får følger for dem."
    ),
    "check.R35-identity-number-reason": (
        "Behandlingen omfatter {name} ({categories}). Efter {provision} er det tilladt {condition}. "
        "Angiv, hvorfor behandlingen har brug for dem."
    ),
    "check.R36-criminal-record-condition": (
        "Behandlingen omfatter straffeattester ({name}) for {subjects}. I {country} gælder: {condition} "
        "({provision}). Angiv i grundlaget efter art. 10 den bestemmelse, der tillader det."
    ),
    "check.R37-child-consent-age": (
        "Behandlingen bygger på samtykke og vedrører børn ({subjects}). I {country} kan et barn give samtykke "
        "til informationssamfundstjenester fra {age} år ({provision}); under den alder skal den, der har "
        "forældremyndigheden, give samtykke, og du skal gøre dig rimelige bestræbelser på at kontrollere det "
        "(art. 8, stk. 2)."
    ),
    "check.R38-employee-monitoring": (
        "Behandlingen overvåger medarbejdere ({what}). Det er systematisk overvågning af sårbare registrerede: "
        "en konsekvensanalyse vedrørende databeskyttelse er sandsynligvis påkrævet, og {provision} stiller krav "
        "i {country}. Gennemfør konsekvensanalysen, eller angiv hvorfor den ikke er påkrævet."
    ),
    "check.R39-dpf-hr-not-checked": (
        "Medarbejderes oplysninger ({subjects}) går til {recipient} under Data Privacy Framework. DPF omfatter "
        "kun personaleoplysninger, hvis modtagerens certificering omfatter personaleoplysninger: kontrollér "
        "DPF-listen, og angiv resultatet."
    ),
    "check.R39-dpf-hr-not-covered": (
        "Medarbejderes oplysninger ({subjects}) går til {recipient} under Data Privacy Framework, men dens "
        "certificering omfatter ikke personaleoplysninger. Brug et andet grundlag (f.eks. "
        "standardkontraktbestemmelserne fra 2021) for disse oplysninger."
    ),
    "check.R05-data-recipients-unlinked": (
        "Fortegnelsen angiver ikke, hvilke oplysninger der går til {recipients}. Datatilsynets vejledning "
        "beder om, at fortegnelsen for hver modtager viser, hvilke kategorier af personoplysninger den "
        "modtager: markér modtagerne af hver kategori af personoplysninger."
    ),
    "check.R42-breach-notification-overdue": (
        "Bruddet blev opdaget {discovered}; fristen på {hours} timer for anmeldelse til tilsynsmyndigheden "
        "udløb {deadline}, og der er ikke angivet nogen beslutning. Angiv, hvornår tilsynsmyndigheden blev "
        "underrettet (med begrundelsen for forsinkelsen), eller vurdér, at bruddet sandsynligvis ikke "
        "indebærer en risiko, og angiv hvorfor."
    ),
    "check.R42-breach-late-without-reasons": (
        "Tilsynsmyndigheden blev underrettet {notified}, senere end {hours} timer efter at bruddet blev "
        "opdaget. Anmeldelsen skal begrunde forsinkelsen: angiv begrundelsen."
    ),
    "check.R43-breach-subjects-not-informed": (
        "Bruddet er vurderet som en høj risiko, men intet viser, at de registrerede er underrettet. Angiv, "
        "hvornår de blev underrettet, eller hvorfor art. 34, stk. 3, gør det unødvendigt."
    ),
    "check.R44-request-overdue": (
        "Anmodningen, der blev modtaget {received}, skulle være besvaret senest {deadline} og har intet svar "
        "angivet. Besvar den, eller angiv svaret og datoen."
    ),
    "check.R45-breach-processor-without-dpa": (
        "Bruddet vedrører {names}, og der er ikke angivet nogen databehandleraftale med dem. Art. 28, stk. 3, "
        "kræver en sådan aftale, herunder deres pligt til at bistå ved brud på persondatasikkerheden."
    ),
    "check.language": "da",
    # How references are cited in da (`findings.cite`)
    "check.cite.articles": "art. {items}",
    "check.cite.item": "{article}{paragraph}{point}",
    "check.cite.paragraph": ", stk. {number}",
    "check.cite.point": ", litra {letter}",
    "check.cite.range": "{first}-{last}",
    "check.cite.point_range": "{first}-{last}",
    "check.cite.item_sep": " og art. ",
    "check.cite.subparagraph_2": ", 2. afsnit",
    "check.cite.source.cnil": "CNIL's skabelon for fortegnelsen",
    "check.cite.source.dk_records": "Datatilsynets vejledning om fortegnelse (2020)",
    "check.cite.source.decision_eu": "afgørelse (EU)",
    "check.cite.source.decisions": "beslutningerne",
    "check.cite.source.decision": "beslutning",
    "check.cite.source.annex": "bilag",
    "check.cite.source.scc_clause": "SCC-klausul",
    "check.cite.source.edpb_recommendations": "EDPB's anbefalinger",
    "check.cite.source.edpb_guidelines": "EDPB's retningslinjer",
    "check.cite.source.case_pending": "sag C-703/25 P verserer",
    "check.cite.source.eea_agreement": "EØS-aftalen",
    "check.cite.source.wp29_purpose": "Artikel 29-Gruppens udtalelse 03/2013 om formålsbegrænsning",
    "check.cite.source.wp29_dpo": "Artikel 29-Gruppens retningslinjer om databeskyttelsesrådgivere",
    "check.cite.source.on_consent": "om samtykke, punkt",
    "check.cite.source.supplemental_principle": "supplerende princip",
    "check.cite.source.directive": "direktiv",
    "check.cite.source.renewed_by": "fornyet ved",
    "check.cite.source.ec": "/EF",
    "check.phrase.dpia_hint": " De angivne oplysninger opfylder {count} af dens kriterier: {criteria}.",
    "check.phrase.nothing": "",
    "check.phrase.art14_hint": (
        " Oplysningerne kommer også fra andre steder ({source}): oplysningerne til de registrerede skal "
        "indeholde det, art. 14 kræver, herunder kategorierne af personoplysninger og deres kilde."
    ),
    "check.phrase.what_sensitive": "særlige kategorier af personoplysninger eller oplysninger om lovovertrædelser",
    "check.phrase.what_monitoring": "systematisk overvågning af personer",
    "check.phrase.and": " og ",
    "check.phrase.or": " eller ",
    "check.phrase.list_sep": ", ",
    "check.phrase.chain_sep": " → ",
    "check.phrase.and_more": "{names} og {count} flere",
    "check.phrase.role_controller": "dataansvarlig",
    "check.phrase.role_processor": "databehandler",
    "check.phrase.roles_both": "eksportøren er {exporter}, modtageren {recipient} er {importer}",
    "check.phrase.roles_exporter": "eksportøren er {exporter}",
    "check.phrase.unnamed_processor": "databehandleren",
    "check.phrase.unnamed_joint_controller": "en fælles dataansvarlig",
    "check.phrase.transfer_label": "{owner} → {destination}",
    "check.phrase.unnamed_activity": "(behandling uden navn)",
    "check.phrase.unnamed_recipient": "(modtager uden navn)",
    "check.phrase.unnamed_organisation": "(organisationen)",
    "check.phrase.unnamed_record": "(uden navn)",
}
