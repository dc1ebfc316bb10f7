"""Norsk bokmål: the field help in Norwegian (terminology of personvernforordningen as Norwegian law has it;
citations "artikkel 30 nr. 1 bokstav a", and an option's own label where the example quotes it; examples of
a Norwegian company)."""

from __future__ import annotations

ARTICLE = "artikkel"

_NOT_LAW = "Loven krever ikke dette; "

HELP: dict[str, tuple[str, str, str]] = {
    # --- organisation -----------------------------------------------------------------------------
    "organisation.name": (
        "Virksomhetens fulle juridiske navn, slik det er registrert.",
        "Artikkel 30 nr. 1 bokstav a: protokollen skal vise hvem som er behandlingsansvarlig – virksomheten "
        "som bestemmer hvorfor og hvordan personopplysningene brukes.",
        "Fjellvik Bygg AS"),
    "organisation.org_number": (
        "Virksomhetens registreringsnummer (organisasjonsnummer, organisationsnummer, CVR-nummer).",
        _NOT_LAW + "det identifiserer virksomheten din uten tvil for myndigheten.",
        "912 345 678"),
    "organisation.address": (
        "Postadressen der virksomheten kan nås.",
        "Artikkel 30 nr. 1 bokstav a: protokollen gir den behandlingsansvarliges kontaktopplysninger. En "
        "adresse, en e-postadresse eller et telefonnummer er nok; de fleste oppgir adressen og en e-post.",
        "Storgata 1, 0155 Oslo"),
    "organisation.country": (
        "Landet der virksomheten er etablert (har hovedkontoret sitt).",
        "Artikkel 30 nr. 1 bokstav a og artikkel 3: hvor du er etablert, avgjør hvilken tilsynsmyndighet "
        "du svarer til, og om du trenger en representant i EU (artikkel 27).",
        "Norge"),
    "organisation.email": (
        "En e-postadresse som myndigheten og personene du har opplysninger om, kan bruke for å nå dere om "
        "personopplysninger. En felles postkasse overlever utskiftinger blant de ansatte.",
        "Artikkel 30 nr. 1 bokstav a: den behandlingsansvarliges kontaktopplysninger.",
        "personvern@fjellvikbygg.no"),
    "organisation.phone": (
        "Et sentralbordnummer eller et telefonnummer for personvernspørsmål.",
        "Artikkel 30 nr. 1 bokstav a: del av den behandlingsansvarliges kontaktopplysninger (valgfritt når "
        "du oppgir e-post eller adresse).",
        "+47 22 12 34 56"),
    "organisation.website": (
        "Virksomhetens nettsted, eller siden med personvernerklæringen deres.",
        "Artikkel 30 nr. 1 bokstav a: kontaktopplysninger; den viser også hvor folk finner informasjonen "
        "som artikkel 13 og 14 krever.",
        "https://fjellvikbygg.no/personvern"),
    "organisation.dpo_appointed": (
        "Kryss av hvis virksomheten har utpekt et personvernombud.",
        "Artikkel 37: personvernombud kreves for offentlige organer og når kjernevirksomheten er "
        "overvåking av personer i stor skala eller behandling av sensitive opplysninger i stor skala. De "
        "fleste små virksomheter trenger ikke det og oppgir i stedet en kontaktperson for personvern.",
        "Ikke avkrysset for et byggefirma med 60 personer."),
    "organisation.dpo_name": (
        "Navnet på personvernombudet (en person eller firmaet som leverer tjenesten).",
        "Artikkel 30 nr. 1 bokstav a: protokollen navngir personvernombudet der det finnes ett; etter "
        "artikkel 37 nr. 7 skal du offentliggjøre ombudets kontaktopplysninger og melde dem til "
        "myndigheten.",
        "Personvern Nord AS, Ingrid Berg"),
    "organisation.dpo_email": (
        "Personvernombudets e-postadresse.",
        "Artikkel 30 nr. 1 bokstav a og artikkel 37 nr. 7: personvernombudets kontaktopplysninger.",
        "personvernombud@fjellvikbygg.no"),
    "organisation.dpo_phone": (
        "Personvernombudets telefonnummer.",
        "Artikkel 30 nr. 1 bokstav a: personvernombudets kontaktopplysninger.",
        "+47 912 34 567"),
    "organisation.dpo_address": (
        "Personvernombudets postadresse, hvis den er en annen enn virksomhetens.",
        "Artikkel 30 nr. 1 bokstav a: personvernombudets kontaktopplysninger.",
        "Postboks 123, 9008 Tromsø"),
    "organisation.privacy_contact_name": (
        "Personen som tar seg av personvernspørsmål når det ikke finnes et personvernombud (ofte deg).",
        _NOT_LAW + "myndighetene anbefaler å utpeke en ansvarlig, og det viser kollegene hvem de skal spørre.",
        "Kari Nordmann, HR-sjef"),
    "organisation.privacy_contact_email": (
        "Kontaktpersonens e-postadresse.",
        _NOT_LAW + "det er slik kolleger og allmennheten når den ansvarlige.",
        "kari.nordmann@fjellvikbygg.no"),
    "organisation.representative_name": (
        "Bare for en virksomhet etablert utenfor EU/EØS som tilbyr varer eller tjenester til personer i "
        "EU: representanten i EU som den har utpekt.",
        "Artikkel 27 og artikkel 30 nr. 1 bokstav a: en slik virksomhet må utpeke en representant i EU og "
        "navngi den i protokollen.",
        "EU-Rep Nordic AS"),
    "organisation.representative_contact": (
        "Representantens adresse, e-post og telefon.",
        "Artikkel 30 nr. 1 bokstav a: representantens kontaktopplysninger.",
        "Karl Johans gate 5, 0154 Oslo, rep@eurep.example"),
    "organisation.supervisory_authority": (
        "Personvernmyndigheten i landet der du er etablert.",
        _NOT_LAW + "det er tilsynsmyndigheten som kan be om protokollen (artikkel 30 nr. 4), og som du "
        "melder brudd på personopplysningssikkerheten til (artikkel 33).",
        "Datatilsynet; IMY (Integritetsskyddsmyndigheten) i Sverige"),
    "organisation.export_language": (
        "Språket protokollen eksporteres på som standard (PDF og Excel).",
        _NOT_LAW + "artikkel 30 nr. 3 krever bare at protokollen er skriftlig; lever den på myndighetens "
        "språk.",
        "Norsk bokmål"),
    # --- activity ---------------------------------------------------------------------------------
    "activity.ref": (
        "En kort egen referanse for behandlingsaktiviteten; appen foreslår neste nummer.",
        _NOT_LAW + "den lar deg og andre vise til én linje i protokollen.",
        "BA-007"),
    "activity.name": (
        "Et navn på behandlingsaktiviteten som en kollega vil kjenne igjen: hva dere gjør med "
        "personopplysninger, med noen få ord.",
        "Artikkel 30 nr. 1: protokollen viser hver behandlingsaktivitet; navnet er slik den blir funnet.",
        "Lønn"),
    "activity.role": (
        "Om du bestemmer hvorfor og hvordan opplysningene brukes (behandlingsansvarlig), gjør det sammen med "
        "en annen virksomhet (felles behandlingsansvarlig) eller gjør det for en kunde etter kundens "
        "instrukser (databehandler).",
        "Artikkel 30 nr. 1 viser hva en behandlingsansvarlig fører i protokollen; artikkel 30 nr. 2 hva en "
        "databehandler fører for arbeidet den gjør for kundene sine.",
        "Behandlingsansvarlig for egen lønn; databehandler for timeføringsappen dere drifter for kunder."),
    "activity.business_function": (
        "Avdelingen eller funksjonen som utfører behandlingen.",
        _NOT_LAW + "det viser hvem du skal spørre når behandlingen endres.",
        "HR og økonomi"),
    "activity.owner": (
        "Personen som svarer for behandlingsaktiviteten og holder oppføringen oppdatert.",
        _NOT_LAW + "ansvarsprinsippet (artikkel 5 nr. 2) er lettere å oppfylle når hver oppføring har en "
        "ansvarlig.",
        "Ola Nordmann, økonomisjef"),
    "activity.description": (
        "Hva som skjer, trinn for trinn, med enkle ord.",
        _NOT_LAW + "den hjelper deg og myndigheten å forstå feltene som følger.",
        "Timer føres i appen, kontrolleres av anleggslederen og utbetales månedlig gjennom banken."),
    "activity.purposes": (
        "Hvorfor dere bruker opplysningene: hvert formål på egen linje, så konkret at det går fram hva som "
        "er dekket og hva som ikke er det.",
        "Artikkel 30 nr. 1 bokstav b: protokollen angir formålene. Artikkel 5 nr. 1 bokstav b: "
        "opplysninger som er samlet inn for ett formål, kan ikke brukes til et formål uten sammenheng med det.",
        "Utbetale lønn; rapportere skatt og arbeidsgiveravgift til Skatteetaten"),
    "activity.joint_controllers": (
        "Andre virksomheter som sammen med deg bestemmer hvorfor og hvordan opplysningene brukes: navnet "
        "deres, en kontakt og hvor ordningen mellom dere oppbevares.",
        "Artikkel 30 nr. 1 bokstav a og artikkel 26: felles behandlingsansvarlige navngis i protokollen og "
        "må avtale hvem som gjør hva.",
        "Hovedentreprenøren som dere driver et felles adgangskontrollsystem for byggeplassen sammen med."),
    "activity.data_subject_categories": (
        "Gruppene av personer dere bruker opplysninger om, én per linje.",
        "Artikkel 30 nr. 1 bokstav c: protokollen beskriver kategoriene av registrerte.",
        "Ansatte; jobbsøkere; underentreprenørers ansatte på byggeplassen"),
    "activity.data_categories": (
        "Typene personopplysninger dere bruker, én per rad: et navn, om det er en særlig kategori, hvor "
        "lenge de lagres og hvem de gjelder.",
        "Artikkel 30 nr. 1 bokstav c: protokollen beskriver kategoriene av personopplysninger. Det danske "
        "Datatilsynet ber deg vise hvilke opplysninger som gjelder hvilke personer.",
        "Kontaktopplysninger; bankkonto; sykefravær (helse)"),
    "activity.special_category_conditions": (
        "Vises når en opplysningskategori er sensitiv (helse, fagforeningsmedlemskap, etnisk opprinnelse "
        "…): kryss av for unntaket som gjør at dere kan bruke den.",
        "Artikkel 9: sensitive opplysninger kan bare brukes når et av unntakene i artikkel 9 nr. 2 gjelder, "
        "i tillegg til et behandlingsgrunnlag i artikkel 6.",
        "Arbeidsrett, trygderett og sosialrett – art. 9 nr. 2 bokstav b for sykefravær."),
    "activity.criminal_data_basis": (
        "Vises når dere bruker opplysninger om straffedommer og lovovertredelser: loven som tillater det.",
        "Artikkel 10: slike opplysninger kan bare brukes under kontroll av offentlig myndighet eller der "
        "nasjonal rett tillater det.",
        "Politiattest for byggearbeid på skoler, som arbeidsgiverens oppdragsgiver krever."),
    "activity.identity_number_reason": (
        "Hvis dere bruker fødselsnummer (personnummer, fødselsnummer, CPR-nummer): hvorfor dere trenger "
        "det i stedet for et navn eller et ansattnummer.",
        "Artikkel 87 lar hvert land gi regler om identifikasjonsnumre; i Sverige, Norge og Danmark kan de "
        "bare brukes når det er klart begrunnet, f.eks. for sikker identifisering.",
        "Nødvendig for å rapportere inntektsskatt til Skatteetaten."),
    "activity.legal_bases": (
        "Grunnlaget i loven som tillater behandlingen. De fleste behandlinger bygger på ett.",
        "Artikkel 6 nr. 1: behandling er lovlig bare på ett av seks grunnlag – samtykke, avtale, rettslig "
        "forpliktelse, vitale interesser, allmennhetens interesse, berettiget interesse.",
        "Lønn: Avtale – art. 6 nr. 1 bokstav b og Rettslig forpliktelse – art. 6 nr. 1 bokstav c."),
    "activity.legal_basis_note": (
        "Hva behandlingsgrunnlaget bygger på: avtalen, loven, interessen.",
        _NOT_LAW + "det viser, når noen spør, hvorfor grunnlaget passer (artikkel 5 nr. 2, "
        "ansvarsprinsippet).",
        "Arbeidsavtaler; skatteloven"),
    "activity.legitimate_interests": (
        "Vises ved Berettiget interesse – art. 6 nr. 1 bokstav f: hvilken interesse hos dere eller andre "
        "behandlingen ivaretar.",
        "Artikkel 6 nr. 1 bokstav f og artikkel 13 nr. 1 bokstav d: interessen må oppgis og veie tyngre enn "
        "personenes egne interesser.",
        "Å holde byggeplassen sikker og hindre tyveri."),
    "activity.lia_link": (
        "Vises ved Berettiget interesse: hvor interesseavveiingen deres oppbevares.",
        "Artikkel 6 nr. 1 bokstav f: du må veie interessen din mot personenes og kunne vise det (artikkel 5 "
        "nr. 2).",
        "https://intranett.example/personvern/interesseavveiing-kameraer.pdf"),
    "activity.consent_record_link": (
        "Vises når behandlingen bygger på samtykke: hvor dere oppbevarer beviset for at folk har samtykket.",
        "Artikkel 7 nr. 1: når du bygger på samtykke, må du kunne vise at hver person har gitt det.",
        "Påmeldingsloggen i nyhetsbrevverktøyet"),
    "activity.recipient_categories": (
        "Typene personer eller virksomheter utenfor virksomheten deres som mottar opplysningene, én per "
        "linje.",
        "Artikkel 30 nr. 1 bokstav d: protokollen angir kategoriene av mottakere, også mottakere i "
        "tredjestater.",
        "Lønnsbyrå; Skatteetaten; pensjonsleverandør"),
    "activity.recipients": (
        "Kryss av for mottakerne i protokollens mottakerliste som mottar opplysningene i denne "
        "behandlingen.",
        "Artikkel 30 nr. 1 bokstav d: når de navngis, kan appen vise hvor opplysningene går og hvilke "
        "overføringer som følger.",
        "Fjordlønn AS; Visma"),
    "activity.no_external_recipients": (
        "Kryss av når ingen utenfor virksomheten mottar disse opplysningene.",
        "Artikkel 30 nr. 1 bokstav d: å svare \"ingen\" viser at spørsmålet er besvart, ikke glemt.",
        "Avkrysset for en intern telefonliste."),
    "activity.retention": (
        "Hvor lenge opplysningene lagres, og hva som skjer da (slettes, anonymiseres). Der det er ulikt for "
        "ulike typer opplysninger, si det i radene for opplysningskategoriene.",
        "Artikkel 30 nr. 1 bokstav f: protokollen angir fristene for sletting der det er mulig; artikkel 5 "
        "nr. 1 bokstav e: opplysninger lagres ikke lenger enn nødvendig.",
        "5 år etter regnskapsårets slutt (bokføringsloven), deretter slettet."),
    "activity.security_measures": (
        "Kryss av for typene beskyttelse som finnes for denne behandlingen.",
        "Artikkel 30 nr. 1 bokstav g og artikkel 32: protokollen gir der det er mulig en generell "
        "beskrivelse av de tekniske og organisatoriske sikkerhetstiltakene.",
        "Tilgangsstyring; kryptering under overføring; sikkerhetskopiering"),
    "activity.security_description": (
        "Noen linjer om hvordan opplysningene beskyttes, i generelle ordelag (ingen passord eller detaljer "
        "en angriper kan bruke).",
        "Artikkel 30 nr. 1 bokstav g og artikkel 32: en generell beskrivelse av sikkerhetstiltakene.",
        "Bare HR har tilgang; pålogging med to faktorer; lønnssystemet logger hver endring."),
    "activity.source": (
        "Hvor opplysningene kommer fra når dere ikke samler dem inn fra personene selv.",
        "Artikkel 14 nr. 2 bokstav f: personene skal få vite kilden til opplysninger som ikke er samlet inn "
        "fra dem.",
        "Rekrutteringsbyrå; byggherrens mannskapsliste"),
    "activity.privacy_notice_link": (
        "Hvor informasjonen dere gir de berørte personene, er publisert (personvernerklæring).",
        "Artikkel 13 og 14: personene skal få vite hvem som behandler opplysningene deres, hvorfor, på "
        "hvilket grunnlag og hvor lenge; etter artikkel 14 også når opplysningene ikke er samlet inn fra "
        "dem, med kilden.",
        "https://www.example.no/personvern#rekruttering"),
    "activity.automated_decision_making": (
        "Om en datamaskin alene tar avgjørelser om personer som påvirker dem alvorlig (ingen person ser på "
        "saken).",
        "Artikkel 22: slike avgjørelser er bare tillatt i snevre tilfeller, og personene kan kreve at et "
        "menneske avgjør.",
        "Nei, for lønn. Ja, for en kredittsjekk på nett som avviser kunder automatisk."),
    "activity.adm_description": (
        "Vises ved automatiserte avgjørelser: hva som avgjøres, etter hvilken logikk, og hvordan en person "
        "kan få avgjørelsen vurdert på nytt.",
        "Artikkel 22 og artikkel 13 nr. 2 bokstav f: personene skal få vite om logikken og konsekvensene.",
        "Kredittgrensen settes av scoringtjenesten; kunden kan be salgsavdelingen om å vurdere den på nytt."),
    "activity.dpia_status": (
        "Om en vurdering av personvernkonsekvenser (DPIA) var nødvendig, og hvor langt den har kommet.",
        "Artikkel 35: en vurdering av personvernkonsekvenser kreves før behandling som sannsynligvis "
        "innebærer en høy risiko for personer.",
        "Ikke påkrevd, etter forhåndsvurderingen nedenfor."),
    "activity.dpia_criteria": (
        "Kryss av for risikokriteriene behandlingen oppfyller. To eller flere betyr som regel at en "
        "vurdering av personvernkonsekvenser trengs.",
        "Artikkel 35 nr. 1 og 4: EDPBs ni kriterier (WP248) og listene fra IMY og Datatilsynet sier når "
        "en vurdering av personvernkonsekvenser kreves.",
        "Sårbare registrerte (ansatte) og systematisk overvåking, for GPS-sporing av kjøretøy."),
    "activity.dpia_screening_note": (
        "Resultatet av forhåndsvurderingen og begrunnelsen, i en setning eller to.",
        "Artikkel 35 og artikkel 5 nr. 2: når du kommer til at det ikke trengs en vurdering av "
        "personvernkonsekvenser, skriv ned hvorfor.",
        "Bare ett kriterium (ansatte); ingen vurdering av personvernkonsekvenser nødvendig."),
    "activity.dpia_link": (
        "Hvor dokumentet med vurderingen av personvernkonsekvenser oppbevares.",
        "Artikkel 35 nr. 7: vurderingen er et eget dokument; protokollen viser til det.",
        "https://intranett.example/personvern/dpia-gps.pdf"),
    "activity.systems": (
        "IT-systemene og tjenestene der opplysningene lagres eller håndteres.",
        _NOT_LAW + "det hjelper deg å finne opplysningene når noen ber om innsyn (artikkel 15) eller vil ha "
        "dem slettet (artikkel 17).",
        "Fjordlønn; SharePoint"),
    "activity.controllers": (
        "Vises når dere er databehandler: hver kunde (behandlingsansvarlig) dere gjør arbeidet for, med "
        "kontakt, representant og personvernombud.",
        "Artikkel 30 nr. 2 bokstav a: en databehandlers protokoll navngir hver behandlingsansvarlig den "
        "handler på vegne av.",
        "Kunde AS, personvern@kunde.no"),
    "activity.processing_categories": (
        "Vises når dere er databehandler: hva dere gjør med opplysningene for kundene.",
        "Artikkel 30 nr. 2 bokstav b: en databehandlers protokoll angir kategoriene av behandling som "
        "utføres for hver behandlingsansvarlig.",
        "Drift; brukerstøtte; sikkerhetskopiering"),
    "activity.status": (
        "Hvor oppføringen står: utkast mens du fyller den ut, aktiv når den beskriver det som skjer, "
        "avsluttet når behandlingen er slutt.",
        _NOT_LAW + "det holder utkast og avsluttede behandlinger atskilt fra den gjeldende protokollen.",
        "Aktiv"),
    "activity.last_reviewed": (
        "Datoen du sist kontrollerte at oppføringen fortsatt stemmer (ÅÅÅÅ-MM-DD).",
        "Artikkel 5 nr. 2: du må kunne vise at du holder protokollen korrekt.",
        "2026-03-15"),
    "activity.next_review": (
        "Når oppføringen skal kontrolleres igjen; appen minner deg på det når fristen er passert.",
        "Artikkel 24 nr. 1: tiltakene skal gjennomgås og oppdateres ved behov.",
        "2027-03-15"),
    "activity.notes": (
        "Annet som er verdt å vite om behandlingen.",
        _NOT_LAW + "et sted for det som ikke passer i noe annet felt.",
        "Flyttes til det nye HR-systemet i 2027."),
    "activity.transfers": (
        "Overføringer dere selv gjør til et land utenfor EU/EØS (ikke gjennom en mottaker listet ovenfor): "
        "én rad per mottakerland, med overføringsgrunnlaget.",
        "Artikkel 30 nr. 1 bokstav e og artikkel 44–49: en overføring ut av EØS krever en beslutning om "
        "tilstrekkelig beskyttelsesnivå, en garanti som standard personvernbestemmelser eller et unntak, og "
        "føres i protokollen.",
        "Sende prosjekttegninger til et designkontor i India."),
    "activity.reviewed_by": (
        "Hvem som gjorde den siste gjennomgangen (fylles ut når behandlingen merkes som gjennomgått).",
        "Artikkel 5 nr. 2: du må kunne vise hvem som holder protokollen korrekt, og når de kontrollerte den.",
        "Kari Nordmann"),
    "activity.review_note": (
        "Hva den siste gjennomgangen fant eller endret, i én setning.",
        "Artikkel 5 nr. 2: merknaden viser at gjennomgangen var reell, ikke bare en dato.",
        "Kontrollert med HR; lagringstiden forkortet til 24 måneder."),
    "activity.review_interval": (
        "Hvor ofte oppføringen gjennomgås; tomt: hver 12. måned (appens retningslinjer for gjennomgang).",
        _NOT_LAW + "et kortere intervall passer for en behandling som endres ofte eller har høy risiko.",
        "Hver sjette måned"),
    # --- recipient --------------------------------------------------------------------------------
    "recipient.name": (
        "Navnet på virksomheten eller myndigheten som mottar opplysninger fra dere.",
        "Artikkel 30 nr. 1 bokstav d: protokollen angir mottakerne, eller i det minste kategoriene av dem.",
        "Fjordlønn AS"),
    "recipient.legal_entity": (
        "Den nøyaktige juridiske enheten dere har avtalen med, hvis den er en annen enn navnet.",
        _NOT_LAW + "det viser hvilket selskap som er bundet av avtalen.",
        "Microsoft Ireland Operations Ltd"),
    "recipient.address": (
        "Mottakerens postadresse.",
        _NOT_LAW + "den hjelper med å identifisere mottakeren.",
        "Kongens gate 10, 7011 Trondheim"),
    "recipient.country": (
        "Landet der mottakeren er etablert.",
        "Artikkel 30 nr. 1 bokstav d: mottakere i tredjestater angis som det; utenfor EØS trengs et "
        "overføringsgrunnlag.",
        "Norge"),
    "recipient.contact": (
        "Hvem dere skal kontakte hos mottakeren om personopplysninger.",
        _NOT_LAW + "du trenger det ved et brudd på personopplysningssikkerheten eller en henvendelse fra "
        "en registrert.",
        "personvern@fjordlonn.no"),
    "recipient.kind": (
        "Hva mottakeren er for dere: en databehandler som arbeider etter deres instrukser, en "
        "underdatabehandler, en selvstendig behandlingsansvarlig (bestemmer selv) eller en myndighet.",
        "Artikkel 28 og artikkel 30: en databehandler trenger en databehandleravtale; en selvstendig "
        "behandlingsansvarlig gjør det ikke.",
        "Databehandler, for lønnstjenesten; selvstendig behandlingsansvarlig, for Skatteetaten."),
    "recipient.service": (
        "Hva mottakeren gjør for dere.",
        _NOT_LAW + "det forklarer hvorfor mottakeren får opplysningene.",
        "Lønnssystem og lønnsslipper"),
    "recipient.processing_countries": (
        "Alle land der mottakeren (eller underdatabehandlerne) lagrer eller har tilgang til "
        "opplysningene, også brukerstøtte fra utlandet.",
        "Artikkel 30 nr. 1 bokstav e: tilgang fra utenfor EØS er også en overføring og trenger et "
        "overføringsgrunnlag.",
        "Norge, Irland, USA"),
    "recipient.dpa_signed": (
        "Datoen databehandleravtalen ble inngått (ÅÅÅÅ-MM-DD).",
        "Artikkel 28 nr. 3: en databehandler arbeider etter en bindende avtale med vilkårene artikkelen "
        "lister opp.",
        "2025-09-01"),
    "recipient.dpa_link": (
        "Hvor den inngåtte avtalen oppbevares.",
        "Artikkel 28 nr. 3 og artikkel 5 nr. 2: du må kunne vise avtalen.",
        "https://www.fjordlonn.no/databehandleravtale"),
    "recipient.dpa_in_place": (
        "Om det foreligger en databehandleravtale med denne databehandleren.",
        "Artikkel 28 nr. 3: behandling ved en databehandler skal være regulert av en slik avtale.",
        "Ja"),
    "recipient.dpa_terms": (
        "Kryss av for hvilke av de åtte punktene i artikkel 28 nr. 3 avtalen dekker, eller at den bruker "
        "Kommisjonens standardavtalebestemmelser (som dekker alle åtte).",
        "Artikkel 28 nr. 3 bokstav a–h og beslutning (EU) 2021/915: innholdet en databehandleravtale må ha.",
        "Kommisjonens standardavtalebestemmelser, beslutning (EU) 2021/915"),
    "recipient.sub_processors": (
        "Kryss av for mottakerne i protokollen din som denne mottakeren bruker som underdatabehandlere.",
        "Artikkel 28 nr. 2 og 4: en databehandler kan bare bruke underdatabehandlere med din skriftlige "
        "godkjenning, bundet av de samme forpliktelsene.",
        "Amazon Web Services EMEA, for driften av lønnstjenesten."),
    "recipient.sub_processing": (
        "Hva avtalen sier om underdatabehandlere: en generell eller en spesifikk skriftlig godkjenning, "
        "eller ikke tillatt.",
        "Artikkel 28 nr. 2 og 4: underdatabehandlere krever din skriftlige forhåndsgodkjenning, og de "
        "samme forpliktelsene videreføres til dem.",
        "Generell skriftlig forhåndstillatelse, forpliktelsene videreført"),
    "recipient.transfers": (
        "Én rad for hvert land utenfor EU/EØS der mottakeren behandler opplysningene, med "
        "overføringsgrunnlaget som tillater det.",
        "Artikkel 30 nr. 1 bokstav e og artikkel 44–49: hver overføring trenger en beslutning om "
        "tilstrekkelig beskyttelsesnivå, en garanti eller et unntak.",
        "USA – rammeverket for personvern mellom EU og USA (Data Privacy Framework)"),
    "recipient.notes": (
        "Annet som er verdt å vite om mottakeren.",
        _NOT_LAW + "et sted for det som ikke passer i noe annet felt.",
        "Avtalen fornyes hvert annet år."),
    "recipient.owner": (
        "Hvem i virksomheten din som har ansvaret for forholdet til denne mottakeren.",
        _NOT_LAW + "noen må holde oppføringen, avtalen og overføringene oppdatert.",
        "IT-sjef"),
    "recipient.last_reviewed": (
        "Datoen oppføringen, avtalen og underdatabehandlerne sist ble kontrollert (ÅÅÅÅ-MM-DD).",
        "Artikkel 5 nr. 2 og artikkel 28 nr. 1: du må kunne vise at du følger opp databehandlerne dine.",
        "2026-03-15"),
    "recipient.reviewed_by": (
        "Hvem som gjorde den siste gjennomgangen (fylles ut når mottakeren merkes som gjennomgått).",
        "Artikkel 5 nr. 2: du må kunne vise hvem som kontrollerte den, og når.",
        "Kari Nordmann"),
    "recipient.review_note": (
        "Hva den siste gjennomgangen fant eller endret, i én setning.",
        "Artikkel 5 nr. 2: merknaden viser at gjennomgangen var reell, ikke bare en dato.",
        "Den nye listen over underdatabehandlere lest; ingen nye land."),
    "recipient.review_interval": (
        "Hvor ofte mottakeren gjennomgås; tomt: hver 12. måned (appens retningslinjer for gjennomgang).",
        _NOT_LAW + "en databehandler med overføringer ut av EØS kan fortjene et kortere intervall.",
        "Hver tolvte måned"),
    "recipient.next_review": (
        "Når mottakeren skal kontrolleres igjen; appen viser den som forfalt fra da av.",
        "Artikkel 24 nr. 1 og artikkel 28 nr. 1: tiltakene skal gjennomgås og oppdateres ved behov.",
        "2027-03-15"),
    # --- transfer ---------------------------------------------------------------------------------
    "transfer.country": (
        "Landet (eller den internasjonale organisasjonen) utenfor EU/EØS som opplysningene går til eller "
        "leses fra.",
        "Artikkel 30 nr. 1 bokstav e: protokollen identifiserer tredjestaten for hver overføring.",
        "USA"),
    "transfer.mechanism": (
        "Det som tillater overføringen: en beslutning om tilstrekkelig beskyttelsesnivå, rammeverket for "
        "personvern mellom EU og USA, standard personvernbestemmelser, bindende virksomhetsregler eller et "
        "unntak.",
        "Artikkel 44–49: opplysninger kan bare forlate EØS på ett av disse grunnlagene.",
        "Standard personvernbestemmelser (2021)"),
    "transfer.scc_module": (
        "Hvilken modul av standard personvernbestemmelser fra 2021 dere har inngått: det avhenger av hvem "
        "som sender og hvem som mottar (behandlingsansvarlig eller databehandler).",
        "Artikkel 46 nr. 2 bokstav c: Kommisjonens standard personvernbestemmelser er en garanti; modulen "
        "må passe til rollene.",
        "Modul 2: behandlingsansvarlig til databehandler"),
    "transfer.derogation": (
        "Hvilket unntak i artikkel 49 overføringen bygger på. Bare for enkeltstående overføringer der "
        "ingenting annet er mulig.",
        "Artikkel 49: unntakene gjelder særlige situasjoner og tolkes snevert av myndighetene.",
        "Nødvendig for en avtale med personen – art. 49 nr. 1 bokstav b, f.eks. hotellbestilling i utlandet."),
    "transfer.dpf_verified_on": (
        "Datoen du kontrollerte at det amerikanske selskapet står på Data Privacy Framework-listen "
        "(ÅÅÅÅ-MM-DD).",
        "Artikkel 45: beslutningen om tilstrekkelig beskyttelsesnivå for USA dekker bare selskaper på "
        "listen; kontroller den igjen innimellom.",
        "2026-10-01"),
    "transfer.dpf_hr_covered": (
        "Om selskapets sertifisering etter Data Privacy Framework dekker personalopplysninger (om ansatte).",
        "Artikkel 45: opplysninger om ansatte er bare dekket når selskapet er sertifisert for HR-opplysninger.",
        "Ja"),
    "transfer.bcr_reference": (
        "Referansen til de godkjente bindende virksomhetsreglene som mottakerens konsern bruker.",
        "Artikkel 47: bindende virksomhetsregler godkjent av en tilsynsmyndighet er en garanti for "
        "overføringer innenfor et konsern.",
        "BCR-P godkjent av irske DPC, 2023"),
    "transfer.tia_date": (
        "Når du vurderte om lovene i mottakerlandet lar garantien virke (ÅÅÅÅ-MM-DD).",
        "Artikkel 46 slik EU-domstolen tolket den i Schrems II (C-311/18), og EDPBs anbefalinger 01/2020: "
        "vurder mottakerlandet før du bygger på standard personvernbestemmelser eller bindende "
        "virksomhetsregler.",
        "2026-02-10"),
    "transfer.tia_link": (
        "Hvor vurderingen av overføringen (TIA) oppbevares.",
        "Artikkel 5 nr. 2 og artikkel 46: du må kunne vise vurderingen.",
        "https://intranett.example/personvern/tia-usa.pdf"),
    "transfer.supplementary_measures": (
        "Ekstra beskyttelse som er lagt til fordi lovene i mottakerlandet kan undergrave garantien.",
        "Artikkel 46 og EDPBs anbefalinger 01/2020: der vurderingen finner mangler, legg til tiltak eller "
        "stans.",
        "Kryptering med nøkler som oppbevares i EU."),
    "transfer.safeguards_documentation": (
        "For en overføring på unntaket som siste utvei (tvingende berettigede interesser): hvordan "
        "opplysningene beskyttes. Ellers hvor garantiens dokumenter finnes.",
        "Artikkel 30 nr. 1 bokstav e og artikkel 49 nr. 1 annet ledd: protokollen dokumenterer de "
        "nødvendige garantiene.",
        "Standard personvernbestemmelser inngått 2025-05-01, oppbevart i kontraktsarkivet."),
    "transfer.notes": (
        "Annet som er verdt å vite om denne overføringen.",
        _NOT_LAW + "et sted for det som ikke passer i noe annet felt.",
        "Brukerstøtte i USA kan bare se saker."),
    # --- data category ----------------------------------------------------------------------------
    "data_category.name": (
        "En type personopplysninger, med ord en kollega forstår.",
        _NOT_LAW + "det er radens navn; behandlingens opplysningskategorier er det artikkel 30 nr. 1 "
        "bokstav c krever.",
        "Kontonummer"),
    "data_category.special": (
        "Om opplysningene er en særlig kategori (helse, etnisk opprinnelse, religion, "
        "fagforeningsmedlemskap, biometri …) eller gjelder straffedommer og lovovertredelser; ellers "
        "Alminnelige personopplysninger.",
        "Loven krever ikke dette i seg selv, men sensitive opplysninger trenger et unntak i artikkel 9 nr. "
        "2, og opplysninger om lovbrudd et grunnlag etter artikkel 10 – skjemaet spør da etter det.",
        "Helse, for sykefravær"),
    "data_category.retention": (
        "Hvor lenge denne typen opplysninger lagres, når det er ulikt behandlingens lagringstid.",
        "Artikkel 30 nr. 1 bokstav f: fristene for sletting av de ulike kategoriene av opplysninger.",
        "Til arbeidsforholdet opphører, pluss 2 år"),
    "data_category.subjects": (
        "Hvem opplysningene gjelder: kryss av blant behandlingens kategorier av registrerte.",
        "Artikkel 30 nr. 1 bokstav c, slik det danske Datatilsynet forklarer den: protokollen viser hvilke "
        "opplysninger som gjelder hvilke personer.",
        "Ansatte"),
    "data_category.recipients": (
        "Hvem som mottar disse opplysningene: kryss av blant behandlingens kategorier av mottakere og "
        "navngitte mottakere. La feltet stå tomt for opplysninger som blir i virksomheten.",
        "Artikkel 30 nr. 1 bokstav d, slik det danske Datatilsynet forklarer den: protokollen viser hvilke "
        "opplysninger som går til hvilken mottaker.",
        "Lønnsleverandør"),
    # --- joint controller -------------------------------------------------------------------------
    "joint_controller.name": (
        "Den andre virksomheten som bestemmer sammen med deg.",
        "Loven krever ikke dette som egen kolonne; de felles behandlingsansvarlige som helhet kreves etter "
        "artikkel 30 nr. 1 bokstav a.",
        "Byggpartner Vest AS"),
    "joint_controller.contact": (
        "Hvordan den virksomheten kan nås om personopplysninger.",
        "Artikkel 30 nr. 1 bokstav a: kontaktopplysningene til den felles behandlingsansvarlige.",
        "personvern@byggpartner.no"),
    "joint_controller.arrangement_link": (
        "Hvor avtalen med den felles behandlingsansvarlige oppbevares.",
        "Artikkel 26: felles behandlingsansvarlige fastsetter i en ordning hvem som gjør hva, og "
        "hovedinnholdet gjøres tilgjengelig for de berørte personene.",
        "https://intranett.example/avtaler/felles-adgangskontroll.pdf"),
    # --- controller -------------------------------------------------------------------------------
    "controller_ref.name": (
        "Kunden dere behandler opplysningene for.",
        "Loven krever ikke dette som egen kolonne; de behandlingsansvarlige som helhet kreves etter "
        "artikkel 30 nr. 2 bokstav a.",
        "Kunde AS"),
    "controller_ref.contact": (
        "Hvordan den kunden kan nås om personopplysninger.",
        "Artikkel 30 nr. 2 bokstav a: kontaktopplysningene til hver behandlingsansvarlig.",
        "personvern@kunde.no"),
    "controller_ref.representative": (
        "Kundens representant i EU, hvis kunden er etablert utenfor EU.",
        "Artikkel 30 nr. 2 bokstav a og artikkel 27: den behandlingsansvarliges representant, der det "
        "finnes en.",
        "EU-Rep Nordic AS"),
    "controller_ref.dpo": (
        "Kundens personvernombud, hvis kunden har et.",
        "Artikkel 30 nr. 2 bokstav a: den behandlingsansvarliges personvernombud, der det finnes et.",
        "personvernombud@kunde.no"),
    # --- accepted finding -------------------------------------------------------------------------
    "accepted_finding.rule_id": (
        "Hvilken kontroll det godtatte funnet kommer fra.",
        _NOT_LAW + "appen fyller det ut.",
        "R12-transfer-mechanism"),
    "accepted_finding.record": (
        "Posten funnet gjelder.",
        _NOT_LAW + "appen fyller det ut.",
        "behandlingsaktivitet 7"),
    "accepted_finding.field": (
        "Feltet funnet gjelder.",
        _NOT_LAW + "appen fyller det ut.",
        "transfers"),
    "accepted_finding.record_label": (
        "Postens navn da funnet ble godtatt.",
        _NOT_LAW + "appen fyller det ut.",
        "BA-007 Lønn"),
    "accepted_finding.reason": (
        "Hvorfor funnet ikke krever en endring: hva du kontrollerte og bestemte.",
        "Artikkel 5 nr. 2: ansvarsprinsippet – du kan vise hvorfor du bestemte som du gjorde.",
        "Leverandøren bekreftet skriftlig at ingen opplysninger forlater EU."),
    "accepted_finding.accepted_by": (
        "Hvem som godtok funnet.",
        _NOT_LAW + "det viser hvem som tok beslutningen.",
        "Kari Nordmann"),
    "accepted_finding.accepted_on": (
        "Når funnet ble godtatt.",
        _NOT_LAW + "appen fyller det ut.",
        "2026-11-22"),
    "accepted_finding.fingerprint": (
        "Det kontrollen så da funnet ble godtatt; endrer det seg, vises funnet igjen.",
        _NOT_LAW + "appen fyller det ut.",
        "(fylles ut av appen)"),
    # --- personal-data breach ---------------------------------------------------------------------
    "breach.ref": (
        "Deres egen korte referanse for bruddet.",
        _NOT_LAW + "den lar deg og myndigheten vise til bruddet.",
        "INC-2026-004"),
    "breach.title": (
        "Noen ord som sier hva bruddet var.",
        "Artikkel 33 nr. 5: du må dokumentere alle brudd på personopplysningssikkerheten, enten de er meldt "
        "eller ikke.",
        "Lønnsslipper sendt på e-post til feil ansatt"),
    "breach.description": (
        "Hva som skjedde, hvordan det skjedde og hvordan dere fant det ut.",
        "Artikkel 33 nr. 5: de faktiske forholdene rundt bruddet.",
        "Lønnskjøringen sendte 14 lønnsslipper til forrige måneds adresser; en ansatt sa fra til HR."),
    "breach.occurred_at": (
        "Når bruddet skjedde (dato og klokkeslett, ÅÅÅÅ-MM-DD TT:MM), så langt du vet.",
        "Artikkel 33 nr. 5: de faktiske forholdene rundt bruddet; artikkel 33 nr. 3 bokstav a: bruddets art.",
        "2026-03-02 08:15"),
    "breach.discovered_at": (
        "Når dere ble klar over bruddet: rimelig sikre på at personopplysninger var berørt.",
        "Artikkel 33 nr. 1: de 72 timene til å melde fra til tilsynsmyndigheten løper fra dette tidspunktet.",
        "2026-03-03 14:30"),
    "breach.activities": (
        "Behandlingsaktivitetene som bruddet gjelder opplysninger fra.",
        "Artikkel 33 nr. 3 bokstav a: bruddets art, og hvilken behandling det berører.",
        "BA-003 Lønn"),
    "breach.recipients": (
        "Databehandlerne som er involvert, hvis bruddet skjedde hos eller gjennom en av dem.",
        "Artikkel 33 nr. 2: en databehandler må varsle deg uten ugrunnet opphold; artikkel 28 nr. 3 "
        "bokstav f krever at den bistår.",
        "Lønnsleverandør"),
    "breach.data_categories": (
        "Typene personopplysninger bruddet gjelder, én per linje.",
        "Artikkel 33 nr. 3 bokstav a: de berørte kategoriene av personopplysninger.",
        "Lønn; kontonummer"),
    "breach.data_subject_kinds": (
        "Typene personer opplysningene gjelder, én per linje.",
        "Artikkel 33 nr. 3 bokstav a: de berørte kategoriene av registrerte.",
        "Ansatte"),
    "breach.data_subjects_approx": (
        "Omtrent hvor mange personer som er berørt.",
        "Artikkel 33 nr. 3 bokstav a: omtrentlig antall berørte registrerte.",
        "14"),
    "breach.records_approx": (
        "Omtrent hvor mange registreringer som er berørt.",
        "Artikkel 33 nr. 3 bokstav a: omtrentlig antall berørte registreringer av personopplysninger.",
        "14 lønnsslipper"),
    "breach.consequences": (
        "Hva som kan skje med personene på grunn av bruddet.",
        "Artikkel 33 nr. 3 bokstav c og nr. 5: de sannsynlige konsekvensene av bruddet.",
        "Kolleger får vite hverandres lønn."),
    "breach.risk": (
        "Din vurdering: sannsynligvis ikke en risiko, en risiko eller en høy risiko for personers "
        "rettigheter og friheter.",
        "Artikkel 33 nr. 1: ingen melding når bruddet sannsynligvis ikke medfører en risiko; artikkel 34 "
        "nr. 1: underrett personene ved høy risiko.",
        "Risiko for fysiske personers rettigheter og friheter"),
    "breach.risk_reasoning": (
        "Hvorfor du vurderte risikoen som du gjorde.",
        "Artikkel 33 nr. 5 og artikkel 5 nr. 2: du må kunne vise grunnlaget for beslutningen din.",
        "Lønnsopplysninger om identifiserte personer, men sett av kolleger med taushetsplikt."),
    "breach.measures": (
        "Hva dere har gjort og vil gjøre for å håndtere bruddet og begrense virkningene.",
        "Artikkel 33 nr. 3 bokstav d: tiltak som er iverksatt eller foreslått, også for å redusere mulige "
        "skadevirkninger.",
        "Mottakerne ble bedt om å slette e-postene; adressekontroll lagt inn i lønnskjøringen."),
    "breach.authority_notified_at": (
        "Når dere meldte bruddet til tilsynsmyndigheten (dato og klokkeslett); tomt hvis dere ikke gjorde "
        "det.",
        "Artikkel 33 nr. 1: innen 72 timer etter at dere ble klar over det, med mindre bruddet "
        "sannsynligvis ikke medfører en risiko.",
        "2026-03-04 10:00"),
    "breach.authority_reference": (
        "Saksnummeret myndigheten ga meldingen deres.",
        "Artikkel 33 nr. 1: det knytter dokumentasjonen deres til meldingen.",
        "26/01234"),
    "breach.delay_reasons": (
        "Hvis dere meldte senere enn 72 timer etter at dere ble klar over bruddet: hvorfor.",
        "Artikkel 33 nr. 1: en sen melding skal følges av grunnene til forsinkelsen.",
        "Databehandleren rapporterte omfanget først på dag fire."),
    "breach.subjects_informed_at": (
        "Når dere underrettet de berørte personene (dato og klokkeslett).",
        "Artikkel 34 nr. 1: personene skal underrettes uten ugrunnet opphold når bruddet sannsynligvis "
        "medfører en høy risiko.",
        "2026-03-04 16:00"),
    "breach.subjects_not_informed_reason": (
        "Hvis dere ikke underrettet de berørte personene: hvorfor.",
        "Artikkel 34 nr. 3: krypterte opplysninger, tiltak som fjerner den høye risikoen, eller "
        "uforholdsmessig stor innsats.",
        "Disken i den tapte bærbare PC-en var kryptert, og nøkkelen var ikke kompromittert."),
    "breach.status": (
        "Om bruddet fortsatt er under behandling.",
        _NOT_LAW + "det viser hvilke brudd som trenger oppfølging.",
        "Åpen"),
    "breach.closed_at": (
        "Når dere avsluttet håndteringen av bruddet.",
        _NOT_LAW + "det gjør dokumentasjonen fullstendig.",
        "2026-03-20"),
    "breach.notes": (
        "Annet som er verdt å ta vare på om bruddet.",
        _NOT_LAW + "det er til eget bruk.",
        "Gjennomgått på ledermøtet 12. mars."),
    # --- data-subject request ---------------------------------------------------------------------
    "request.ref": (
        "Deres egen korte referanse for henvendelsen.",
        _NOT_LAW + "den lar deg vise til henvendelsen.",
        "DSR-2026-017"),
    "request.right": (
        "Rettigheten personen utøver.",
        "Artikkel 12 nr. 2 og artikkel 15–22: du skal legge til rette for at hver av disse rettighetene kan "
        "utøves.",
        "Innsyn (art. 15)"),
    "request.requester": (
        "Hvem som kom med henvendelsen, så du finner saken igjen (et navn eller et saksnummer).",
        _NOT_LAW + "lagre ikke mer om personen her enn du trenger.",
        "Tidligere ansatt, sak 2026-17"),
    "request.received_at": (
        "Dagen henvendelsen kom fram til dere.",
        "Artikkel 12 nr. 3: måneden til å svare løper fra mottak, til samme dato neste måned.",
        "2026-03-05"),
    "request.identity_verified_at": (
        "Dagen dere var sikre på hvem som kom med henvendelsen, hvis dere måtte kontrollere det.",
        "Artikkel 12 nr. 6: du kan be om opplysninger for å bekrefte identiteten når du har rimelig grunn "
        "til tvil.",
        "2026-03-07"),
    "request.extended_to": (
        "Hvis henvendelsen er sammensatt eller dere har mange: den senere dagen dere har sagt til personen "
        "at dere svarer innen.",
        "Artikkel 12 nr. 3: inntil to måneder til, og personen underrettes innen den første måneden, med "
        "begrunnelse.",
        "2026-05-05"),
    "request.extension_reason": (
        "Hvorfor dere trenger mer tid.",
        "Artikkel 12 nr. 3: personen skal få vite grunnene til forsinkelsen.",
        "Opplysningene ligger i tre arkiverte systemer."),
    "request.activities": (
        "Behandlingsaktivitetene henvendelsen gjelder.",
        "Artikkel 12 nr. 1: du svarer for all behandling av personens opplysninger; dette viser hvilke du "
        "kontrollerte.",
        "BA-001 Kunderegister"),
    "request.outcome": (
        "Hvordan henvendelsen endte: innvilget, delvis innvilget, avslått (med begrunnelse) eller trukket "
        "tilbake.",
        "Artikkel 12 nr. 3 og 4: du må følge opp henvendelsen, eller si hvorfor ikke og hvordan man kan "
        "klage.",
        "Innvilget"),
    "request.answered_at": (
        "Dagen dere svarte personen.",
        "Artikkel 12 nr. 3: uten ugrunnet opphold og senest innen én måned (eller den forlengede fristen).",
        "2026-03-30"),
    "request.notes": (
        "Annet som er verdt å ta vare på om henvendelsen.",
        _NOT_LAW + "det er til eget bruk.",
        "Svaret sendt rekommandert."),
}
