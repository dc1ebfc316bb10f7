"""Finnish export texts (terminology of the Finnish text of the GDPR, yleinen tietosuoja-asetus).

Sources of the terms: the Finnish language version of Regulation (EU) 2016/679 (EUR-Lex, "Euroopan
parlamentin ja neuvoston asetus (EU) 2016/679"; 30 artikla "Seloste käsittelytoimista", 28, 35, 45–49
artikla), Tietosuojavaltuutetun toimisto's guidance "Seloste käsittelytoimista" (tietosuoja.fi) and
"Erityistilanteita koskevat poikkeukset", and for the standard contractual clauses the Finnish text of
Commission Implementing Decisions (EU) 2021/914 and 2021/915 ("vakiosopimuslausekkeet").
Article references are written the Finnish way: "30 artiklan 1 kohdan a alakohta", short "30 art. 1 k. a alak."
"""

TEXTS: dict[str, str] = {
    "title": "Seloste käsittelytoimista",
    "subtitle": "yleisen tietosuoja-asetuksen (EU) 2016/679 30 artiklan mukaisesti",
    "subject": "Yleisen tietosuoja-asetuksen 30 artiklan mukainen seloste käsittelytoimista — {org}",
    "section.organisation": "Rekisterinpitäjä ja yhteystiedot",
    "section.controller": "Rekisterinpitäjän seloste käsittelytoimista (30 art. 1 k.)",
    "section.processor": (
        "Henkilötietojen käsittelijän seloste rekisterinpitäjän lukuun suoritettavien käsittelytoimien"
        " ryhmistä (30 art. 2 k.)"
    ),
    "processor.identity": "Henkilötietojen käsittelijä (30 art. 2 k. a alak.)",
    "processor.name": "Henkilötietojen käsittelijän nimi",
    "processor.contact": "Henkilötietojen käsittelijän yhteystiedot",
    "processor.dpo": "Henkilötietojen käsittelijän tietosuojavastaava",
    "processor.representative": "Henkilötietojen käsittelijän edustaja",
    "processor.sub_processors": "Alihankkijat (henkilötietojen käsittelijän vastaanottajat)",
    "section.recipients": "Liite A: Vastaanottajat ja henkilötietojen käsittelijät",
    "section.transfers": "Liite B: Siirrot kolmansiin maihin tai kansainvälisille järjestöille",
    "section.findings": "Liite C: Täydellisyystarkastuksen havainnot",
    "sheet.organisation": "Organisaatio",
    "sheet.controller": "30 art 1 k rekisterinpitäjä",
    "sheet.processor": "30 art 2 k käsittelijä",
    "sheet.recipients": "Vastaanottajat",
    # International organisations (law data's destinations "org:<id>"), by their name in the language
    "io.epo": "Euroopan patenttijärjestö",
    "sheet.transfers": "Siirrot",
    "sheet.findings": "Havainnot",
    "sheet.overflow": "Pitkät arvot",
    "missing": "Puuttuu",
    "not_stated": "Ei ilmoitettu",
    "yes": "Kyllä",
    "no": "Ei",
    "contents": "Sisältö",
    "exported": "Muodostettu",
    "prepared_by": "Laatija",
    "scope": "Sisältö",
    "scope.art30": "30 artiklan mukainen seloste käsittelytoimista",
    "scope.internal": (
        "Koko sisäinen rekisteri organisaation omaan käyttöön"
        " (ei valvontaviranomaiselle toimitettava seloste)"
    ),
    "provenance.file": "Rekisteritiedosto",
    "provenance.schema": "Rekisterin skeemaversio",
    "provenance.law": "Oikeudelliset viitetiedot",
    "provenance.law_value": "versio {version}, {date}",
    "provenance.checked_against": "Tarkastettu oikeudellisia viitetietoja vasten",
    "provenance.as_of": "Selosteen tila ajankohtana",
    "provenance.fingerprint": "Rekisterin sormenjälki (SHA-256)",
    "provenance.short": "Rekisteri {fingerprint}",
    "language": "Kieli",
    "date": "Päivämäärä",
    "contact": "Selosteen yhteyshenkilö",
    "page_of": "Sivu {page} / {total}",
    "continued": "(jatkuu)",
    "none_recorded": "Ei kirjattu",
    "no_activities": "Käsittelytoimia ei ole kirjattu.",
    "no_findings": "Ei havaintoja.",
    "direct_transfer": "Käsittelytoimi itse ({activity})",
    "via": "välittäjänä {name}",
    "unknown_recipient": "Tuntematon vastaanottaja (tunniste {id})",
    "unknown_activity": "Tuntematon käsittelytoimi (tunniste {id})",
    "section.breaches": "Loki henkilötietojen tietoturvaloukkauksista (33 artiklan 5 kohta)",
    "sheet.breaches": "Tietoturvaloukkaukset",
    "section.requests": "Loki rekisteröityjen pyynnöistä (12 artikla)",
    "sheet.requests": "Pyynnöt",
    "column.notification_deadline": "Ilmoituksen määräaika (72 tuntia)",
    "column.request_deadline": "Vastauksen määräpäivä",
    "overflow_note": "[jatkuu välilehdellä ”{sheet}”, rivit {first}–{last}]",
    "severity.error": "Virhe",
    "severity.warning": "Varoitus",
    "severity.info": "Tiedoksi",
    "severity.accepted": "Hyväksytty ({severity})",
    "accepted_reason": "Hyväksytty: {reason}",
    "column.third_countries": "Kolmannet maat tai kansainväliset järjestöt",
    "column.transfer_safeguards": "Siirtoperusteet ja asianmukaiset suojatoimet (46 art., 49 art. 1 k.)",
    "column.used_by": "Käytetään käsittelytoimissa",
    "column.transferred_by": "Siirtäjä",
    "column.severity": "Vakavuus",
    "column.rule": "Sääntö",
    "column.record": "Kohde",
    "column.field": "Kenttä",
    "column.message": "Havainto",
    "column.reference": "Viittaus",
    "column.label": "Tieto",
    "column.value": "Arvo",
    "column.sheet": "Välilehti",
    "column.cell": "Solu",
    "column.part": "Osa",
    "column.text": "Teksti",
    # The workbook: the print sheets, the layouts of the authorities' templates, the data-category links
    "sheet.print_controller": "30 art 1 k tulostettava",
    "sheet.print_processor": "30 art 2 k tulostettava",
    "sheet.data_links": "Henkilötiedot ja yhteydet",
    "section.data_links": (
        "Henkilötietoryhmät: mitä rekisteröityjä ne koskevat ja mille vastaanottajille ne luovutetaan"
    ),
    "column.group.mandatory": "Pakollinen (30 art. 1 k.)",
    "column.group.optional": "Valinnainen",
    "column.activity": "Käsittelytoimi",
    "column.rights": "Rekisteröityjen oikeudet",
    "column.breach_occurred": "Onko tapahtunut henkilötietojen tietoturvaloukkaus?",
    "column.breach_link": "Linkki henkilötietojen tietoturvaloukkauksen dokumentointiin",
    # Reviews: the calendar of due reviews (ropa_app.export.reviews)
    "review.summary": "Tarkistus: {title}",
    "review.description": (
        "{kind}; vastuuhenkilö: {owner}; tarkistettu viimeksi: {last}."
        " Kun tarkistus on tehty, merkitse se tarkistetuksi ROPA Deskissä."
    ),
    "review.never": "ei koskaan",
    "review.kind.activity": "Käsittelytoimi",
    "review.kind.recipient": "Vastaanottaja",
    "review.calendar": "Tarkistukset — {org}",
    "section.dataflow": "Tietovirrat: minne henkilötiedot menevät",
    "dataflow.intro": (
        "Kunkin käsittelytoimen henkilötiedot (tyypeittäin), vastaanottajat, jotka saavat ne, ja maat, "
        "joissa niitä käsitellään. Siirron viiva näyttää siirtoperusteen; punainen tai keltainen kehys "
        "tai piste merkitsee täydellisyystarkistuksen huomautusta."
    ),
    "dataflow.column.activity": "Käsittelytoimet",
    "dataflow.column.data": "Henkilötiedot",
    "dataflow.column.recipient": "Vastaanottajat",
    "dataflow.column.country": "Maat",
    "dataflow.part": "Osa {n}/{of}",
    "dataflow.no_function": "Ei liiketoimintoa",
    "dataflow.empty": (
        "Henkilötietojen virtoja ei ole kirjattu: yksikään käsittelytoimi ei nimeä henkilötietoryhmiään "
        "ja vastaanottajiaan."
    ),
    "dataflow.legend.special": (
        "{mark} Erityiset henkilötietoryhmät (9 art.) ja rikostuomioita ja rikkomuksia koskevat tiedot "
        "(10 art.)"
    ),
    "dataflow.legend.third": "Kolmas maa (ETA:n ulkopuolella)",
    "dataflow.group.adequacy": "Tietosuojan tason riittävyyttä koskeva päätös",
    "dataflow.group.dpf": "EU:n ja Yhdysvaltojen välinen tietosuojakehys",
    "dataflow.group.scc": "Vakiosopimuslausekkeet",
    "dataflow.group.bcr": "Yritystä koskevat sitovat säännöt",
    "dataflow.group.other_safeguard": "Muut asianmukaiset suojatoimet (46 art.)",
    "dataflow.group.derogation": "Poikkeus (49 art.)",
    "dataflow.group.invalid": "Pätemätön siirtoperuste",
    "dataflow.group.none": "Ei siirtoperustetta",
    "dataflow.group.gap": "Siirtoa ei ole kirjattu",
    "dataflow.group.eea": "ETA:n sisällä (ei siirtoa)",
    "dataflow.map": "Kohdemaiden kartta: maat, joissa tietoja käsitellään",
    "dataflow.map_intro": (
        "Jokainen ruutu on maa, joka on sijoitettu pääkaupunkinsa kohdalle (ruutukartta ilman rajoja). "
        "Maat, joihin tiedot menevät, on väritetty niiden vähiten turvallisen virran mukaan ja "
        "viivoitettu, jos mikään pätevä siirtoperuste ei kata sitä; punainen tai keltainen kehys "
        "merkitsee täydellisyystarkistuksen huomautusta."
    ),
}

FIELDS: dict[str, dict[str, str]] = {
    "organisation": {
        "name": "Rekisterinpitäjän nimi",
        "org_number": "Yritys- tai yhteisötunnus",
        "org_number.DK": "CVR-numero",  # a Danish company's registration number
        "address": "Osoite",
        "country": "Maa",
        "email": "Sähköposti",
        "phone": "Puhelin",
        "website": "Verkkosivusto",
        "dpo_appointed": "Tietosuojavastaava nimitetty",
        "dpo_name": "Tietosuojavastaava",
        "dpo_email": "Tietosuojavastaavan sähköposti",
        "dpo_phone": "Tietosuojavastaavan puhelin",
        "dpo_address": "Tietosuojavastaavan osoite",
        "privacy_contact_name": "Tietosuoja-asioiden yhteyshenkilö",
        "privacy_contact_email": "Yhteyshenkilön sähköposti",
        "representative_name": "Edustaja unionissa (27 art.)",
        "representative_contact": "Edustajan yhteystiedot",
        "supervisory_authority": "Valvontaviranomainen",
        "export_language": "Selosteen kieli",
    },
    "activity": {
        "ref": "Tunnus",
        "name": "Käsittelytoimi",
        "role": "Rooli",
        "business_function": "Toiminto",
        "owner": "Vastuuhenkilö",
        "description": "Kuvaus",
        "purposes": "Käsittelyn tarkoitukset",
        "joint_controllers": "Yhteisrekisterinpitäjät",
        "data_subject_categories": "Rekisteröityjen ryhmät",
        "data_categories": "Henkilötietoryhmät",
        "special_category_conditions": "Erityisiä henkilötietoryhmiä koskevat 9 art. 2 k. edellytykset",
        "criminal_data_basis": "Rikostuomioita ja rikkomuksia koskevien tietojen käsittelyperuste (10 art.)",
        "identity_number_reason": "Henkilötunnuksen käsittelyn peruste",
        "legal_bases": "Käsittelyn oikeusperuste (6 art.)",
        "legal_basis_note": "Oikeusperusteen tarkennus",
        "legitimate_interests": "Oikeutetut edut, joita käsittelyllä tavoitellaan",
        "lia_link": "Oikeutettua etua koskeva tasapainotesti",
        "consent_record_link": "Suostumusten dokumentointi",
        "recipient_categories": "Vastaanottajien ryhmät",
        "recipients": "Vastaanottajat ja henkilötietojen käsittelijät",
        "no_external_recipients": "Ei vastaanottajia organisaation ulkopuolella",
        "retention": "Poistamiselle suunnitellut määräajat (säilytysaika)",
        "security_measures": "Tekniset ja organisatoriset turvatoimet",
        "security_description": "Turvatoimien kuvaus",
        "source": "Mistä henkilötiedot ovat peräisin",
        "privacy_notice_link": "Tietosuojaseloste rekisteröidyille (13 ja 14 art.)",
        "automated_decision_making": "Automatisoidut päätökset, profilointi mukaan lukien",
        "adm_description": "Automatisoidut päätökset, tarkemmat tiedot",
        "dpia_status": "Tietosuojaa koskeva vaikutustenarviointi (35 art.)",
        "dpia_link": "Vaikutustenarviointi, asiakirja",
        "dpia_criteria": "Vaikutustenarvioinnin kriteerit, jotka täyttyvät",
        "dpia_screening_note": "Vaikutustenarvioinnin tarpeen arviointi ja perustelut",
        "systems": "Järjestelmät ja tietojen sijainti",
        "controllers": "Rekisterinpitäjät, joiden lukuun käsittelemme",
        "processing_categories": "Suoritettavien käsittelyjen ryhmät",
        "status": "Tila",
        "last_reviewed": "Tarkistettu viimeksi",
        "reviewed_by": "Tarkistaja",
        "review_note": "Tarkistuksen huomautus",
        "review_interval": "Tarkistusväli",
        "next_review": "Seuraava tarkistus",
        "notes": "Huomautukset",
        "transfers": "Suorat siirrot kolmansiin maihin",
    },
    "recipient": {
        "name": "Vastaanottaja",
        "legal_entity": "Oikeushenkilö",
        "address": "Osoite",
        "country": "Sijoittautumismaa",
        "contact": "Yhteystiedot",
        "kind": "Vastaanottajan tyyppi",
        "service": "Palvelu",
        "processing_countries": "Maat, joissa tietoja käsitellään",
        "dpa_signed": "Henkilötietojen käsittelysopimus allekirjoitettu",
        "dpa_link": "Henkilötietojen käsittelysopimus",
        "dpa_in_place": "Henkilötietojen käsittelysopimus tehty",
        "dpa_terms": "Käsittelysopimuksen sisältö (28 art. 3 k.)",
        "sub_processors": "Alihankkijat",
        "sub_processing": "Alihankkijoiden käyttö sopimuksen mukaan (28 art. 2 ja 4 k.)",
        "transfers": "Siirrot kolmansiin maihin",
        "owner": "Vastuuhenkilö",
        "last_reviewed": "Tarkistettu viimeksi",
        "reviewed_by": "Tarkistaja",
        "review_note": "Tarkistuksen huomautus",
        "review_interval": "Tarkistusväli",
        "next_review": "Seuraava tarkistus",
        "notes": "Huomautukset",
    },
    "transfer": {
        "country": "Kohdemaa",
        "mechanism": "Siirtoperuste",
        "scc_module": "Vakiosopimuslausekkeiden moduuli",
        "derogation": "Poikkeus (49 art.)",
        "dpf_verified_on": "DPF-luettelo tarkistettu",
        "dpf_hr_covered": "DPF-sertifiointi kattaa henkilöstötiedot (HR)",
        "bcr_reference": "Yritystä koskevat sitovat säännöt, viite",
        "tia_date": "Siirtoa koskeva vaikutustenarviointi (TIA), päivämäärä",
        "tia_link": "Siirtoa koskeva vaikutustenarviointi (TIA)",
        "supplementary_measures": "Täydentävät toimenpiteet",
        "safeguards_documentation": "Asianmukaisia suojatoimia koskevat asiakirjat",
        "notes": "Huomautukset",
    },
    "data_category": {
        "name": "Ryhmä",
        "special": "Erityinen henkilötietoryhmä tai rikostuomioita ja rikkomuksia koskevat tiedot",
        "retention": "Säilytysaika",
        "subjects": "Rekisteröidyt",
        "recipients": "Vastaanottajat",
    },
    "joint_controller": {"name": "Nimi", "contact": "Yhteystiedot", "arrangement_link": "Järjestely (26 art.)"},
    "controller_ref": {
        "name": "Rekisterinpitäjä",
        "contact": "Yhteystiedot",
        "representative": "Edustaja",
        "dpo": "Tietosuojavastaava",
    },
    "accepted_finding": {
        "rule_id": "Sääntö",
        "record": "Kohde",
        "field": "Kenttä",
        "record_label": "Kohteen nimi",
        "reason": "Hyväksymisen perustelu",
        "accepted_by": "Hyväksyjä",
        "accepted_on": "Hyväksytty",
        "fingerprint": "Tosiseikat hyväksyttäessä",
    },
    "breach": {
        "ref": "Viite",
        "title": "Otsikko",
        "description": "Mitä tapahtui ja miten",
        "occurred_at": "Tapahtui",
        "discovered_at": "Havaittiin",
        "activities": "Koskee käsittelytoimia",
        "recipients": "Koskee henkilötietojen käsittelijöitä",
        "data_categories": "Koskee henkilötietoryhmiä",
        "data_subject_kinds": "Koskee rekisteröityjen ryhmiä",
        "data_subjects_approx": "Rekisteröityjen arvioitu määrä",
        "records_approx": "Tietueiden arvioitu määrä",
        "consequences": "Todennäköiset seuraukset",
        "risk": "Riski",
        "risk_reasoning": "Riskinarvion perustelut",
        "measures": "Toteutetut tai ehdotetut toimenpiteet",
        "authority_notified_at": "Ilmoitettu valvontaviranomaiselle",
        "authority_reference": "Valvontaviranomaisen diaarinumero",
        "delay_reasons": "Viivästyksen syyt",
        "subjects_informed_at": "Rekisteröidyille ilmoitettu",
        "subjects_not_informed_reason": "Miksi rekisteröidyille ei ilmoitettu",
        "status": "Tila",
        "closed_at": "Päättynyt",
        "notes": "Huomautukset",
    },
    "request": {
        "ref": "Viite",
        "right": "Oikeus",
        "requester": "Pyynnön esittäjä",
        "received_at": "Vastaanotettu",
        "identity_verified_at": "Henkilöllisyys varmistettu",
        "extended_to": "Määräaikaa jatkettu",
        "extension_reason": "Jatkamisen syyt",
        "activities": "Koskee käsittelytoimia",
        "outcome": "Lopputulos",
        "answered_at": "Vastattu",
        "notes": "Huomautukset",
    },
}

VOCAB: dict[str, dict[str, str]] = {
    "breach_risk": {
        "not_assessed": "Ei arvioitu",
        "no_risk": "Ei todennäköisesti aiheuta riskiä",
        "risk": "Riski luonnollisten henkilöiden oikeuksille ja vapauksille",
        "high_risk": "Korkea riski luonnollisten henkilöiden oikeuksille ja vapauksille",
    },
    "breach_status": {
        "open": "Avoin",
        "closed": "Päättynyt",
    },
    "request_right": {
        "access": "Pääsy tietoihin (15 art.)",
        "rectification": "Tietojen oikaiseminen (16 art.)",
        "erasure": "Tietojen poistaminen (17 art.)",
        "restriction": "Käsittelyn rajoittaminen (18 art.)",
        "portability": "Tietojen siirtäminen järjestelmästä toiseen (20 art.)",
        "objection": "Vastustaminen (21 art.)",
        "automated_decision": "Automatisoidut yksittäispäätökset (22 art.)",
        "consent_withdrawal": "Suostumuksen peruuttaminen (7 artiklan 3 kohta)",
    },
    "request_outcome": {
        "granted": "Hyväksytty",
        "partly": "Osittain hyväksytty",
        "refused": "Hylätty perustellen",
        "withdrawn": "Rekisteröity peruutti",
    },
    "role": {
        "controller": "Rekisterinpitäjä",
        "joint_controller": "Yhteisrekisterinpitäjä",
        "processor": "Henkilötietojen käsittelijä",
    },
    "status": {"draft": "Luonnos", "active": "Käytössä", "retired": "Päättynyt"},
    "review_interval": {"3m": "3 kuukauden välein", "6m": "6 kuukauden välein",
                        "12m": "12 kuukauden välein", "24m": "24 kuukauden välein"},
    "legal_basis": {
        "art6_1_a": "Suostumus – 6 art. 1 k. a alak.",
        "art6_1_b": "Sopimus – 6 art. 1 k. b alak.",
        "art6_1_c": "Lakisääteinen velvoite – 6 art. 1 k. c alak.",
        "art6_1_d": "Elintärkeät edut – 6 art. 1 k. d alak.",
        "art6_1_e": "Yleistä etua koskeva tehtävä tai julkisen vallan käyttäminen – 6 art. 1 k. e alak.",
        "art6_1_f": "Oikeutettu etu – 6 art. 1 k. f alak.",
    },
    "special_category": {
        "none": "Tavalliset henkilötiedot",
        "racial_ethnic_origin": "Rotu tai etninen alkuperä",
        "political_opinions": "Poliittiset mielipiteet",
        "religious_beliefs": "Uskonnollinen tai filosofinen vakaumus",
        "trade_union_membership": "Ammattiliiton jäsenyys",
        "genetic": "Geneettiset tiedot",
        "biometric": "Biometriset tiedot tunnistamista varten",
        "health": "Terveyttä koskevat tiedot",
        "sex_life_orientation": "Seksuaalinen käyttäytyminen tai suuntautuminen",
        "criminal": "Rikostuomiot ja rikkomukset (10 art.)",
    },
    "art9_condition": {
        "art9_2_a": "Nimenomainen suostumus – 9 art. 2 k. a alak.",
        "art9_2_b": "Työoikeus, sosiaaliturva ja sosiaalinen suojelu – 9 art. 2 k. b alak.",
        "art9_2_c": "Elintärkeät edut – 9 art. 2 k. c alak.",
        "art9_2_d": "Voittoa tavoittelematon yhteisö – 9 art. 2 k. d alak.",
        "art9_2_e": "Rekisteröidyn julkistamat tiedot – 9 art. 2 k. e alak.",
        "art9_2_f": "Oikeusvaateet – 9 art. 2 k. f alak.",
        "art9_2_g": "Tärkeä yleinen etu – 9 art. 2 k. g alak.",
        "art9_2_h": "Terveydenhuolto tai sosiaalihuolto – 9 art. 2 k. h alak.",
        "art9_2_i": "Kansanterveys – 9 art. 2 k. i alak.",
        "art9_2_j": "Arkistointi, tutkimus tai tilastointi – 9 art. 2 k. j alak.",
    },
    "security_measure": {
        "access_control": "Käyttöoikeuksien hallinta",
        "logging": "Lokitus",
        "encryption_at_rest": "Salaus tallennettaessa",
        "encryption_in_transit": "Salaus siirrettäessä",
        "pseudonymisation": "Pseudonymisointi",
        "backups": "Varmuuskopiointi",
        "training": "Henkilöstön koulutus",
        "processor_control": "Henkilötietojen käsittelijöiden valvonta",
        "other": "Muu",
    },
    "dpia_status": {"not_assessed": "Ei arvioitu", "not_required": "Ei tarvita", "required": "Tarvitaan",
                    "in_progress": "Käynnissä", "done": "Tehty"},
    "answer": {"not_assessed": "Ei arvioitu", "yes": "Kyllä", "no": "Ei"},
    "dpia_criterion": {
        "evaluation_scoring": "Arviointi tai pisteytys, profilointi mukaan lukien",
        "automated_decisions": (
            "Automatisoitu päätöksenteko, jolla on oikeusvaikutuksia tai vastaava merkittävä vaikutus"
        ),
        "systematic_monitoring": "Järjestelmällinen valvonta",
        "sensitive_data": "Arkaluonteiset tai erittäin henkilökohtaiset tiedot (myös 9 ja 10 art.)",
        "large_scale": "Laajamittainen tietojenkäsittely",
        "matching_combining": "Tietojoukkojen yhteensovittaminen tai yhdistäminen",
        "vulnerable_subjects": (
            "Haavoittuvassa asemassa olevia rekisteröityjä koskevat tiedot (esim. työntekijät, lapset)"
        ),
        "innovative_technology": "Innovatiivinen teknologian käyttö",
        "prevents_rights": "Käsittely estää rekisteröityjä käyttämästä oikeutta tai palvelua",
    },
    "sub_processing": {
        "not_assessed": "Ei arvioitu",
        "general_authorisation": "Yleinen kirjallinen ennakkolupa, velvoitteet siirretty",
        "specific_authorisation": "Erityinen kirjallinen ennakkolupa, velvoitteet siirretty",
        "not_allowed": "Ei sallittu",
    },
    "dpa_term": {
        "art28_3_a": "Käsittelee vain dokumentoitujen ohjeiden mukaisesti – 28 art. 3 k. a alak.",
        "art28_3_b": "Käsittelyyn osallistuvien salassapitovelvollisuus – 28 art. 3 k. b alak.",
        "art28_3_c": "Turvatoimet (32 art.) – 28 art. 3 k. c alak.",
        "art28_3_d": "Toisen henkilötietojen käsittelijän käytön edellytykset – 28 art. 3 k. d alak.",
        "art28_3_e": "Avustaminen rekisteröidyn oikeuksien käytössä – 28 art. 3 k. e alak.",
        "art28_3_f": "Avustaminen 32–36 artiklan velvoitteissa – 28 art. 3 k. f alak.",
        "art28_3_g": "Tietojen poistaminen tai palauttaminen palvelujen päätyttyä – 28 art. 3 k. g alak.",
        "art28_3_h": "Tiedot, auditoinnit ja tarkastukset – 28 art. 3 k. h alak.",
        "ec_2021_915": "Komission vakiosopimuslausekkeet, täytäntöönpanopäätös (EU) 2021/915",
    },
    "recipient_kind": {
        "processor": "Henkilötietojen käsittelijä",
        "sub_processor": "Alihankkija (toinen henkilötietojen käsittelijä)",
        "independent_controller": "Itsenäinen rekisterinpitäjä",
        "joint_controller": "Yhteisrekisterinpitäjä",
        "group_company": "Konserniyhtiö",
        "public_authority": "Viranomainen",
        "other": "Muu",
    },
    "transfer_mechanism": {
        "adequacy": "Tietosuojan tason riittävyyttä koskeva päätös – 45 art.",
        "dpf": "EU:n ja Yhdysvaltojen välinen tietosuojakehys (Data Privacy Framework) – 45 art.",
        "scc_2021": "Vakiosopimuslausekkeet 2021 – 46 art. 2 k. c alak.",
        "bcr": "Yritystä koskevat sitovat säännöt – 47 art.",
        "code_of_conduct": "Hyväksytyt käytännesäännöt – 46 art. 2 k. e alak.",
        "certification": "Hyväksytty sertifiointimekanismi – 46 art. 2 k. f alak.",
        "public_instrument": (
            "Viranomaisten tai julkisten elinten välinen oikeudellisesti sitova väline – 46 art. 2 k. a alak."
        ),
        "sa_scc": "Valvontaviranomaisen vahvistamat tietosuojaa koskevat vakiolausekkeet – 46 art. 2 k. d alak.",
        "ad_hoc_clauses": "Hyväksytyt sopimuslausekkeet – 46 art. 3 k. a alak.",
        "administrative_arrangement": "Viranomaisten väliset hallinnolliset järjestelyt – 46 art. 3 k. b alak.",
        "derogation": "Erityistilanteita koskevat poikkeukset – 49 art.",
        "legacy_scc": "Vanhat vakiosopimuslausekkeet (pätemättömät)",
        "privacy_shield": "EU:n ja Yhdysvaltojen välinen yksityisyyden suoja (Privacy Shield, pätemätön)",
        "safe_harbour": "Safe Harbour -periaatteet (pätemättömät)",
        "none": "Ei siirtoperustetta",
    },
    "scc_module": {
        "1": "Moduuli 1 – rekisterinpitäjältä rekisterinpitäjälle",
        "2": "Moduuli 2 – rekisterinpitäjältä henkilötietojen käsittelijälle",
        "3": "Moduuli 3 – henkilötietojen käsittelijältä henkilötietojen käsittelijälle",
        "4": "Moduuli 4 – henkilötietojen käsittelijältä rekisterinpitäjälle",
    },
    "derogation": {
        "art49_1_a": "Nimenomainen suostumus – 49 art. 1 k. a alak.",
        "art49_1_b": "Sopimus rekisteröidyn kanssa – 49 art. 1 k. b alak.",
        "art49_1_c": "Rekisteröidyn edun mukainen sopimus – 49 art. 1 k. c alak.",
        "art49_1_d": "Tärkeät yleistä etua koskevat syyt – 49 art. 1 k. d alak.",
        "art49_1_e": "Oikeusvaateet – 49 art. 1 k. e alak.",
        "art49_1_f": "Elintärkeät edut – 49 art. 1 k. f alak.",
        "art49_1_g": "Julkinen rekisteri – 49 art. 1 k. g alak.",
        "compelling_legitimate_interests": "Pakottavat oikeutetut edut – 49 artiklan 1 kohdan toinen alakohta",
    },
    "export_language": {"en": "Englanti", "sv": "Ruotsi", "nb": "Norja (bokmål)", "da": "Tanska", "fi": "Suomi"},
    "category_kind": {
        "data_subject": "Rekisteröityjen ryhmä",
        "data": "Henkilötietoryhmä",
        "recipient": "Vastaanottajien ryhmä",
    },
}

# The check texts (`check.*`; English: ropa_app.domain.checks.messages). Not translated yet: a missing
# one is shown in English.
CHECKS: dict[str, str] = {
    # The register checks (`ropa_app.domain.checks.messages.MESSAGES`), in the words of the Finnish GDPR text;
    # a parameter (a name, a country) stays in the nominative: "maahan {country}", "vastaanottaja {recipient}"
    "check.R01-organisation-incomplete": (
        "Organisaation tieto puuttuu: {field_label}. "
        "Selosteessa on kerrottava, kuka rekisterinpitäjä on ja miten siihen saa yhteyden."
    ),
    "check.R01-organisation-contact-missing": (
        "Organisaation yhteystietoja ei ole kirjattu. Anna vähintään yksi yhteystieto: osoite, "
        "sähköpostiosoite tai puhelinnumero."
    ),
    "check.R01-activity-incomplete": (
        "Kenttä ”{field_label}” on täyttämättä. Käsittelytoimen selosteessa se on aina ilmoitettava."
    ),
    "check.R02-retention-missing": (
        "Säilytysaikaa ei ole kirjattu. Kerro, milloin tiedot poistetaan, tai millä perusteilla."
    ),
    "check.R02-retention-vague": (
        "Säilytysaika ”{retention}” on epämääräinen. Anna ajanjakso (esim. ”24 kuukautta sopimuksen "
        "päättymisestä”) tai sen määräävät perusteet."
    ),
    "check.R03-retention-undifferentiated": (
        "Kaikilla henkilötietoryhmillä on sama säilytysaika, vaikka ryhmät eroavat toisistaan ({categories}). "
        "Tarkista, säilytetäänkö kutakin ryhmää todella yhtä kauan."
    ),
    "check.R04-security-missing": (
        "Turvatoimia ei ole kirjattu. Merkitse käytössä olevat toimenpiteet tai kuvaa ne."
    ),
    "check.R05-data-subjects-unlinked": (
        "Kaikista henkilötietoryhmistä ei käy ilmi, keitä tiedot koskevat: {categories}. Liitä kukin ryhmä "
        "niihin rekisteröityjen ryhmiin, joita se koskee, käsittelytoimelle kirjatuista ryhmistä."
    ),
    "check.R05-data-recipients-unlinked": (
        "Selosteesta ei käy ilmi, mitä tietoja luovutetaan vastaanottajille {recipients}. Tanskan "
        "Datatilsynetin ohjeen mukaan selosteen on näytettävä vastaanottajittain, mitä henkilötietoryhmiä "
        "kukin saa: merkitse kunkin henkilötietoryhmän vastaanottajat."
    ),
    "check.R06-transfer-missing": (
        "{recipient} käsittelee tietoja ETA:n ulkopuolella (maa: {country}), mutta siirtoa maahan {country} "
        "ei ole kirjattu."
    ),
    "check.R06-establishment-outside-eea": (
        "{recipient} on sijoittautunut ETA:n ulkopuolelle (maa: {country}), mutta siirtoa maahan {country} ei "
        "ole kirjattu. Tietojen luovuttaminen sille on siirto, vaikka se säilyttäisi tiedot ETA:ssa."
    ),
    "check.R06-destination-missing": (
        "Siirrolta puuttuu kohde. Kerro, mihin maahan tai kansainväliselle järjestölle tiedot siirretään."
    ),
    "check.R06-inside-eea": (
        "{country} kuuluu ETA:han, joten kyse ei ole siirrosta kolmanteen maahan eikä siirtoperustetta tarvita."
    ),
    "check.R07-no-mechanism": (
        "Tietoja siirretään maahan {country}, jota ei koske tietosuojan riittävyyttä koskeva päätös, eikä "
        "siirtoperustetta ole kirjattu. Käytä esim. vuoden 2021 vakiosopimuslausekkeita."
    ),
    "check.R07-us-no-mechanism": (
        "Tietoja siirretään Yhdysvaltoihin, eikä siirtoperustetta ole kirjattu. Päätöksestä (EU) 2023/1795 "
        "lähtien Yhdysvaltoja koskee tietosuojan riittävyyttä koskeva päätös, mutta vain Data Privacy "
        "Framework -luettelossa oleville organisaatioille. Jos vastaanottaja on luettelossa, valitse ”Data "
        "Privacy Framework” ja kirjaa, milloin tarkistit luettelon; muuten käytä muuta siirtoperustetta, "
        "esim. vuoden 2021 vakiosopimuslausekkeita."
    ),
    "check.R07-no-adequacy": (
        "Siirto maahan {country} perustuu tietosuojan riittävyyttä koskevaan päätökseen, mutta maata "
        "{country} koskevaa päätöstä ei ole voimassa {today}."
    ),
    "check.R07-us-needs-dpf": (
        "Yhdysvaltoja koskeva tietosuojan riittävyyttä koskeva päätös kattaa vain Data Privacy Framework "
        "-luettelossa olevat yritykset. Valitse ”Data Privacy Framework”, jos vastaanottaja on luettelossa, "
        "muuten muu siirtoperuste, esim. vuoden 2021 vakiosopimuslausekkeet."
    ),
    "check.R07-dpf-wrong-destination": (
        "EU:n ja Yhdysvaltojen välinen tietosuojakehys (Data Privacy Framework) kattaa vain siirrot "
        "Yhdysvaltoihin, ei maahan {country}."
    ),
    "check.R07-adequacy-not-recorded": (
        "Maata {country} koskee tietosuojan riittävyyttä koskeva päätös ({decision}). "
        "Kirjaa siirtoperusteeksi ”Tietosuojan riittävyyttä koskeva päätös”."
    ),
    "check.R07-bcr-reference-missing": (
        "Siirto perustuu yritystä koskeviin sitoviin sääntöihin, mutta sitä, mitkä hyväksytyt säännöt (BCR), "
        "ei ole kirjattu."
    ),
    "check.R08-invalid-mechanism": (
        "{mechanism} todettiin pätemättömäksi {invalid_since} ({invalidated_by}), eikä siihen voi enää "
        "perustua. Käytä Data Privacy Frameworkia (jos vastaanottaja on luettelossa) tai vuoden 2021 "
        "vakiosopimuslausekkeita."
    ),
    "check.R08-public-bodies-only": (
        "{mechanism} on käytettävissä vain viranomaisten tai julkishallinnon elinten välisissä siirroissa. Jos "
        "organisaatio ei ole julkishallinnon elin, käytä muuta siirtoperustetta (esim. vuoden 2021 "
        "vakiosopimuslausekkeita)."
    ),
    "check.R09-legacy-scc": (
        "Vanhat vakiosopimuslausekkeet ovat olleet pätemättömiä {invalid_since} alkaen. "
        "Allekirjoita niiden sijaan vuoden 2021 vakiosopimuslausekkeet."
    ),
    "check.R09-legacy-scc-expiring": (
        "Vanhat vakiosopimuslausekkeet lakkaavat olemasta voimassa {invalid_since}. "
        "Korvaa ne vuoden 2021 vakiosopimuslausekkeilla."
    ),
    "check.R10-scc-module-missing": (
        "Siirto perustuu vuoden 2021 vakiosopimuslausekkeisiin, mutta moduulia ei ole kirjattu."
    ),
    "check.R10-scc-module-mismatch": (
        "Vakiosopimuslausekkeiden moduuli {module} ei sovi käsittelytoimen ”{activity}” rooleihin ({roles}); "
        "moduuli {expected} sopii."
    ),
    "check.R11-tia-missing": (
        "{mechanism} edellyttää dokumentoitua siirron vaikutusten arviointia (TIA), eikä sellaista ole kirjattu."
    ),
    "check.R11-tia-stale": (
        "Siirron vaikutusten arviointi (TIA), päivätty {tia_date}, on yli {months} kuukautta vanha. "
        "Päivitä se."
    ),
    "check.R12-dpf-not-verified": (
        "Siirto perustuu Data Privacy Frameworkiin, mutta päivää, jolloin vastaanottajan olo DPF-luettelossa "
        "tarkistettiin, ei ole kirjattu."
    ),
    "check.R12-dpf-verification-stale": (
        "Vastaanottajan DPF-luettelomerkintä tarkistettiin viimeksi {verified_on}, yli {months} kuukautta "
        "sitten. Yritysten on uusittava sertifiointinsa vuosittain: tarkista DPF-luettelo uudelleen."
    ),
    "check.R13-dpf-no-fallback": (
        "Siirto perustuu vain Data Privacy Frameworkiin, jonka pätevyys on riitautettu tuomioistuimessa. "
        "Harkitse vuoden 2021 vakiosopimuslausekkeiden allekirjoittamista varalle."
    ),
    "check.R14-adequacy-scope": (
        "Maata {country} koskeva tietosuojan riittävyyttä koskeva päätös kattaa vain osan siitä: {scope_note} "
        "Vahvista siirron huomautuksissa, että vastaanottaja kuuluu sen piiriin (mainitse {keywords})."
    ),
    "check.R14-eea-incorporation-pending": (
        "Maata {country} koskevaa tietosuojan riittävyyttä koskevaa päätöstä ei ole vielä sisällytetty "
        "ETA-sopimukseen, joten se ei vielä kata siirtäjiä, jotka ovat maassa {org_country}. Käytä muuta "
        "siirtoperustetta (esim. vuoden 2021 vakiosopimuslausekkeita), kunnes se on sisällytetty."
    ),
    "check.R14-eea-incorporation-unverified": (
        "Sitä, onko maata {country} koskeva tietosuojan riittävyyttä koskeva päätös ({decision}) sisällytetty "
        "ETA-sopimukseen ja sitooko se siten siirtäjiä, jotka ovat maassa {org_country}, ei ollut varmistettu, "
        "kun oikeudelliset viitetiedot päivättiin ({checked_on}). Tarkista ETA:n sekakomitean päätökset ennen "
        "kuin tukeudut siihen."
    ),
    "check.R15-derogation-missing": (
        "Siirto perustuu 49 artiklan mukaiseen poikkeukseen, mutta sitä, mihin poikkeukseen, ei ole kirjattu."
    ),
    "check.R15-derogation-recurring": (
        "{recipient} on toistuva sopimuskumppani (tyyppi: {kind}), mutta siirto perustuu 49 artiklan mukaiseen "
        "poikkeukseen, joka on tarkoitettu satunnaisiin siirtoihin. Käytä esim. vuoden 2021 "
        "vakiosopimuslausekkeita."
    ),
    "check.R15-compelling-undocumented": (
        "Siirto perustuu pakottaviin oikeutettuihin etuihin, mutta arviointia ja asianmukaisia suojatoimia ei "
        "ole dokumentoitu. Dokumentoi ne ja ilmoita asiasta valvontaviranomaiselle."
    ),
    "check.R16-special-category-condition": (
        "Käsittelyssä on erityisiä henkilötietoryhmiä ({categories}), mutta 9 artiklan 2 kohdan mukaista "
        "edellytystä ei ole kirjattu."
    ),
    "check.R17-criminal-data-basis": (
        "Käsittelyssä on rikostuomioihin ja rikkomuksiin liittyviä tietoja, mutta 10 artiklan mukaista "
        "perustetta ei ole kirjattu."
    ),
    "check.R18-legal-basis-missing": (
        "Käsittelyn oikeusperustetta ei ole kirjattu. Kerro, miksi käsittely on lainmukaista (esim. sopimus, "
        "lakisääteinen velvoite)."
    ),
    "check.R19-lia-missing": (
        "Käsittely perustuu oikeutettuun etuun, mutta siihen ei ole liitetty tasapainotestiä (LIA)."
    ),
    "check.R19-interest-not-described": (
        "Käsittely perustuu oikeutettuun etuun, mutta tavoiteltua etua ei ole kuvattu."
    ),
    "check.R20-consent-record-missing": (
        "Käsittely perustuu suostumukseen, mutta tietoa siitä, mihin suostumukset kirjataan, ei ole liitetty."
    ),
    "check.R21-dpia-missing": (
        "Tietosuojaa koskeva vaikutustenarviointi on kirjattu tarpeelliseksi, mutta sitä ei ole aloitettu eikä "
        "tehty. Tee se ennen käsittelyn aloittamista."
    ),
    "check.R21-dpia-not-assessed": (
        "Sitä, edellyttääkö käsittely tietosuojaa koskevaa vaikutustenarviointia, ei ole arvioitu. Arvioi "
        "käsittely luettelon {dpia_list} perusteella: merkitse täyttyvät kriteerit ja kirjaa tulos ja "
        "perustelu.{hint}"
    ),
    "check.R21-dpia-reason-missing": (
        "Käsittely täyttää {count} luettelon {dpia_list} kriteeriä ({criteria}), joten tietosuojaa koskeva "
        "vaikutustenarviointi on todennäköisesti tarpeen, mutta se on kirjattu tarpeettomaksi ilman perustelua. "
        "Kirjaa perustelu vaikutustenarvioinnin tarvearvioon tai tee vaikutustenarviointi."
    ),
    "check.R22-dpa-missing": (
        "{recipient} käsittelee tietoja lukuumme, mutta käsittelysopimusta ei ole kirjattu."
    ),
    "check.R23-sub-processing-not-assessed": (
        "{recipient} käyttää alihankkijoita ({names}). Kirjaa, salliiko käsittelysopimus alihankkijoiden "
        "käytön (28 art. 2 k.) ja asettaako se niille samat tietosuojavelvoitteet (28 art. 4 k.)."
    ),
    "check.R23-sub-processing-not-allowed": (
        "Käsittelysopimus, jonka osapuoli on {recipient}, on kirjattu kieltämään alihankkijat, mutta sen "
        "alihankkijoiksi on kirjattu {names}."
    ),
    "check.R23-sub-processors-missing": (
        "Alihankkijoita ei ole kirjattu (käsittelijä: {recipient}). Kirjaa sen käyttämät alihankkijat "
        "(käsittelysopimuksesta tai sen verkkosivuilta)."
    ),
    "check.R23-sub-processor-cycle": (
        "Käsittelijän {recipient} alihankkijaketju palaa takaisin siihen: {chain}. Henkilötietojen käsittelijä "
        "ei voi olla oman alihankkijansa alihankkija; jokin näistä linkeistä on kirjattu väärin."
    ),
    "check.R24-arrangement-missing": (
        "Yhteisrekisterinpitäjien järjestelyä ei ole liitetty (yhteisrekisterinpitäjä: {name})."
    ),
    "check.R24-joint-controllers-missing": (
        "Käsittelytointa hoidetaan yhteisrekisterinpitäjänä, mutta muita yhteisrekisterinpitäjiä ei ole kirjattu."
    ),
    "check.R24-joint-controller-contact-missing": (
        "Yhteisrekisterinpitäjän {name} yhteystietoja ei ole kirjattu."
    ),
    "check.R25-dpo-name-missing": (
        "Tietosuojavastaava on nimitetty, mutta tietosuojavastaavan nimeä ei ole kirjattu."
    ),
    "check.R25-dpo-contact-missing": (
        "Tietosuojavastaava on nimitetty, mutta yhteystietoja (sähköposti, puhelin tai osoite) ei ole kirjattu."
    ),
    "check.R26-adm-description-missing": (
        "Käsittelytoimessa tehdään automaattisia päätöksiä, mutta niiden tekotapaa ei ole kuvattu."
    ),
    "check.R26-adm-not-assessed": (
        "Siihen, tehdäänkö käsittelytoimessa pelkästään automaattiseen käsittelyyn perustuvia päätöksiä "
        "(22 art.), ei ole vastattu. Vastaa kyllä tai ei."
    ),
    "check.R27-review-overdue": "Tarkistus, joka oli suunniteltu tehtäväksi {next_review}, on myöhässä.",
    "check.R27-review-stale": "Käsittelytoimi tarkistettiin viimeksi {last_reviewed}, yli {months} kuukautta sitten.",
    "check.R27-review-not-planned": (
        "Tarkistuspäivää ei ole kirjattu. Suunnittele, milloin käsittelytoimi tarkistetaan seuraavan kerran."
    ),
    "check.R28-controllers-missing": (
        "Käsittelytointa hoidetaan henkilötietojen käsittelijänä, mutta rekisterinpitäjiä, joiden lukuun se "
        "hoidetaan, ei ole kirjattu."
    ),
    "check.R28-controller-contact-missing": (
        "Rekisterinpitäjän {name}, jonka lukuun käsittelytointa hoidetaan, yhteystietoja ei ole kirjattu."
    ),
    "check.R29-generic-purpose": (
        "Käyttötarkoitus ”{purpose}” on liian yleinen. Kerro täsmällisesti, miksi tietoja käsitellään."
    ),
    "check.R30-recipient-country-missing": (
        "Maata ei ole kirjattu (vastaanottaja: {recipient}). Kirjaa, mihin se on sijoittautunut, jotta siirto "
        "ETA:n ulkopuolelle ei jää huomaamatta."
    ),
    "check.R31-recipient-unused": (
        "{recipient} ei saa tietoja mistään käsittelytoimesta. Liitä se käsittelytoimiin, joista sille "
        "luovutetaan tietoja, tai poista se."
    ),
    "check.R40-privacy-notice-missing": (
        "Tietosuojaselostetta ei ole liitetty. Liitä rekisteröidyille annettavat tiedot (13 art.).{hint}"
    ),
    "check.R41-dpa-content-incomplete": (
        "Käsittelysopimuksesta, jonka osapuoli on {recipient}, on kirjattu puuttuvan 28 artiklan 3 kohdan "
        "alakohdat {points}. Lisää ne tai käytä komission vakiosopimuslausekkeita (päätös (EU) 2021/915)."
    ),
    "check.R32-dpo-may-be-mandatory": (
        "Käsittelytoimessa {activity} on kirjattu käsiteltävän laajamittaisesti seuraavaa: {what}, eikä "
        "tietosuojavastaavaa ole nimitetty. Jos kyse on ydintoiminnasta, tietosuojavastaava on pakollinen "
        "(37 art. 1 k. b tai c alak.). Nimitä tietosuojavastaava tai kirjaa, miksi ei."
    ),
    "check.R33-representative-not-applicable": (
        "Edustaja unionissa on kirjattu, mutta sellainen tarvitaan vain, jos rekisterinpitäjä tai henkilötietojen "
        "käsittelijä ei ole sijoittautunut EU:hun/ETA:han (27 art.), ja organisaation sijoittautumismaa on "
        "{country}."
    ),
    "check.R33-representative-missing": (
        "Organisaation sijoittautumismaa on {country}, EU:n/ETA:n ulkopuolella. Jos se tarjoaa tavaroita tai "
        "palveluja EU:ssa/ETA:ssa oleville henkilöille tai seuraa heidän käyttäytymistään, sen on nimettävä "
        "edustaja unionissa (27 art.)."
    ),
    "check.R34-employee-consent": (
        "Käsittely perustuu suostumukseen (rekisteröidyt: {subjects}). Työnantajan ja työntekijän välisen "
        "epätasapainon vuoksi työntekijän suostumus on harvoin vapaaehtoinen. Käytä muuta oikeusperustetta, "
        "ellei kieltäytymisellä ole heille mitään seurauksia."
    ),
    "check.R35-identity-number-reason": (
        "Käsittelytoimessa käsitellään seuraavaa: {name} ({categories}). Säännöksen {provision} mukaan tämä on "
        "sallittua {condition}. Kirjaa, miksi käsittelytoimi tarvitsee niitä."
    ),
    "check.R36-criminal-record-condition": (
        "Käsittelytoimessa käsitellään rikosrekisteriotteita ({name}) (rekisteröidyt: {subjects}). Maassa "
        "{country}: {condition} ({provision}). Nimeä 10 artiklan mukaisessa perusteessa säännös, joka sallii sen."
    ),
    "check.R37-child-consent-age": (
        "Käsittely perustuu suostumukseen ja koskee lapsia ({subjects}). Maassa {country} lapsi voi antaa "
        "suostumuksen tietoyhteiskunnan palveluihin {age} vuoden iästä alkaen ({provision}); sitä nuoremman "
        "puolesta suostumuksen antaa vanhempainvastuunkantaja, ja sinun on kohtuullisin toimin varmistettava "
        "tämä (8 art. 2 k.)."
    ),
    "check.R38-employee-monitoring": (
        "Käsittelytoimessa valvotaan henkilöstöä ({what}). Kyse on haavoittuvassa asemassa olevien "
        "rekisteröityjen järjestelmällisestä valvonnasta: tietosuojaa koskeva vaikutustenarviointi on "
        "todennäköisesti tarpeen, ja {provision} asettaa edellytyksiä (maa: {country}). Tee "
        "vaikutustenarviointi tai kirjaa, miksi se ei ole tarpeen."
    ),
    "check.R39-dpf-hr-not-checked": (
        "Työntekijöiden tietoja ({subjects}) siirretään vastaanottajalle {recipient} Data Privacy Frameworkin "
        "perusteella. DPF kattaa henkilöstötiedot vain, jos vastaanottajan sertifiointi kattaa henkilöstötiedot: "
        "tarkista DPF-luettelo ja kirjaa tulos."
    ),
    "check.R39-dpf-hr-not-covered": (
        "Työntekijöiden tietoja ({subjects}) siirretään vastaanottajalle {recipient} Data Privacy Frameworkin "
        "perusteella, mutta sen sertifiointi ei kata henkilöstötietoja. Käytä näille tiedoille muuta "
        "siirtoperustetta (esim. vuoden 2021 vakiosopimuslausekkeita)."
    ),
    "check.language": "fi",
    # How references are cited in fi (`findings.cite`)
    "check.cite.articles": "{items}",
    "check.cite.item": "{article} art.{paragraph}{point}",
    "check.cite.paragraph": " {number} k.",
    "check.cite.point": " {letter} alak.",
    "check.cite.range": "{first}–{last}",
    "check.cite.point_range": "{first}–{last}",
    "check.cite.item_sep": ", ",
    "check.cite.subparagraph_2": " toinen alakohta",
    "check.cite.source.cnil": "CNIL:n selostemalli",
    "check.cite.source.dk_records": "Tanskan Datatilsynetin ohje käsittelytoimien selosteesta (2020)",
    "check.cite.source.decision_eu": "päätös (EU)",
    "check.cite.source.decisions": "päätökset",
    "check.cite.source.decision": "päätös",
    "check.cite.source.annex": "liite",
    "check.cite.source.scc_clause": "SCC-lauseke",
    "check.cite.source.edpb_recommendations": "EDPB:n suositukset",
    "check.cite.source.edpb_guidelines": "EDPB:n ohjeet",
    "check.cite.source.case_pending": "asia C-703/25 P vireillä",
    "check.cite.source.eea_agreement": "ETA-sopimus",
    "check.cite.source.wp29_purpose": (
        "29 artiklan mukaisen tietosuojatyöryhmän lausunto 03/2013 käyttötarkoitussidonnaisuudesta"
    ),
    "check.cite.source.wp29_dpo": "29 artiklan mukaisen tietosuojatyöryhmän ohjeet tietosuojavastaavista",
    "check.cite.source.on_consent": "suostumuksesta, kohdat",
    "check.cite.source.supplemental_principle": "lisäperiaate",
    "check.cite.source.directive": "direktiivi",
    "check.cite.source.renewed_by": "uusittu päätöksellä",
    "check.cite.source.ec": "/EY",
    "check.phrase.dpia_hint": " Kirjatut tiedot täyttävät {count} sen kriteereistä: {criteria}.",
    "check.phrase.nothing": "",
    "check.phrase.art14_hint": (
        " Tiedot saadaan myös muualta ({source}): selosteessa on annettava 14 artiklan edellyttämät tiedot, "
        "myös henkilötietoryhmät ja niiden lähde."
    ),
    "check.phrase.what_sensitive": "erityisiä henkilötietoryhmiä tai rikoksiin liittyviä tietoja",
    "check.phrase.what_monitoring": "henkilöiden järjestelmällistä valvontaa",
    "check.phrase.and": " ja ",
    "check.phrase.or": " tai ",
    "check.phrase.list_sep": ", ",
    "check.phrase.chain_sep": " → ",
    "check.phrase.and_more": "{names} ja {count} muuta",
    "check.phrase.role_controller": "rekisterinpitäjä",
    "check.phrase.role_processor": "henkilötietojen käsittelijä",
    "check.phrase.roles_both": "siirtäjä on {exporter}, vastaanottaja {recipient} on {importer}",
    "check.phrase.roles_exporter": "siirtäjä on {exporter}",
    "check.phrase.unnamed_processor": "henkilötietojen käsittelijä",
    "check.phrase.unnamed_joint_controller": "yhteisrekisterinpitäjä",
    "check.phrase.transfer_label": "{owner} → {destination}",
    "check.phrase.unnamed_activity": "(nimetön käsittelytoimi)",
    "check.phrase.unnamed_recipient": "(nimetön vastaanottaja)",
    "check.phrase.unnamed_organisation": "(organisaatio)",
    "check.R42-breach-notification-overdue": (
        "Loukkaus havaittiin {discovered}; {hours} tunnin määräaika ilmoittaa "
        "valvontaviranomaiselle päättyi {deadline}, eikä päätöstä ole kirjattu. Kirjaa, milloin "
        "valvontaviranomaiselle ilmoitettiin (ja viivästyksen syyt), tai arvioi, ettei loukkaus "
        "todennäköisesti aiheuta riskiä, ja perustele se."
    ),
    "check.R42-breach-late-without-reasons": (
        "Valvontaviranomaiselle ilmoitettiin {notified}, myöhemmin kuin {hours} tuntia loukkauksen "
        "havaitsemisesta. Ilmoitukseen on liitettävä viivästyksen syyt: kirjaa ne."
    ),
    "check.R43-breach-subjects-not-informed": (
        "Loukkauksen on arvioitu aiheuttavan korkean riskin, mutta mikään ei osoita, että "
        "rekisteröidyille olisi ilmoitettu. Kirjaa, milloin heille ilmoitettiin, tai miksi 34 "
        "artiklan 3 kohdan vuoksi se ei ole tarpeen."
    ),
    "check.R44-request-overdue": (
        "Pyyntöön, joka vastaanotettiin {received}, olisi pitänyt vastata viimeistään {deadline}, "
        "eikä vastausta ole kirjattu. Vastaa siihen tai kirjaa vastaus ja sen päivämäärä."
    ),
    "check.R45-breach-processor-without-dpa": (
        "Loukkaus koskee käsittelijää {names}, eikä sen kanssa ole kirjattu käsittelysopimusta. 28 "
        "artiklan 3 kohta edellyttää sellaista, myös velvollisuudesta avustaa loukkauksissa."
    ),
    "check.phrase.unnamed_record": "(nimetön)",
}
