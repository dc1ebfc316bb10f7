"""Norwegian (bokmål) export texts (terminology of the Norwegian text of the GDPR, personvernforordningen)."""

TEXTS: dict[str, str] = {
    "title": "Protokoll over behandlingsaktiviteter",
    "subtitle": "etter artikkel 30 i personvernforordningen (EU) 2016/679",
    "subject": "Protokoll over behandlingsaktiviteter etter artikkel 30 i personvernforordningen — {org}",
    "section.organisation": "Behandlingsansvarlig og kontaktopplysninger",
    "section.controller": "Protokoll over behandlingsaktiviteter som behandlingsansvarlig (art. 30 nr. 1)",
    "section.processor": "Protokoll over kategorier av behandlingsaktiviteter utført som databehandler (art. 30 nr. 2)",
    "processor.identity": "Databehandleren (art. 30 nr. 2 bokstav a)",
    "processor.name": "Databehandlerens navn",
    "processor.contact": "Databehandlerens kontaktopplysninger",
    "processor.dpo": "Databehandlerens personvernombud",
    "processor.representative": "Databehandlerens representant",
    "processor.sub_processors": "Underdatabehandlere (databehandlerens mottakere)",
    "section.recipients": "Vedlegg A: Mottakere og databehandlere",
    "section.transfers": "Vedlegg B: Overføringer til tredjestater eller internasjonale organisasjoner",
    "section.findings": "Vedlegg C: Resultater av fullstendighetskontrollen",
    "sheet.organisation": "Virksomhet",
    "sheet.controller": "Art 30 nr 1 behandlingsansv",
    "sheet.processor": "Art 30 nr 2 databehandler",
    "sheet.recipients": "Mottakere",
    # International organisations (law data's destinations "org:<id>"), by their name in the language
    "io.epo": "Den europeiske patentorganisasjon",
    "sheet.transfers": "Overføringer",
    "sheet.findings": "Merknader",
    "sheet.overflow": "Lange verdier",
    "missing": "Mangler",
    "not_stated": "Ikke oppgitt",
    "yes": "Ja",
    "no": "Nei",
    "contents": "Innhold",
    "exported": "Eksportert",
    "prepared_by": "Utarbeidet av",
    "scope": "Innhold",
    "scope.art30": "Protokollen over behandlingsaktiviteter etter artikkel 30",
    "scope.internal": (
        "Hele det interne registeret, til virksomhetens eget bruk"
        " (ikke protokollen til tilsynsmyndigheten)"
    ),
    "provenance.file": "Registerfil",
    "provenance.schema": "Registerets skjemaversjon",
    "provenance.law": "Rettslige referansedata",
    "provenance.law_value": "versjon {version} fra {date}",
    "provenance.checked_against": "Kontrollert mot rettslige referansedata",
    "provenance.as_of": "Protokollen slik den var per",
    "provenance.fingerprint": "Registerets fingeravtrykk (SHA-256)",
    "provenance.short": "Register {fingerprint}",
    "language": "Språk",
    "date": "Dato",
    "contact": "Kontakt for protokollen",
    "page_of": "Side {page} av {total}",
    "continued": "(forts.)",
    "none_recorded": "Ingen registrert",
    "no_activities": "Ingen behandlingsaktiviteter er registrert.",
    "no_findings": "Ingen merknader.",
    "direct_transfer": "Behandlingsaktiviteten selv ({activity})",
    "via": "via {name}",
    "unknown_recipient": "Ukjent mottaker (id {id})",
    "unknown_activity": "Ukjent behandlingsaktivitet (id {id})",
    "section.breaches": "Avvikslogg: brudd på personopplysningssikkerheten (art. 33 nr. 5)",
    "sheet.breaches": "Avvik",
    "section.requests": "Logg over henvendelser fra registrerte (art. 12)",
    "sheet.requests": "Henvendelser",
    "column.notification_deadline": "Frist for melding (72 timer)",
    "column.request_deadline": "Svarfrist",
    "overflow_note": "[fortsetter i arket «{sheet}», rad {first}–{last}]",
    "severity.error": "Feil",
    "severity.warning": "Advarsel",
    "severity.info": "Informasjon",
    "severity.accepted": "Godtatt ({severity})",
    "accepted_reason": "Godtatt: {reason}",
    "column.third_countries": "Tredjestater eller internasjonale organisasjoner",
    "column.transfer_safeguards": "Overføringsgrunnlag og nødvendige garantier (art. 46, 49 nr. 1)",
    "column.used_by": "Brukes i behandlingsaktiviteter",
    "column.transferred_by": "Overføres av",
    "column.severity": "Alvorlighetsgrad",
    "column.rule": "Regel",
    "column.record": "Oppføring",
    "column.field": "Felt",
    "column.message": "Merknad",
    "column.reference": "Henvisning",
    "column.label": "Opplysning",
    "column.value": "Verdi",
    "column.sheet": "Ark",
    "column.cell": "Celle",
    "column.part": "Del",
    "column.text": "Tekst",
    # The workbook: the print sheets, the layouts of the authorities' templates, the data-category links
    "sheet.print_controller": "Art 30 nr 1 for utskrift",
    "sheet.print_processor": "Art 30 nr 2 for utskrift",
    "sheet.data_links": "Personopplysninger og koblinger",
    "section.data_links": (
        "Kategorier av personopplysninger: hvilke registrerte de gjelder og hvilke mottakere de utleveres til"
    ),
    "column.group.mandatory": "Obligatorisk (art. 30 nr. 1)",
    "column.group.optional": "Valgfritt",
    "column.activity": "Behandlingsaktivitet",
    "column.rights": "De registrertes rettigheter",
    "column.breach_occurred": "Har det skjedd et brudd på personopplysningssikkerheten?",
    "column.breach_link": "Lenke til dokumentasjonen av brudd på personopplysningssikkerheten",
    # Reviews: the calendar of due reviews (ropa_app.export.reviews)
    "review.summary": "Gjennomgang: {title}",
    "review.description": (
        "{kind}; ansvarlig: {owner}; sist gjennomgått: {last}."
        " Merk den som gjennomgått i ROPA Desk når gjennomgangen er gjort."
    ),
    "review.never": "aldri",
    "review.kind.activity": "Behandlingsaktivitet",
    "review.kind.recipient": "Mottaker",
    "review.calendar": "Gjennomganger — {org}",
    "section.dataflow": "Dataflyt: hvor personopplysningene går",
    "dataflow.intro": (
        "Hver behandlingsaktivitets personopplysninger (etter type), mottakerne som får dem, og landene "
        "der de behandles. Linjen for en overføring viser overføringsgrunnlaget; en rød eller gul ramme "
        "eller prikk markerer en merknad fra fullstendighetskontrollen."
    ),
    "dataflow.column.activity": "Behandlingsaktiviteter",
    "dataflow.column.data": "Personopplysninger",
    "dataflow.column.recipient": "Mottakere",
    "dataflow.column.country": "Land",
    "dataflow.part": "Del {n} av {of}",
    "dataflow.no_function": "Intet virksomhetsområde",
    "dataflow.empty": (
        "Ingen flyt av personopplysninger er registrert: ingen behandlingsaktivitet angir sine "
        "kategorier av personopplysninger og mottakere."
    ),
    "dataflow.legend.special": (
        "{mark} Særlige kategorier av personopplysninger (art. 9) og opplysninger om straffedommer og "
        "lovovertredelser (art. 10)"
    ),
    "dataflow.legend.third": "Tredjeland (utenfor EØS)",
    "dataflow.group.adequacy": "Beslutning om tilstrekkelig beskyttelsesnivå",
    "dataflow.group.dpf": "Rammeverket for personvern mellom EU og USA",
    "dataflow.group.scc": "Standard personvernbestemmelser",
    "dataflow.group.bcr": "Bindende virksomhetsregler",
    "dataflow.group.other_safeguard": "Andre nødvendige garantier (art. 46)",
    "dataflow.group.derogation": "Unntak (art. 49)",
    "dataflow.group.invalid": "Ugyldig overføringsgrunnlag",
    "dataflow.group.none": "Intet overføringsgrunnlag",
    "dataflow.group.gap": "Ingen overføring registrert",
    "dataflow.group.eea": "Innenfor EØS (ingen overføring)",
    "dataflow.map": "Kart over mottakerland: landene der opplysningene behandles",
    "dataflow.map_intro": (
        "Hver rute er et land, plassert der hovedstaden ligger (et rutekart uten grenser). Landene "
        "opplysningene går til, er farget etter den minst sikre dataflyten og skravert der intet gyldig "
        "overføringsgrunnlag dekker den; en rød eller gul ramme markerer en merknad fra "
        "fullstendighetskontrollen."
    ),
}

FIELDS: dict[str, dict[str, str]] = {
    "organisation": {
        "name": "Den behandlingsansvarliges navn",
        "org_number": "Organisasjonsnummer",
        "org_number.DK": "CVR-nummer",  # a Danish company's registration number
        "address": "Adresse",
        "country": "Land",
        "email": "E-post",
        "phone": "Telefon",
        "website": "Nettsted",
        "dpo_appointed": "Personvernombud utpekt",
        "dpo_name": "Personvernombud",
        "dpo_email": "Personvernombudets e-post",
        "dpo_phone": "Personvernombudets telefon",
        "dpo_address": "Personvernombudets adresse",
        "privacy_contact_name": "Kontaktperson for personvern",
        "privacy_contact_email": "Kontaktpersonens e-post",
        "representative_name": "Representant i Unionen (art. 27)",
        "representative_contact": "Representantens kontaktopplysninger",
        "supervisory_authority": "Tilsynsmyndighet",
        "export_language": "Eksportspråk",
    },
    "activity": {
        "ref": "Ref.",
        "name": "Behandlingsaktivitet",
        "role": "Rolle",
        "business_function": "Avdeling eller funksjon",
        "owner": "Ansvarlig",
        "description": "Beskrivelse",
        "purposes": "Formålene med behandlingen",
        "joint_controllers": "Felles behandlingsansvarlige",
        "data_subject_categories": "Kategorier av registrerte",
        "data_categories": "Kategorier av personopplysninger",
        "special_category_conditions": "Vilkår etter art. 9 nr. 2 for særlige kategorier",
        "criminal_data_basis": "Grunnlag for opplysninger om straffedommer og lovovertredelser (art. 10)",
        "identity_number_reason": "Begrunnelse for bruk av fødselsnummer",
        "legal_bases": "Behandlingsgrunnlag (art. 6)",
        "legal_basis_note": "Behandlingsgrunnlag, nærmere opplysninger",
        "legitimate_interests": "Berettigede interesser som forfølges",
        "lia_link": "Interesseavveiing",
        "consent_record_link": "Dokumentasjon av samtykker",
        "recipient_categories": "Kategorier av mottakere",
        "recipients": "Mottakere og databehandlere",
        "no_external_recipients": "Ingen mottakere utenfor virksomheten",
        "retention": "Frister for sletting (lagringstid)",
        "security_measures": "Tekniske og organisatoriske sikkerhetstiltak",
        "security_description": "Beskrivelse av sikkerhetstiltakene",
        "source": "Hvor personopplysningene kommer fra",
        "privacy_notice_link": "Personvernerklæring (art. 13, 14)",
        "automated_decision_making": "Automatiserte avgjørelser, herunder profilering",
        "adm_description": "Automatiserte avgjørelser, nærmere opplysninger",
        "dpia_status": "Vurdering av personvernkonsekvenser (art. 35)",
        "dpia_link": "Vurdering av personvernkonsekvenser, dokument",
        "dpia_criteria": "Kriterier for vurdering av personvernkonsekvenser som er oppfylt",
        "dpia_screening_note": "Vurdering av behovet for vurdering av personvernkonsekvenser, med begrunnelse",
        "systems": "Systemer og hvor opplysningene lagres",
        "controllers": "Behandlingsansvarlige vi behandler på vegne av",
        "processing_categories": "Kategorier av behandling som utføres",
        "status": "Status",
        "last_reviewed": "Sist gjennomgått",
        "reviewed_by": "Gjennomgått av",
        "review_note": "Merknad fra gjennomgangen",
        "review_interval": "Intervall for gjennomgang",
        "next_review": "Neste gjennomgang",
        "notes": "Notater",
        "transfers": "Direkte overføringer til tredjestater",
    },
    "recipient": {
        "name": "Mottaker",
        "legal_entity": "Juridisk enhet",
        "address": "Adresse",
        "country": "Etableringsland",
        "contact": "Kontakt",
        "kind": "Type mottaker",
        "service": "Tjeneste",
        "processing_countries": "Land der opplysningene behandles",
        "dpa_signed": "Databehandleravtale inngått",
        "dpa_link": "Databehandleravtale",
        "dpa_in_place": "Databehandleravtale foreligger",
        "dpa_terms": "Databehandleravtalens innhold (art. 28 nr. 3)",
        "sub_processors": "Underdatabehandlere",
        "sub_processing": "Underdatabehandlere etter avtalen (art. 28 nr. 2 og 4)",
        "transfers": "Overføringer til tredjestater",
        "owner": "Ansvarlig",
        "last_reviewed": "Sist gjennomgått",
        "reviewed_by": "Gjennomgått av",
        "review_note": "Merknad fra gjennomgangen",
        "review_interval": "Intervall for gjennomgang",
        "next_review": "Neste gjennomgang",
        "notes": "Notater",
    },
    "transfer": {
        "country": "Mottakerland",
        "mechanism": "Overføringsgrunnlag",
        "scc_module": "Modul i standard personvernbestemmelser",
        "derogation": "Unntak (art. 49)",
        "dpf_verified_on": "DPF-oppføringen kontrollert",
        "dpf_hr_covered": "DPF-sertifiseringen omfatter personalopplysninger (HR)",
        "bcr_reference": "Bindende virksomhetsregler, referanse",
        "tia_date": "Vurdering av overføringen (TIA), dato",
        "tia_link": "Vurdering av overføringen (TIA)",
        "supplementary_measures": "Supplerende tiltak",
        "safeguards_documentation": "Dokumentasjon på nødvendige garantier",
        "notes": "Notater",
    },
    "data_category": {"name": "Kategori",
                      "special": "Særlig kategori eller opplysninger om straffedommer og lovovertredelser",
                      "retention": "Lagringstid",
                      "subjects": "Registrerte", "recipients": "Mottakere"},
    "joint_controller": {"name": "Navn", "contact": "Kontakt", "arrangement_link": "Ordning (art. 26)"},
    "controller_ref": {
        "name": "Behandlingsansvarlig",
        "contact": "Kontakt",
        "representative": "Representant",
        "dpo": "Personvernombud",
    },
    "accepted_finding": {
        "rule_id": "Regel",
        "record": "Post",
        "field": "Felt",
        "record_label": "Postens navn",
        "reason": "Begrunnelse for å godta",
        "accepted_by": "Godtatt av",
        "accepted_on": "Godtatt den",
        "fingerprint": "Forhold da den ble godtatt",
    },
    "breach": {
        "ref": "Referanse",
        "title": "Tittel",
        "description": "Hva som skjedde og hvordan",
        "occurred_at": "Inntraff",
        "discovered_at": "Oppdaget",
        "activities": "Berørte behandlingsaktiviteter",
        "recipients": "Berørte databehandlere",
        "data_categories": "Berørte kategorier av personopplysninger",
        "data_subject_kinds": "Berørte kategorier av registrerte",
        "data_subjects_approx": "Omtrentlig antall registrerte",
        "records_approx": "Omtrentlig antall registreringer",
        "consequences": "Sannsynlige konsekvenser",
        "risk": "Risiko",
        "risk_reasoning": "Begrunnelse for risikovurderingen",
        "measures": "Iverksatte eller foreslåtte tiltak",
        "authority_notified_at": "Meldt til tilsynsmyndigheten",
        "authority_reference": "Tilsynsmyndighetens saksnummer",
        "delay_reasons": "Grunner til forsinkelsen",
        "subjects_informed_at": "De registrerte underrettet",
        "subjects_not_informed_reason": "Hvorfor de registrerte ikke ble underrettet",
        "status": "Status",
        "closed_at": "Avsluttet",
        "notes": "Merknader",
    },
    "request": {
        "ref": "Referanse",
        "right": "Rettighet",
        "requester": "Den som ber om det",
        "received_at": "Mottatt",
        "identity_verified_at": "Identitet bekreftet",
        "extended_to": "Fristen forlenget til",
        "extension_reason": "Grunner til forlengelsen",
        "activities": "Berørte behandlingsaktiviteter",
        "outcome": "Utfall",
        "answered_at": "Besvart",
        "notes": "Merknader",
    },
}

VOCAB: dict[str, dict[str, str]] = {
    "breach_risk": {
        "not_assessed": "Ikke vurdert",
        "no_risk": "Sannsynligvis ikke en risiko",
        "risk": "Risiko for fysiske personers rettigheter og friheter",
        "high_risk": "Høy risiko for fysiske personers rettigheter og friheter",
    },
    "breach_status": {
        "open": "Åpen",
        "closed": "Avsluttet",
    },
    "request_right": {
        "access": "Innsyn (art. 15)",
        "rectification": "Retting (art. 16)",
        "erasure": "Sletting (art. 17)",
        "restriction": "Begrensning av behandling (art. 18)",
        "portability": "Dataportabilitet (art. 20)",
        "objection": "Protest (art. 21)",
        "automated_decision": "Ikke å være gjenstand for automatiserte avgjørelser (art. 22)",
        "consent_withdrawal": "Tilbaketrekking av samtykke (art. 7 nr. 3)",
    },
    "request_outcome": {
        "granted": "Innvilget",
        "partly": "Delvis innvilget",
        "refused": "Avslått, med begrunnelse",
        "withdrawn": "Trukket tilbake av den registrerte",
    },
    "role": {
        "controller": "Behandlingsansvarlig",
        "joint_controller": "Felles behandlingsansvarlig",
        "processor": "Databehandler",
    },
    "status": {"draft": "Utkast", "active": "Aktiv", "retired": "Avsluttet"},
    "review_interval": {"3m": "Hver tredje måned", "6m": "Hver sjette måned",
                        "12m": "Hver tolvte måned", "24m": "Hver 24. måned"},
    "legal_basis": {
        "art6_1_a": "Samtykke – art. 6 nr. 1 bokstav a",
        "art6_1_b": "Avtale – art. 6 nr. 1 bokstav b",
        "art6_1_c": "Rettslig forpliktelse – art. 6 nr. 1 bokstav c",
        "art6_1_d": "Vitale interesser – art. 6 nr. 1 bokstav d",
        "art6_1_e": "Allmennhetens interesse eller offentlig myndighet – art. 6 nr. 1 bokstav e",
        "art6_1_f": "Berettiget interesse – art. 6 nr. 1 bokstav f",
    },
    "special_category": {
        "none": "Alminnelige personopplysninger",
        "racial_ethnic_origin": "Rasemessig eller etnisk opprinnelse",
        "political_opinions": "Politisk oppfatning",
        "religious_beliefs": "Religion eller filosofisk overbevisning",
        "trade_union_membership": "Fagforeningsmedlemskap",
        "genetic": "Genetiske opplysninger",
        "biometric": "Biometriske opplysninger for identifikasjon",
        "health": "Helseopplysninger",
        "sex_life_orientation": "Seksuelle forhold eller seksuell orientering",
        "criminal": "Straffedommer og lovovertredelser (art. 10)",
    },
    "art9_condition": {
        "art9_2_a": "Uttrykkelig samtykke – art. 9 nr. 2 bokstav a",
        "art9_2_b": "Arbeidsrett, trygderett og sosialrett – art. 9 nr. 2 bokstav b",
        "art9_2_c": "Vitale interesser – art. 9 nr. 2 bokstav c",
        "art9_2_d": "Ideell organisasjon – art. 9 nr. 2 bokstav d",
        "art9_2_e": "Offentliggjort av den registrerte – art. 9 nr. 2 bokstav e",
        "art9_2_f": "Rettskrav – art. 9 nr. 2 bokstav f",
        "art9_2_g": "Viktige allmenne interesser – art. 9 nr. 2 bokstav g",
        "art9_2_h": "Helse- og sosialtjenester – art. 9 nr. 2 bokstav h",
        "art9_2_i": "Folkehelse – art. 9 nr. 2 bokstav i",
        "art9_2_j": "Arkiv, forskning eller statistikk – art. 9 nr. 2 bokstav j",
    },
    "security_measure": {
        "access_control": "Tilgangsstyring",
        "logging": "Logging",
        "encryption_at_rest": "Kryptering ved lagring",
        "encryption_in_transit": "Kryptering under overføring",
        "pseudonymisation": "Pseudonymisering",
        "backups": "Sikkerhetskopiering",
        "training": "Opplæring av ansatte",
        "processor_control": "Oppfølging av databehandlere",
        "other": "Annet",
    },
    "dpia_status": {
    "not_assessed": "Ikke vurdert",
        "not_required": "Ikke påkrevd",
        "required": "Påkrevd",
        "in_progress": "Pågår",
        "done": "Gjennomført",
    },
    "answer": {"not_assessed": "Ikke vurdert", "yes": "Ja", "no": "Nei"},
    "dpia_criterion": {
        "evaluation_scoring": "Evaluering eller poengsetting, herunder profilering",
        "automated_decisions": "Automatiserte avgjørelser med rettslig eller tilsvarende betydelig virkning",
        "systematic_monitoring": "Systematisk overvåking",
        "sensitive_data": (
            "Sensitive opplysninger eller opplysninger av svært personlig karakter (herunder art. 9 og 10)"
        ),
        "large_scale": "Behandling i stor skala",
        "matching_combining": "Sammenstilling eller kombinasjon av datasett",
        "vulnerable_subjects": "Opplysninger om sårbare registrerte (f.eks. ansatte, barn)",
        "innovative_technology": "Innovativ bruk av teknologi",
        "prevents_rights": "Behandlingen hindrer de registrerte i å utøve en rettighet eller bruke en tjeneste",
    },
    "sub_processing": {
        "not_assessed": "Ikke vurdert",
        "general_authorisation": "Generell skriftlig forhåndstillatelse, forpliktelsene videreført",
        "specific_authorisation": "Spesifikk skriftlig forhåndstillatelse, forpliktelsene videreført",
        "not_allowed": "Ikke tillatt",
    },
    "dpa_term": {
        "art28_3_a": "Behandler bare etter dokumenterte instrukser – art. 28 nr. 3 bokstav a",
        "art28_3_b": "Taushetsplikt for autoriserte personer – art. 28 nr. 3 bokstav b",
        "art28_3_c": "Sikkerhetstiltak (art. 32) – art. 28 nr. 3 bokstav c",
        "art28_3_d": "Vilkår for bruk av underdatabehandlere – art. 28 nr. 3 bokstav d",
        "art28_3_e": "Bistand med de registrertes rettigheter – art. 28 nr. 3 bokstav e",
        "art28_3_f": "Bistand med pliktene i art. 32–36 – art. 28 nr. 3 bokstav f",
        "art28_3_g": "Sletting eller tilbakelevering ved opphør – art. 28 nr. 3 bokstav g",
        "art28_3_h": "Informasjon, revisjoner og inspeksjoner – art. 28 nr. 3 bokstav h",
        "ec_2021_915": "Kommisjonens standardavtalebestemmelser, beslutning (EU) 2021/915",
    },
    "recipient_kind": {
        "processor": "Databehandler",
        "sub_processor": "Underdatabehandler",
        "independent_controller": "Selvstendig behandlingsansvarlig",
        "joint_controller": "Felles behandlingsansvarlig",
        "group_company": "Konsernselskap",
        "public_authority": "Offentlig myndighet",
        "other": "Annet",
    },
    "transfer_mechanism": {
        "adequacy": "Beslutning om tilstrekkelig beskyttelsesnivå – art. 45",
        "dpf": "Rammeverket for personvern mellom EU og USA (Data Privacy Framework) – art. 45",
        "scc_2021": "Standard personvernbestemmelser 2021 – art. 46 nr. 2 bokstav c",
        "bcr": "Bindende virksomhetsregler – art. 47",
        "code_of_conduct": "Atferdsnorm – art. 46 nr. 2 bokstav e",
        "certification": "Sertifisering – art. 46 nr. 2 bokstav f",
        "public_instrument": "Rettslig bindende instrument mellom offentlige myndigheter – art. 46 nr. 2 bokstav a",
        "sa_scc": "Standard personvernbestemmelser vedtatt av en tilsynsmyndighet – art. 46 nr. 2 bokstav d",
        "ad_hoc_clauses": "Godkjente avtalevilkår – art. 46 nr. 3 bokstav a",
        "administrative_arrangement": "Administrative ordninger – art. 46 nr. 3 bokstav b",
        "derogation": "Unntak for særlige situasjoner – art. 49",
        "legacy_scc": "Eldre standard personvernbestemmelser (ugyldige)",
        "privacy_shield": "Personvernskjoldet EU–USA (ugyldig)",
        "safe_harbour": "Safe Harbour (ugyldig)",
        "none": "Ingen mekanisme",
    },
    "scc_module": {
        "1": "Modul 1 – behandlingsansvarlig til behandlingsansvarlig",
        "2": "Modul 2 – behandlingsansvarlig til databehandler",
        "3": "Modul 3 – databehandler til databehandler",
        "4": "Modul 4 – databehandler til behandlingsansvarlig",
    },
    "derogation": {
        "art49_1_a": "Uttrykkelig samtykke – art. 49 nr. 1 bokstav a",
        "art49_1_b": "Avtale med den registrerte – art. 49 nr. 1 bokstav b",
        "art49_1_c": "Avtale i den registrertes interesse – art. 49 nr. 1 bokstav c",
        "art49_1_d": "Viktige allmenne interesser – art. 49 nr. 1 bokstav d",
        "art49_1_e": "Rettskrav – art. 49 nr. 1 bokstav e",
        "art49_1_f": "Vitale interesser – art. 49 nr. 1 bokstav f",
        "art49_1_g": "Offentlig register – art. 49 nr. 1 bokstav g",
        "compelling_legitimate_interests": "Tvingende berettigede interesser – art. 49 nr. 1 annet ledd",
    },
    "export_language": {"en": "Engelsk", "sv": "Svensk", "nb": "Norsk bokmål", "da": "Dansk"},
    "category_kind": {
        "data_subject": "Kategori av registrerte",
        "data": "Kategori av personopplysninger",
        "recipient": "Kategori av mottakere",
    },
}

# The check texts (`check.*`; English: ropa_app.domain.checks.messages). Not translated yet: a missing
# one is shown in English.
CHECKS: dict[str, str] = {
    # The register checks (`ropa_app.domain.checks.messages.MESSAGES`), in the words of personvernforordningen
    "check.R01-organisation-incomplete": (
        "Virksomhetens {field_label} mangler. "
        "Protokollen må angi hvem den behandlingsansvarlige er og hvordan den kan kontaktes."
    ),
    "check.R01-organisation-contact-missing": (
        "Virksomhetens kontaktopplysninger mangler. Oppgi minst én måte å nå den på: en postadresse, "
        "en e-postadresse eller et telefonnummer."
    ),
    "check.R01-activity-incomplete": (
        "«{field_label}» er ikke fylt ut. Protokollen over en behandlingsaktivitet må alltid angi dette."
    ),
    "check.R02-retention-missing": (
        "Ingen lagringstid er registrert. Oppgi når opplysningene slettes, eller etter hvilke kriterier."
    ),
    "check.R02-retention-vague": (
        "Lagringstiden «{retention}» er uklar. Oppgi en periode (f.eks. «24 måneder etter at avtalen "
        "opphører») eller kriteriene som avgjør den."
    ),
    "check.R03-retention-undifferentiated": (
        "Alle kategoriene av personopplysninger har samme lagringstid, selv om de er ulike ({categories}). "
        "Kontroller at hver kategori virkelig skal lagres like lenge."
    ),
    "check.R04-security-missing": (
        "Ingen sikkerhetstiltak er registrert. Kryss av for tiltakene som er gjennomført, eller beskriv dem."
    ),
    "check.R05-data-subjects-unlinked": (
        "Ikke alle kategoriene av personopplysninger angir hvem opplysningene gjelder: {categories}. Knytt hver "
        "av dem til kategoriene av registrerte de gjelder, blant dem som er oppgitt for behandlingen."
    ),
    "check.R06-transfer-missing": (
        "{recipient} behandler opplysninger i {country}, utenfor EØS, men ingen overføring til {country} er "
        "registrert."
    ),
    "check.R06-establishment-outside-eea": (
        "{recipient} er etablert i {country}, utenfor EØS, men ingen overføring til {country} er registrert. "
        "Å utlevere opplysninger til den er en overføring selv om den lagrer opplysningene i EØS."
    ),
    "check.R06-destination-missing": (
        "En overføring mangler mottakerland. "
        "Oppgi til hvilket land eller hvilken internasjonal organisasjon opplysningene går."
    ),
    "check.R06-inside-eea": (
        "{country} er i EØS, så dette er ingen overføring til tredjeland og krever ikke noe overføringsgrunnlag."
    ),
    "check.R07-no-mechanism": (
        "Opplysninger går til {country}, som ikke har noen beslutning om tilstrekkelig beskyttelsesnivå, og "
        "intet overføringsgrunnlag er registrert. Bruk f.eks. standard personvernbestemmelser fra 2021."
    ),
    "check.R07-us-no-mechanism": (
        "Opplysninger går til USA og intet overføringsgrunnlag er registrert. Siden beslutning (EU) 2023/1795 "
        "finnes det en beslutning om tilstrekkelig beskyttelsesnivå for USA, men bare for virksomheter på "
        "Data Privacy Framework-listen. Hvis mottakeren står på listen, velg «Data Privacy Framework» og "
        "registrer når du sjekket listen; hvis ikke, bruk et annet grunnlag, f.eks. standard "
        "personvernbestemmelser fra 2021."
    ),
    "check.R07-no-adequacy": (
        "Overføringen til {country} bygger på en beslutning om tilstrekkelig beskyttelsesnivå, men ingen slik "
        "beslutning gjelder for {country} per {today}."
    ),
    "check.R07-us-needs-dpf": (
        "Beslutningen om tilstrekkelig beskyttelsesnivå for USA omfatter bare virksomheter på Data Privacy "
        "Framework-listen. Velg «Data Privacy Framework» hvis mottakeren står på listen, ellers et annet "
        "grunnlag, f.eks. standard personvernbestemmelser fra 2021."
    ),
    "check.R07-dpf-wrong-destination": (
        "Rammeverket for personvern mellom EU og USA (Data Privacy Framework) omfatter bare overføringer til "
        "USA, ikke til {country}."
    ),
    "check.R07-adequacy-not-recorded": (
        "{country} har en beslutning om tilstrekkelig beskyttelsesnivå ({decision}). "
        "Registrer «Beslutning om tilstrekkelig beskyttelsesnivå» som overføringsgrunnlag."
    ),
    "check.R07-bcr-reference-missing": (
        "Overføringen bygger på bindende virksomhetsregler, men hvilke godkjente regler (BCR) er ikke registrert."
    ),
    "check.R08-invalid-mechanism": (
        "{mechanism} ble kjent ugyldig {invalid_since} ({invalidated_by}) og kan ikke lenger brukes. "
        "Bruk Data Privacy Framework (hvis mottakeren står på listen) eller standard personvernbestemmelser "
        "fra 2021."
    ),
    "check.R08-public-bodies-only": (
        "{mechanism} kan bare brukes ved overføringer mellom offentlige myndigheter eller organer. Hvis "
        "virksomheten ikke er et offentlig organ, bruk et annet grunnlag (f.eks. standard "
        "personvernbestemmelser fra 2021)."
    ),
    "check.R09-legacy-scc": (
        "De gamle standard personvernbestemmelsene er ugyldige fra {invalid_since}. "
        "Inngå standard personvernbestemmelser fra 2021 i stedet."
    ),
    "check.R09-legacy-scc-expiring": (
        "De gamle standard personvernbestemmelsene slutter å gjelde {invalid_since}. "
        "Erstatt dem med standard personvernbestemmelser fra 2021."
    ),
    "check.R10-scc-module-missing": (
        "Overføringen bygger på standard personvernbestemmelser fra 2021, men modulen er ikke registrert."
    ),
    "check.R10-scc-module-mismatch": (
        "Modul {module} av standard personvernbestemmelser passer ikke til rollene i «{activity}» ({roles}); "
        "modul {expected} passer."
    ),
    "check.R11-tia-missing": (
        "{mechanism} krever en dokumentert vurdering av overføringens virkninger (TIA), og ingen er registrert."
    ),
    "check.R11-tia-stale": (
        "Vurderingen av overføringens virkninger (TIA) fra {tia_date} er eldre enn {months} måneder. "
        "Gå gjennom den på nytt."
    ),
    "check.R12-dpf-not-verified": (
        "Overføringen bygger på Data Privacy Framework, men ingen dato er registrert for når det ble sjekket at "
        "mottakeren står på DPF-listen."
    ),
    "check.R12-dpf-verification-stale": (
        "Mottakerens oppføring på DPF-listen ble sist sjekket {verified_on}, for mer enn {months} måneder siden. "
        "Virksomhetene må sertifisere seg på nytt hvert år: sjekk DPF-listen igjen."
    ),
    "check.R13-dpf-no-fallback": (
        "Overføringen bygger bare på Data Privacy Framework, som er angrepet for domstolene. "
        "Vurder å også inngå standard personvernbestemmelser fra 2021 som reserve."
    ),
    "check.R14-adequacy-scope": (
        "Beslutningen om tilstrekkelig beskyttelsesnivå for {country} omfatter bare en del av landet: "
        "{scope_note} Bekreft i overføringens merknader at mottakeren er omfattet (nevn {keywords})."
    ),
    "check.R14-eea-incorporation-pending": (
        "Beslutningen om tilstrekkelig beskyttelsesnivå for {country} er ennå ikke innlemmet i EØS-avtalen, og "
        "omfatter derfor ennå ikke eksportører i {org_country}. Bruk et annet grunnlag (f.eks. standard "
        "personvernbestemmelser fra 2021) til den er innlemmet."
    ),
    "check.R14-eea-incorporation-unverified": (
        "Om beslutningen om tilstrekkelig beskyttelsesnivå for {country} ({decision}) er innlemmet i "
        "EØS-avtalen, og dermed binder eksportører i {org_country}, var ikke kontrollert da de rettslige "
        "referansedataene ble datert ({checked_on}). Sjekk EØS-komiteens beslutninger før du bygger på den."
    ),
    "check.R15-derogation-missing": (
        "Overføringen bygger på et unntak etter artikkel 49, men hvilket er ikke registrert."
    ),
    "check.R15-derogation-recurring": (
        "{recipient} er {kind}, et varig forhold, men overføringen bygger på et unntak etter artikkel 49, som er "
        "ment for enkeltstående overføringer. Bruk f.eks. standard personvernbestemmelser fra 2021."
    ),
    "check.R15-compelling-undocumented": (
        "Overføringen bygger på tvingende berettigede interesser, men vurderingen og garantiene er ikke "
        "dokumentert. Dokumenter dem og underrett tilsynsmyndigheten."
    ),
    "check.R16-special-category-condition": (
        "Særlige kategorier av personopplysninger behandles ({categories}), men intet vilkår etter artikkel 9 "
        "nr. 2 er registrert."
    ),
    "check.R17-criminal-data-basis": (
        "Personopplysninger om straffedommer og lovovertredelser behandles, men intet grunnlag etter "
        "artikkel 10 er registrert."
    ),
    "check.R18-legal-basis-missing": (
        "Intet behandlingsgrunnlag er registrert. Oppgi hvorfor behandlingen er lovlig (f.eks. avtale, "
        "rettslig forpliktelse)."
    ),
    "check.R19-lia-missing": (
        "Behandlingen bygger på berettiget interesse, men ingen interesseavveining er knyttet til den."
    ),
    "check.R19-interest-not-described": (
        "Behandlingen bygger på berettiget interesse, men interessen som forfølges er ikke beskrevet."
    ),
    "check.R20-consent-record-missing": (
        "Behandlingen bygger på samtykke, men hvor samtykkene dokumenteres er ikke knyttet til den."
    ),
    "check.R21-dpia-missing": (
        "En vurdering av personvernkonsekvenser (DPIA) er registrert som påkrevd, men ingen er påbegynt eller "
        "gjennomført. Gjennomfør den før behandlingen starter."
    ),
    "check.R21-dpia-not-assessed": (
        "Om behandlingen krever en vurdering av personvernkonsekvenser (DPIA) er ikke vurdert. Vurder den mot "
        "{dpia_list}: kryss av for kriteriene som er oppfylt, og registrer resultatet og begrunnelsen.{hint}"
    ),
    "check.R21-dpia-reason-missing": (
        "Behandlingen oppfyller {count} kriterier i {dpia_list} ({criteria}), så en vurdering av "
        "personvernkonsekvenser (DPIA) er sannsynligvis påkrevd, men den er registrert som ikke påkrevd uten "
        "begrunnelse. Registrer hvorfor i DPIA-vurderingen, eller gjennomfør vurderingen."
    ),
    "check.R22-dpa-missing": (
        "{recipient} behandler opplysninger på våre vegne, men ingen databehandleravtale er registrert."
    ),
    "check.R23-sub-processing-not-assessed": (
        "{recipient} bruker underdatabehandlere ({names}). Registrer om databehandleravtalen tillater "
        "underdatabehandlere (artikkel 28 nr. 2) og pålegger dem de samme personvernforpliktelsene "
        "(artikkel 28 nr. 4)."
    ),
    "check.R23-sub-processing-not-allowed": (
        "Databehandleravtalen med {recipient} er registrert som at den ikke tillater underdatabehandlere, "
        "men {names} er registrert som dens underdatabehandlere."
    ),
    "check.R23-sub-processors-missing": (
        "Ingen underdatabehandlere er registrert for {recipient}. Registrer underdatabehandlerne den bruker "
        "(fra databehandleravtalen eller nettstedet)."
    ),
    "check.R23-sub-processor-cycle": (
        "Underdatabehandlerne til {recipient} fører tilbake til den: {chain}. En databehandler kan ikke være "
        "underdatabehandler for sin egen underdatabehandler; en av disse koblingene er registrert feil."
    ),
    "check.R24-arrangement-missing": "Ingen avtale mellom felles behandlingsansvarlige er knyttet til {name}.",
    "check.R24-joint-controllers-missing": (
        "Behandlingen utføres som felles behandlingsansvarlig, men de andre felles behandlingsansvarlige er "
        "ikke registrert."
    ),
    "check.R24-joint-controller-contact-missing": (
        "Kontaktopplysningene til den felles behandlingsansvarlige {name} er ikke registrert."
    ),
    "check.R25-dpo-name-missing": (
        "Et personvernombud er utpekt, men personvernombudets navn er ikke registrert."
    ),
    "check.R25-dpo-contact-missing": (
        "Et personvernombud er utpekt, men ingen kontaktopplysninger (e-post, telefon eller adresse) er "
        "registrert."
    ),
    "check.R26-adm-description-missing": (
        "Behandlingen omfatter automatiserte avgjørelser, men hvordan de treffes er ikke beskrevet."
    ),
    "check.R26-adm-not-assessed": (
        "Om behandlingen omfatter avgjørelser som utelukkende bygger på automatisert behandling (artikkel 22), "
        "er ikke besvart. Svar ja eller nei."
    ),
    "check.R27-review-overdue": "Gjennomgangen som var planlagt til {next_review}, er forsinket.",
    "check.R27-review-stale": (
        "Behandlingen ble sist gjennomgått {last_reviewed}, for mer enn {months} måneder siden."
    ),
    "check.R27-review-not-planned": (
        "Ingen dato for gjennomgang er registrert. Planlegg når behandlingen skal gjennomgås neste gang."
    ),
    "check.R28-controllers-missing": (
        "Behandlingen utføres som databehandler, men de behandlingsansvarlige den utføres for, er ikke "
        "registrert."
    ),
    "check.R28-controller-contact-missing": (
        "Kontaktopplysningene til den behandlingsansvarlige {name}, som behandlingen utføres på vegne av, "
        "er ikke registrert."
    ),
    "check.R29-generic-purpose": (
        "Formålet «{purpose}» er for generelt. Oppgi konkret hvorfor opplysningene behandles."
    ),
    "check.R30-recipient-country-missing": (
        "Intet land er registrert for {recipient}. Registrer hvor den er etablert, slik at ingen overføring "
        "ut av EØS blir oversett."
    ),
    "check.R31-recipient-unused": (
        "{recipient} mottar ikke opplysninger fra noen behandlingsaktivitet. Knytt den til behandlingene som "
        "utleverer opplysninger til den, eller fjern den."
    ),
    "check.R40-privacy-notice-missing": (
        "Ingen personvernerklæring er knyttet til behandlingen. Knytt til informasjonen som gis til de "
        "registrerte (artikkel 13).{hint}"
    ),
    "check.R41-dpa-content-incomplete": (
        "Databehandleravtalen med {recipient} er registrert som at den mangler bokstav {points} i artikkel 28 "
        "nr. 3. Legg dem til, eller bruk Kommisjonens standardavtaleklausuler (beslutning (EU) 2021/915)."
    ),
    "check.R32-dpo-may-be-mandatory": (
        "{activity} er registrert som behandling av {what} i stor skala, og intet personvernombud er utpekt. "
        "Hvis dette er en kjerneaktivitet, er personvernombud påkrevd (artikkel 37 nr. 1 bokstav b eller c). "
        "Utpek et, eller registrer hvorfor ikke."
    ),
    "check.R33-representative-not-applicable": (
        "En representant i Unionen er registrert, men bare en behandlingsansvarlig eller databehandler som ikke "
        "er etablert i EU/EØS trenger en (artikkel 27), og virksomheten er etablert i {country}."
    ),
    "check.R33-representative-missing": (
        "Virksomheten er etablert i {country}, utenfor EU/EØS. Hvis den tilbyr varer eller tjenester til, "
        "eller overvåker, personer i EU/EØS, må den utpeke en representant i Unionen (artikkel 27)."
    ),
    "check.R34-employee-consent": (
        "Behandlingen bygger på samtykke fra {subjects}. På grunn av den skjeve maktbalansen mellom arbeidsgiver "
        "og arbeidstaker er en arbeidstakers samtykke sjelden frivillig. Bruk et annet behandlingsgrunnlag, "
        "med mindre det ikke får noen konsekvenser for dem å si nei."
    ),
    "check.R35-identity-number-reason": (
        "Behandlingen omfatter {name} ({categories}). Etter {provision} er dette tillatt {condition}. "
        "Registrer hvorfor behandlingen trenger dem."
    ),
    "check.R36-criminal-record-condition": (
        "Behandlingen omfatter politiattester ({name}) for {subjects}. I {country} gjelder: {condition} "
        "({provision}). Angi i grunnlaget etter artikkel 10 den bestemmelsen som tillater det."
    ),
    "check.R37-child-consent-age": (
        "Behandlingen bygger på samtykke og gjelder barn ({subjects}). I {country} kan et barn samtykke til "
        "informasjonssamfunnstjenester fra fylte {age} år ({provision}); under denne alderen må den som har "
        "foreldreansvaret samtykke, og du må gjøre rimelige anstrengelser for å kontrollere det "
        "(artikkel 8 nr. 2)."
    ),
    "check.R38-employee-monitoring": (
        "Behandlingen overvåker ansatte ({what}). Dette er systematisk overvåking av sårbare registrerte: en "
        "vurdering av personvernkonsekvenser (DPIA) er sannsynligvis påkrevd, og {provision} stiller vilkår i "
        "{country}. Gjennomfør vurderingen, eller registrer hvorfor den ikke er påkrevd."
    ),
    "check.R39-dpf-hr-not-checked": (
        "Ansattes opplysninger ({subjects}) går til {recipient} under Data Privacy Framework. DPF omfatter "
        "personalopplysninger bare når mottakerens sertifisering omfatter personalopplysninger: sjekk "
        "DPF-listen og registrer resultatet."
    ),
    "check.R39-dpf-hr-not-covered": (
        "Ansattes opplysninger ({subjects}) går til {recipient} under Data Privacy Framework, men sertifiseringen "
        "omfatter ikke personalopplysninger. Bruk et annet grunnlag (f.eks. standard personvernbestemmelser fra "
        "2021) for disse opplysningene."
    ),
    "check.R05-data-recipients-unlinked": (
        "Protokollen angir ikke hvilke opplysninger som går til {recipients}. Datatilsynets veiledning ber om "
        "at protokollen viser, for hver mottaker, hvilke kategorier av personopplysninger den mottar: kryss av "
        "for mottakerne av hver kategori av personopplysninger."
    ),
    "check.R42-breach-notification-overdue": (
        "Bruddet ble oppdaget {discovered}; fristen på {hours} timer for å melde fra til tilsynsmyndigheten "
        "gikk ut {deadline}, og ingen beslutning er registrert. Registrer når tilsynsmyndigheten ble varslet "
        "(med årsakene til forsinkelsen), eller vurder bruddet som lite sannsynlig å medføre en risiko og "
        "begrunn det."
    ),
    "check.R42-breach-late-without-reasons": (
        "Tilsynsmyndigheten ble varslet {notified}, senere enn {hours} timer etter at bruddet ble oppdaget. "
        "Meldingen må oppgi årsakene til forsinkelsen: registrer dem."
    ),
    "check.R43-breach-subjects-not-informed": (
        "Bruddet er vurdert som en høy risiko, men ingenting viser at de registrerte er underrettet. Registrer "
        "når de ble underrettet, eller hvorfor artikkel 34 nr. 3 gjør det unødvendig."
    ),
    "check.R44-request-overdue": (
        "Henvendelsen som kom inn {received}, skulle vært besvart innen {deadline} og har ikke noe svar "
        "registrert. Besvar den, eller registrer svaret og datoen."
    ),
    "check.R45-breach-processor-without-dpa": (
        "Bruddet gjelder {names}, og ingen databehandleravtale med dem er registrert. Artikkel 28 nr. 3 krever "
        "en slik avtale, blant annet deres plikt til å bistå ved brudd på personopplysningssikkerheten."
    ),
    "check.language": "nb",
    # How references are cited in nb (`findings.cite`)
    "check.cite.articles": "artikkel {items}",
    "check.cite.item": "{article}{paragraph}{point}",
    "check.cite.paragraph": " nr. {number}",
    "check.cite.point": " bokstav {letter}",
    "check.cite.range": "{first}–{last}",
    "check.cite.point_range": "{first}–{last}",
    "check.cite.item_sep": " og artikkel ",
    "check.cite.subparagraph_2": " annet ledd",
    "check.cite.source.cnil": "CNILs mal for protokollen",
    "check.cite.source.dk_records": "Datatilsynets (DK) veiledning om protokoller over behandlingsaktiviteter (2020)",
    "check.cite.source.decision_eu": "beslutning (EU)",
    "check.cite.source.decisions": "beslutningene",
    "check.cite.source.decision": "beslutning",
    "check.cite.source.annex": "vedlegg",
    "check.cite.source.scc_clause": "SCC-klausul",
    "check.cite.source.edpb_recommendations": "EDPBs anbefalinger",
    "check.cite.source.edpb_guidelines": "EDPBs retningslinjer",
    "check.cite.source.case_pending": "sak C-703/25 P verserer",
    "check.cite.source.eea_agreement": "EØS-avtalen",
    "check.cite.source.wp29_purpose": "Artikkel 29-gruppens uttalelse 03/2013 om formålsbegrensning",
    "check.cite.source.wp29_dpo": "Artikkel 29-gruppens retningslinjer om personvernombud",
    "check.cite.source.on_consent": "om samtykke, punkt",
    "check.cite.source.supplemental_principle": "tilleggsprinsipp",
    "check.cite.source.directive": "direktiv",
    "check.cite.source.renewed_by": "fornyet ved",
    "check.cite.source.ec": "/EF",
    "check.phrase.dpia_hint": " De registrerte opplysningene oppfyller {count} av kriteriene: {criteria}.",
    "check.phrase.nothing": "",
    "check.phrase.art14_hint": (
        " Opplysningene kommer også fra andre kilder ({source}): informasjonen må gi det artikkel 14 krever, "
        "blant annet kategoriene av personopplysninger og hvor de kommer fra."
    ),
    "check.phrase.what_sensitive": "særlige kategorier av personopplysninger eller opplysninger om lovovertredelser",
    "check.phrase.what_monitoring": "systematisk overvåking av personer",
    "check.phrase.and": " og ",
    "check.phrase.or": " eller ",
    "check.phrase.list_sep": ", ",
    "check.phrase.chain_sep": " → ",
    "check.phrase.and_more": "{names} og {count} til",
    "check.phrase.role_controller": "behandlingsansvarlig",
    "check.phrase.role_processor": "databehandler",
    "check.phrase.roles_both": "eksportøren er {exporter}, mottakeren {recipient} er {importer}",
    "check.phrase.roles_exporter": "eksportøren er {exporter}",
    "check.phrase.unnamed_processor": "databehandleren",
    "check.phrase.unnamed_joint_controller": "en felles behandlingsansvarlig",
    "check.phrase.transfer_label": "{owner} → {destination}",
    "check.phrase.unnamed_activity": "(behandling uten navn)",
    "check.phrase.unnamed_recipient": "(mottaker uten navn)",
    "check.phrase.unnamed_organisation": "(virksomheten)",
    "check.phrase.unnamed_record": "(uten navn)",
}
