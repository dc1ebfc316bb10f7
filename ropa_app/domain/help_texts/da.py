"""Dansk: the field help in Danish (terminology of databeskyttelsesforordningen; citations "artikel 30, stk. 1,
litra a", and an option's own label where the example quotes it; examples of a Danish company)."""

from __future__ import annotations

ARTICLE = "artikel"

_NOT_LAW = "Loven kræver ikke dette; "

HELP: dict[str, tuple[str, str, str]] = {
    # --- organisation -----------------------------------------------------------------------------
    "organisation.name": (
        "Virksomhedens fulde juridiske navn, som det er registreret.",
        "Artikel 30, stk. 1, litra a: fortegnelsen skal vise, hvem den dataansvarlige er – den virksomhed, "
        "der bestemmer, hvorfor og hvordan personoplysningerne bruges.",
        "Fjordvig Byg ApS"),
    "organisation.org_number": (
        "Virksomhedens registreringsnummer (organisationsnummer, organisasjonsnummer, CVR-nummer).",
        _NOT_LAW + "det identificerer din virksomhed utvetydigt over for myndigheden.",
        "12345678"),
    "organisation.address": (
        "Postadressen, hvor virksomheden kan kontaktes.",
        "Artikel 30, stk. 1, litra a: fortegnelsen giver den dataansvarliges kontaktoplysninger. En adresse, "
        "en e-mail eller et telefonnummer er nok; de fleste virksomheder angiver adressen og en e-mail.",
        "Vestergade 1, 8000 Aarhus C"),
    "organisation.country": (
        "Det land, hvor virksomheden er etableret (har sit hovedkontor).",
        "Artikel 30, stk. 1, litra a, og artikel 3: hvor du er etableret, afgør, hvilken tilsynsmyndighed "
        "du hører under, og om du skal have en repræsentant i EU (artikel 27).",
        "Danmark"),
    "organisation.email": (
        "En e-mailadresse, som myndigheden og de personer, I har oplysninger om, kan bruge til at kontakte "
        "jer om personoplysninger. En fælles postkasse overlever udskiftning af medarbejdere.",
        "Artikel 30, stk. 1, litra a: den dataansvarliges kontaktoplysninger.",
        "databeskyttelse@fjordvigbyg.dk"),
    "organisation.phone": (
        "Et omstillingsnummer eller et telefonnummer til spørgsmål om databeskyttelse.",
        "Artikel 30, stk. 1, litra a: en del af den dataansvarliges kontaktoplysninger (frivilligt, når du "
        "angiver e-mail eller adresse).",
        "+45 33 12 34 56"),
    "organisation.website": (
        "Virksomhedens websted eller siden med jeres privatlivspolitik.",
        "Artikel 30, stk. 1, litra a: kontaktoplysninger; den viser også, hvor man finder de oplysninger, "
        "som artikel 13 og 14 kræver.",
        "https://fjordvigbyg.dk/privatlivspolitik"),
    "organisation.dpo_appointed": (
        "Sæt kryds, hvis virksomheden har udpeget en databeskyttelsesrådgiver (DPO).",
        "Artikel 37: en databeskyttelsesrådgiver kræves for offentlige myndigheder og organer, og når "
        "kerneaktiviteten er overvågning af personer i stort omfang eller behandling af følsomme "
        "oplysninger i stort omfang. De fleste små virksomheder behøver ingen og angiver i stedet en "
        "kontaktperson for databeskyttelse.",
        "Ikke afkrydset for et byggefirma med 60 personer."),
    "organisation.dpo_name": (
        "Databeskyttelsesrådgiverens navn (en person eller det firma, der leverer ydelsen).",
        "Artikel 30, stk. 1, litra a: fortegnelsen nævner databeskyttelsesrådgiveren, hvis der er en; "
        "efter artikel 37, stk. 7, skal du offentliggøre rådgiverens kontaktoplysninger og meddele dem til "
        "myndigheden.",
        "Persondata Nord ApS, Hanne Berg"),
    "organisation.dpo_email": (
        "Databeskyttelsesrådgiverens e-mailadresse.",
        "Artikel 30, stk. 1, litra a, og artikel 37, stk. 7: databeskyttelsesrådgiverens kontaktoplysninger.",
        "dpo@fjordvigbyg.dk"),
    "organisation.dpo_phone": (
        "Databeskyttelsesrådgiverens telefonnummer.",
        "Artikel 30, stk. 1, litra a: databeskyttelsesrådgiverens kontaktoplysninger.",
        "+45 20 12 34 56"),
    "organisation.dpo_address": (
        "Databeskyttelsesrådgiverens postadresse, hvis den er en anden end virksomhedens.",
        "Artikel 30, stk. 1, litra a: databeskyttelsesrådgiverens kontaktoplysninger.",
        "Postboks 123, 9000 Aalborg"),
    "organisation.privacy_contact_name": (
        "Den person, der tager sig af spørgsmål om databeskyttelse, når der ikke er en "
        "databeskyttelsesrådgiver (ofte dig).",
        _NOT_LAW + "myndighederne anbefaler at udpege en ansvarlig, og det viser kollegerne, hvem de skal "
        "spørge.",
        "Mette Jensen, HR-chef"),
    "organisation.privacy_contact_email": (
        "Kontaktpersonens e-mailadresse.",
        _NOT_LAW + "det er sådan, kolleger og offentligheden når den ansvarlige.",
        "mette.jensen@fjordvigbyg.dk"),
    "organisation.representative_name": (
        "Kun for en virksomhed, der er etableret uden for EU/EØS og udbyder varer eller tjenester til "
        "personer i EU: den repræsentant i EU, som den har udpeget.",
        "Artikel 27 og artikel 30, stk. 1, litra a: en sådan virksomhed skal udpege en repræsentant i EU og "
        "nævne den i fortegnelsen.",
        "EU-Rep Nordic ApS"),
    "organisation.representative_contact": (
        "Repræsentantens adresse, e-mail og telefon.",
        "Artikel 30, stk. 1, litra a: repræsentantens kontaktoplysninger.",
        "Nørregade 5, 1165 København K, rep@eurep.example"),
    "organisation.supervisory_authority": (
        "Databeskyttelsesmyndigheden i det land, hvor du er etableret.",
        _NOT_LAW + "det er den tilsynsmyndighed, der kan bede om fortegnelsen (artikel 30, stk. 4), og som "
        "du anmelder brud på persondatasikkerheden til (artikel 33).",
        "Datatilsynet; IMY (Integritetsskyddsmyndigheten) i Sverige"),
    "organisation.export_language": (
        "Det sprog, fortegnelsen som standard eksporteres på (PDF og Excel).",
        _NOT_LAW + "artikel 30, stk. 3, kræver kun, at fortegnelsen er skriftlig; aflever den på "
        "myndighedens sprog.",
        "Dansk"),
    # --- activity ---------------------------------------------------------------------------------
    "activity.ref": (
        "En kort reference til behandlingsaktiviteten efter eget valg; appen foreslår det næste nummer.",
        _NOT_LAW + "den lader dig og andre henvise til én linje i fortegnelsen.",
        "BA-007"),
    "activity.name": (
        "Et navn på behandlingsaktiviteten, som en kollega vil genkende: hvad I gør med "
        "personoplysninger, med få ord.",
        "Artikel 30, stk. 1: fortegnelsen viser hver behandlingsaktivitet; navnet er det, den findes under.",
        "Lønadministration"),
    "activity.role": (
        "Om du bestemmer, hvorfor og hvordan oplysningerne bruges (dataansvarlig), gør det sammen med en "
        "anden virksomhed (fælles dataansvarlig) eller gør det for en kunde efter kundens instruks "
        "(databehandler).",
        "Artikel 30, stk. 1, viser, hvad en dataansvarlig fører i fortegnelsen; artikel 30, stk. 2, hvad en "
        "databehandler fører for det arbejde, den udfører for sine kunder.",
        "Dataansvarlig for jeres egen løn; databehandler for den tidsregistreringsapp, I driver for kunder."),
    "activity.business_function": (
        "Den afdeling eller funktion, der udfører behandlingen.",
        _NOT_LAW + "det viser, hvem du skal spørge, når behandlingen ændres.",
        "HR og økonomi"),
    "activity.owner": (
        "Den person, der står inde for behandlingsaktiviteten og holder dens indførsel opdateret.",
        _NOT_LAW + "ansvarlighed (artikel 5, stk. 2) er lettere, når hver indførsel har en ejer.",
        "Jens Hansen, økonomichef"),
    "activity.description": (
        "Hvad der sker, trin for trin, med enkle ord.",
        _NOT_LAW + "den hjælper dig og myndigheden med at forstå felterne, der følger.",
        "Timer registreres i appen, kontrolleres af byggelederen og udbetales månedligt via banken."),
    "activity.purposes": (
        "Hvorfor I bruger oplysningerne: hvert formål på sin egen linje, så præcist, at man kan se, hvad "
        "der er omfattet, og hvad der ikke er.",
        "Artikel 30, stk. 1, litra b: fortegnelsen angiver formålene. Artikel 5, stk. 1, litra b: "
        "oplysninger, der er indsamlet til ét formål, må ikke bruges til et formål uden sammenhæng med det.",
        "Udbetale løn; indberette skat og arbejdsmarkedsbidrag til Skattestyrelsen"),
    "activity.joint_controllers": (
        "Andre virksomheder, der sammen med dig bestemmer, hvorfor og hvordan oplysningerne bruges: deres "
        "navn, en kontakt og hvor jeres ordning opbevares.",
        "Artikel 30, stk. 1, litra a, og artikel 26: fælles dataansvarlige nævnes i fortegnelsen og skal "
        "aftale, hvem der gør hvad.",
        "Hovedentreprenøren, som I driver et fælles adgangssystem til byggepladsen sammen med."),
    "activity.data_subject_categories": (
        "De grupper af personer, hvis oplysninger I bruger, én pr. linje.",
        "Artikel 30, stk. 1, litra c: fortegnelsen beskriver kategorierne af registrerede.",
        "Medarbejdere; jobansøgere; underentreprenørers ansatte på byggepladsen"),
    "activity.data_categories": (
        "De typer personoplysninger, I bruger, én pr. række: et navn, om det er en særlig kategori, hvor "
        "længe de opbevares, og hvem de vedrører.",
        "Artikel 30, stk. 1, litra c: fortegnelsen beskriver kategorierne af personoplysninger. "
        "Datatilsynet beder dig angive, hvilke oplysninger der vedrører hvilke personer.",
        "Kontaktoplysninger; bankkonto; sygefravær (helbred)"),
    "activity.special_category_conditions": (
        "Vises, når en kategori af oplysninger er følsom (helbred, fagforeningsmæssigt tilhørsforhold, "
        "etnisk oprindelse …): sæt kryds ved den undtagelse, der tillader jer at bruge den.",
        "Artikel 9: følsomme oplysninger må kun bruges, når en af undtagelserne i artikel 9, stk. 2, "
        "gælder, ud over et behandlingsgrundlag i artikel 6.",
        "Arbejds-, sundheds- og socialret – art. 9, stk. 2, litra b, for sygefravær."),
    "activity.criminal_data_basis": (
        "Vises, når I bruger oplysninger om straffedomme og lovovertrædelser: den lov, der tillader det.",
        "Artikel 10: sådanne oplysninger må kun bruges under kontrol af en offentlig myndighed, eller hvor "
        "national ret tillader det.",
        "Straffeattest til byggearbejde på skoler, som arbejdsgiverens kunde kræver."),
    "activity.identity_number_reason": (
        "Hvis I bruger personnumre (personnummer, fødselsnummer, CPR-nummer): hvorfor I har brug for dem i "
        "stedet for et navn eller et medarbejdernummer.",
        "Artikel 87 lader hvert land fastsætte regler for identifikationsnumre; i Sverige, Norge og Danmark "
        "må de kun bruges, når det er klart begrundet, f.eks. til sikker identifikation.",
        "Nødvendigt for at indberette indkomstskat til Skattestyrelsen."),
    "activity.legal_bases": (
        "Det grundlag i loven, der tillader behandlingen. De fleste behandlinger hviler på ét.",
        "Artikel 6, stk. 1: behandling er kun lovlig på et af seks grundlag – samtykke, kontrakt, retlig "
        "forpligtelse, vitale interesser, samfundets interesse, legitime interesser.",
        "Løn: Kontrakt – art. 6, stk. 1, litra b, og Retlig forpligtelse – art. 6, stk. 1, litra c."),
    "activity.legal_basis_note": (
        "Hvad behandlingsgrundlaget hviler på: kontrakten, loven, interessen.",
        _NOT_LAW + "det viser, når nogen spørger, hvorfor grundlaget passer (artikel 5, stk. 2, "
        "ansvarlighed).",
        "Ansættelseskontrakter; kildeskatteloven"),
    "activity.legitimate_interests": (
        "Vises ved Legitim interesse – art. 6, stk. 1, litra f: hvilken interesse hos jer eller andre "
        "behandlingen tjener.",
        "Artikel 6, stk. 1, litra f, og artikel 13, stk. 1, litra d: interessen skal angives og veje "
        "tungere end personernes egne interesser.",
        "At holde byggepladsen sikker og forhindre tyveri."),
    "activity.lia_link": (
        "Vises ved Legitim interesse: hvor jeres interesseafvejning opbevares.",
        "Artikel 6, stk. 1, litra f: du skal afveje din interesse over for personernes og kunne vise det "
        "(artikel 5, stk. 2).",
        "https://intranet.example/databeskyttelse/interesseafvejning-kameraer.pdf"),
    "activity.consent_record_link": (
        "Vises, når behandlingen hviler på samtykke: hvor I opbevarer beviset for, at folk har givet "
        "samtykke.",
        "Artikel 7, stk. 1: når du bygger på samtykke, skal du kunne vise, at hver person har givet det.",
        "Nyhedsbrevsværktøjets log over tilmeldinger"),
    "activity.recipient_categories": (
        "De typer personer eller virksomheder uden for jeres virksomhed, der modtager oplysningerne, én "
        "pr. linje.",
        "Artikel 30, stk. 1, litra d: fortegnelsen angiver kategorierne af modtagere, herunder modtagere i "
        "tredjelande.",
        "Lønbureau; Skattestyrelsen; pensionsselskab"),
    "activity.recipients": (
        "Sæt kryds ved de modtagere på fortegnelsens modtagerliste, der modtager oplysningerne i denne "
        "behandling.",
        "Artikel 30, stk. 1, litra d: når de nævnes, kan appen vise, hvor oplysningerne går hen, og hvilke "
        "overførsler der følger.",
        "Bølgeløn ApS; Visma"),
    "activity.no_external_recipients": (
        "Sæt kryds, når ingen uden for virksomheden modtager disse oplysninger.",
        "Artikel 30, stk. 1, litra d: at svare \"ingen\" viser, at spørgsmålet er besvaret, ikke glemt.",
        "Afkrydset for en intern telefonliste."),
    "activity.retention": (
        "Hvor længe oplysningerne opbevares, og hvad der så sker (slettes, anonymiseres). Hvor det er "
        "forskelligt for forskellige typer oplysninger, så angiv det i rækkerne for kategorierne.",
        "Artikel 30, stk. 1, litra f: fortegnelsen angiver om muligt fristerne for sletning; artikel 5, "
        "stk. 1, litra e: oplysninger opbevares ikke længere end nødvendigt.",
        "5 år fra udgangen af regnskabsåret (bogføringsloven), derefter slettet."),
    "activity.security_measures": (
        "Sæt kryds ved de typer beskyttelse, der er på plads for denne behandling.",
        "Artikel 30, stk. 1, litra g, og artikel 32: fortegnelsen giver om muligt en generel beskrivelse af "
        "de tekniske og organisatoriske sikkerhedsforanstaltninger.",
        "Adgangsstyring; kryptering under overførsel; sikkerhedskopiering"),
    "activity.security_description": (
        "Et par linjer om, hvordan oplysningerne beskyttes, i generelle vendinger (ingen adgangskoder eller "
        "detaljer, som en angriber kan bruge).",
        "Artikel 30, stk. 1, litra g, og artikel 32: en generel beskrivelse af "
        "sikkerhedsforanstaltningerne.",
        "Kun HR-medarbejdere har adgang; login med to faktorer; lønsystemet logger hver ændring."),
    "activity.source": (
        "Hvor oplysningerne kommer fra, når I ikke indsamler dem hos personerne selv.",
        "Artikel 14, stk. 2, litra f: personerne skal have at vide, hvor oplysninger, der ikke er indsamlet "
        "hos dem, stammer fra.",
        "Rekrutteringsbureau; bygherrens adgangsliste for byggepladsen"),
    "activity.privacy_notice_link": (
        "Hvor de oplysninger, I giver de berørte personer, er offentliggjort (privatlivspolitik).",
        "Artikel 13 og 14: personerne skal have at vide, hvem der behandler deres oplysninger, hvorfor, på "
        "hvilket grundlag og hvor længe; efter artikel 14 også når oplysningerne ikke er indsamlet hos dem, "
        "med kilden.",
        "https://www.example.dk/privatliv#rekruttering"),
    "activity.automated_decision_making": (
        "Om en computer alene træffer afgørelser om personer, som påvirker dem alvorligt (intet menneske "
        "ser på sagen).",
        "Artikel 22: sådanne afgørelser er kun tilladt i snævre tilfælde, og personerne kan bede om, at et "
        "menneske træffer afgørelsen.",
        "Nej, for løn. Ja, for en kreditvurdering på nettet, der automatisk afviser kunder."),
    "activity.adm_description": (
        "Vises ved automatiske afgørelser: hvad der afgøres, efter hvilken logik, og hvordan en person kan "
        "få afgørelsen prøvet.",
        "Artikel 22 og artikel 13, stk. 2, litra f: personerne skal have oplysninger om logikken og "
        "konsekvenserne.",
        "Kreditgrænsen fastsættes af scoringtjenesten; kunden kan bede salgsafdelingen om at se på den igen."),
    "activity.dpia_status": (
        "Om en konsekvensanalyse vedrørende databeskyttelse var nødvendig, og hvor langt den er.",
        "Artikel 35: en konsekvensanalyse kræves før behandling, der sandsynligvis indebærer en høj risiko "
        "for personer.",
        "Ikke påkrævet, efter screeningen nedenfor."),
    "activity.dpia_criteria": (
        "Sæt kryds ved de risikokriterier, behandlingen opfylder. To eller flere betyder som regel, at en "
        "konsekvensanalyse er nødvendig.",
        "Artikel 35, stk. 1 og 4: EDPB's ni kriterier (WP248) og listerne fra IMY og Datatilsynet angiver, "
        "hvornår en konsekvensanalyse kræves.",
        "Sårbare registrerede (medarbejdere) og systematisk overvågning, for GPS-sporing af køretøjer."),
    "activity.dpia_screening_note": (
        "Resultatet af din screening og begrundelsen for det, i en sætning eller to.",
        "Artikel 35 og artikel 5, stk. 2: når du vurderer, at der ikke er behov for en konsekvensanalyse, "
        "så skriv ned hvorfor.",
        "Kun ét kriterium (medarbejdere); ingen konsekvensanalyse nødvendig."),
    "activity.dpia_link": (
        "Hvor konsekvensanalysen opbevares.",
        "Artikel 35, stk. 7: konsekvensanalysen er et selvstændigt dokument; fortegnelsen henviser til det.",
        "https://intranet.example/databeskyttelse/konsekvensanalyse-gps.pdf"),
    "activity.systems": (
        "De it-systemer og tjenester, hvor oplysningerne opbevares eller håndteres.",
        _NOT_LAW + "det hjælper dig med at finde oplysningerne, når nogen beder om indsigt (artikel 15) "
        "eller vil have dem slettet (artikel 17).",
        "Bølgeløn; SharePoint"),
    "activity.controllers": (
        "Vises, når I er databehandler: hver kunde (dataansvarlig), I udfører arbejdet for, med kontakt, "
        "repræsentant og databeskyttelsesrådgiver.",
        "Artikel 30, stk. 2, litra a: en databehandlers fortegnelse nævner hver dataansvarlig, den handler "
        "på vegne af.",
        "Kunde ApS, databeskyttelse@kunde.dk"),
    "activity.processing_categories": (
        "Vises, når I er databehandler: hvad I gør med oplysningerne for jeres kunder.",
        "Artikel 30, stk. 2, litra b: en databehandlers fortegnelse angiver de kategorier af behandling, "
        "der foretages for hver dataansvarlig.",
        "Hosting; support; sikkerhedskopiering"),
    "activity.status": (
        "Hvor indførslen står: udkast, mens du udfylder den, aktiv, når den beskriver det, der sker, "
        "afsluttet, når aktiviteten er ophørt.",
        _NOT_LAW + "det holder udkast og afsluttede aktiviteter adskilt fra den gældende fortegnelse.",
        "Aktiv"),
    "activity.last_reviewed": (
        "Den dato, du sidst kontrollerede, at indførslen stadig er rigtig (ÅÅÅÅ-MM-DD).",
        "Artikel 5, stk. 2: du skal kunne vise, at du holder fortegnelsen korrekt.",
        "2026-03-15"),
    "activity.next_review": (
        "Hvornår indførslen skal kontrolleres igen; appen minder dig om det, når fristen er overskredet.",
        "Artikel 24, stk. 1: foranstaltningerne skal gennemgås og ajourføres efter behov.",
        "2027-03-15"),
    "activity.notes": (
        "Andet, der er værd at vide om behandlingsaktiviteten.",
        _NOT_LAW + "et sted til det, der ikke passer i noget andet felt.",
        "Flyttes til det nye HR-system i 2027."),
    "activity.transfers": (
        "Overførsler, som I selv foretager til et land uden for EU/EØS (ikke via en modtager nævnt "
        "ovenfor): én række pr. modtagerland, med overførselsgrundlaget.",
        "Artikel 30, stk. 1, litra e, og artikel 44-49: en overførsel uden for EØS kræver en afgørelse om "
        "tilstrækkeligt beskyttelsesniveau, en garanti som standardbestemmelserne eller en undtagelse, og "
        "den føres i fortegnelsen.",
        "Sende projekttegninger til en designtegnestue i Indien."),
    "activity.reviewed_by": (
        "Hvem der foretog den seneste gennemgang (udfyldes, når aktiviteten markeres som gennemgået).",
        "Artikel 5, stk. 2: du skal kunne vise, hvem der holder fortegnelsen korrekt, og hvornår de "
        "kontrollerede den.",
        "Mette Jensen"),
    "activity.review_note": (
        "Hvad den seneste gennemgang fandt eller ændrede, i en sætning.",
        "Artikel 5, stk. 2: noten viser, at gennemgangen var reel og ikke kun en dato.",
        "Kontrolleret med HR; opbevaringsperioden forkortet til 24 måneder."),
    "activity.review_interval": (
        "Hvor ofte indførslen gennemgås; tomt: hver 12. måned (appens politik for gennemgang).",
        _NOT_LAW + "et kortere interval passer til en aktivitet, der ændres ofte eller indebærer høj risiko.",
        "Hver sjette måned"),
    # --- recipient --------------------------------------------------------------------------------
    "recipient.name": (
        "Navnet på den virksomhed eller myndighed, der modtager oplysninger fra jer.",
        "Artikel 30, stk. 1, litra d: fortegnelsen angiver modtagerne eller i det mindste kategorierne af "
        "dem.",
        "Bølgeløn ApS"),
    "recipient.legal_entity": (
        "Den præcise juridiske enhed, I har aftalen med, hvis den er en anden end navnet.",
        _NOT_LAW + "det viser, hvilket selskab der er bundet af aftalen.",
        "Microsoft Ireland Operations Ltd"),
    "recipient.address": (
        "Modtagerens postadresse.",
        _NOT_LAW + "den hjælper med at identificere modtageren.",
        "Havnegade 10, 5000 Odense C"),
    "recipient.country": (
        "Det land, hvor modtageren er etableret.",
        "Artikel 30, stk. 1, litra d: modtagere i tredjelande angives som sådan; uden for EØS kræves et "
        "overførselsgrundlag.",
        "Danmark"),
    "recipient.contact": (
        "Hvem I skal kontakte hos modtageren om personoplysninger.",
        _NOT_LAW + "du får brug for det ved et brud på persondatasikkerheden eller en anmodning fra en "
        "registreret.",
        "privatliv@boelgeloen.dk"),
    "recipient.kind": (
        "Hvad modtageren er for jer: en databehandler, der arbejder efter jeres instruks, en "
        "underdatabehandler, en selvstændig dataansvarlig (bestemmer selv) eller en myndighed.",
        "Artikel 28 og artikel 30: en databehandler kræver en databehandleraftale; en selvstændig "
        "dataansvarlig gør ikke.",
        "Databehandler, for lønservicen; selvstændig dataansvarlig, for Skattestyrelsen."),
    "recipient.service": (
        "Hvad modtageren gør for jer.",
        _NOT_LAW + "det forklarer, hvorfor modtageren får oplysningerne.",
        "Lønsystem og lønsedler"),
    "recipient.processing_countries": (
        "Alle lande, hvor modtageren (eller dens underdatabehandlere) opbevarer eller har adgang til "
        "oplysningerne, herunder support fra udlandet.",
        "Artikel 30, stk. 1, litra e: adgang fra et land uden for EØS er også en overførsel og kræver et "
        "grundlag.",
        "Danmark, Irland, USA"),
    "recipient.dpa_signed": (
        "Den dato, databehandleraftalen blev underskrevet (ÅÅÅÅ-MM-DD).",
        "Artikel 28, stk. 3: en databehandler arbejder efter en bindende aftale med de vilkår, artiklen "
        "oplister.",
        "2025-09-01"),
    "recipient.dpa_link": (
        "Hvor den underskrevne aftale opbevares.",
        "Artikel 28, stk. 3, og artikel 5, stk. 2: du skal kunne vise aftalen.",
        "https://www.boelgeloen.dk/databehandleraftale"),
    "recipient.dpa_in_place": (
        "Om der er indgået en databehandleraftale med denne databehandler.",
        "Artikel 28, stk. 3: en databehandlers behandling skal være reguleret af en sådan aftale.",
        "Ja"),
    "recipient.dpa_terms": (
        "Sæt kryds ved, hvilke af de otte punkter i artikel 28, stk. 3, aftalen dækker, eller at den "
        "bruger Kommissionens standardkontraktbestemmelser (som dækker alle otte).",
        "Artikel 28, stk. 3, litra a-h, og afgørelse (EU) 2021/915: det indhold, en databehandleraftale "
        "skal have.",
        "Kommissionens standardkontraktbestemmelser, afgørelse (EU) 2021/915"),
    "recipient.sub_processors": (
        "Sæt kryds ved de modtagere i din fortegnelse, som denne modtager bruger som underdatabehandlere.",
        "Artikel 28, stk. 2 og 4: en databehandler må kun bruge underdatabehandlere med din skriftlige "
        "godkendelse, bundet af de samme forpligtelser.",
        "Amazon Web Services EMEA, til hosting af lønservicen."),
    "recipient.sub_processing": (
        "Hvad aftalen siger om underdatabehandlere: en generel eller en specifik skriftlig godkendelse, "
        "eller ikke tilladt.",
        "Artikel 28, stk. 2 og 4: underdatabehandlere kræver din forudgående skriftlige godkendelse, og de "
        "samme forpligtelser videreføres til dem.",
        "Generel skriftlig forhåndsgodkendelse, forpligtelserne videreført"),
    "recipient.transfers": (
        "Én række for hvert land uden for EU/EØS, hvor modtageren behandler oplysningerne, med det "
        "overførselsgrundlag, der tillader det.",
        "Artikel 30, stk. 1, litra e, og artikel 44-49: hver overførsel kræver en afgørelse om "
        "tilstrækkeligt beskyttelsesniveau, en garanti eller en undtagelse.",
        "USA – Databeskyttelsesrammen mellem EU og USA (Data Privacy Framework)"),
    "recipient.notes": (
        "Andet, der er værd at vide om modtageren.",
        _NOT_LAW + "et sted til det, der ikke passer i noget andet felt.",
        "Aftalen fornyes hvert andet år."),
    "recipient.owner": (
        "Hvem i din virksomhed der er ansvarlig for forholdet til denne modtager.",
        _NOT_LAW + "nogen skal holde dens indførsel, dens aftale og dens overførsler opdateret.",
        "IT-chef"),
    "recipient.last_reviewed": (
        "Den dato, dens indførsel, aftale og underdatabehandlere sidst blev kontrolleret (ÅÅÅÅ-MM-DD).",
        "Artikel 5, stk. 2, og artikel 28, stk. 1: du skal kunne vise, at du løbende kontrollerer dine "
        "databehandlere.",
        "2026-03-15"),
    "recipient.reviewed_by": (
        "Hvem der foretog den seneste gennemgang (udfyldes, når modtageren markeres som gennemgået).",
        "Artikel 5, stk. 2: du skal kunne vise, hvem der kontrollerede den, og hvornår.",
        "Mette Jensen"),
    "recipient.review_note": (
        "Hvad den seneste gennemgang fandt eller ændrede, i en sætning.",
        "Artikel 5, stk. 2: noten viser, at gennemgangen var reel og ikke kun en dato.",
        "Den nye liste over underdatabehandlere læst; ingen nye lande."),
    "recipient.review_interval": (
        "Hvor ofte modtageren gennemgås; tomt: hver 12. måned (appens politik for gennemgang).",
        _NOT_LAW + "en databehandler med overførsler uden for EØS kan fortjene et kortere interval.",
        "Hver tolvte måned"),
    "recipient.next_review": (
        "Hvornår modtageren skal kontrolleres igen; appen viser den som forfalden fra da af.",
        "Artikel 24, stk. 1, og artikel 28, stk. 1: foranstaltningerne skal gennemgås og ajourføres efter "
        "behov.",
        "2027-03-15"),
    # --- transfer ---------------------------------------------------------------------------------
    "transfer.country": (
        "Det land (eller den internationale organisation) uden for EU/EØS, som oplysningerne sendes til "
        "eller tilgås fra.",
        "Artikel 30, stk. 1, litra e: fortegnelsen identificerer tredjelandet for hver overførsel.",
        "USA"),
    "transfer.mechanism": (
        "Det, der tillader overførslen: en afgørelse om tilstrækkeligt beskyttelsesniveau, "
        "databeskyttelsesrammen mellem EU og USA, standardbestemmelser om databeskyttelse, bindende "
        "virksomhedsregler eller en undtagelse.",
        "Artikel 44-49: oplysninger må kun forlade EØS på et af disse grundlag.",
        "Standardbestemmelser om databeskyttelse (2021)"),
    "transfer.scc_module": (
        "Hvilket modul af standardbestemmelserne fra 2021 I har underskrevet: det afhænger af, hvem der "
        "sender, og hvem der modtager (dataansvarlig eller databehandler).",
        "Artikel 46, stk. 2, litra c: Kommissionens standardbestemmelser er en garanti; modulet skal passe "
        "til rollerne.",
        "Modul 2: dataansvarlig til databehandler"),
    "transfer.derogation": (
        "Hvilken undtagelse i artikel 49 overførslen bygger på. Kun for lejlighedsvise overførsler, hvor "
        "intet andet er muligt.",
        "Artikel 49: undtagelserne gælder specifikke situationer og fortolkes snævert af myndighederne.",
        "Nødvendig for en kontrakt med personen – art. 49, stk. 1, litra b, f.eks. booking af et hotel i "
        "udlandet."),
    "transfer.dpf_verified_on": (
        "Den dato, du kontrollerede, at den amerikanske virksomhed står på Data Privacy Framework-listen "
        "(ÅÅÅÅ-MM-DD).",
        "Artikel 45: afgørelsen om tilstrækkeligt beskyttelsesniveau for EU og USA dækker kun virksomheder "
        "på listen; kontrollér den igen en gang imellem.",
        "2026-10-01"),
    "transfer.dpf_hr_covered": (
        "Om virksomhedens certificering efter Data Privacy Framework dækker HR-oplysninger (om "
        "medarbejdere).",
        "Artikel 45: oplysninger om medarbejdere er kun dækket, når virksomheden er certificeret til "
        "HR-oplysninger.",
        "Ja"),
    "transfer.bcr_reference": (
        "Referencen til de godkendte bindende virksomhedsregler, som modtagerens koncern bruger.",
        "Artikel 47: bindende virksomhedsregler godkendt af en tilsynsmyndighed er en garanti for "
        "overførsler inden for en koncern.",
        "BCR-P godkendt af den irske DPC, 2023"),
    "transfer.tia_date": (
        "Hvornår du vurderede, om lovgivningen i modtagerlandet lader garantien virke (ÅÅÅÅ-MM-DD).",
        "Artikel 46, som EU-Domstolen fortolkede den i Schrems II (C-311/18), og EDPB's anbefalinger "
        "01/2020: vurder modtagerlandet, før du bygger på standardbestemmelser eller bindende "
        "virksomhedsregler.",
        "2026-02-10"),
    "transfer.tia_link": (
        "Hvor vurderingen af overførslen (TIA) opbevares.",
        "Artikel 5, stk. 2, og artikel 46: du skal kunne vise vurderingen.",
        "https://intranet.example/databeskyttelse/tia-usa.pdf"),
    "transfer.supplementary_measures": (
        "Ekstra beskyttelse, der er tilføjet, fordi lovgivningen i modtagerlandet kan undergrave garantien.",
        "Artikel 46 og EDPB's anbefalinger 01/2020: hvor vurderingen finder mangler, så tilføj "
        "foranstaltninger eller stop.",
        "Kryptering med nøgler, der opbevares i EU."),
    "transfer.safeguards_documentation": (
        "For en overførsel på undtagelsen som sidste udvej (tvingende legitime interesser): hvordan "
        "oplysningerne beskyttes. Ellers hvor garantiens dokumenter findes.",
        "Artikel 30, stk. 1, litra e, og artikel 49, stk. 1, andet afsnit: fortegnelsen dokumenterer de "
        "passende garantier.",
        "Standardbestemmelser underskrevet 2025-05-01, opbevaret i kontraktarkivet."),
    "transfer.notes": (
        "Andet, der er værd at vide om denne overførsel.",
        _NOT_LAW + "et sted til det, der ikke passer i noget andet felt.",
        "Supportmedarbejdere i USA kan kun se sager."),
    # --- data category ----------------------------------------------------------------------------
    "data_category.name": (
        "En type personoplysninger, med ord en kollega forstår.",
        _NOT_LAW + "det er rækkens navn; behandlingens kategorier af oplysninger er det, artikel 30, stk. 1, "
        "litra c, kræver.",
        "Kontonummer"),
    "data_category.special": (
        "Om oplysningerne er en særlig kategori (helbred, etnisk oprindelse, religion, fagforeningsmæssigt "
        "tilhørsforhold, biometri …) eller om strafbare forhold; ellers Almindelige personoplysninger.",
        "Loven kræver ikke dette i sig selv, men følsomme oplysninger kræver en undtagelse i artikel 9, stk. "
        "2, og oplysninger om strafbare forhold et grundlag efter artikel 10 – formularen spørger så om det.",
        "Helbred, for sygefravær"),
    "data_category.retention": (
        "Hvor længe denne type oplysninger opbevares, når det afviger fra behandlingens opbevaringsperiode.",
        "Artikel 30, stk. 1, litra f: fristerne for sletning af de forskellige kategorier af oplysninger.",
        "Til ansættelsen ophører plus 2 år"),
    "data_category.subjects": (
        "Hvem oplysningerne vedrører: sæt kryds blandt behandlingens kategorier af registrerede.",
        "Artikel 30, stk. 1, litra c, som Datatilsynet forklarer den: fortegnelsen viser, hvilke "
        "oplysninger der vedrører hvilke personer.",
        "Medarbejdere"),
    "data_category.recipients": (
        "Hvem der modtager disse oplysninger: sæt kryds blandt behandlingens kategorier af modtagere og "
        "navngivne modtagere. Lad feltet stå tomt for oplysninger, der bliver i organisationen.",
        "Artikel 30, stk. 1, litra d, som Datatilsynet forklarer den: fortegnelsen viser, hvilke oplysninger "
        "der går til hvilken modtager.",
        "Lønudbyder"),
    # --- joint controller -------------------------------------------------------------------------
    "joint_controller.name": (
        "Den anden virksomhed, der bestemmer sammen med dig.",
        "Loven kræver ikke dette som en selvstændig kolonne; de fælles dataansvarlige som helhed kræves "
        "efter artikel 30, stk. 1, litra a.",
        "Bygpartner Vest ApS"),
    "joint_controller.contact": (
        "Hvordan den virksomhed kontaktes om personoplysninger.",
        "Artikel 30, stk. 1, litra a: den fælles dataansvarliges kontaktoplysninger.",
        "databeskyttelse@bygpartner.dk"),
    "joint_controller.arrangement_link": (
        "Hvor jeres aftale med den fælles dataansvarlige opbevares.",
        "Artikel 26: fælles dataansvarlige fastlægger i en ordning, hvem der gør hvad, og hovedindholdet "
        "stilles til rådighed for de berørte personer.",
        "https://intranet.example/aftaler/faelles-adgangssystem.pdf"),
    # --- controller -------------------------------------------------------------------------------
    "controller_ref.name": (
        "Den kunde, I behandler oplysningerne for.",
        "Loven kræver ikke dette som en selvstændig kolonne; de dataansvarlige som helhed kræves efter "
        "artikel 30, stk. 2, litra a.",
        "Kunde ApS"),
    "controller_ref.contact": (
        "Hvordan den kunde kontaktes om personoplysninger.",
        "Artikel 30, stk. 2, litra a: kontaktoplysningerne for hver dataansvarlig.",
        "databeskyttelse@kunde.dk"),
    "controller_ref.representative": (
        "Kundens repræsentant i EU, hvis kunden er etableret uden for EU.",
        "Artikel 30, stk. 2, litra a, og artikel 27: den dataansvarliges repræsentant, hvis der er en.",
        "EU-Rep Nordic ApS"),
    "controller_ref.dpo": (
        "Kundens databeskyttelsesrådgiver, hvis kunden har en.",
        "Artikel 30, stk. 2, litra a: den dataansvarliges databeskyttelsesrådgiver, hvis der er en.",
        "dpo@kunde.dk"),
    # --- accepted finding -------------------------------------------------------------------------
    "accepted_finding.rule_id": (
        "Hvilken kontrol det godtagne fund kommer fra.",
        _NOT_LAW + "appen udfylder det.",
        "R12-transfer-mechanism"),
    "accepted_finding.record": (
        "Den post, fundet vedrører.",
        _NOT_LAW + "appen udfylder det.",
        "behandlingsaktivitet 7"),
    "accepted_finding.field": (
        "Det felt, fundet vedrører.",
        _NOT_LAW + "appen udfylder det.",
        "transfers"),
    "accepted_finding.record_label": (
        "Postens navn, da fundet blev godtaget.",
        _NOT_LAW + "appen udfylder det.",
        "BA-007 Lønadministration"),
    "accepted_finding.reason": (
        "Hvorfor fundet ikke kræver en ændring: hvad du kontrollerede og besluttede.",
        "Artikel 5, stk. 2: ansvarlighed – du kan vise, hvorfor du besluttede, som du gjorde.",
        "Leverandøren bekræftede skriftligt, at ingen oplysninger forlader EU."),
    "accepted_finding.accepted_by": (
        "Hvem der godtog fundet.",
        _NOT_LAW + "det viser, hvem der traf beslutningen.",
        "Mette Jensen"),
    "accepted_finding.accepted_on": (
        "Hvornår fundet blev godtaget.",
        _NOT_LAW + "appen udfylder det.",
        "2026-11-22"),
    "accepted_finding.fingerprint": (
        "Det, kontrollen så, da fundet blev godtaget; ændrer det sig, vises fundet igen.",
        _NOT_LAW + "appen udfylder det.",
        "(udfyldes af appen)"),
    # --- personal-data breach ---------------------------------------------------------------------
    "breach.ref": (
        "Jeres egen korte reference til bruddet.",
        _NOT_LAW + "den lader dig og myndigheden henvise til bruddet.",
        "INC-2026-004"),
    "breach.title": (
        "Et par ord, der siger, hvad bruddet var.",
        "Artikel 33, stk. 5: du skal dokumentere ethvert brud på persondatasikkerheden, uanset om det er "
        "anmeldt eller ej.",
        "Lønsedler sendt pr. e-mail til den forkerte medarbejder"),
    "breach.description": (
        "Hvad der skete, hvordan det skete, og hvordan I opdagede det.",
        "Artikel 33, stk. 5: de faktiske omstændigheder ved bruddet.",
        "Lønkørslen sendte 14 lønsedler til sidste måneds adresser; en medarbejder sagde det til HR."),
    "breach.occurred_at": (
        "Hvornår bruddet skete (dato og klokkeslæt, ÅÅÅÅ-MM-DD TT:MM), så vidt du ved.",
        "Artikel 33, stk. 5: de faktiske omstændigheder ved bruddet; artikel 33, stk. 3, litra a: dets "
        "karakter.",
        "2026-03-02 08:15"),
    "breach.discovered_at": (
        "Hvornår I blev bekendt med bruddet: rimeligt sikre på, at personoplysninger var berørt.",
        "Artikel 33, stk. 1: de 72 timer til at anmelde bruddet til tilsynsmyndigheden løber fra dette "
        "tidspunkt.",
        "2026-03-03 14:30"),
    "breach.activities": (
        "De behandlingsaktiviteter, hvis oplysninger bruddet vedrører.",
        "Artikel 33, stk. 3, litra a: bruddets karakter, og hvilken behandling det berører.",
        "BA-003 Lønadministration"),
    "breach.recipients": (
        "De involverede databehandlere, hvis bruddet skete hos eller via en af dem.",
        "Artikel 33, stk. 2: en databehandler skal underrette dig uden unødig forsinkelse; artikel 28, stk. "
        "3, litra f, kræver, at den bistår.",
        "Lønudbyder"),
    "breach.data_categories": (
        "De typer personoplysninger, bruddet vedrører, én pr. linje.",
        "Artikel 33, stk. 3, litra a: de berørte kategorier af personoplysninger.",
        "Løn; kontonummer"),
    "breach.data_subject_kinds": (
        "De typer personer, oplysningerne handler om, én pr. linje.",
        "Artikel 33, stk. 3, litra a: de berørte kategorier af registrerede.",
        "Medarbejdere"),
    "breach.data_subjects_approx": (
        "Omtrent hvor mange personer der er berørt.",
        "Artikel 33, stk. 3, litra a: det omtrentlige antal berørte registrerede.",
        "14"),
    "breach.records_approx": (
        "Omtrent hvor mange registreringer der er berørt.",
        "Artikel 33, stk. 3, litra a: det omtrentlige antal berørte registreringer af personoplysninger.",
        "14 lønsedler"),
    "breach.consequences": (
        "Hvad der kan ske for personerne på grund af bruddet.",
        "Artikel 33, stk. 3, litra c, og stk. 5: de sandsynlige konsekvenser af bruddet.",
        "Kolleger får kendskab til hinandens løn."),
    "breach.risk": (
        "Din vurdering: indebærer sandsynligvis ikke en risiko, en risiko eller en høj risiko for personers "
        "rettigheder og frihedsrettigheder.",
        "Artikel 33, stk. 1: ingen anmeldelse, når bruddet sandsynligvis ikke indebærer en risiko; artikel "
        "34, stk. 1: underret personerne ved høj risiko.",
        "Risiko for fysiske personers rettigheder og frihedsrettigheder"),
    "breach.risk_reasoning": (
        "Hvorfor du vurderede risikoen, som du gjorde.",
        "Artikel 33, stk. 5, og artikel 5, stk. 2: du skal kunne vise grundlaget for din beslutning.",
        "Lønoplysninger om identificerede personer, men set af kolleger med tavshedspligt."),
    "breach.measures": (
        "Hvad I har gjort og vil gøre for at håndtere bruddet og begrænse dets virkninger.",
        "Artikel 33, stk. 3, litra d: de trufne eller foreslåede foranstaltninger, herunder for at afbøde "
        "mulige skadevirkninger.",
        "Modtagerne bedt om at slette e-mailene; adressekontrol føjet til lønkørslen."),
    "breach.authority_notified_at": (
        "Hvornår I anmeldte bruddet til tilsynsmyndigheden (dato og klokkeslæt); tomt, hvis I ikke gjorde "
        "det.",
        "Artikel 33, stk. 1: inden for 72 timer efter, at I blev bekendt med det, medmindre bruddet "
        "sandsynligvis ikke indebærer en risiko.",
        "2026-03-04 10:00"),
    "breach.authority_reference": (
        "Det journalnummer, myndigheden gav jeres anmeldelse.",
        "Artikel 33, stk. 1: det knytter jeres dokumentation til anmeldelsen.",
        "2026-441-1234"),
    "breach.delay_reasons": (
        "Hvis I anmeldte senere end 72 timer efter, at I blev bekendt med bruddet: hvorfor.",
        "Artikel 33, stk. 1: en sen anmeldelse skal ledsages af en begrundelse for forsinkelsen.",
        "Databehandleren oplyste først omfanget på fjerdedagen."),
    "breach.subjects_informed_at": (
        "Hvornår I underrettede de berørte personer (dato og klokkeslæt).",
        "Artikel 34, stk. 1: personerne skal underrettes uden unødig forsinkelse, når bruddet sandsynligvis "
        "indebærer en høj risiko.",
        "2026-03-04 16:00"),
    "breach.subjects_not_informed_reason": (
        "Hvis I ikke underrettede de berørte personer: hvorfor.",
        "Artikel 34, stk. 3: krypterede oplysninger, foranstaltninger, der fjerner den høje risiko, eller en "
        "uforholdsmæssig stor indsats.",
        "Den bortkomne bærbare computers disk var krypteret, og nøglen var ikke kompromitteret."),
    "breach.status": (
        "Om bruddet stadig er under behandling.",
        _NOT_LAW + "det viser, hvilke brud der kræver opmærksomhed.",
        "Åben"),
    "breach.closed_at": (
        "Hvornår I afsluttede håndteringen af bruddet.",
        _NOT_LAW + "det gør dokumentationen fuldstændig.",
        "2026-03-20"),
    "breach.notes": (
        "Andet, der er værd at gemme om bruddet.",
        _NOT_LAW + "det er til jeres eget brug.",
        "Gennemgået på ledelsesmødet den 12. marts."),
    # --- data-subject request ---------------------------------------------------------------------
    "request.ref": (
        "Jeres egen korte reference til anmodningen.",
        _NOT_LAW + "den lader dig henvise til anmodningen.",
        "DSR-2026-017"),
    "request.right": (
        "Den rettighed, personen udøver.",
        "Artikel 12, stk. 2, og artikel 15-22: du skal lette udøvelsen af hver af disse rettigheder.",
        "Indsigt (art. 15)"),
    "request.requester": (
        "Hvem der fremsatte anmodningen, så du kan finde sagen igen (et navn eller et sagsnummer).",
        _NOT_LAW + "gem ikke mere om personen her, end du har brug for.",
        "Tidligere medarbejder, sag 2026-17"),
    "request.received_at": (
        "Den dag, anmodningen nåede jer.",
        "Artikel 12, stk. 3: måneden til at svare løber fra modtagelsen, til samme dato den følgende måned.",
        "2026-03-05"),
    "request.identity_verified_at": (
        "Den dag, I var sikre på, hvem anmoderen er, hvis I skulle kontrollere det.",
        "Artikel 12, stk. 6: du kan bede om oplysninger for at bekræfte identiteten, når du har rimelig "
        "tvivl.",
        "2026-03-07"),
    "request.extended_to": (
        "Hvis anmodningen er kompleks, eller I har mange: den senere dag, I har fortalt personen, at I "
        "svarer senest.",
        "Artikel 12, stk. 3: op til to måneder mere, og personen underrettes inden for den første måned med "
        "begrundelsen.",
        "2026-05-05"),
    "request.extension_reason": (
        "Hvorfor I har brug for mere tid.",
        "Artikel 12, stk. 3: personen skal have begrundelsen for forsinkelsen.",
        "Oplysningerne ligger i tre arkiverede systemer."),
    "request.activities": (
        "De behandlingsaktiviteter, anmodningen vedrører.",
        "Artikel 12, stk. 1: du svarer for al behandling af personens oplysninger; dette viser, hvilke du "
        "kontrollerede.",
        "BA-001 Kunderegister"),
    "request.outcome": (
        "Hvordan anmodningen endte: imødekommet, delvist imødekommet, afslået (med begrundelse) eller "
        "trukket tilbage.",
        "Artikel 12, stk. 3 og 4: du skal reagere på anmodningen eller sige, hvorfor ikke, og hvordan man "
        "klager.",
        "Imødekommet"),
    "request.answered_at": (
        "Den dag, I svarede personen.",
        "Artikel 12, stk. 3: uden unødig forsinkelse og senest inden for en måned (eller den forlængede "
        "frist).",
        "2026-03-30"),
    "request.notes": (
        "Andet, der er værd at gemme om anmodningen.",
        _NOT_LAW + "det er til jeres eget brug.",
        "Svar sendt anbefalet."),
}
