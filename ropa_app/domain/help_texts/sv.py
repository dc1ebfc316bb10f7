"""Svenska: the field help in Swedish (terminology of dataskyddsförordningen; citations "art. 30.1 a"; the
English examples are of a Swedish company already, so the names and numbers stay)."""

from __future__ import annotations

ARTICLE = "art. "

_NOT_LAW = "Lagen kräver inte detta; "

HELP: dict[str, tuple[str, str, str]] = {
    # --- organisation -----------------------------------------------------------------------------
    "organisation.name": (
        "Företagets fullständiga juridiska namn, så som det är registrerat.",
        "Art. 30.1 a: registret ska ange vem som är personuppgiftsansvarig – det företag som bestämmer "
        "varför och hur personuppgifterna används.",
        "Trastvik Bygg AB"),
    "organisation.org_number": (
        "Företagets registreringsnummer (organisationsnummer, organisasjonsnummer, CVR-nummer).",
        _NOT_LAW + "det identifierar ditt företag otvetydigt för myndigheten.",
        "556677-8899"),
    "organisation.address": (
        "Postadressen där företaget kan nås.",
        "Art. 30.1 a: registret anger den personuppgiftsansvariges kontaktuppgifter. En adress, en "
        "e-postadress eller ett telefonnummer räcker; de flesta företag anger adressen och en e-postadress.",
        "Storgatan 1, 111 22 Stockholm"),
    "organisation.country": (
        "Landet där företaget är etablerat (har sitt huvudkontor).",
        "Art. 30.1 a och art. 3: var du är etablerad avgör vilken tillsynsmyndighet du står under och om "
        "du behöver en företrädare i EU (art. 27).",
        "Sverige"),
    "organisation.email": (
        "En e-postadress som myndigheten och de personer vars uppgifter ni har kan använda för att nå er "
        "om personuppgifter. En gemensam brevlåda överlever personalbyten.",
        "Art. 30.1 a: den personuppgiftsansvariges kontaktuppgifter.",
        "privacy@trastvikbygg.se"),
    "organisation.phone": (
        "Ett växelnummer eller ett telefonnummer för dataskyddsfrågor.",
        "Art. 30.1 a: en del av den personuppgiftsansvariges kontaktuppgifter (frivilligt när du anger "
        "e-post eller adress).",
        "+46 8 123 456 00"),
    "organisation.website": (
        "Företagets webbplats, eller sidan med er integritetspolicy.",
        "Art. 30.1 a: kontaktuppgifter; den visar också var man hittar den information som art. 13 och 14 "
        "kräver.",
        "https://trastvikbygg.se/integritet"),
    "organisation.dpo_appointed": (
        "Kryssa i om företaget har utsett ett dataskyddsombud.",
        "Art. 37: ett dataskyddsombud krävs för offentliga organ och när kärnverksamheten är övervakning "
        "av personer i stor omfattning eller behandling av känsliga uppgifter i stor omfattning. De flesta "
        "små företag behöver inget och anger i stället en kontaktperson för dataskydd.",
        "Inte ikryssat för ett byggföretag med 60 personer."),
    "organisation.dpo_name": (
        "Dataskyddsombudets namn (en person eller det företag som tillhandahåller tjänsten).",
        "Art. 30.1 a: registret anger dataskyddsombudet om det finns ett; enligt art. 37.7 ska du "
        "offentliggöra ombudets kontaktuppgifter och meddela dem till myndigheten.",
        "Dataskydd Norr AB, Anna Berg"),
    "organisation.dpo_email": (
        "Dataskyddsombudets e-postadress.",
        "Art. 30.1 a och art. 37.7: dataskyddsombudets kontaktuppgifter.",
        "dpo@trastvikbygg.se"),
    "organisation.dpo_phone": (
        "Dataskyddsombudets telefonnummer.",
        "Art. 30.1 a: dataskyddsombudets kontaktuppgifter.",
        "+46 70 123 45 67"),
    "organisation.dpo_address": (
        "Dataskyddsombudets postadress, om den skiljer sig från företagets.",
        "Art. 30.1 a: dataskyddsombudets kontaktuppgifter.",
        "Box 123, 901 00 Umeå"),
    "organisation.privacy_contact_name": (
        "Den person som sköter dataskyddsfrågor när det inte finns något dataskyddsombud (ofta du).",
        _NOT_LAW + "myndigheterna rekommenderar att någon utses som ansvarig, och det visar kollegorna vem "
        "de ska fråga.",
        "Maria Lind, HR-chef"),
    "organisation.privacy_contact_email": (
        "Kontaktpersonens e-postadress.",
        _NOT_LAW + "det är så kollegor och allmänheten når den ansvariga personen.",
        "maria.lind@trastvikbygg.se"),
    "organisation.representative_name": (
        "Bara för ett företag som är etablerat utanför EU/EES och erbjuder varor eller tjänster till "
        "personer i EU: den företrädare i EU som det har utsett.",
        "Art. 27 och art. 30.1 a: ett sådant företag ska utse en företrädare i EU och ange den i registret.",
        "EU-Rep Nordic AB"),
    "organisation.representative_contact": (
        "Företrädarens adress, e-postadress och telefonnummer.",
        "Art. 30.1 a: företrädarens kontaktuppgifter.",
        "Kungsgatan 5, 411 19 Göteborg, rep@eurep.example"),
    "organisation.supervisory_authority": (
        "Tillsynsmyndigheten för dataskydd i det land där du är etablerad.",
        _NOT_LAW + "det är den myndighet som kan begära att få registret (art. 30.4) och som du anmäler "
        "personuppgiftsincidenter till (art. 33).",
        "IMY (Integritetsskyddsmyndigheten); Datatilsynet i Norge eller Danmark"),
    "organisation.export_language": (
        "Det språk som registret exporteras på som standard (PDF och Excel).",
        _NOT_LAW + "art. 30.3 kräver bara att registret är skriftligt; lämna det på myndighetens språk.",
        "Svenska"),
    # --- activity ---------------------------------------------------------------------------------
    "activity.ref": (
        "En egen kort referens för behandlingen; appen föreslår nästa nummer.",
        _NOT_LAW + "den gör att du och andra kan hänvisa till en rad i registret.",
        "PA-007"),
    "activity.name": (
        "Ett namn på behandlingen som en kollega känner igen: vad ni gör med personuppgifter, med några "
        "få ord.",
        "Art. 30.1: registret förtecknar varje behandling; namnet är hur den hittas.",
        "Lönehantering"),
    "activity.role": (
        "Om du bestämmer varför och hur uppgifterna används (personuppgiftsansvarig), gör det tillsammans "
        "med ett annat företag (gemensamt personuppgiftsansvarig) eller gör det åt en kund enligt kundens "
        "instruktioner (personuppgiftsbiträde).",
        "Art. 30.1 anger vad en personuppgiftsansvarig för in i registret; art. 30.2 vad ett "
        "personuppgiftsbiträde för in om det arbete det utför åt sina kunder.",
        "Personuppgiftsansvarig för er egen lönehantering; personuppgiftsbiträde för tidrapporteringsappen "
        "ni driver åt kunder."),
    "activity.business_function": (
        "Den avdelning eller funktion som utför behandlingen.",
        _NOT_LAW + "det visar vem du ska fråga när behandlingen ändras.",
        "HR och ekonomi"),
    "activity.owner": (
        "Den person som ansvarar för behandlingen och håller dess post aktuell.",
        _NOT_LAW + "ansvarsskyldigheten (art. 5.2) blir enklare när varje post har en ägare.",
        "Erik Sandberg, ekonomichef"),
    "activity.description": (
        "Vad som händer, steg för steg, med enkla ord.",
        _NOT_LAW + "den hjälper dig och myndigheten att förstå fälten som följer.",
        "Timmar rapporteras i appen, kontrolleras av platschefen och betalas ut varje månad via banken."),
    "activity.purposes": (
        "Varför ni använder uppgifterna: varje ändamål på en egen rad, så specifikt att det går att avgöra "
        "vad som omfattas och vad som inte gör det.",
        "Art. 30.1 b: registret anger ändamålen. Art. 5.1 b: uppgifter som samlats in för ett ändamål får "
        "inte användas för ett ändamål som saknar samband med det.",
        "Betala ut löner; redovisa skatt och arbetsgivaravgifter till Skatteverket"),
    "activity.joint_controllers": (
        "Andra företag som tillsammans med dig bestämmer varför och hur uppgifterna används: deras namn, "
        "en kontakt och var ert arrangemang förvaras.",
        "Art. 30.1 a och art. 26: gemensamt personuppgiftsansvariga anges i registret och ska komma "
        "överens om vem som gör vad.",
        "Generalentreprenören som ni driver ett gemensamt passersystem för arbetsplatsen tillsammans med."),
    "activity.data_subject_categories": (
        "De grupper av personer vars uppgifter ni använder, en per rad.",
        "Art. 30.1 c: registret beskriver kategorierna av registrerade.",
        "Anställda; arbetssökande; underentreprenörers personal på arbetsplatsen"),
    "activity.data_categories": (
        "De slags personuppgifter ni använder, en per rad: ett namn, om det är en särskild kategori, hur "
        "länge uppgifterna sparas och vilka de gäller.",
        "Art. 30.1 c: registret beskriver kategorierna av personuppgifter. Danska Datatilsynet vill att du "
        "anger vilka uppgifter som gäller vilka personer.",
        "Kontaktuppgifter; bankkonto; sjukfrånvaro (hälsa)"),
    "activity.special_category_conditions": (
        "Visas när en uppgiftskategori är känslig (hälsa, medlemskap i fackförening, etniskt ursprung …): "
        "kryssa i det undantag som gör att ni får använda den.",
        "Art. 9: känsliga uppgifter får bara användas när ett av undantagen i art. 9.2 är tillämpligt, "
        "utöver en rättslig grund i art. 6.",
        "Arbetsrätt, social trygghet och socialt skydd – art. 9.2 b för sjukfrånvaro."),
    "activity.criminal_data_basis": (
        "Visas när ni använder uppgifter om fällande domar i brottmål eller lagöverträdelser: den lag som "
        "tillåter det.",
        "Art. 10: sådana uppgifter får bara användas under kontroll av myndighet eller där nationell rätt "
        "tillåter det.",
        "Utdrag ur belastningsregistret för byggarbete på skolor, som arbetsgivarens kund kräver."),
    "activity.identity_number_reason": (
        "Om ni använder personnummer (personnummer, fødselsnummer, CPR-nummer): varför ni behöver dem i "
        "stället för ett namn eller ett anställningsnummer.",
        "Art. 87 låter varje land fastställa regler för identitetsnummer; i Sverige, Norge och Danmark får "
        "de användas bara när det är klart motiverat, t.ex. för säker identifiering.",
        "Krävs för att redovisa inkomstskatt till Skatteverket."),
    "activity.legal_bases": (
        "Den grund i lagen som gör behandlingen tillåten. De flesta behandlingar vilar på en.",
        "Art. 6.1: behandling är laglig bara på en av sex grunder – samtycke, avtal, rättslig förpliktelse, "
        "grundläggande intressen, uppgift av allmänt intresse, berättigat intresse.",
        "Lönehantering: Avtal – art. 6.1 b och Rättslig förpliktelse – art. 6.1 c."),
    "activity.legal_basis_note": (
        "Vad den rättsliga grunden vilar på: avtalet, lagen, intresset.",
        _NOT_LAW + "den visar, när någon frågar, varför grunden passar (art. 5.2, ansvarsskyldighet).",
        "Anställningsavtal; inkomstskattelagen"),
    "activity.legitimate_interests": (
        "Visas med Berättigat intresse – art. 6.1 f: vilket intresse hos er eller hos andra som "
        "behandlingen tjänar.",
        "Art. 6.1 f och art. 13.1 d: intresset ska anges och väga tyngre än personernas egna intressen.",
        "Att hålla arbetsplatsen säker och förhindra stöld."),
    "activity.lia_link": (
        "Visas med Berättigat intresse: var er intresseavvägning förvaras.",
        "Art. 6.1 f: du ska väga ditt intresse mot personernas och kunna visa det (art. 5.2).",
        "https://intranet.example/dataskydd/intresseavvagning-kameror.pdf"),
    "activity.consent_record_link": (
        "Visas när behandlingen vilar på samtycke: var ni förvarar beviset för att personerna har samtyckt.",
        "Art. 7.1: när du stöder dig på samtycke ska du kunna visa att varje person har lämnat det.",
        "Nyhetsbrevsverktygets logg över anmälningar"),
    "activity.recipient_categories": (
        "De slags personer eller företag utanför ert företag som tar emot uppgifterna, en per rad.",
        "Art. 30.1 d: registret anger kategorierna av mottagare, även mottagare i tredjeländer.",
        "Lönebyrå; Skatteverket; pensionsbolag"),
    "activity.recipients": (
        "Kryssa i de mottagare i registrets mottagarlista som tar emot uppgifterna i den här behandlingen.",
        "Art. 30.1 d: när de namnges kan appen visa vart uppgifterna går och vilka överföringar som följer.",
        "Fortnox AB; Visma"),
    "activity.no_external_recipients": (
        "Kryssa i när ingen utanför ert företag tar emot uppgifterna.",
        "Art. 30.1 d: att svara \"inga\" visar att frågan är besvarad, inte bortglömd.",
        "Ikryssat för en intern telefonlista."),
    "activity.retention": (
        "Hur länge uppgifterna sparas och vad som händer sedan (raderas, anonymiseras). Om det skiljer sig "
        "mellan olika slags uppgifter, ange det på raderna för uppgiftskategorierna.",
        "Art. 30.1 f: registret anger om möjligt tidsfristerna för radering; art. 5.1 e: uppgifter sparas "
        "inte längre än nödvändigt.",
        "7 år efter räkenskapsårets utgång (bokföringslagen), sedan raderas de."),
    "activity.security_measures": (
        "Kryssa i de slags skydd som finns för den här behandlingen.",
        "Art. 30.1 g och art. 32: registret innehåller om möjligt en allmän beskrivning av de tekniska och "
        "organisatoriska säkerhetsåtgärderna.",
        "Behörighetsstyrning; kryptering vid överföring; säkerhetskopiering"),
    "activity.security_description": (
        "Några rader om hur uppgifterna skyddas, i allmänna ordalag (inga lösenord eller detaljer som en "
        "angripare kan använda).",
        "Art. 30.1 g och art. 32: en allmän beskrivning av säkerhetsåtgärderna.",
        "Bara HR-personalen har åtkomst; inloggning med två faktorer; lönesystemet loggar varje ändring."),
    "activity.source": (
        "Var uppgifterna kommer ifrån när ni inte samlar in dem från personerna själva.",
        "Art. 14.2 f: personerna ska få veta källan till uppgifter som inte har samlats in från dem.",
        "Rekryteringsföretag; beställarens personalliggare"),
    "activity.privacy_notice_link": (
        "Var den information som ni ger de berörda personerna är publicerad (integritetspolicy).",
        "Art. 13 och 14: personerna ska få veta vem som behandlar deras uppgifter, varför, på vilken grund "
        "och hur länge; enligt art. 14 även när uppgifterna inte har samlats in från dem, med källan.",
        "https://www.example.se/integritet#rekrytering"),
    "activity.automated_decision_making": (
        "Om en dator ensam fattar beslut om personer som påverkar dem allvarligt (ingen människa tittar "
        "på ärendet).",
        "Art. 22: sådana beslut är tillåtna bara i snäva fall, och personerna kan begära att en människa "
        "beslutar.",
        "Nej, för lönehantering. Ja, för en kreditprövning på nätet som avvisar kunder automatiskt."),
    "activity.adm_description": (
        "Visas med automatiserade beslut: vad som beslutas, enligt vilken logik och hur en person kan få "
        "beslutet omprövat.",
        "Art. 22 och art. 13.2 f: personerna ska informeras om logiken och konsekvenserna.",
        "Kreditgränsen sätts av kreditbedömningstjänsten; kunden kan be säljavdelningen att ompröva den."),
    "activity.dpia_status": (
        "Om en konsekvensbedömning avseende dataskydd behövdes och hur långt den har kommit.",
        "Art. 35: en konsekvensbedömning krävs före en behandling som sannolikt leder till en hög risk för "
        "personer.",
        "Krävs inte, efter förhandsbedömningen nedan."),
    "activity.dpia_criteria": (
        "Kryssa i de riskkriterier som behandlingen uppfyller. Två eller fler innebär oftast att en "
        "konsekvensbedömning behövs.",
        "Art. 35.1 och 35.4: EDPB:s nio kriterier (WP248) och förteckningarna från IMY och Datatilsynet "
        "anger när en konsekvensbedömning krävs.",
        "Sårbara registrerade (anställda) och systematisk övervakning, för GPS-spårning av fordon."),
    "activity.dpia_screening_note": (
        "Resultatet av din förhandsbedömning och skälet till det, i en eller två meningar.",
        "Art. 35 och art. 5.2: när du bedömer att ingen konsekvensbedömning behövs, dokumentera varför.",
        "Bara ett kriterium (anställda); ingen konsekvensbedömning behövs."),
    "activity.dpia_link": (
        "Var konsekvensbedömningen förvaras.",
        "Art. 35.7: konsekvensbedömningen är ett eget dokument; registret hänvisar till det.",
        "https://intranet.example/dataskydd/konsekvensbedomning-gps.pdf"),
    "activity.systems": (
        "De it-system och tjänster där uppgifterna lagras eller hanteras.",
        _NOT_LAW + "det hjälper dig att hitta uppgifterna när någon begär att få dem (art. 15) eller vill "
        "att de raderas (art. 17).",
        "Fortnox Lön; SharePoint"),
    "activity.controllers": (
        "Visas när ni är personuppgiftsbiträde: varje kund (personuppgiftsansvarig) som ni utför arbetet "
        "åt, med kontakt, företrädare och dataskyddsombud.",
        "Art. 30.2 a: ett personuppgiftsbiträdes register anger varje personuppgiftsansvarig som biträdet "
        "agerar för.",
        "Kund AB, dataskydd@kund.se"),
    "activity.processing_categories": (
        "Visas när ni är personuppgiftsbiträde: vad ni gör med uppgifterna åt era kunder.",
        "Art. 30.2 b: ett personuppgiftsbiträdes register anger de kategorier av behandling som utförs för "
        "varje personuppgiftsansvarig.",
        "Drift; support; säkerhetskopiering"),
    "activity.status": (
        "Var posten står: utkast medan du fyller i den, aktiv när den beskriver vad som händer, avslutad "
        "när behandlingen har upphört.",
        _NOT_LAW + "det håller utkast och avslutade behandlingar åtskilda från det gällande registret.",
        "Aktiv"),
    "activity.last_reviewed": (
        "Datum då du senast kontrollerade att posten fortfarande stämmer (ÅÅÅÅ-MM-DD).",
        "Art. 5.2: du ska kunna visa att du håller registret korrekt.",
        "2026-03-15"),
    "activity.next_review": (
        "När posten ska kontrolleras igen; appen påminner dig när det är försenat.",
        "Art. 24.1: åtgärderna ses över och uppdateras vid behov.",
        "2027-03-15"),
    "activity.notes": (
        "Annat som är värt att veta om behandlingen.",
        _NOT_LAW + "en plats för det som inte passar i något annat fält.",
        "Flyttas till det nya HR-systemet 2027."),
    "activity.transfers": (
        "Överföringar som ni själva gör till ett land utanför EU/EES (inte via en mottagare som anges "
        "ovan): en rad per destination, med dess mekanism.",
        "Art. 30.1 e och art. 44–49: en överföring utanför EES kräver ett beslut om adekvat skyddsnivå, en "
        "skyddsåtgärd som standardavtalsklausulerna eller ett undantag, och förs in i registret.",
        "Skicka projektritningar till ett designkontor i Indien."),
    "activity.reviewed_by": (
        "Vem som gjorde den senaste granskningen (fylls i när behandlingen markeras som granskad).",
        "Art. 5.2: du ska kunna visa vem som håller registret korrekt och när de kontrollerade det.",
        "Anna Berg"),
    "activity.review_note": (
        "Vad den senaste granskningen kom fram till eller ändrade, i en mening.",
        "Art. 5.2: anteckningen visar att granskningen var verklig och inte bara ett datum.",
        "Kontrollerat med HR; lagringstiden förkortad till 24 månader."),
    "activity.review_interval": (
        "Hur ofta posten granskas; tomt: var 12:e månad (appens granskningspolicy).",
        _NOT_LAW + "ett kortare intervall passar en behandling som ändras ofta eller medför hög risk.",
        "Var sjätte månad"),
    # --- recipient --------------------------------------------------------------------------------
    "recipient.name": (
        "Namnet på det företag eller den myndighet som tar emot uppgifter från er.",
        "Art. 30.1 d: registret anger mottagarna, eller åtminstone kategorierna av mottagare.",
        "Fortnox AB"),
    "recipient.legal_entity": (
        "Den exakta juridiska person som ni har avtalet med, om den skiljer sig från namnet.",
        _NOT_LAW + "den visar vilket bolag som är bundet av avtalet.",
        "Microsoft Ireland Operations Ltd"),
    "recipient.address": (
        "Mottagarens postadress.",
        _NOT_LAW + "den hjälper till att identifiera mottagaren.",
        "Bokvägen 1, 351 06 Växjö"),
    "recipient.country": (
        "Landet där mottagaren är etablerad.",
        "Art. 30.1 d: mottagare i tredjeländer anges som sådana; utanför EES krävs en "
        "överföringsmekanism.",
        "Sverige"),
    "recipient.contact": (
        "Vem ni ska kontakta hos mottagaren om personuppgifter.",
        _NOT_LAW + "du behöver det vid en personuppgiftsincident eller en begäran från en registrerad.",
        "privacy@fortnox.se"),
    "recipient.kind": (
        "Vad mottagaren är för er: ett personuppgiftsbiträde som arbetar enligt era instruktioner, ett "
        "underbiträde, en självständigt personuppgiftsansvarig (som bestämmer själv) eller en myndighet.",
        "Art. 28 och art. 30: ett personuppgiftsbiträde behöver ett personuppgiftsbiträdesavtal; en "
        "självständigt personuppgiftsansvarig gör det inte.",
        "Personuppgiftsbiträde, för lönetjänsten; självständigt personuppgiftsansvarig, för Skatteverket."),
    "recipient.service": (
        "Vad mottagaren gör åt er.",
        _NOT_LAW + "den förklarar varför mottagaren får uppgifterna.",
        "Lönesystem och lönebesked"),
    "recipient.processing_countries": (
        "Varje land där mottagaren (eller dess underbiträden) lagrar eller kommer åt uppgifterna, även "
        "support från utlandet.",
        "Art. 30.1 e: åtkomst från ett land utanför EES är också en överföring och kräver en mekanism.",
        "Sverige, Irland, USA"),
    "recipient.dpa_signed": (
        "Datum då personuppgiftsbiträdesavtalet undertecknades (ÅÅÅÅ-MM-DD).",
        "Art. 28.3: ett personuppgiftsbiträde arbetar enligt ett bindande avtal med de villkor som "
        "artikeln räknar upp.",
        "2025-09-01"),
    "recipient.dpa_link": (
        "Var det undertecknade avtalet förvaras.",
        "Art. 28.3 och art. 5.2: du ska kunna visa avtalet.",
        "https://www.fortnox.se/dpa"),
    "recipient.dpa_in_place": (
        "Om det finns ett personuppgiftsbiträdesavtal med det här biträdet.",
        "Art. 28.3: ett biträdes behandling ska regleras av ett sådant avtal.",
        "Ja"),
    "recipient.dpa_terms": (
        "Kryssa i vilka av de åtta punkter som art. 28.3 räknar upp som avtalet täcker, eller att det "
        "använder kommissionens standardavtalsklausuler (som täcker alla åtta).",
        "Art. 28.3 a–h och beslut (EU) 2021/915: det innehåll som ett personuppgiftsbiträdesavtal ska ha.",
        "Kommissionens standardavtalsklausuler, beslut (EU) 2021/915"),
    "recipient.sub_processors": (
        "Kryssa i de mottagare i ditt register som den här mottagaren anlitar som underbiträden.",
        "Art. 28.2 och 28.4: ett personuppgiftsbiträde får anlita underbiträden bara med ditt skriftliga "
        "tillstånd, och de är bundna av samma skyldigheter.",
        "Amazon Web Services EMEA, för driften av lönetjänsten."),
    "recipient.sub_processing": (
        "Vad avtalet säger om underbiträden: ett allmänt eller ett särskilt skriftligt tillstånd, eller "
        "inte tillåtet.",
        "Art. 28.2 och 28.4: underbiträden kräver ditt skriftliga förhandstillstånd, och samma "
        "skyldigheter förs vidare till dem.",
        "Allmänt skriftligt förhandstillstånd, skyldigheterna överförda"),
    "recipient.transfers": (
        "En rad för varje land utanför EU/EES där mottagaren behandlar uppgifterna, med den mekanism som "
        "gör det tillåtet.",
        "Art. 30.1 e och art. 44–49: varje överföring kräver ett beslut om adekvat skyddsnivå, en "
        "skyddsåtgärd eller ett undantag.",
        "USA – ramverket för dataskydd mellan EU och USA (Data Privacy Framework)"),
    "recipient.notes": (
        "Annat som är värt att veta om mottagaren.",
        _NOT_LAW + "en plats för det som inte passar i något annat fält.",
        "Avtalet förnyas vartannat år."),
    "recipient.owner": (
        "Vem i ditt företag som ansvarar för relationen med den här mottagaren.",
        _NOT_LAW + "någon måste hålla dess post, dess avtal och dess överföringar aktuella.",
        "It-chef"),
    "recipient.last_reviewed": (
        "Datum då dess post, avtal och underbiträden senast kontrollerades (ÅÅÅÅ-MM-DD).",
        "Art. 5.2 och 28.1: du ska kunna visa att du fortlöpande kontrollerar dina personuppgiftsbiträden.",
        "2026-03-15"),
    "recipient.reviewed_by": (
        "Vem som gjorde den senaste granskningen (fylls i när mottagaren markeras som granskad).",
        "Art. 5.2: du ska kunna visa vem som kontrollerade den, och när.",
        "Anna Berg"),
    "recipient.review_note": (
        "Vad den senaste granskningen kom fram till eller ändrade, i en mening.",
        "Art. 5.2: anteckningen visar att granskningen var verklig och inte bara ett datum.",
        "Den nya listan över underbiträden läst; inga nya länder."),
    "recipient.review_interval": (
        "Hur ofta mottagaren granskas; tomt: var 12:e månad (appens granskningspolicy).",
        _NOT_LAW + "ett personuppgiftsbiträde med överföringar utanför EES kan förtjäna ett kortare "
        "intervall.",
        "Var tolfte månad"),
    "recipient.next_review": (
        "När mottagaren ska kontrolleras igen; appen visar den som aktuell för granskning från det datumet.",
        "Art. 24.1 och 28.1: åtgärderna ses över och uppdateras vid behov.",
        "2027-03-15"),
    # --- transfer ---------------------------------------------------------------------------------
    "transfer.country": (
        "Landet (eller den internationella organisationen) utanför EU/EES som uppgifterna går till eller "
        "nås från.",
        "Art. 30.1 e: registret anger tredjelandet för varje överföring.",
        "USA"),
    "transfer.mechanism": (
        "Det som gör överföringen tillåten: ett beslut om adekvat skyddsnivå, ramverket för dataskydd "
        "mellan EU och USA, standardavtalsklausuler, bindande företagsbestämmelser eller ett undantag.",
        "Art. 44–49: uppgifter får lämna EES bara på någon av dessa grunder.",
        "Standardavtalsklausuler (2021)"),
    "transfer.scc_module": (
        "Vilken modul av 2021 års standardavtalsklausuler ni har undertecknat: det beror på vem som "
        "skickar och vem som tar emot (personuppgiftsansvarig eller personuppgiftsbiträde).",
        "Art. 46.2 c: kommissionens standardavtalsklausuler är en skyddsåtgärd; modulen ska passa rollerna.",
        "Modul 2: personuppgiftsansvarig till personuppgiftsbiträde"),
    "transfer.derogation": (
        "Vilket undantag i art. 49 som överföringen stöder sig på. Bara för tillfälliga överföringar där "
        "inget annat är möjligt.",
        "Art. 49: undantagen gäller särskilda situationer och tolkas restriktivt av myndigheterna.",
        "Nödvändig för ett avtal med personen – art. 49.1 b, t.ex. bokning av ett hotell utomlands."),
    "transfer.dpf_verified_on": (
        "Datum då du kontrollerade att det amerikanska företaget finns på Data Privacy Framework-listan "
        "(ÅÅÅÅ-MM-DD).",
        "Art. 45: beslutet om adekvat skyddsnivå för EU och USA omfattar bara företag på listan; "
        "kontrollera den igen då och då.",
        "2026-10-01"),
    "transfer.dpf_hr_covered": (
        "Om företagets certifiering enligt Data Privacy Framework omfattar HR-uppgifter (om anställda).",
        "Art. 45: uppgifter om anställda omfattas bara när företaget är certifierat för HR-uppgifter.",
        "Ja"),
    "transfer.bcr_reference": (
        "Referensen till de godkända bindande företagsbestämmelser som mottagarens koncern använder.",
        "Art. 47: bindande företagsbestämmelser som godkänts av en tillsynsmyndighet är en skyddsåtgärd "
        "för överföringar inom en koncern.",
        "BCR-P godkända av irländska DPC, 2023"),
    "transfer.tia_date": (
        "När du bedömde om lagstiftningen i mottagarlandet låter skyddsåtgärden fungera (ÅÅÅÅ-MM-DD).",
        "Art. 46 så som EU-domstolen tolkade den i Schrems II (C-311/18), och EDPB:s rekommendationer "
        "01/2020: bedöm mottagarlandet innan du förlitar dig på standardavtalsklausuler eller bindande "
        "företagsbestämmelser.",
        "2026-02-10"),
    "transfer.tia_link": (
        "Var bedömningen av överföringen (TIA) förvaras.",
        "Art. 5.2 och art. 46: du ska kunna visa bedömningen.",
        "https://intranet.example/dataskydd/tia-usa.pdf"),
    "transfer.supplementary_measures": (
        "Extra skydd som har lagts till eftersom lagstiftningen i mottagarlandet kan undergräva "
        "skyddsåtgärden.",
        "Art. 46 och EDPB:s rekommendationer 01/2020: om bedömningen visar brister, lägg till åtgärder "
        "eller avbryt.",
        "Kryptering med nycklar som förvaras i EU."),
    "transfer.safeguards_documentation": (
        "För en överföring som stöder sig på undantaget i sista hand (tvingande berättigade intressen): hur "
        "uppgifterna skyddas. Annars var skyddsåtgärdens dokument finns.",
        "Art. 30.1 e och art. 49.1 andra stycket: registret dokumenterar de lämpliga skyddsåtgärderna.",
        "Standardavtalsklausuler undertecknade 2025-05-01, förvaras i avtalsarkivet."),
    "transfer.notes": (
        "Annat som är värt att veta om den här överföringen.",
        _NOT_LAW + "en plats för det som inte passar i något annat fält.",
        "Supportpersonal i USA kan bara se ärenden."),
    # --- data category ----------------------------------------------------------------------------
    "data_category.name": (
        "Ett slags personuppgifter, med ord som en kollega förstår.",
        _NOT_LAW + "det är radens namn; behandlingens uppgiftskategorier är det som art. 30.1 c kräver.",
        "Bankkontonummer"),
    "data_category.special": (
        "Om uppgifterna hör till en särskild kategori (hälsa, etniskt ursprung, religion, medlemskap i "
        "fackförening, biometri …) eller gäller lagöverträdelser; annars Vanliga personuppgifter.",
        "Lagen kräver inte detta i sig, men känsliga uppgifter kräver ett undantag i art. 9.2 och uppgifter "
        "om lagöverträdelser stöd enligt art. 10 – formuläret frågar då efter det.",
        "Hälsa, för sjukfrånvaro"),
    "data_category.retention": (
        "Hur länge det här slaget av uppgifter sparas, när det skiljer sig från behandlingens lagringstid.",
        "Art. 30.1 f: tidsfristerna för radering av de olika kategorierna av uppgifter.",
        "Tills anställningen upphör plus 2 år"),
    "data_category.subjects": (
        "Vilka uppgifterna gäller: kryssa i bland behandlingens kategorier av registrerade.",
        "Art. 30.1 c, så som danska Datatilsynet förklarar den: registret visar vilka uppgifter som gäller "
        "vilka personer.",
        "Anställda"),
    "data_category.recipients": (
        "Vem som tar emot de här uppgifterna: kryssa i bland behandlingens kategorier av mottagare och "
        "namngivna mottagare. Lämna tomt för uppgifter som stannar inom organisationen.",
        "Art. 30.1 d, så som danska Datatilsynet förklarar den: registret visar vilka uppgifter som går till "
        "vilken mottagare.",
        "Lönebyrå"),
    # --- joint controller -------------------------------------------------------------------------
    "joint_controller.name": (
        "Det andra företaget som bestämmer tillsammans med dig.",
        "Lagen kräver inte detta som en egen kolumn; de gemensamt personuppgiftsansvariga som helhet krävs "
        "enligt art. 30.1 a.",
        "Byggpartner Väst AB"),
    "joint_controller.contact": (
        "Hur man når det företaget om personuppgifter.",
        "Art. 30.1 a: den gemensamt personuppgiftsansvariges kontaktuppgifter.",
        "dataskydd@byggpartner.se"),
    "joint_controller.arrangement_link": (
        "Var ert avtal med den gemensamt personuppgiftsansvarige förvaras.",
        "Art. 26: gemensamt personuppgiftsansvariga fastställer i ett arrangemang vem som gör vad, och det "
        "väsentliga innehållet görs tillgängligt för de berörda personerna.",
        "https://intranet.example/avtal/gemensamt-passersystem.pdf"),
    # --- controller -------------------------------------------------------------------------------
    "controller_ref.name": (
        "Den kund som ni behandlar uppgifterna åt.",
        "Lagen kräver inte detta som en egen kolumn; de personuppgiftsansvariga som helhet krävs enligt "
        "art. 30.2 a.",
        "Kund AB"),
    "controller_ref.contact": (
        "Hur man når den kunden om personuppgifter.",
        "Art. 30.2 a: kontaktuppgifterna för varje personuppgiftsansvarig.",
        "dataskydd@kund.se"),
    "controller_ref.representative": (
        "Kundens företrädare i EU, om kunden är etablerad utanför EU.",
        "Art. 30.2 a och art. 27: den personuppgiftsansvariges företrädare, om det finns en.",
        "EU-Rep Nordic AB"),
    "controller_ref.dpo": (
        "Kundens dataskyddsombud, om kunden har ett.",
        "Art. 30.2 a: den personuppgiftsansvariges dataskyddsombud, om det finns ett.",
        "dpo@kund.se"),
    # --- accepted finding -------------------------------------------------------------------------
    "accepted_finding.rule_id": (
        "Vilken kontroll den godtagna iakttagelsen kommer från.",
        _NOT_LAW + "appen fyller i det.",
        "R12-transfer-mechanism"),
    "accepted_finding.record": (
        "Posten som iakttagelsen gäller.",
        _NOT_LAW + "appen fyller i det.",
        "behandling 7"),
    "accepted_finding.field": (
        "Fältet som iakttagelsen gäller.",
        _NOT_LAW + "appen fyller i det.",
        "transfers"),
    "accepted_finding.record_label": (
        "Postens namn när iakttagelsen godtogs.",
        _NOT_LAW + "appen fyller i det.",
        "PA-007 Lönehantering"),
    "accepted_finding.reason": (
        "Varför iakttagelsen inte kräver någon ändring: vad du kontrollerade och beslutade.",
        "Art. 5.2: ansvarsskyldighet – du kan visa varför du beslutade som du gjorde.",
        "Leverantören bekräftade skriftligen att inga uppgifter lämnar EU."),
    "accepted_finding.accepted_by": (
        "Vem som godtog iakttagelsen.",
        _NOT_LAW + "det visar vem som fattade beslutet.",
        "Maria Lind"),
    "accepted_finding.accepted_on": (
        "När iakttagelsen godtogs.",
        _NOT_LAW + "appen fyller i det.",
        "2026-11-22"),
    "accepted_finding.fingerprint": (
        "Vad kontrollen såg när iakttagelsen godtogs; om det ändras visas iakttagelsen igen.",
        _NOT_LAW + "appen fyller i det.",
        "(fylls i av appen)"),
    # --- personal-data breach ---------------------------------------------------------------------
    "breach.ref": (
        "Er egen korta referens för incidenten.",
        _NOT_LAW + "den gör att du och myndigheten kan hänvisa till incidenten.",
        "INC-2026-004"),
    "breach.title": (
        "Några ord som säger vad incidenten var.",
        "Art. 33.5: du ska dokumentera varje personuppgiftsincident, oavsett om den har anmälts eller inte.",
        "Lönebesked e-postade till fel anställd"),
    "breach.description": (
        "Vad som hände, hur det hände och hur ni fick reda på det.",
        "Art. 33.5: omständigheterna kring incidenten.",
        "Lönekörningen skickade 14 lönebesked till förra månadens adresser; en anställd sa till HR."),
    "breach.occurred_at": (
        "När incidenten inträffade (datum och tid, ÅÅÅÅ-MM-DD TT:MM), så långt du vet.",
        "Art. 33.5: omständigheterna kring incidenten; art. 33.3 a: incidentens art.",
        "2026-03-02 08:15"),
    "breach.discovered_at": (
        "När ni fick kännedom om incidenten: rimligt säkra på att personuppgifter berördes.",
        "Art. 33.1: de 72 timmarna för att anmäla till tillsynsmyndigheten räknas från den tidpunkten.",
        "2026-03-03 14:30"),
    "breach.activities": (
        "De behandlingar vars uppgifter incidenten gäller.",
        "Art. 33.3 a: incidentens art och vilken behandling den påverkar.",
        "PA-003 Lönehantering"),
    "breach.recipients": (
        "De personuppgiftsbiträden som är inblandade, om incidenten inträffade hos eller genom något av dem.",
        "Art. 33.2: ett personuppgiftsbiträde ska underrätta dig utan onödigt dröjsmål; art. 28.3 f kräver "
        "att det hjälper dig.",
        "Lönetjänstleverantör"),
    "breach.data_categories": (
        "De slags personuppgifter som incidenten gäller, en per rad.",
        "Art. 33.3 a: de kategorier av personuppgifter som berörs.",
        "Lön; bankkontonummer"),
    "breach.data_subject_kinds": (
        "De slags personer som uppgifterna gäller, en per rad.",
        "Art. 33.3 a: de kategorier av registrerade som berörs.",
        "Anställda"),
    "breach.data_subjects_approx": (
        "Ungefär hur många personer som berörs.",
        "Art. 33.3 a: det ungefärliga antalet registrerade som berörs.",
        "14"),
    "breach.records_approx": (
        "Ungefär hur många registerposter som berörs.",
        "Art. 33.3 a: det ungefärliga antalet registerposter av personuppgifter som berörs.",
        "14 lönebesked"),
    "breach.consequences": (
        "Vad som kan hända personerna på grund av incidenten.",
        "Art. 33.3 c och 33.5: incidentens sannolika konsekvenser.",
        "Kollegor får veta varandras löner."),
    "breach.risk": (
        "Din bedömning: osannolikt att den medför en risk, en risk eller en hög risk för personers "
        "rättigheter och friheter.",
        "Art. 33.1: ingen anmälan när det är osannolikt att incidenten medför en risk; art. 34.1: informera "
        "personerna vid hög risk.",
        "Risk för fysiska personers rättigheter och friheter"),
    "breach.risk_reasoning": (
        "Varför du bedömde risken som du gjorde.",
        "Art. 33.5 och 5.2: du ska kunna visa grunden för ditt beslut.",
        "Löneuppgifter om identifierade personer, men sedda av kollegor med tystnadsplikt."),
    "breach.measures": (
        "Vad ni har gjort och kommer att göra för att åtgärda incidenten och begränsa dess effekter.",
        "Art. 33.3 d: vidtagna eller föreslagna åtgärder, även för att mildra potentiella negativa effekter.",
        "Mottagarna ombads radera e-postmeddelandena; en adresskontroll har lagts till i lönekörningen."),
    "breach.authority_notified_at": (
        "När ni anmälde incidenten till tillsynsmyndigheten (datum och tid); tomt om ni inte gjorde det.",
        "Art. 33.1: inom 72 timmar från att ni fick kännedom om den, om det inte är osannolikt att "
        "incidenten medför en risk.",
        "2026-03-04 10:00"),
    "breach.authority_reference": (
        "Det diarienummer som myndigheten gav er anmälan.",
        "Art. 33.1: det knyter er dokumentation till anmälan.",
        "IMY-2026-1234"),
    "breach.delay_reasons": (
        "Om ni anmälde senare än 72 timmar efter att ni fick kännedom om incidenten: varför.",
        "Art. 33.1: en sen anmälan ska åtföljas av skälen till förseningen.",
        "Personuppgiftsbiträdet rapporterade omfattningen först på dag fyra."),
    "breach.subjects_informed_at": (
        "När ni informerade de berörda personerna (datum och tid).",
        "Art. 34.1: personerna ska informeras utan onödigt dröjsmål när incidenten sannolikt medför en hög "
        "risk.",
        "2026-03-04 16:00"),
    "breach.subjects_not_informed_reason": (
        "Om ni inte informerade de berörda personerna: varför.",
        "Art. 34.3: krypterade uppgifter, åtgärder som undanröjer den höga risken eller en oproportionerlig "
        "ansträngning.",
        "Den förlorade bärbara datorns disk var krypterad och nyckeln röjdes inte."),
    "breach.status": (
        "Om incidenten fortfarande hanteras.",
        _NOT_LAW + "det visar vilka incidenter som behöver uppmärksamhet.",
        "Pågående"),
    "breach.closed_at": (
        "När ni avslutade hanteringen av incidenten.",
        _NOT_LAW + "det gör dokumentationen fullständig.",
        "2026-03-20"),
    "breach.notes": (
        "Annat som är värt att spara om incidenten.",
        _NOT_LAW + "det är för ert eget bruk.",
        "Gicks igenom på ledningsmötet den 12 mars."),
    # --- data-subject request ---------------------------------------------------------------------
    "request.ref": (
        "Er egen korta referens för begäran.",
        _NOT_LAW + "den gör att du kan hänvisa till begäran.",
        "DSR-2026-017"),
    "request.right": (
        "Den rättighet som personen utövar.",
        "Art. 12.2 och 15–22: du ska underlätta utövandet av var och en av dessa rättigheter.",
        "Tillgång (art. 15)"),
    "request.requester": (
        "Vem som gjorde begäran, så att du hittar ärendet igen (ett namn eller ett ärendenummer).",
        _NOT_LAW + "spara inte mer om personen här än du behöver.",
        "Tidigare anställd, ärende 2026-17"),
    "request.received_at": (
        "Dagen då begäran kom in till er.",
        "Art. 12.3: månaden för att svara räknas från mottagandet, till samma datum nästa månad.",
        "2026-03-05"),
    "request.identity_verified_at": (
        "Dagen då ni var säkra på vem den som begär är, om ni behövde kontrollera det.",
        "Art. 12.6: du får begära uppgifter för att bekräfta identiteten när du har rimliga skäl att tvivla.",
        "2026-03-07"),
    "request.extended_to": (
        "Om begäran är komplicerad eller ni har många: den senare dag som ni har sagt till personen att ni "
        "svarar senast.",
        "Art. 12.3: högst två ytterligare månader, och personen underrättas inom den första månaden, med "
        "skälen.",
        "2026-05-05"),
    "request.extension_reason": (
        "Varför ni behöver mer tid.",
        "Art. 12.3: personen ska få veta skälen till förseningen.",
        "Uppgifterna finns i tre arkiverade system."),
    "request.activities": (
        "De behandlingar som begäran gäller.",
        "Art. 12.1: du svarar för all behandling av personens uppgifter; detta visar vilka du kontrollerade.",
        "PA-001 Kundregister"),
    "request.outcome": (
        "Hur begäran slutade: beviljad, delvis beviljad, avslagen (med skäl) eller återkallad.",
        "Art. 12.3 och 12.4: du ska vidta åtgärder med anledning av begäran, eller säga varför inte och hur "
        "man klagar.",
        "Beviljad"),
    "request.answered_at": (
        "Dagen då ni svarade personen.",
        "Art. 12.3: utan onödigt dröjsmål och senast inom en månad (eller den förlängda tiden).",
        "2026-03-30"),
    "request.notes": (
        "Annat som är värt att spara om begäran.",
        _NOT_LAW + "det är för ert eget bruk.",
        "Svaret skickat med rekommenderat brev."),
}
