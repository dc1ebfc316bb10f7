"""Swedish export texts (terminology of the Swedish text of the GDPR, dataskyddsförordningen)."""

TEXTS: dict[str, str] = {
    "title": "Register över behandling",
    "subtitle": "enligt artikel 30 i dataskyddsförordningen (EU) 2016/679",
    "subject": "Register över behandling enligt artikel 30 i dataskyddsförordningen — {org}",
    "section.organisation": "Personuppgiftsansvarig och kontaktuppgifter",
    "section.controller": "Register över behandling som personuppgiftsansvarig (art. 30.1)",
    "section.processor": "Register över kategorier av behandling som utförs som personuppgiftsbiträde (art. 30.2)",
    "processor.identity": "Personuppgiftsbiträdet (art. 30.2 a)",
    "processor.name": "Personuppgiftsbiträdets namn",
    "processor.contact": "Personuppgiftsbiträdets kontaktuppgifter",
    "processor.dpo": "Personuppgiftsbiträdets dataskyddsombud",
    "processor.representative": "Personuppgiftsbiträdets företrädare",
    "processor.sub_processors": "Underbiträden (personuppgiftsbiträdets mottagare)",
    "section.recipients": "Bilaga A: Mottagare och personuppgiftsbiträden",
    "section.transfers": "Bilaga B: Överföringar till tredjeland eller internationella organisationer",
    "section.findings": "Bilaga C: Resultat av fullständighetskontrollen",
    "sheet.organisation": "Organisation",
    "sheet.controller": "Art 30.1 personuppgiftsansvarig",
    "sheet.processor": "Art 30.2 personuppgiftsbiträde",
    "sheet.recipients": "Mottagare",
    # International organisations (law data's destinations "org:<id>"), by their name in the language
    "io.epo": "Europeiska patentorganisationen",
    "sheet.transfers": "Överföringar",
    "sheet.findings": "Anmärkningar",
    "sheet.overflow": "Långa värden",
    "missing": "Saknas",
    "not_stated": "Ej angivet",
    "yes": "Ja",
    "no": "Nej",
    "contents": "Innehåll",
    "exported": "Exporterad",
    "prepared_by": "Upprättad av",
    "scope": "Innehåll",
    "scope.art30": "Registret över behandling enligt artikel 30",
    "scope.internal": (
        "Hela det interna registret, för organisationens eget bruk"
        " (inte registret till tillsynsmyndigheten)"
    ),
    "provenance.file": "Registerfil",
    "provenance.schema": "Registrets schemaversion",
    "provenance.law": "Rättsliga referensdata",
    "provenance.law_value": "version {version} från {date}",
    "provenance.checked_against": "Kontrollerat mot rättsliga referensdata",
    "provenance.as_of": "Registret som det såg ut den",
    "provenance.fingerprint": "Registrets fingeravtryck (SHA-256)",
    "provenance.short": "Register {fingerprint}",
    "language": "Språk",
    "date": "Datum",
    "contact": "Kontakt för registret",
    "page_of": "Sida {page} av {total}",
    "continued": "(forts.)",
    "none_recorded": "Inga registrerade",
    "no_activities": "Inga behandlingar är registrerade.",
    "no_findings": "Inga anmärkningar.",
    "direct_transfer": "Behandlingen själv ({activity})",
    "via": "via {name}",
    "unknown_recipient": "Okänd mottagare (id {id})",
    "unknown_activity": "Okänd behandling (id {id})",
    "section.breaches": "Incidentlogg: personuppgiftsincidenter (art. 33.5)",
    "sheet.breaches": "Personuppgiftsincidenter",
    "section.requests": "Logg över begäranden från registrerade (art. 12)",
    "sheet.requests": "Begäranden",
    "column.notification_deadline": "Sista tid för anmälan (72 timmar)",
    "column.request_deadline": "Svar senast",
    "overflow_note": "[fortsätter på bladet ”{sheet}”, rad {first}–{last}]",
    "severity.error": "Fel",
    "severity.warning": "Varning",
    "severity.info": "Information",
    "severity.accepted": "Godtagen ({severity})",
    "accepted_reason": "Godtagen: {reason}",
    "column.third_countries": "Tredjeländer eller internationella organisationer",
    "column.transfer_safeguards": "Överföringsmekanismer och lämpliga skyddsåtgärder (art. 46, 49.1)",
    "column.used_by": "Används i behandlingar",
    "column.transferred_by": "Överförs av",
    "column.severity": "Allvarlighetsgrad",
    "column.rule": "Regel",
    "column.record": "Post",
    "column.field": "Fält",
    "column.message": "Anmärkning",
    "column.reference": "Hänvisning",
    "column.label": "Uppgift",
    "column.value": "Värde",
    "column.sheet": "Blad",
    "column.cell": "Cell",
    "column.part": "Del",
    "column.text": "Text",
    # The workbook: the print sheets, the layouts of the authorities' templates, the data-category links
    "sheet.print_controller": "Art 30.1 för utskrift",
    "sheet.print_processor": "Art 30.2 för utskrift",
    "sheet.data_links": "Personuppgifter och kopplingar",
    "section.data_links": (
        "Kategorier av personuppgifter: vilka registrerade de gäller och till vilka mottagare de lämnas ut"
    ),
    "column.group.mandatory": "Obligatoriskt (art. 30.1)",
    "column.group.optional": "Valfritt",
    "column.activity": "Behandling",
    "column.rights": "De registrerades rättigheter",
    "column.breach_occurred": "Har en personuppgiftsincident inträffat?",
    "column.breach_link": "Länk till dokumentationen av personuppgiftsincidenten",
    # Reviews: the calendar of due reviews (ropa_app.export.reviews)
    "review.summary": "Granskning: {title}",
    "review.description": (
        "{kind}; ansvarig: {owner}; senast granskad: {last}."
        " Markera den som granskad i ROPA Desk när granskningen är gjord."
    ),
    "review.never": "aldrig",
    "review.kind.activity": "Behandling",
    "review.kind.recipient": "Mottagare",
    "review.calendar": "Granskningar — {org}",
    "section.dataflow": "Dataflöden: vart personuppgifterna går",
    "dataflow.intro": (
        "Varje behandlings personuppgifter (per slag), de mottagare som tar emot dem och de länder där "
        "de behandlas. En överförings linje visar dess överföringsmekanism; en röd eller gul ram eller "
        "prick markerar en anmärkning från fullständighetskontrollen."
    ),
    "dataflow.column.activity": "Behandlingar",
    "dataflow.column.data": "Personuppgifter",
    "dataflow.column.recipient": "Mottagare",
    "dataflow.column.country": "Länder",
    "dataflow.part": "Del {n} av {of}",
    "dataflow.no_function": "Inget verksamhetsområde",
    "dataflow.empty": (
        "Inga flöden av personuppgifter är registrerade: ingen behandling anger sina kategorier av "
        "personuppgifter och mottagare."
    ),
    "dataflow.legend.special": (
        "{mark} Särskilda kategorier av personuppgifter (art. 9) och uppgifter om lagöverträdelser (art. "
        "10)"
    ),
    "dataflow.legend.third": "Tredjeland (utanför EES)",
    "dataflow.group.adequacy": "Beslut om adekvat skyddsnivå",
    "dataflow.group.dpf": "Ramverket för dataskydd mellan EU och USA",
    "dataflow.group.scc": "Standardavtalsklausuler",
    "dataflow.group.bcr": "Bindande företagsbestämmelser",
    "dataflow.group.other_safeguard": "Andra lämpliga skyddsåtgärder (art. 46)",
    "dataflow.group.derogation": "Undantag (art. 49)",
    "dataflow.group.invalid": "Ogiltig överföringsmekanism",
    "dataflow.group.none": "Ingen överföringsmekanism",
    "dataflow.group.gap": "Ingen överföring registrerad",
    "dataflow.group.eea": "Inom EES (ingen överföring)",
    "dataflow.map": "Karta över mottagarländer: länderna där uppgifterna behandlas",
    "dataflow.map_intro": (
        "Varje ruta är ett land, placerad där dess huvudstad ligger (en rutkarta utan gränser). Länderna "
        "dit uppgifterna går är färgade efter sitt minst säkra flöde och streckade där ingen giltig "
        "överföringsmekanism täcker det; en röd eller gul ram markerar en anmärkning från "
        "fullständighetskontrollen."
    ),
}

FIELDS: dict[str, dict[str, str]] = {
    "organisation": {
        "name": "Den personuppgiftsansvariges namn",
        "org_number": "Organisationsnummer",
        "org_number.DK": "CVR-nummer",  # a Danish company's registration number
        "address": "Adress",
        "country": "Land",
        "email": "E-post",
        "phone": "Telefon",
        "website": "Webbplats",
        "dpo_appointed": "Dataskyddsombud utsett",
        "dpo_name": "Dataskyddsombud",
        "dpo_email": "Dataskyddsombudets e-post",
        "dpo_phone": "Dataskyddsombudets telefon",
        "dpo_address": "Dataskyddsombudets adress",
        "privacy_contact_name": "Kontaktperson för dataskydd",
        "privacy_contact_email": "Kontaktpersonens e-post",
        "representative_name": "Företrädare i unionen (art. 27)",
        "representative_contact": "Företrädarens kontaktuppgifter",
        "supervisory_authority": "Tillsynsmyndighet",
        "export_language": "Exportspråk",
    },
    "activity": {
        "ref": "Ref.",
        "name": "Behandling",
        "role": "Roll",
        "business_function": "Verksamhetsområde",
        "owner": "Ansvarig",
        "description": "Beskrivning",
        "purposes": "Ändamålen med behandlingen",
        "joint_controllers": "Gemensamt personuppgiftsansvariga",
        "data_subject_categories": "Kategorier av registrerade",
        "data_categories": "Kategorier av personuppgifter",
        "special_category_conditions": "Villkor enligt art. 9.2 för särskilda kategorier",
        "criminal_data_basis": "Stöd för behandling av uppgifter om lagöverträdelser (art. 10)",
        "identity_number_reason": "Skäl för behandling av personnummer",
        "legal_bases": "Rättslig grund (art. 6)",
        "legal_basis_note": "Rättslig grund, närmare uppgifter",
        "legitimate_interests": "Berättigade intressen som eftersträvas",
        "lia_link": "Intresseavvägning",
        "consent_record_link": "Dokumentation av samtycken",
        "recipient_categories": "Kategorier av mottagare",
        "recipients": "Mottagare och personuppgiftsbiträden",
        "no_external_recipients": "Inga mottagare utanför organisationen",
        "retention": "Tidsfrister för radering (lagringstid)",
        "security_measures": "Tekniska och organisatoriska säkerhetsåtgärder",
        "security_description": "Beskrivning av säkerhetsåtgärderna",
        "source": "Varifrån personuppgifterna kommer",
        "privacy_notice_link": "Information till de registrerade (art. 13, 14)",
        "automated_decision_making": "Automatiserat beslutsfattande, inbegripet profilering",
        "adm_description": "Automatiserat beslutsfattande, närmare uppgifter",
        "dpia_status": "Konsekvensbedömning avseende dataskydd (art. 35)",
        "dpia_link": "Konsekvensbedömning, dokument",
        "dpia_criteria": "Kriterier för konsekvensbedömning som är uppfyllda",
        "dpia_screening_note": "Bedömning av behovet av konsekvensbedömning, med skäl",
        "systems": "System och var uppgifterna finns",
        "controllers": "Personuppgiftsansvariga för vars räkning vi behandlar",
        "processing_categories": "Kategorier av behandling som utförs",
        "status": "Status",
        "last_reviewed": "Senast granskad",
        "reviewed_by": "Granskad av",
        "review_note": "Anteckning från granskningen",
        "review_interval": "Granskningsintervall",
        "next_review": "Nästa granskning",
        "notes": "Anteckningar",
        "transfers": "Direkta överföringar till tredjeland",
    },
    "recipient": {
        "name": "Mottagare",
        "legal_entity": "Juridisk person",
        "address": "Adress",
        "country": "Etableringsland",
        "contact": "Kontakt",
        "kind": "Typ av mottagare",
        "service": "Tjänst",
        "processing_countries": "Länder där uppgifterna behandlas",
        "dpa_signed": "Personuppgiftsbiträdesavtal undertecknat",
        "dpa_link": "Personuppgiftsbiträdesavtal",
        "dpa_in_place": "Personuppgiftsbiträdesavtal finns",
        "dpa_terms": "Personuppgiftsbiträdesavtalets innehåll (art. 28.3)",
        "sub_processors": "Underbiträden",
        "sub_processing": "Underbiträden enligt avtalet (art. 28.2 och 28.4)",
        "transfers": "Överföringar till tredjeland",
        "owner": "Ansvarig",
        "last_reviewed": "Senast granskad",
        "reviewed_by": "Granskad av",
        "review_note": "Anteckning från granskningen",
        "review_interval": "Granskningsintervall",
        "next_review": "Nästa granskning",
        "notes": "Anteckningar",
    },
    "transfer": {
        "country": "Mottagarland",
        "mechanism": "Överföringsmekanism",
        "scc_module": "Modul i standardavtalsklausulerna",
        "derogation": "Undantag (art. 49)",
        "dpf_verified_on": "DPF-förteckningen kontrollerad",
        "dpf_hr_covered": "DPF-certifieringen omfattar personaluppgifter (HR)",
        "bcr_reference": "Bindande företagsbestämmelser, referens",
        "tia_date": "Bedömning av överföringen (TIA), datum",
        "tia_link": "Bedömning av överföringen (TIA)",
        "supplementary_measures": "Kompletterande åtgärder",
        "safeguards_documentation": "Dokumentation av lämpliga skyddsåtgärder",
        "notes": "Anteckningar",
    },
    "data_category": {"name": "Kategori", "special": "Särskild kategori eller uppgifter om lagöverträdelser",
                      "retention": "Lagringstid",
                      "subjects": "Registrerade", "recipients": "Mottagare"},
    "joint_controller": {"name": "Namn", "contact": "Kontakt", "arrangement_link": "Arrangemang (art. 26)"},
    "controller_ref": {
        "name": "Personuppgiftsansvarig",
        "contact": "Kontakt",
        "representative": "Företrädare",
        "dpo": "Dataskyddsombud",
    },
    "accepted_finding": {
        "rule_id": "Regel",
        "record": "Post",
        "field": "Fält",
        "record_label": "Postens namn",
        "reason": "Skäl till att iakttagelsen godtas",
        "accepted_by": "Godtagen av",
        "accepted_on": "Godtagen den",
        "fingerprint": "Förhållanden när den godtogs",
    },
    "breach": {
        "ref": "Referens",
        "title": "Rubrik",
        "description": "Vad som hände och hur",
        "occurred_at": "Inträffade",
        "discovered_at": "Upptäcktes",
        "activities": "Berörda behandlingar",
        "recipients": "Berörda personuppgiftsbiträden",
        "data_categories": "Berörda kategorier av personuppgifter",
        "data_subject_kinds": "Berörda kategorier av registrerade",
        "data_subjects_approx": "Ungefärligt antal registrerade",
        "records_approx": "Ungefärligt antal registerposter",
        "consequences": "Sannolika konsekvenser",
        "risk": "Risk",
        "risk_reasoning": "Skäl för riskbedömningen",
        "measures": "Vidtagna eller föreslagna åtgärder",
        "authority_notified_at": "Anmäld till tillsynsmyndigheten",
        "authority_reference": "Tillsynsmyndighetens diarienummer",
        "delay_reasons": "Skäl till förseningen",
        "subjects_informed_at": "De registrerade informerade",
        "subjects_not_informed_reason": "Varför de registrerade inte informerades",
        "status": "Status",
        "closed_at": "Avslutad",
        "notes": "Anteckningar",
    },
    "request": {
        "ref": "Referens",
        "right": "Rättighet",
        "requester": "Den som begär",
        "received_at": "Mottagen",
        "identity_verified_at": "Identitet kontrollerad",
        "extended_to": "Tidsfristen förlängd till",
        "extension_reason": "Skäl till förlängningen",
        "activities": "Berörda behandlingar",
        "outcome": "Utfall",
        "answered_at": "Besvarad",
        "notes": "Anteckningar",
    },
}

VOCAB: dict[str, dict[str, str]] = {
    "breach_risk": {
        "not_assessed": "Inte bedömd",
        "no_risk": "Osannolikt att den medför en risk",
        "risk": "Risk för fysiska personers rättigheter och friheter",
        "high_risk": "Hög risk för fysiska personers rättigheter och friheter",
    },
    "breach_status": {
        "open": "Pågående",
        "closed": "Avslutad",
    },
    "request_right": {
        "access": "Tillgång (art. 15)",
        "rectification": "Rättelse (art. 16)",
        "erasure": "Radering (art. 17)",
        "restriction": "Begränsning av behandling (art. 18)",
        "portability": "Dataportabilitet (art. 20)",
        "objection": "Invändning (art. 21)",
        "automated_decision": "Att inte bli föremål för automatiserade beslut (art. 22)",
        "consent_withdrawal": "Återkallelse av samtycke (art. 7.3)",
    },
    "request_outcome": {
        "granted": "Beviljad",
        "partly": "Delvis beviljad",
        "refused": "Avslagen, med skäl",
        "withdrawn": "Återkallad av den registrerade",
    },
    "role": {
        "controller": "Personuppgiftsansvarig",
        "joint_controller": "Gemensamt personuppgiftsansvarig",
        "processor": "Personuppgiftsbiträde",
    },
    "status": {"draft": "Utkast", "active": "Aktiv", "retired": "Avslutad"},
    "review_interval": {"3m": "Var tredje månad", "6m": "Var sjätte månad",
                        "12m": "Var tolfte månad", "24m": "Var 24:e månad"},
    "legal_basis": {
        "art6_1_a": "Samtycke – art. 6.1 a",
        "art6_1_b": "Avtal – art. 6.1 b",
        "art6_1_c": "Rättslig förpliktelse – art. 6.1 c",
        "art6_1_d": "Grundläggande intressen – art. 6.1 d",
        "art6_1_e": "Uppgift av allmänt intresse eller myndighetsutövning – art. 6.1 e",
        "art6_1_f": "Berättigat intresse – art. 6.1 f",
    },
    "special_category": {
        "none": "Vanliga personuppgifter",
        "racial_ethnic_origin": "Ras eller etniskt ursprung",
        "political_opinions": "Politiska åsikter",
        "religious_beliefs": "Religiös eller filosofisk övertygelse",
        "trade_union_membership": "Medlemskap i fackförening",
        "genetic": "Genetiska uppgifter",
        "biometric": "Biometriska uppgifter för identifiering",
        "health": "Uppgifter om hälsa",
        "sex_life_orientation": "Sexualliv eller sexuell läggning",
        "criminal": "Fällande domar i brottmål och lagöverträdelser (art. 10)",
    },
    "art9_condition": {
        "art9_2_a": "Uttryckligt samtycke – art. 9.2 a",
        "art9_2_b": "Arbetsrätt, social trygghet och socialt skydd – art. 9.2 b",
        "art9_2_c": "Grundläggande intressen – art. 9.2 c",
        "art9_2_d": "Ideell organisation – art. 9.2 d",
        "art9_2_e": "Offentliggjorda av den registrerade – art. 9.2 e",
        "art9_2_f": "Rättsliga anspråk – art. 9.2 f",
        "art9_2_g": "Viktigt allmänt intresse – art. 9.2 g",
        "art9_2_h": "Hälso- och sjukvård eller social omsorg – art. 9.2 h",
        "art9_2_i": "Folkhälsa – art. 9.2 i",
        "art9_2_j": "Arkivändamål, forskning eller statistik – art. 9.2 j",
    },
    "security_measure": {
        "access_control": "Behörighetsstyrning",
        "logging": "Loggning",
        "encryption_at_rest": "Kryptering vid lagring",
        "encryption_in_transit": "Kryptering vid överföring",
        "pseudonymisation": "Pseudonymisering",
        "backups": "Säkerhetskopiering",
        "training": "Utbildning av personal",
        "processor_control": "Kontroll av personuppgiftsbiträden",
        "other": "Övrigt",
    },
    "dpia_status": {"not_assessed": "Inte bedömd", "not_required": "Krävs inte", "required": "Krävs",
                    "in_progress": "Pågår", "done": "Genomförd"},
    "answer": {"not_assessed": "Inte bedömd", "yes": "Ja", "no": "Nej"},
    "dpia_criterion": {
        "evaluation_scoring": "Utvärdering eller poängsättning, inbegripet profilering",
        "automated_decisions": "Automatiserat beslutsfattande med rättslig eller liknande betydande verkan",
        "systematic_monitoring": "Systematisk övervakning",
        "sensitive_data": "Känsliga uppgifter eller uppgifter av mycket personlig karaktär (inbegripet art. 9 och 10)",
        "large_scale": "Uppgifter som behandlas i stor omfattning",
        "matching_combining": "Matchning eller kombination av datamängder",
        "vulnerable_subjects": "Uppgifter om sårbara registrerade (t.ex. anställda, barn)",
        "innovative_technology": "Innovativ användning av teknik",
        "prevents_rights": "Behandlingen hindrar de registrerade från att utöva en rättighet eller använda en tjänst",
    },
    "sub_processing": {
        "not_assessed": "Inte bedömd",
        "general_authorisation": "Allmänt skriftligt förhandstillstånd, skyldigheterna överförda",
        "specific_authorisation": "Särskilt skriftligt förhandstillstånd, skyldigheterna överförda",
        "not_allowed": "Inte tillåtet",
    },
    "dpa_term": {
        "art28_3_a": "Behandlar endast enligt dokumenterade instruktioner – art. 28.3 a",
        "art28_3_b": "Sekretess för behöriga personer – art. 28.3 b",
        "art28_3_c": "Säkerhetsåtgärder (art. 32) – art. 28.3 c",
        "art28_3_d": "Villkor för att anlita underbiträden – art. 28.3 d",
        "art28_3_e": "Bistånd vid de registrerades rättigheter – art. 28.3 e",
        "art28_3_f": "Bistånd med skyldigheterna i art. 32–36 – art. 28.3 f",
        "art28_3_g": "Radering eller återlämnande vid upphörande – art. 28.3 g",
        "art28_3_h": "Information, granskningar och inspektioner – art. 28.3 h",
        "ec_2021_915": "Kommissionens standardavtalsklausuler, beslut (EU) 2021/915",
    },
    "recipient_kind": {
        "processor": "Personuppgiftsbiträde",
        "sub_processor": "Underbiträde",
        "independent_controller": "Självständigt personuppgiftsansvarig",
        "joint_controller": "Gemensamt personuppgiftsansvarig",
        "group_company": "Koncernbolag",
        "public_authority": "Myndighet",
        "other": "Övrig",
    },
    "transfer_mechanism": {
        "adequacy": "Beslut om adekvat skyddsnivå – art. 45",
        "dpf": "Ramverket för dataskydd mellan EU och USA (Data Privacy Framework) – art. 45",
        "scc_2021": "Standardavtalsklausuler 2021 – art. 46.2 c",
        "bcr": "Bindande företagsbestämmelser – art. 47",
        "code_of_conduct": "Uppförandekod – art. 46.2 e",
        "certification": "Certifiering – art. 46.2 f",
        "public_instrument": "Rättsligt bindande instrument mellan offentliga myndigheter – art. 46.2 a",
        "sa_scc": "Standardklausuler antagna av en tillsynsmyndighet – art. 46.2 d",
        "ad_hoc_clauses": "Godkända avtalsklausuler – art. 46.3 a",
        "administrative_arrangement": "Administrativa överenskommelser – art. 46.3 b",
        "derogation": "Undantag i särskilda situationer – art. 49",
        "legacy_scc": "Äldre standardavtalsklausuler (ogiltiga)",
        "privacy_shield": "Skölden för integritetsskydd EU–USA (ogiltig)",
        "safe_harbour": "Safe Harbour (ogiltig)",
        "none": "Ingen mekanism",
    },
    "scc_module": {
        "1": "Modul 1 – personuppgiftsansvarig till personuppgiftsansvarig",
        "2": "Modul 2 – personuppgiftsansvarig till personuppgiftsbiträde",
        "3": "Modul 3 – personuppgiftsbiträde till personuppgiftsbiträde",
        "4": "Modul 4 – personuppgiftsbiträde till personuppgiftsansvarig",
    },
    "derogation": {
        "art49_1_a": "Uttryckligt samtycke – art. 49.1 a",
        "art49_1_b": "Avtal med den registrerade – art. 49.1 b",
        "art49_1_c": "Avtal i den registrerades intresse – art. 49.1 c",
        "art49_1_d": "Viktiga skäl som rör allmänintresset – art. 49.1 d",
        "art49_1_e": "Rättsliga anspråk – art. 49.1 e",
        "art49_1_f": "Grundläggande intressen – art. 49.1 f",
        "art49_1_g": "Offentligt register – art. 49.1 g",
        "compelling_legitimate_interests": "Tvingande berättigade intressen – art. 49.1 andra stycket",
    },
    "export_language": {"en": "Engelska", "sv": "Svenska", "nb": "Norska (bokmål)", "da": "Danska"},
    "category_kind": {
        "data_subject": "Kategori av registrerade",
        "data": "Kategori av personuppgifter",
        "recipient": "Kategori av mottagare",
    },
}

# The check texts (`check.*`; English: ropa_app.domain.checks.messages). Not translated yet: a missing
# one is shown in English.
CHECKS: dict[str, str] = {
    # The register checks (`ropa_app.domain.checks.messages.MESSAGES`), in the words of dataskyddsförordningen
    "check.R01-organisation-incomplete": (
        "Organisationens {field_label} saknas. "
        "Registret måste ange vem den personuppgiftsansvarige är och hur den kan kontaktas."
    ),
    "check.R01-organisation-contact-missing": (
        "Organisationens kontaktuppgifter saknas. Ange minst ett sätt att nå den: en postadress, "
        "en e-postadress eller ett telefonnummer."
    ),
    "check.R01-activity-incomplete": (
        "”{field_label}” är inte ifyllt. Registret över en behandling måste alltid ange det."
    ),
    "check.R02-retention-missing": (
        "Ingen lagringstid är angiven. Ange när uppgifterna raderas, eller efter vilka kriterier."
    ),
    "check.R02-retention-vague": (
        "Lagringstiden ”{retention}” är vag. Ange en tid (t.ex. ”24 månader efter avtalets slut”) "
        "eller de kriterier som avgör den."
    ),
    "check.R03-retention-undifferentiated": (
        "Alla kategorier av personuppgifter har samma lagringstid, fast de skiljer sig åt ({categories}). "
        "Kontrollera att varje kategori verkligen sparas lika länge."
    ),
    "check.R04-security-missing": (
        "Inga säkerhetsåtgärder är angivna. Markera de åtgärder som vidtagits eller beskriv dem."
    ),
    "check.R05-data-subjects-unlinked": (
        "Alla kategorier av personuppgifter anger inte vems uppgifter det är: {categories}. Koppla var och en "
        "till de kategorier av registrerade den gäller, bland dem som anges för behandlingen."
    ),
    "check.R06-transfer-missing": (
        "{recipient} behandlar uppgifter i {country}, utanför EES, men ingen överföring till {country} är angiven."
    ),
    "check.R06-establishment-outside-eea": (
        "{recipient} är etablerad i {country}, utanför EES, men ingen överföring till {country} är angiven. "
        "Att lämna ut uppgifter till den är en överföring även om den lagrar uppgifterna inom EES."
    ),
    "check.R06-destination-missing": (
        "En överföring saknar mottagarland. "
        "Ange till vilket land eller vilken internationell organisation uppgifterna går."
    ),
    "check.R06-inside-eea": (
        "{country} ingår i EES, så detta är ingen överföring till tredjeland och kräver ingen överföringsmekanism."
    ),
    "check.R07-no-mechanism": (
        "Uppgifter går till {country}, som saknar beslut om adekvat skyddsnivå, och ingen överföringsmekanism "
        "är angiven. Använd t.ex. 2021 års standardavtalsklausuler."
    ),
    "check.R07-us-no-mechanism": (
        "Uppgifter går till USA och ingen överföringsmekanism är angiven. Sedan beslut (EU) 2023/1795 finns "
        "ett beslut om adekvat skyddsnivå för USA, men bara för organisationer på Data Privacy Framework-"
        "listan. Om mottagaren finns på listan, välj ”Data Privacy Framework” och ange när du kontrollerade "
        "listan; annars, använd en annan mekanism, t.ex. 2021 års standardavtalsklausuler."
    ),
    "check.R07-no-adequacy": (
        "Överföringen till {country} grundas på ett beslut om adekvat skyddsnivå, men inget sådant beslut "
        "gäller för {country} den {today}."
    ),
    "check.R07-us-needs-dpf": (
        "Beslutet om adekvat skyddsnivå för USA omfattar bara företag på Data Privacy Framework-listan. "
        "Välj ”Data Privacy Framework” om mottagaren finns på listan, annars en annan mekanism, "
        "t.ex. 2021 års standardavtalsklausuler."
    ),
    "check.R07-dpf-wrong-destination": (
        "Ramen för dataskydd mellan EU och USA (Data Privacy Framework) omfattar bara överföringar till USA, "
        "inte till {country}."
    ),
    "check.R07-adequacy-not-recorded": (
        "{country} har ett beslut om adekvat skyddsnivå ({decision}). "
        "Ange ”Beslut om adekvat skyddsnivå” som överföringsmekanism."
    ),
    "check.R07-bcr-reference-missing": (
        "Överföringen grundas på bindande företagsbestämmelser, men vilka godkända bestämmelser (BCR) "
        "är inte angivet."
    ),
    "check.R08-invalid-mechanism": (
        "{mechanism} ogiltigförklarades den {invalid_since} ({invalidated_by}) och kan inte längre användas. "
        "Använd Data Privacy Framework (om mottagaren finns på listan) eller 2021 års standardavtalsklausuler."
    ),
    "check.R08-public-bodies-only": (
        "{mechanism} kan bara användas för överföringar mellan offentliga myndigheter eller organ. Om "
        "organisationen inte är ett offentligt organ, använd en annan mekanism (t.ex. 2021 års "
        "standardavtalsklausuler)."
    ),
    "check.R09-legacy-scc": (
        "De gamla standardavtalsklausulerna är ogiltiga sedan {invalid_since}. "
        "Underteckna 2021 års standardavtalsklausuler i stället."
    ),
    "check.R09-legacy-scc-expiring": (
        "De gamla standardavtalsklausulerna upphör att gälla den {invalid_since}. "
        "Ersätt dem med 2021 års standardavtalsklausuler."
    ),
    "check.R10-scc-module-missing": (
        "Överföringen grundas på 2021 års standardavtalsklausuler, men modulen är inte angiven."
    ),
    "check.R10-scc-module-mismatch": (
        "Modul {module} av standardavtalsklausulerna passar inte rollerna i ”{activity}” ({roles}); "
        "modul {expected} passar."
    ),
    "check.R11-tia-missing": (
        "{mechanism} kräver en dokumenterad bedömning av överföringens konsekvenser (TIA), och ingen är angiven."
    ),
    "check.R11-tia-stale": (
        "Bedömningen av överföringens konsekvenser (TIA) från {tia_date} är äldre än {months} månader. "
        "Se över den."
    ),
    "check.R12-dpf-not-verified": (
        "Överföringen grundas på Data Privacy Framework, men inget datum är angivet för när det kontrollerades "
        "att mottagaren finns på DPF-listan."
    ),
    "check.R12-dpf-verification-stale": (
        "Mottagarens plats på DPF-listan kontrollerades senast den {verified_on}, för mer än {months} månader "
        "sedan. Företagen måste certifiera sig på nytt varje år: kontrollera DPF-listan igen."
    ),
    "check.R13-dpf-no-fallback": (
        "Överföringen grundas enbart på Data Privacy Framework, som är föremål för prövning i domstol. "
        "Överväg att även underteckna 2021 års standardavtalsklausuler som reserv."
    ),
    "check.R14-adequacy-scope": (
        "Beslutet om adekvat skyddsnivå för {country} omfattar bara en del av landet: {scope_note} "
        "Bekräfta i överföringens anteckningar att mottagaren omfattas (nämn {keywords})."
    ),
    "check.R14-eea-incorporation-pending": (
        "Beslutet om adekvat skyddsnivå för {country} har ännu inte införlivats i EES-avtalet och omfattar "
        "därför ännu inte exportörer i {org_country}. Använd en annan mekanism (t.ex. 2021 års "
        "standardavtalsklausuler) tills det har införlivats."
    ),
    "check.R14-eea-incorporation-unverified": (
        "Om beslutet om adekvat skyddsnivå för {country} ({decision}) har införlivats i EES-avtalet, och "
        "därmed binder exportörer i {org_country}, var inte kontrollerat när de rättsliga referensdata "
        "daterades ({checked_on}). Kontrollera EES-kommitténs beslut innan du förlitar dig på det."
    ),
    "check.R15-derogation-missing": (
        "Överföringen grundas på ett undantag enligt art. 49, men vilket är inte angivet."
    ),
    "check.R15-derogation-recurring": (
        "{recipient} är {kind}, en återkommande förbindelse, men överföringen grundas på ett undantag enligt "
        "art. 49, som är avsett för tillfälliga överföringar. Använd t.ex. 2021 års standardavtalsklausuler."
    ),
    "check.R15-compelling-undocumented": (
        "Överföringen grundas på tvingande berättigade intressen, men bedömningen och skyddsåtgärderna är inte "
        "dokumenterade. Dokumentera dem och informera tillsynsmyndigheten."
    ),
    "check.R16-special-category-condition": (
        "Särskilda kategorier av personuppgifter behandlas ({categories}) men inget villkor enligt art. 9.2 "
        "är angivet."
    ),
    "check.R17-criminal-data-basis": (
        "Personuppgifter som rör fällande domar i brottmål eller lagöverträdelser behandlas men ingen grund "
        "enligt art. 10 är angiven."
    ),
    "check.R18-legal-basis-missing": (
        "Ingen rättslig grund är angiven. Ange varför behandlingen är laglig (t.ex. avtal, rättslig förpliktelse)."
    ),
    "check.R19-lia-missing": (
        "Behandlingen grundas på berättigat intresse, men ingen intresseavvägning är kopplad."
    ),
    "check.R19-interest-not-described": (
        "Behandlingen grundas på berättigat intresse, men det intresse som eftersträvas är inte beskrivet."
    ),
    "check.R20-consent-record-missing": (
        "Behandlingen grundas på samtycke, men var samtyckena dokumenteras är inte kopplat."
    ),
    "check.R21-dpia-missing": (
        "En konsekvensbedömning avseende dataskydd är angiven som nödvändig, men ingen pågår eller är gjord. "
        "Genomför den innan behandlingen påbörjas."
    ),
    "check.R21-dpia-not-assessed": (
        "Det är inte bedömt om behandlingen kräver en konsekvensbedömning avseende dataskydd. Pröva den mot "
        "{dpia_list}: markera de kriterier som är uppfyllda och ange resultatet och skälet.{hint}"
    ),
    "check.R21-dpia-reason-missing": (
        "Behandlingen uppfyller {count} kriterier i {dpia_list} ({criteria}), så en konsekvensbedömning "
        "avseende dataskydd krävs sannolikt, men den är angiven som inte nödvändig utan skäl. Ange varför "
        "i DPIA-bedömningen, eller genomför konsekvensbedömningen."
    ),
    "check.R22-dpa-missing": (
        "{recipient} behandlar uppgifter för vår räkning, men inget personuppgiftsbiträdesavtal är angivet."
    ),
    "check.R23-sub-processing-not-assessed": (
        "{recipient} anlitar underbiträden ({names}). Ange om personuppgiftsbiträdesavtalet tillåter "
        "underbiträden (art. 28.2) och ålägger dem samma skyldigheter avseende dataskydd (art. 28.4)."
    ),
    "check.R23-sub-processing-not-allowed": (
        "Personuppgiftsbiträdesavtalet med {recipient} är angivet som att det inte tillåter underbiträden, "
        "men {names} är angivna som dess underbiträden."
    ),
    "check.R23-sub-processors-missing": (
        "Inga underbiträden är angivna för {recipient}. Ange de underbiträden som det anlitar (enligt "
        "personuppgiftsbiträdesavtalet eller dess webbplats)."
    ),
    "check.R23-sub-processor-cycle": (
        "Underbiträdena till {recipient} leder tillbaka till det: {chain}. Ett personuppgiftsbiträde kan inte "
        "vara underbiträde till sitt eget underbiträde; en av dessa kopplingar är felaktigt angiven."
    ),
    "check.R24-arrangement-missing": (
        "Inget arrangemang mellan gemensamt personuppgiftsansvariga är kopplat för {name}."
    ),
    "check.R24-joint-controllers-missing": (
        "Behandlingen utförs som gemensamt personuppgiftsansvarig, men de andra gemensamt "
        "personuppgiftsansvariga är inte angivna."
    ),
    "check.R24-joint-controller-contact-missing": (
        "Kontaktuppgifterna till den gemensamt personuppgiftsansvarige {name} är inte angivna."
    ),
    "check.R25-dpo-name-missing": (
        "Ett dataskyddsombud är utsett, men dataskyddsombudets namn är inte angivet."
    ),
    "check.R25-dpo-contact-missing": (
        "Ett dataskyddsombud är utsett, men inga kontaktuppgifter (e-post, telefon eller adress) är angivna."
    ),
    "check.R26-adm-description-missing": (
        "Behandlingen innefattar automatiserade beslut, men hur de fattas är inte beskrivet."
    ),
    "check.R26-adm-not-assessed": (
        "Det är inte besvarat om behandlingen innefattar beslut som enbart grundas på automatiserad behandling "
        "(art. 22). Svara ja eller nej."
    ),
    "check.R27-review-overdue": "Översynen som planerades till {next_review} är försenad.",
    "check.R27-review-stale": "Behandlingen sågs senast över {last_reviewed}, för mer än {months} månader sedan.",
    "check.R27-review-not-planned": (
        "Inget datum för översyn är angivet. Planera när behandlingen ska ses över nästa gång."
    ),
    "check.R28-controllers-missing": (
        "Behandlingen utförs som personuppgiftsbiträde, men de personuppgiftsansvariga som den utförs för "
        "är inte angivna."
    ),
    "check.R28-controller-contact-missing": (
        "Kontaktuppgifterna till den personuppgiftsansvarige {name}, för vars räkning behandlingen utförs, "
        "är inte angivna."
    ),
    "check.R29-generic-purpose": (
        "Ändamålet ”{purpose}” är för allmänt. Ange specifikt varför uppgifterna behandlas."
    ),
    "check.R30-recipient-country-missing": (
        "Inget land är angivet för {recipient}. Ange var den är etablerad, så att ingen överföring utanför "
        "EES förbises."
    ),
    "check.R31-recipient-unused": (
        "{recipient} tar inte emot uppgifter från någon behandling. Koppla den till de behandlingar som lämnar "
        "ut uppgifter till den, eller ta bort den."
    ),
    "check.R40-privacy-notice-missing": (
        "Ingen integritetspolicy är kopplad. Koppla den information som lämnas till de registrerade "
        "(art. 13).{hint}"
    ),
    "check.R41-dpa-content-incomplete": (
        "Personuppgiftsbiträdesavtalet med {recipient} är angivet som att det saknar leden {points} i art. 28.3. "
        "Komplettera det, eller använd kommissionens standardavtalsklausuler (beslut (EU) 2021/915)."
    ),
    "check.R32-dpo-may-be-mandatory": (
        "{activity} är angiven som behandling av {what} i stor omfattning, och inget dataskyddsombud är "
        "utsett. Om detta är en kärnverksamhet är ett dataskyddsombud obligatoriskt (art. 37.1 b eller c). "
        "Utse ett, eller ange varför inte."
    ),
    "check.R33-representative-not-applicable": (
        "En företrädare i unionen är angiven, men bara en personuppgiftsansvarig eller ett "
        "personuppgiftsbiträde som inte är etablerad i EU/EES behöver en (art. 27), och organisationen är "
        "etablerad i {country}."
    ),
    "check.R33-representative-missing": (
        "Organisationen är etablerad i {country}, utanför EU/EES. Om den erbjuder varor eller tjänster till, "
        "eller övervakar, personer i EU/EES måste den utse en företrädare i unionen (art. 27)."
    ),
    "check.R34-employee-consent": (
        "Behandlingen grundas på samtycke från {subjects}. På grund av maktobalansen mellan arbetsgivare och "
        "arbetstagare är en arbetstagares samtycke sällan frivilligt. Använd en annan rättslig grund, om inte "
        "ett nej saknar varje följd för dem."
    ),
    "check.R35-identity-number-reason": (
        "Behandlingen omfattar {name} ({categories}). Enligt {provision} är detta tillåtet {condition}. "
        "Ange varför behandlingen behöver dem."
    ),
    "check.R36-criminal-record-condition": (
        "Behandlingen omfattar utdrag ur belastningsregistret ({name}) för {subjects}. I {country} gäller: "
        "{condition} ({provision}). Ange i grunden enligt art. 10 den bestämmelse som tillåter det."
    ),
    "check.R37-child-consent-age": (
        "Behandlingen grundas på samtycke och gäller barn ({subjects}). I {country} kan ett barn samtycka till "
        "informationssamhällets tjänster från {age} års ålder ({provision}); under den åldern måste den som har "
        "föräldraansvar för barnet samtycka, och du måste göra rimliga ansträngningar för att kontrollera det "
        "(art. 8.2)."
    ),
    "check.R38-employee-monitoring": (
        "Behandlingen innebär övervakning av personal ({what}). Det är systematisk övervakning av sårbara "
        "registrerade: en konsekvensbedömning avseende dataskydd krävs sannolikt, och {provision} ställer krav "
        "i {country}. Genomför konsekvensbedömningen, eller ange varför den inte krävs."
    ),
    "check.R39-dpf-hr-not-checked": (
        "Arbetstagares uppgifter ({subjects}) går till {recipient} med stöd av Data Privacy Framework. DPF "
        "omfattar personaluppgifter bara om mottagarens certifiering omfattar personaluppgifter: kontrollera "
        "DPF-listan och ange resultatet."
    ),
    "check.R39-dpf-hr-not-covered": (
        "Arbetstagares uppgifter ({subjects}) går till {recipient} med stöd av Data Privacy Framework, men dess "
        "certifiering omfattar inte personaluppgifter. Använd en annan mekanism (t.ex. 2021 års "
        "standardavtalsklausuler) för dessa uppgifter."
    ),
    "check.R05-data-recipients-unlinked": (
        "Registret anger inte vilka uppgifter som går till {recipients}. Datatilsynets vägledning kräver att "
        "registret för varje mottagare visar vilka kategorier av personuppgifter den tar emot: markera "
        "mottagarna för varje kategori av personuppgifter."
    ),
    "check.R42-breach-notification-overdue": (
        "Incidenten upptäcktes {discovered}; de {hours} timmarna för anmälan till tillsynsmyndigheten löpte ut "
        "{deadline}, och inget beslut är angivet. Ange när tillsynsmyndigheten underrättades (med skälen till "
        "dröjsmålet), eller bedöm att incidenten sannolikt inte medför någon risk och ange varför."
    ),
    "check.R42-breach-late-without-reasons": (
        "Tillsynsmyndigheten underrättades {notified}, senare än {hours} timmar efter att incidenten "
        "upptäcktes. Anmälan måste ange skälen till dröjsmålet: ange dem."
    ),
    "check.R43-breach-subjects-not-informed": (
        "Incidenten är bedömd som en hög risk, men inget visar att de registrerade har informerats. Ange när "
        "de informerades, eller varför art. 34.3 gör det onödigt."
    ),
    "check.R44-request-overdue": (
        "Begäran som kom in {received} skulle ha besvarats senast {deadline} och har inget svar angivet. "
        "Besvara den, eller ange svaret och dess datum."
    ),
    "check.R45-breach-processor-without-dpa": (
        "Incidenten gäller {names}, och inget personuppgiftsbiträdesavtal med dem är angivet. Art. 28.3 kräver "
        "ett sådant, inklusive deras skyldighet att bistå vid personuppgiftsincidenter."
    ),
    "check.language": "sv",
    # How references are cited in sv (`findings.cite`)
    "check.cite.articles": "art. {items}",
    "check.cite.item": "{article}{paragraph}{point}",
    "check.cite.paragraph": ".{number}",
    "check.cite.point": " {letter}",
    "check.cite.range": "{first}–{last}",
    "check.cite.point_range": "{first}–{last}",
    "check.cite.item_sep": ", ",
    "check.cite.subparagraph_2": " andra stycket",
    "check.cite.source.cnil": "CNIL:s mall för registret",
    "check.cite.source.dk_records": "Datatilsynets (DK) vägledning om register över behandling (2020)",
    "check.cite.source.decision_eu": "beslut (EU)",
    "check.cite.source.decisions": "besluten",
    "check.cite.source.decision": "beslut",
    "check.cite.source.annex": "bilaga",
    "check.cite.source.scc_clause": "SCC-klausul",
    "check.cite.source.edpb_recommendations": "EDPB:s rekommendationer",
    "check.cite.source.edpb_guidelines": "EDPB:s riktlinjer",
    "check.cite.source.case_pending": "mål C-703/25 P pågår",
    "check.cite.source.eea_agreement": "EES-avtalet",
    "check.cite.source.wp29_purpose": "Artikel 29-gruppens yttrande 03/2013 om ändamålsbegränsning",
    "check.cite.source.wp29_dpo": "Artikel 29-gruppens riktlinjer om dataskyddsombud",
    "check.cite.source.on_consent": "om samtycke, punkterna",
    "check.cite.source.supplemental_principle": "tilläggsprincip",
    "check.cite.source.directive": "direktiv",
    "check.cite.source.renewed_by": "förnyat genom",
    "check.cite.source.ec": "/EG",
    "check.phrase.dpia_hint": " De angivna uppgifterna uppfyller {count} av dess kriterier: {criteria}.",
    "check.phrase.nothing": "",
    "check.phrase.art14_hint": (
        " Uppgifterna kommer också från annat håll ({source}): informationen måste innehålla det som krävs "
        "enligt art. 14, bland annat kategorierna av personuppgifter och deras källa."
    ),
    "check.phrase.what_sensitive": "särskilda kategorier av personuppgifter eller uppgifter om lagöverträdelser",
    "check.phrase.what_monitoring": "systematisk övervakning av personer",
    "check.phrase.and": " och ",
    "check.phrase.or": " eller ",
    "check.phrase.list_sep": ", ",
    "check.phrase.chain_sep": " → ",
    "check.phrase.and_more": "{names} och {count} till",
    "check.phrase.role_controller": "personuppgiftsansvarig",
    "check.phrase.role_processor": "personuppgiftsbiträde",
    "check.phrase.roles_both": "exportören är {exporter}, mottagaren {recipient} är {importer}",
    "check.phrase.roles_exporter": "exportören är {exporter}",
    "check.phrase.unnamed_processor": "personuppgiftsbiträdet",
    "check.phrase.unnamed_joint_controller": "en gemensamt personuppgiftsansvarig",
    "check.phrase.transfer_label": "{owner} → {destination}",
    "check.phrase.unnamed_activity": "(behandling utan namn)",
    "check.phrase.unnamed_recipient": "(mottagare utan namn)",
    "check.phrase.unnamed_organisation": "(organisationen)",
    "check.phrase.unnamed_record": "(utan namn)",
}
