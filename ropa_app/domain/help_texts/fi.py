"""Suomi: the field help in Finnish (terminology of the Finnish text of the GDPR, yleinen tietosuoja-asetus,
as in ropa_app/export/i18n/fi.py; citations "30 artiklan 1 kohdan a alakohta", and an option's own short
label where the example quotes it; examples of a Finnish company)."""

from __future__ import annotations

ARTICLE = "artikla"

_NOT_LAW = "Laki ei vaadi tätä; "

HELP: dict[str, tuple[str, str, str]] = {
    # --- organisation -----------------------------------------------------------------------------
    "organisation.name": (
        "Yrityksen koko virallinen nimi sellaisena kuin se on rekisteröity.",
        "30 artiklan 1 kohdan a alakohta: selosteesta on käytävä ilmi, kuka on rekisterinpitäjä – yritys, "
        "joka päättää, miksi ja miten henkilötietoja käytetään.",
        "Koivuranta Rakennus Oy"),
    "organisation.org_number": (
        "Yrityksen rekisteröintinumero (Y-tunnus, organisationsnummer, organisasjonsnummer, CVR-nummer).",
        _NOT_LAW + "se yksilöi yrityksesi viranomaiselle kiistattomasti.",
        "1234567-8"),
    "organisation.address": (
        "Postiosoite, josta yrityksen tavoittaa.",
        "30 artiklan 1 kohdan a alakohta: selosteessa annetaan rekisterinpitäjän yhteystiedot. Osoite, "
        "sähköpostiosoite tai puhelinnumero riittää; useimmat yritykset antavat osoitteen ja "
        "sähköpostiosoitteen.",
        "Mannerheimintie 1, 00100 Helsinki"),
    "organisation.country": (
        "Maa, johon yritys on sijoittautunut (jossa sen päätoimipaikka on).",
        "30 artiklan 1 kohdan a alakohta ja 3 artikla: sijoittautumispaikka ratkaisee, minkä "
        "valvontaviranomaisen alainen olet ja tarvitsetko edustajan EU:ssa (27 artikla).",
        "Suomi"),
    "organisation.email": (
        "Sähköpostiosoite, jolla viranomainen ja ihmiset, joiden tietoja teillä on, tavoittavat teidät "
        "henkilötietoasioissa. Yhteinen postilaatikko säilyy henkilöstömuutosten yli.",
        "30 artiklan 1 kohdan a alakohta: rekisterinpitäjän yhteystiedot.",
        "tietosuoja@koivurantarakennus.fi"),
    "organisation.phone": (
        "Vaihteen tai tietosuoja-asioiden puhelinnumero.",
        "30 artiklan 1 kohdan a alakohta: osa rekisterinpitäjän yhteystietoja (vapaaehtoinen, kun annat "
        "sähköpostiosoitteen tai osoitteen).",
        "+358 9 123 4560"),
    "organisation.website": (
        "Yrityksen verkkosivusto tai sivu, jolla tietosuojaselosteenne on.",
        "30 artiklan 1 kohdan a alakohta: yhteystiedot; se näyttää myös, mistä ihmiset löytävät 13 ja 14 "
        "artiklassa edellytetyt tiedot.",
        "https://koivurantarakennus.fi/tietosuoja"),
    "organisation.dpo_appointed": (
        "Rastita, jos yritys on nimittänyt tietosuojavastaavan.",
        "37 artikla: tietosuojavastaava vaaditaan viranomaisilta ja silloin, kun ydintoimintaa on ihmisten "
        "laajamittainen seuranta tai arkaluonteisten tietojen laajamittainen käsittely. Useimmat pienet "
        "yritykset eivät tarvitse tietosuojavastaavaa vaan nimeävät tietosuoja-asioiden yhteyshenkilön.",
        "Ei rastitettu 60 hengen rakennusyritykselle."),
    "organisation.dpo_name": (
        "Tietosuojavastaavan nimi (henkilö tai palvelun tarjoava yritys).",
        "30 artiklan 1 kohdan a alakohta: selosteessa mainitaan tietosuojavastaava, jos sellainen on; 37 "
        "artiklan 7 kohdan mukaan sinun on julkaistava tietosuojavastaavan yhteystiedot ja ilmoitettava ne "
        "valvontaviranomaiselle.",
        "Tietosuoja Pohjola Oy, Aino Laine"),
    "organisation.dpo_email": (
        "Tietosuojavastaavan sähköpostiosoite.",
        "30 artiklan 1 kohdan a alakohta ja 37 artiklan 7 kohta: tietosuojavastaavan yhteystiedot.",
        "tietosuojavastaava@koivurantarakennus.fi"),
    "organisation.dpo_phone": (
        "Tietosuojavastaavan puhelinnumero.",
        "30 artiklan 1 kohdan a alakohta: tietosuojavastaavan yhteystiedot.",
        "+358 40 123 4567"),
    "organisation.dpo_address": (
        "Tietosuojavastaavan postiosoite, jos se on eri kuin yrityksen.",
        "30 artiklan 1 kohdan a alakohta: tietosuojavastaavan yhteystiedot.",
        "PL 123, 90101 Oulu"),
    "organisation.privacy_contact_name": (
        "Henkilö, joka hoitaa tietosuoja-asiat, kun tietosuojavastaavaa ei ole (usein sinä).",
        _NOT_LAW + "viranomaiset suosittelevat vastuuhenkilön nimeämistä, ja se kertoo kollegoille, keneltä "
        "kysyä.",
        "Liisa Virtanen, henkilöstöpäällikkö"),
    "organisation.privacy_contact_email": (
        "Yhteyshenkilön sähköpostiosoite.",
        _NOT_LAW + "sen kautta kollegat ja yleisö tavoittavat vastuuhenkilön.",
        "liisa.virtanen@koivurantarakennus.fi"),
    "organisation.representative_name": (
        "Vain EU:n/ETA:n ulkopuolelle sijoittautuneelle yritykselle, joka tarjoaa tavaroita tai palveluja "
        "ihmisille EU:ssa: sen nimeämä edustaja EU:ssa.",
        "27 artikla ja 30 artiklan 1 kohdan a alakohta: tällaisen yrityksen on nimettävä edustaja EU:ssa ja "
        "mainittava se selosteessa.",
        "EU-Rep Nordic Oy"),
    "organisation.representative_contact": (
        "Edustajan osoite, sähköpostiosoite ja puhelinnumero.",
        "30 artiklan 1 kohdan a alakohta: edustajan yhteystiedot.",
        "Aleksanterinkatu 5, 00100 Helsinki, rep@eurep.example"),
    "organisation.supervisory_authority": (
        "Sen maan tietosuojaviranomainen, johon olet sijoittautunut.",
        _NOT_LAW + "se on valvontaviranomainen, joka voi pyytää selostetta (30 artiklan 4 kohta) ja jolle "
        "ilmoitat henkilötietojen tietoturvaloukkauksista (33 artikla).",
        "Tietosuojavaltuutetun toimisto; IMY (Integritetsskyddsmyndigheten) Ruotsissa"),
    "organisation.export_language": (
        "Kieli, jolla seloste oletuksena viedään (PDF ja Excel).",
        _NOT_LAW + "30 artiklan 3 kohta edellyttää vain, että seloste on kirjallinen; toimita se "
        "viranomaisen kielellä.",
        "Suomi"),
    # --- activity ---------------------------------------------------------------------------------
    "activity.ref": (
        "Oma lyhyt tunnus käsittelytoimelle; sovellus ehdottaa seuraavaa numeroa.",
        _NOT_LAW + "sen avulla sinä ja muut voitte viitata selosteen yhteen riviin.",
        "KT-007"),
    "activity.name": (
        "Käsittelytoimen nimi, jonka kollega tunnistaa: mitä teette henkilötiedoilla, muutamalla sanalla.",
        "30 artiklan 1 kohta: selosteessa luetellaan jokainen käsittelytoimi; nimellä se löytyy.",
        "Palkanlaskenta"),
    "activity.role": (
        "Päätätkö itse, miksi ja miten tietoja käytetään (rekisterinpitäjä), teetkö sen yhdessä toisen "
        "yrityksen kanssa (yhteisrekisterinpitäjä) vai teetkö sen asiakkaalle tämän ohjeiden mukaan "
        "(henkilötietojen käsittelijä).",
        "30 artiklan 1 kohdassa luetellaan, mitä rekisterinpitäjä kirjaa; 30 artiklan 2 kohdassa, mitä "
        "käsittelijä kirjaa asiakkailleen tekemästään työstä.",
        "Rekisterinpitäjä omassa palkanlaskennassanne; käsittelijä tuntikirjaussovelluksessa, jota "
        "ylläpidätte asiakkaille."),
    "activity.business_function": (
        "Osasto tai toiminto, joka käsittelytointa toteuttaa.",
        _NOT_LAW + "siitä näet, keneltä kysyä, kun käsittely muuttuu.",
        "Henkilöstöhallinto ja talous"),
    "activity.owner": (
        "Henkilö, joka vastaa käsittelytoimesta ja pitää sen kirjauksen ajan tasalla.",
        _NOT_LAW + "osoitusvelvollisuus (5 artiklan 2 kohta) on helpompi täyttää, kun jokaisella kirjauksella "
        "on vastuuhenkilö.",
        "Matti Korhonen, talousjohtaja"),
    "activity.description": (
        "Mitä tapahtuu, vaihe vaiheelta, selkein sanoin.",
        _NOT_LAW + "se auttaa sinua ja viranomaista ymmärtämään seuraavat kentät.",
        "Tunnit kirjataan sovellukseen, työmaapäällikkö tarkastaa ne, ja palkat maksetaan kuukausittain "
        "pankin kautta."),
    "activity.purposes": (
        "Miksi käytätte tietoja: kukin tarkoitus omalle rivilleen, niin täsmällisesti, että siitä näkee, "
        "mitä se kattaa ja mitä ei.",
        "30 artiklan 1 kohdan b alakohta: selosteessa ilmoitetaan käsittelyn tarkoitukset. 5 artiklan 1 "
        "kohdan b alakohta: yhtä tarkoitusta varten kerättyjä tietoja ei saa käyttää siihen liittymättömään "
        "tarkoitukseen.",
        "Palkkojen maksaminen; verojen ja työnantajamaksujen ilmoittaminen tulorekisteriin"),
    "activity.joint_controllers": (
        "Muut yritykset, jotka päättävät kanssasi, miksi ja miten tietoja käytetään: niiden nimi, "
        "yhteyshenkilö ja paikka, jossa järjestelynne säilytetään.",
        "30 artiklan 1 kohdan a alakohta ja 26 artikla: yhteisrekisterinpitäjät mainitaan selosteessa, ja "
        "niiden on sovittava, kuka tekee mitäkin.",
        "Pääurakoitsija, jonka kanssa ylläpidätte yhteistä työmaan kulunvalvontajärjestelmää."),
    "activity.data_subject_categories": (
        "Ihmisryhmät, joiden tietoja käytätte, kukin omalle rivilleen.",
        "30 artiklan 1 kohdan c alakohta: selosteessa kuvataan rekisteröityjen ryhmät.",
        "Työntekijät; työnhakijat; aliurakoitsijoiden työntekijät työmaalla"),
    "activity.data_categories": (
        "Käyttämänne henkilötietojen lajit, kukin omalle rivilleen: nimi, onko kyse erityisestä "
        "henkilötietoryhmästä, kuinka kauan tietoja säilytetään ja keitä ne koskevat.",
        "30 artiklan 1 kohdan c alakohta: selosteessa kuvataan henkilötietoryhmät. Tanskan Datatilsynet "
        "pyytää kertomaan, mitkä tiedot koskevat mitäkin ihmisiä.",
        "Yhteystiedot; pankkitili; sairauspoissaolot (terveys)"),
    "activity.special_category_conditions": (
        "Näytetään, kun henkilötietoryhmä on arkaluonteinen (terveys, ammattiliiton jäsenyys, etninen "
        "alkuperä …): valitse poikkeus, jonka perusteella saatte käyttää sitä.",
        "9 artikla: arkaluonteisia tietoja saa käyttää vain, jos jokin 9 artiklan 2 kohdan poikkeuksista "
        "soveltuu, ja lisäksi tarvitaan 6 artiklan mukainen oikeusperuste.",
        "Työoikeus, sosiaaliturva ja sosiaalinen suojelu – 9 art. 2 k. b alak. sairauspoissaoloille."),
    "activity.criminal_data_basis": (
        "Näytetään, kun käytätte rikostuomioita tai rikkomuksia koskevia tietoja: laki, joka sen sallii.",
        "10 artikla: tällaisia tietoja saa käyttää vain viranomaisen valvonnassa tai silloin, kun "
        "kansallinen laki sen sallii.",
        "Rikosrekisteriote koulujen rakennustöihin, jota työnantajan asiakas vaatii."),
    "activity.identity_number_reason": (
        "Jos käytätte henkilötunnuksia (henkilötunnus, personnummer, fødselsnummer, CPR-nummer): miksi "
        "tarvitsette niitä nimen tai henkilöstönumeron sijaan.",
        "87 artikla antaa kunkin maan säätää kansallisista tunnistenumeroista; Ruotsissa, Norjassa ja "
        "Tanskassa niitä saa käyttää vain, kun se on selvästi perusteltua, esim. luotettavaan tunnistamiseen.",
        "Tarvitaan palkkatulojen ilmoittamiseen tulorekisteriin."),
    "activity.legal_bases": (
        "Lain peruste, joka sallii käsittelyn. Useimmat käsittelyt perustuvat yhteen.",
        "6 artiklan 1 kohta: käsittely on lainmukaista vain jollakin kuudesta perusteesta – suostumus, "
        "sopimus, lakisääteinen velvoite, elintärkeät edut, yleistä etua koskeva tehtävä, oikeutettu etu.",
        "Palkanlaskenta: Sopimus – 6 art. 1 k. b alak. ja Lakisääteinen velvoite – 6 art. 1 k. c alak."),
    "activity.legal_basis_note": (
        "Mihin oikeusperuste perustuu: sopimus, laki, etu.",
        _NOT_LAW + "se osoittaa kysyttäessä, miksi peruste sopii (5 artiklan 2 kohta, osoitusvelvollisuus).",
        "Työsopimukset; tuloverolaki"),
    "activity.legitimate_interests": (
        "Näytetään valinnalla Oikeutettu etu – 6 art. 1 k. f alak.: mitä teidän tai muiden etua käsittely "
        "palvelee.",
        "6 artiklan 1 kohdan f alakohta ja 13 artiklan 1 kohdan d alakohta: etu on ilmoitettava, ja sen on "
        "painettava enemmän kuin ihmisten omat edut.",
        "Työmaan turvallisuus ja varkauksien estäminen."),
    "activity.lia_link": (
        "Näytetään valinnalla Oikeutettu etu: missä tasapainotestinne säilytetään.",
        "6 artiklan 1 kohdan f alakohta: sinun on punnittava etuasi ihmisten etuja vastaan ja pystyttävä "
        "osoittamaan se (5 artiklan 2 kohta).",
        "https://intranet.example/tietosuoja/tasapainotesti-kamerat.pdf"),
    "activity.consent_record_link": (
        "Näytetään, kun käsittely perustuu suostumukseen: missä säilytätte näytön siitä, että ihmiset ovat "
        "antaneet suostumuksensa.",
        "7 artiklan 1 kohta: kun käsittely perustuu suostumukseen, sinun on pystyttävä osoittamaan, että "
        "jokainen on antanut sen.",
        "Uutiskirjetyökalun tilausloki"),
    "activity.recipient_categories": (
        "Yrityksenne ulkopuoliset henkilöt tai yritykset, jotka saavat tietoja, lajeittain, kukin omalle "
        "rivilleen.",
        "30 artiklan 1 kohdan d alakohta: selosteessa ilmoitetaan vastaanottajien ryhmät, myös kolmansissa "
        "maissa olevat vastaanottajat.",
        "Tilitoimisto; Verohallinto; työeläkevakuuttaja"),
    "activity.recipients": (
        "Valitse rekisterin vastaanottajaluettelosta ne vastaanottajat, jotka saavat tämän käsittelytoimen "
        "tietoja.",
        "30 artiklan 1 kohdan d alakohta: kun ne nimetään, sovellus voi näyttää, minne tiedot menevät ja "
        "mitä siirtoja siitä seuraa.",
        "Palkkapilvi Oy; Visma"),
    "activity.no_external_recipients": (
        "Rastita, kun kukaan yrityksenne ulkopuolella ei saa näitä tietoja.",
        "30 artiklan 1 kohdan d alakohta: vastaus \"ei ketään\" osoittaa, että kysymykseen on vastattu eikä "
        "sitä ole unohdettu.",
        "Rastitettu sisäiselle puhelinluettelolle."),
    "activity.retention": (
        "Kuinka kauan tietoja säilytetään ja mitä sen jälkeen tapahtuu (poistetaan, anonymisoidaan). Jos "
        "aika vaihtelee tietojen lajin mukaan, kerro se henkilötietoryhmien riveillä.",
        "30 artiklan 1 kohdan f alakohta: selosteessa ilmoitetaan mahdollisuuksien mukaan poistamisen "
        "määräajat; 5 artiklan 1 kohdan e alakohta: tietoja ei säilytetä pidempään kuin on tarpeen.",
        "10 vuotta tilikauden päättymisestä (kirjanpitolaki), sitten poistetaan."),
    "activity.security_measures": (
        "Valitse, millaiset suojaukset tällä käsittelytoimella on.",
        "30 artiklan 1 kohdan g alakohta ja 32 artikla: selosteessa on mahdollisuuksien mukaan yleinen "
        "kuvaus teknisistä ja organisatorisista turvatoimista.",
        "Käyttöoikeuksien hallinta; salaus siirrettäessä; varmuuskopiointi"),
    "activity.security_description": (
        "Muutama rivi siitä, miten tiedot suojataan, yleisellä tasolla (ei salasanoja eikä hyökkääjälle "
        "hyödyllisiä yksityiskohtia).",
        "30 artiklan 1 kohdan g alakohta ja 32 artikla: yleinen kuvaus turvatoimista.",
        "Vain henkilöstöhallinnolla on pääsy; kaksivaiheinen tunnistautuminen; palkkajärjestelmä kirjaa "
        "jokaisen muutoksen lokiin."),
    "activity.source": (
        "Mistä tiedot ovat peräisin, kun ette kerää niitä ihmisiltä itseltään.",
        "14 artiklan 2 kohdan f alakohta: ihmisille on kerrottava, mistä muualta kuin heiltä itseltään "
        "saadut tiedot ovat peräisin.",
        "Rekrytointiyritys; tilaajan työmaan henkilöluettelo"),
    "activity.privacy_notice_link": (
        "Missä asianosaisille ihmisille annettavat tiedot on julkaistu (tietosuojaseloste).",
        "13 ja 14 artikla: ihmisille on kerrottava, kuka heidän tietojaan käsittelee, miksi, millä "
        "perusteella ja kuinka kauan; 14 artiklan mukaan myös silloin, kun tietoja ei ole kerätty heiltä, ja "
        "mistä ne ovat peräisin.",
        "https://www.example.fi/tietosuoja#rekrytointi"),
    "activity.automated_decision_making": (
        "Tekeekö tietokone yksin ihmisiä koskevia päätöksiä, jotka vaikuttavat heihin vakavasti (kukaan ei "
        "katso tapausta).",
        "22 artikla: tällaiset päätökset ovat sallittuja vain rajatuissa tapauksissa, ja ihmiset voivat "
        "vaatia, että päätöksen tekee ihminen.",
        "Ei palkanlaskennassa. Kyllä verkossa tehtävässä luottotarkistuksessa, joka hylkää asiakkaita "
        "automaattisesti."),
    "activity.adm_description": (
        "Näytetään automatisoitujen päätösten yhteydessä: mitä päätetään, millä logiikalla ja miten ihminen "
        "voi saada päätöksen uudelleen arvioitavaksi.",
        "22 artikla ja 13 artiklan 2 kohdan f alakohta: ihmisille on kerrottava logiikasta ja seurauksista.",
        "Luottoraja määräytyy pisteytyspalvelussa; asiakas voi pyytää myyntiä arvioimaan sen uudelleen."),
    "activity.dpia_status": (
        "Tarvittiinko tietosuojaa koskeva vaikutustenarviointi ja missä vaiheessa se on.",
        "35 artikla: vaikutustenarviointi on tehtävä ennen käsittelyä, joka todennäköisesti aiheuttaa "
        "korkean riskin ihmisille.",
        "Ei tarvita, alla olevan esiarvioinnin perusteella."),
    "activity.dpia_criteria": (
        "Valitse riskikriteerit, jotka käsittelytoimi täyttää. Kaksi tai useampi tarkoittaa yleensä, että "
        "vaikutustenarviointi tarvitaan.",
        "35 artiklan 1 ja 4 kohta: Euroopan tietosuojaneuvoston yhdeksän kriteeriä (WP248) sekä IMY:n ja "
        "Datatilsynetin luettelot kertovat, milloin vaikutustenarviointi vaaditaan.",
        "Haavoittuvassa asemassa olevat rekisteröidyt (työntekijät) ja järjestelmällinen valvonta, "
        "ajoneuvojen GPS-seurannassa."),
    "activity.dpia_screening_note": (
        "Esiarviointisi tulos ja sen peruste, lauseen tai kahden mittaisena.",
        "35 artikla ja 5 artiklan 2 kohta: kun päätät, ettei vaikutustenarviointia tarvita, kirjaa miksi.",
        "Vain yksi kriteeri (työntekijät); vaikutustenarviointia ei tarvita."),
    "activity.dpia_link": (
        "Missä vaikutustenarviointiasiakirja säilytetään.",
        "35 artiklan 7 kohta: vaikutustenarviointi on oma asiakirjansa; seloste viittaa siihen.",
        "https://intranet.example/tietosuoja/vaikutustenarviointi-gps.pdf"),
    "activity.systems": (
        "Tietojärjestelmät ja palvelut, joissa tietoja säilytetään tai käsitellään.",
        _NOT_LAW + "se auttaa sinua löytämään tiedot, kun joku pyytää niitä (15 artikla) tai haluaa ne "
        "poistettavan (17 artikla).",
        "Palkkapilvi; SharePoint"),
    "activity.controllers": (
        "Näytetään, kun toimitte henkilötietojen käsittelijänä: jokainen asiakas (rekisterinpitäjä), jolle "
        "teette tätä työtä, yhteystietoineen, edustajineen ja tietosuojavastaavineen.",
        "30 artiklan 2 kohdan a alakohta: käsittelijän selosteessa mainitaan jokainen rekisterinpitäjä, "
        "jonka lukuun se toimii.",
        "Asiakas Oy, tietosuoja@asiakas.fi"),
    "activity.processing_categories": (
        "Näytetään, kun toimitte henkilötietojen käsittelijänä: mitä teette tiedoilla asiakkaidenne puolesta.",
        "30 artiklan 2 kohdan b alakohta: käsittelijän selosteessa ilmoitetaan kunkin rekisterinpitäjän "
        "lukuun suoritettavien käsittelyjen ryhmät.",
        "Ylläpito; tuki; varmuuskopiointi"),
    "activity.status": (
        "Kirjauksen tila: luonnos, kun täytät sitä, käytössä, kun se kuvaa sitä, mitä tapahtuu, päättynyt, "
        "kun käsittelytoimi on lopetettu.",
        _NOT_LAW + "se pitää luonnokset ja päättyneet käsittelytoimet erillään voimassa olevasta selosteesta.",
        "Käytössä"),
    "activity.last_reviewed": (
        "Päivä, jona viimeksi tarkistit, että kirjaus pitää yhä paikkansa (VVVV-KK-PP).",
        "5 artiklan 2 kohta: sinun on pystyttävä osoittamaan, että pidät selosteen paikkansapitävänä.",
        "2026-03-15"),
    "activity.next_review": (
        "Milloin kirjaus tarkistetaan seuraavan kerran; sovellus muistuttaa, kun tarkistus on myöhässä.",
        "24 artiklan 1 kohta: toimenpiteitä tarkastellaan uudelleen ja päivitetään tarvittaessa.",
        "2027-03-15"),
    "activity.notes": (
        "Muuta käsittelytoimesta tiedettävää.",
        _NOT_LAW + "paikka sille, mikä ei sovi mihinkään muuhun kenttään.",
        "Siirtyy uuteen henkilöstöjärjestelmään vuonna 2027."),
    "activity.transfers": (
        "Siirrot, jotka teette itse EU:n/ETA:n ulkopuoliseen maahan (ette edellä mainitun vastaanottajan "
        "kautta): rivi kutakin kohdemaata kohden siirtoperusteineen.",
        "30 artiklan 1 kohdan e alakohta ja 44–49 artikla: siirto ETA:n ulkopuolelle edellyttää tietosuojan "
        "riittävyyttä koskevaa päätöstä, suojatoimia, kuten vakiosopimuslausekkeita, tai poikkeusta, ja se "
        "kirjataan selosteeseen.",
        "Projektipiirustusten lähettäminen suunnittelutoimistoon Intiaan."),
    "activity.reviewed_by": (
        "Kuka teki viimeisimmän tarkistuksen (täytetään, kun käsittelytoimi merkitään tarkistetuksi).",
        "5 artiklan 2 kohta: sinun on pystyttävä osoittamaan, kuka pitää selosteen paikkansapitävänä ja "
        "milloin hän tarkisti sen.",
        "Liisa Virtanen"),
    "activity.review_note": (
        "Mitä viimeisin tarkistus havaitsi tai muutti, yhdellä lauseella.",
        "5 artiklan 2 kohta: huomautus osoittaa, että tarkistus todella tehtiin eikä se ole pelkkä "
        "päivämäärä.",
        "Tarkistettu henkilöstöhallinnon kanssa; säilytysaika lyhennetty 24 kuukauteen."),
    "activity.review_interval": (
        "Kuinka usein kirjaus tarkistetaan; tyhjä: 12 kuukauden välein (sovelluksen tarkistuskäytäntö).",
        _NOT_LAW + "lyhyempi väli sopii käsittelytoimelle, joka muuttuu usein tai johon liittyy korkea riski.",
        "6 kuukauden välein"),
    # --- recipient --------------------------------------------------------------------------------
    "recipient.name": (
        "Sen yrityksen tai viranomaisen nimi, joka saa teiltä tietoja.",
        "30 artiklan 1 kohdan d alakohta: selosteessa ilmoitetaan vastaanottajat tai ainakin niiden ryhmät.",
        "Palkkapilvi Oy"),
    "recipient.legal_entity": (
        "Se oikeushenkilö, jonka kanssa sopimus on tehty, jos se on eri kuin nimi.",
        _NOT_LAW + "se osoittaa, mikä yhtiö on sopimukseen sidottu.",
        "Microsoft Ireland Operations Ltd"),
    "recipient.address": (
        "Vastaanottajan postiosoite.",
        _NOT_LAW + "se auttaa tunnistamaan vastaanottajan.",
        "Hämeenkatu 10, 33100 Tampere"),
    "recipient.country": (
        "Maa, johon vastaanottaja on sijoittautunut.",
        "30 artiklan 1 kohdan d alakohta: kolmansissa maissa olevat vastaanottajat mainitaan sellaisina; "
        "ETA:n ulkopuolelle tarvitaan siirtoperuste.",
        "Suomi"),
    "recipient.contact": (
        "Kehen vastaanottajan puolella otetaan yhteyttä henkilötietoasioissa.",
        _NOT_LAW + "tarvitset sitä tietoturvaloukkauksen tai rekisteröidyn pyynnön yhteydessä.",
        "tietosuoja@palkkapilvi.fi"),
    "recipient.kind": (
        "Mikä vastaanottaja on teille: ohjeidenne mukaan toimiva henkilötietojen käsittelijä, alihankkija, "
        "itsenäinen rekisterinpitäjä (päättää itse) tai viranomainen.",
        "28 artikla ja 30 artikla: henkilötietojen käsittelijän kanssa tarvitaan käsittelysopimus; "
        "itsenäisen rekisterinpitäjän kanssa ei.",
        "Käsittelijä palkanlaskentapalvelussa; itsenäinen rekisterinpitäjä Verohallinnon osalta."),
    "recipient.service": (
        "Mitä vastaanottaja tekee teille.",
        _NOT_LAW + "se selittää, miksi vastaanottaja saa tiedot.",
        "Palkanlaskentaohjelmisto ja palkkalaskelmat"),
    "recipient.processing_countries": (
        "Kaikki maat, joissa vastaanottaja (tai sen alihankkijat) säilyttää tietoja tai pääsee niihin, myös "
        "ulkomailta annettava tuki.",
        "30 artiklan 1 kohdan e alakohta: pääsy tietoihin ETA:n ulkopuolelta on myös siirto ja edellyttää "
        "siirtoperustetta.",
        "Suomi, Irlanti, Yhdysvallat"),
    "recipient.dpa_signed": (
        "Päivä, jona henkilötietojen käsittelysopimus allekirjoitettiin (VVVV-KK-PP).",
        "28 artiklan 3 kohta: käsittelijä toimii sitovan sopimuksen mukaisesti, jossa ovat artiklassa "
        "luetellut ehdot.",
        "2025-09-01"),
    "recipient.dpa_link": (
        "Missä allekirjoitettu sopimus säilytetään.",
        "28 artiklan 3 kohta ja 5 artiklan 2 kohta: sinun on pystyttävä osoittamaan sopimus.",
        "https://www.palkkapilvi.fi/kasittelysopimus"),
    "recipient.dpa_in_place": (
        "Onko tämän käsittelijän kanssa tehty henkilötietojen käsittelysopimus.",
        "28 artiklan 3 kohta: käsittelijän suorittaman käsittelyn on perustuttava tällaiseen sopimukseen.",
        "Kyllä"),
    "recipient.dpa_terms": (
        "Valitse, mitkä 28 artiklan 3 kohdassa luetelluista kahdeksasta asiasta sopimus kattaa, tai että "
        "siinä käytetään komission vakiosopimuslausekkeita (jotka kattavat kaikki kahdeksan).",
        "28 artiklan 3 kohdan a–h alakohta ja täytäntöönpanopäätös (EU) 2021/915: käsittelysopimuksen "
        "pakollinen sisältö.",
        "Komission vakiosopimuslausekkeet, täytäntöönpanopäätös (EU) 2021/915"),
    "recipient.sub_processors": (
        "Valitse rekisterisi vastaanottajista ne, joita tämä vastaanottaja käyttää alihankkijoina.",
        "28 artiklan 2 ja 4 kohta: käsittelijä saa käyttää alihankkijoita vain kirjallisella luvallasi, ja "
        "niitä sitovat samat velvoitteet.",
        "Amazon Web Services EMEA, palkanlaskentapalvelun ylläpitoon."),
    "recipient.sub_processing": (
        "Mitä sopimuksessa sanotaan alihankkijoista: yleinen tai erityinen kirjallinen lupa, tai ei sallittu.",
        "28 artiklan 2 ja 4 kohta: alihankkijat edellyttävät ennakkoon annettua kirjallista lupaasi, ja "
        "samat velvoitteet siirretään niille.",
        "Yleinen kirjallinen ennakkolupa, velvoitteet siirretty"),
    "recipient.transfers": (
        "Rivi kutakin EU:n/ETA:n ulkopuolista maata kohden, jossa vastaanottaja käsittelee tietoja, ja "
        "siirtoperuste, joka sen sallii.",
        "30 artiklan 1 kohdan e alakohta ja 44–49 artikla: jokainen siirto edellyttää tietosuojan "
        "riittävyyttä koskevaa päätöstä, suojatoimia tai poikkeusta.",
        "Yhdysvallat – EU:n ja Yhdysvaltojen välinen tietosuojakehys (Data Privacy Framework)"),
    "recipient.notes": (
        "Muuta vastaanottajasta tiedettävää.",
        _NOT_LAW + "paikka sille, mikä ei sovi mihinkään muuhun kenttään.",
        "Sopimus uusitaan joka toinen vuosi."),
    "recipient.owner": (
        "Kuka yrityksessäsi vastaa suhteesta tähän vastaanottajaan.",
        _NOT_LAW + "jonkun on pidettävä sen kirjaus, sopimus ja siirrot ajan tasalla.",
        "IT-päällikkö"),
    "recipient.last_reviewed": (
        "Päivä, jona vastaanottajan kirjaus, sopimus ja alihankkijat viimeksi tarkistettiin (VVVV-KK-PP).",
        "5 artiklan 2 kohta ja 28 artiklan 1 kohta: sinun on pystyttävä osoittamaan, että valvot "
        "käsittelijöitäsi jatkuvasti.",
        "2026-03-15"),
    "recipient.reviewed_by": (
        "Kuka teki viimeisimmän tarkistuksen (täytetään, kun vastaanottaja merkitään tarkistetuksi).",
        "5 artiklan 2 kohta: sinun on pystyttävä osoittamaan, kuka sen tarkisti ja milloin.",
        "Liisa Virtanen"),
    "recipient.review_note": (
        "Mitä viimeisin tarkistus havaitsi tai muutti, yhdellä lauseella.",
        "5 artiklan 2 kohta: huomautus osoittaa, että tarkistus todella tehtiin eikä se ole pelkkä "
        "päivämäärä.",
        "Uusi alihankkijaluettelo luettu; ei uusia maita."),
    "recipient.review_interval": (
        "Kuinka usein vastaanottaja tarkistetaan; tyhjä: 12 kuukauden välein (sovelluksen "
        "tarkistuskäytäntö).",
        _NOT_LAW + "käsittelijä, jolla on siirtoja ETA:n ulkopuolelle, voi ansaita lyhyemmän välin.",
        "12 kuukauden välein"),
    "recipient.next_review": (
        "Milloin vastaanottaja tarkistetaan seuraavan kerran; sovellus näyttää sen erääntyneenä siitä "
        "lähtien.",
        "24 artiklan 1 kohta ja 28 artiklan 1 kohta: toimenpiteitä tarkastellaan uudelleen ja päivitetään "
        "tarvittaessa.",
        "2027-03-15"),
    # --- transfer ---------------------------------------------------------------------------------
    "transfer.country": (
        "EU:n/ETA:n ulkopuolinen maa (tai kansainvälinen järjestö), johon tiedot siirretään tai josta "
        "niihin päästään käsiksi.",
        "30 artiklan 1 kohdan e alakohta: selosteessa yksilöidään kunkin siirron kolmas maa.",
        "Yhdysvallat"),
    "transfer.mechanism": (
        "Mikä sallii siirron: tietosuojan riittävyyttä koskeva päätös, EU:n ja Yhdysvaltojen välinen "
        "tietosuojakehys, vakiosopimuslausekkeet, yritystä koskevat sitovat säännöt tai poikkeus.",
        "44–49 artikla: tietoja saa siirtää ETA:n ulkopuolelle vain jollakin näistä perusteista.",
        "Vakiosopimuslausekkeet (2021)"),
    "transfer.scc_module": (
        "Minkä vuoden 2021 vakiosopimuslausekkeiden moduulin olette allekirjoittaneet: se riippuu siitä, "
        "kuka lähettää ja kuka vastaanottaa (rekisterinpitäjä vai käsittelijä).",
        "46 artiklan 2 kohdan c alakohta: komission vakiosopimuslausekkeet ovat suojatoimi; moduulin on "
        "vastattava rooleja.",
        "Moduuli 2: rekisterinpitäjältä käsittelijälle"),
    "transfer.derogation": (
        "Mihin 49 artiklan poikkeukseen siirto perustuu. Vain satunnaisiin siirtoihin, kun mikään muu ei ole "
        "mahdollista.",
        "49 artikla: poikkeukset koskevat erityistilanteita, ja viranomaiset tulkitsevat niitä suppeasti.",
        "Välttämätön sopimukselle henkilön kanssa – 49 art. 1 k. b alak., esim. hotellin varaaminen "
        "ulkomailta."),
    "transfer.dpf_verified_on": (
        "Päivä, jona tarkistit, että yhdysvaltalainen yritys on Data Privacy Framework -luettelossa "
        "(VVVV-KK-PP).",
        "45 artikla: EU:n ja Yhdysvaltojen välinen tietosuojan riittävyyttä koskeva päätös kattaa vain "
        "luettelossa olevat yritykset; tarkista se aika ajoin uudelleen.",
        "2026-10-01"),
    "transfer.dpf_hr_covered": (
        "Kattaako yrityksen Data Privacy Framework -sertifiointi henkilöstötiedot (työntekijöitä koskevat "
        "tiedot).",
        "45 artikla: työntekijöiden tiedot kuuluvat piiriin vain, jos yritys on sertifioitu "
        "henkilöstötiedoille.",
        "Kyllä"),
    "transfer.bcr_reference": (
        "Vastaanottajan konsernin käyttämien hyväksyttyjen yritystä koskevien sitovien sääntöjen viite.",
        "47 artikla: valvontaviranomaisen hyväksymät yritystä koskevat sitovat säännöt ovat suojatoimi "
        "konsernin sisäisille siirroille.",
        "BCR-P, Irlannin DPC:n hyväksymät, 2023"),
    "transfer.tia_date": (
        "Milloin arvioit, antaako kohdemaan lainsäädäntö suojatoimen toimia (VVVV-KK-PP).",
        "46 artikla sellaisena kuin EU-tuomioistuin sitä tulkitsi Schrems II -tuomiossa (C-311/18) sekä "
        "EDPB:n suositukset 01/2020: arvioi kohdemaa ennen kuin turvaudut vakiosopimuslausekkeisiin tai "
        "yritystä koskeviin sitoviin sääntöihin.",
        "2026-02-10"),
    "transfer.tia_link": (
        "Missä siirtoa koskeva vaikutustenarviointi (TIA) säilytetään.",
        "5 artiklan 2 kohta ja 46 artikla: sinun on pystyttävä osoittamaan arviointi.",
        "https://intranet.example/tietosuoja/tia-yhdysvallat.pdf"),
    "transfer.supplementary_measures": (
        "Lisäsuojaus, joka on otettu käyttöön, koska kohdemaan lainsäädäntö voisi heikentää suojatoimen "
        "tehoa.",
        "46 artikla ja EDPB:n suositukset 01/2020: jos arviointi paljastaa puutteita, lisää toimenpiteitä "
        "tai lopeta.",
        "Salaus, jonka avaimia säilytetään EU:ssa."),
    "transfer.safeguards_documentation": (
        "Viimesijaiseen poikkeukseen (pakottavat oikeutetut edut) perustuvassa siirrossa: miten tiedot "
        "suojataan. Muuten: missä suojatoimen asiakirjat ovat.",
        "30 artiklan 1 kohdan e alakohta ja 49 artiklan 1 kohdan toinen alakohta: selosteessa dokumentoidaan "
        "asianmukaiset suojatoimet.",
        "Vakiosopimuslausekkeet allekirjoitettu 2025-05-01, säilytetään sopimusarkistossa."),
    "transfer.notes": (
        "Muuta tästä siirrosta tiedettävää.",
        _NOT_LAW + "paikka sille, mikä ei sovi mihinkään muuhun kenttään.",
        "Yhdysvalloissa oleva tukihenkilöstö näkee vain tukipyynnöt."),
    # --- data category ----------------------------------------------------------------------------
    "data_category.name": (
        "Henkilötietojen laji sanoin, jotka kollega ymmärtää.",
        _NOT_LAW + "se on rivin nimi; käsittelytoimen henkilötietoryhmät ovat se, mitä 30 artiklan 1 kohdan "
        "c alakohta edellyttää.",
        "Pankkitilin numero"),
    "data_category.special": (
        "Onko tieto erityinen henkilötietoryhmä (terveys, etninen alkuperä, uskonto, ammattiliiton "
        "jäsenyys, biometriikka …) vai rikoksia koskeva; muuten Tavalliset henkilötiedot.",
        "Laki ei vaadi tätä sellaisenaan, mutta arkaluonteiset tiedot edellyttävät 9 artiklan 2 kohdan "
        "poikkeusta ja rikostiedot 10 artiklan mukaista perustetta – lomake kysyy sitä silloin.",
        "Terveys, sairauspoissaoloja varten"),
    "data_category.retention": (
        "Kuinka kauan tämän lajin tietoja säilytetään, jos aika poikkeaa käsittelytoimen säilytysajasta.",
        "30 artiklan 1 kohdan f alakohta: eri tietoryhmien poistamisen määräajat.",
        "Työsuhteen päättymiseen ja sen jälkeen 2 vuotta"),
    "data_category.subjects": (
        "Keitä tiedot koskevat: valitse käsittelytoimen rekisteröityjen ryhmistä.",
        "30 artiklan 1 kohdan c alakohta Tanskan Datatilsynetin selittämänä: selosteesta näkyy, mitkä "
        "tiedot koskevat mitäkin ihmisiä.",
        "Työntekijät"),
    "data_category.recipients": (
        "Kuka saa nämä tiedot: valitse käsittelytoimen vastaanottajaryhmistä ja nimetyistä "
        "vastaanottajista. Jätä tyhjäksi, jos tiedot pysyvät organisaation sisällä.",
        "30 artiklan 1 kohdan d alakohta Tanskan Datatilsynetin selittämänä: selosteesta näkyy, mitkä tiedot "
        "menevät millekin vastaanottajalle.",
        "Palkanlaskentapalvelun tarjoaja"),
    # --- joint controller -------------------------------------------------------------------------
    "joint_controller.name": (
        "Toinen yritys, joka päättää kanssasi.",
        "Laki ei vaadi tätä omana sarakkeenaan; yhteisrekisterinpitäjät kokonaisuutena vaaditaan 30 artiklan "
        "1 kohdan a alakohdassa.",
        "Rakennuskumppani Länsi Oy"),
    "joint_controller.contact": (
        "Miten yritykseen saa yhteyden henkilötietoasioissa.",
        "30 artiklan 1 kohdan a alakohta: yhteisrekisterinpitäjän yhteystiedot.",
        "tietosuoja@rakennuskumppani.fi"),
    "joint_controller.arrangement_link": (
        "Missä sopimuksenne yhteisrekisterinpitäjän kanssa säilytetään.",
        "26 artikla: yhteisrekisterinpitäjät sopivat järjestelyssä, kuka tekee mitäkin, ja järjestelyn "
        "keskeinen sisältö asetetaan asianosaisten ihmisten saataville.",
        "https://intranet.example/sopimukset/yhteinen-kulunvalvonta.pdf"),
    # --- controller -------------------------------------------------------------------------------
    "controller_ref.name": (
        "Asiakas, jonka lukuun käsittelette tietoja.",
        "Laki ei vaadi tätä omana sarakkeenaan; rekisterinpitäjät kokonaisuutena vaaditaan 30 artiklan 2 "
        "kohdan a alakohdassa.",
        "Asiakas Oy"),
    "controller_ref.contact": (
        "Miten asiakkaaseen saa yhteyden henkilötietoasioissa.",
        "30 artiklan 2 kohdan a alakohta: kunkin rekisterinpitäjän yhteystiedot.",
        "tietosuoja@asiakas.fi"),
    "controller_ref.representative": (
        "Asiakkaan edustaja EU:ssa, jos asiakas on sijoittautunut EU:n ulkopuolelle.",
        "30 artiklan 2 kohdan a alakohta ja 27 artikla: rekisterinpitäjän edustaja, jos sellainen on.",
        "EU-Rep Nordic Oy"),
    "controller_ref.dpo": (
        "Asiakkaan tietosuojavastaava, jos asiakkaalla on sellainen.",
        "30 artiklan 2 kohdan a alakohta: rekisterinpitäjän tietosuojavastaava, jos sellainen on.",
        "dpo@asiakas.fi"),
    # --- accepted finding -------------------------------------------------------------------------
    "accepted_finding.rule_id": (
        "Tarkistus, josta hyväksytty havainto on peräisin.",
        _NOT_LAW + "sovellus täyttää sen.",
        "R12-transfer-mechanism"),
    "accepted_finding.record": (
        "Kohde, jota havainto koskee.",
        _NOT_LAW + "sovellus täyttää sen.",
        "käsittelytoimi 7"),
    "accepted_finding.field": (
        "Kenttä, jota havainto koskee.",
        _NOT_LAW + "sovellus täyttää sen.",
        "transfers"),
    "accepted_finding.record_label": (
        "Kohteen nimi havainnon hyväksymishetkellä.",
        _NOT_LAW + "sovellus täyttää sen.",
        "KT-007 Palkanlaskenta"),
    "accepted_finding.reason": (
        "Miksi havainto ei edellytä muutosta: mitä tarkistit ja päätit.",
        "5 artiklan 2 kohta: osoitusvelvollisuus – pystyt osoittamaan, miksi päätit niin kuin päätit.",
        "Toimittaja vahvisti kirjallisesti, ettei tietoja siirry EU:n ulkopuolelle."),
    "accepted_finding.accepted_by": (
        "Kuka hyväksyi havainnon.",
        _NOT_LAW + "se osoittaa, kuka teki päätöksen.",
        "Liisa Virtanen"),
    "accepted_finding.accepted_on": (
        "Milloin havainto hyväksyttiin.",
        _NOT_LAW + "sovellus täyttää sen.",
        "2026-11-22"),
    "accepted_finding.fingerprint": (
        "Mitä tarkistus näki havainnon hyväksymishetkellä; jos se muuttuu, havainto näytetään uudelleen.",
        _NOT_LAW + "sovellus täyttää sen.",
        "(sovellus täyttää)"),
    # --- personal-data breach ---------------------------------------------------------------------
    "breach.ref": (
        "Oma lyhyt viitteenne tietoturvaloukkaukselle.",
        _NOT_LAW + "sen avulla sinä ja viranomainen voitte viitata loukkaukseen.",
        "INC-2026-004"),
    "breach.title": (
        "Muutama sana siitä, mikä loukkaus oli.",
        "33 artiklan 5 kohta: sinun on dokumentoitava jokainen henkilötietojen tietoturvaloukkaus, "
        "ilmoitettiinpa siitä tai ei.",
        "Palkkalaskelmat lähetetty sähköpostilla väärälle työntekijälle"),
    "breach.description": (
        "Mitä tapahtui, miten se tapahtui ja miten saitte sen selville.",
        "33 artiklan 5 kohta: loukkaukseen liittyvät tosiseikat.",
        "Palkka-ajo lähetti 14 palkkalaskelmaa edellisen kuukauden osoitteisiin; työntekijä kertoi asiasta "
        "henkilöstöhallinnolle."),
    "breach.occurred_at": (
        "Milloin loukkaus tapahtui (päivä ja kellonaika, VVVV-KK-PP TT:MM), sikäli kuin tiedät.",
        "33 artiklan 5 kohta: loukkauksen tosiseikat; 33 artiklan 3 kohdan a alakohta: sen luonne.",
        "2026-03-02 08:15"),
    "breach.discovered_at": (
        "Milloin loukkaus tuli tietoonne: kun olitte kohtuullisen varmoja, että se koski henkilötietoja.",
        "33 artiklan 1 kohta: 72 tunnin määräaika ilmoittaa valvontaviranomaiselle alkaa tästä hetkestä.",
        "2026-03-03 14:30"),
    "breach.activities": (
        "Käsittelytoimet, joiden tietoja loukkaus koskee.",
        "33 artiklan 3 kohdan a alakohta: loukkauksen luonne ja se, mihin käsittelyyn se vaikuttaa.",
        "KT-003 Palkanlaskenta"),
    "breach.recipients": (
        "Osalliset henkilötietojen käsittelijät, jos loukkaus tapahtui jonkin niistä luona tai kautta.",
        "33 artiklan 2 kohta: käsittelijän on ilmoitettava sinulle ilman aiheetonta viivytystä; 28 artiklan "
        "3 kohdan f alakohta velvoittaa sen avustamaan.",
        "Palkanlaskentapalvelun tarjoaja"),
    "breach.data_categories": (
        "Henkilötietojen lajit, joita loukkaus koskee, kukin omalle rivilleen.",
        "33 artiklan 3 kohdan a alakohta: asianomaiset henkilötietoryhmät.",
        "Palkka; pankkitilin numero"),
    "breach.data_subject_kinds": (
        "Ihmisryhmät, joita tiedot koskevat, kukin omalle rivilleen.",
        "33 artiklan 3 kohdan a alakohta: asianomaiset rekisteröityjen ryhmät.",
        "Työntekijät"),
    "breach.data_subjects_approx": (
        "Suunnilleen kuinka monta ihmistä loukkaus koskee.",
        "33 artiklan 3 kohdan a alakohta: asianomaisten rekisteröityjen arvioitu lukumäärä.",
        "14"),
    "breach.records_approx": (
        "Suunnilleen kuinka montaa tietuetta loukkaus koskee.",
        "33 artiklan 3 kohdan a alakohta: asianomaisten henkilötietotietueiden arvioitu lukumäärä.",
        "14 palkkalaskelmaa"),
    "breach.consequences": (
        "Mitä ihmisille voi seurata loukkauksesta.",
        "33 artiklan 3 kohdan c alakohta ja 5 kohta: loukkauksen todennäköiset seuraukset.",
        "Kollegat saavat tietää toistensa palkat."),
    "breach.risk": (
        "Arviosi: ei todennäköisesti aiheuta riskiä, riski tai korkea riski ihmisten oikeuksille ja "
        "vapauksille.",
        "33 artiklan 1 kohta: ilmoitusta ei tarvita, kun loukkauksesta ei todennäköisesti aiheudu riskiä; "
        "34 artiklan 1 kohta: ilmoita ihmisille korkeasta riskistä.",
        "Riski luonnollisten henkilöiden oikeuksille ja vapauksille"),
    "breach.risk_reasoning": (
        "Miksi arvioit riskin niin kuin arvioit.",
        "33 artiklan 5 kohta ja 5 artiklan 2 kohta: sinun on pystyttävä osoittamaan päätöksesi perusteet.",
        "Tunnistettujen henkilöiden palkkatietoja, mutta ne näkivät vaitiolovelvolliset kollegat."),
    "breach.measures": (
        "Mitä olette tehneet ja teette loukkauksen korjaamiseksi ja sen vaikutusten rajoittamiseksi.",
        "33 artiklan 3 kohdan d alakohta: toteutetut tai ehdotetut toimenpiteet, myös mahdollisten "
        "haittavaikutusten lieventämiseksi.",
        "Vastaanottajia pyydettiin poistamaan sähköpostit; osoitteiden tarkistus lisätty palkka-ajoon."),
    "breach.authority_notified_at": (
        "Milloin ilmoititte loukkauksesta valvontaviranomaiselle (päivä ja kellonaika); tyhjä, jos ette "
        "ilmoittaneet.",
        "33 artiklan 1 kohta: 72 tunnin kuluessa siitä, kun loukkaus tuli tietoonne, paitsi jos siitä ei "
        "todennäköisesti aiheudu riskiä.",
        "2026-03-04 10:00"),
    "breach.authority_reference": (
        "Diaarinumero, jonka viranomainen antoi ilmoituksellenne.",
        "33 artiklan 1 kohta: se yhdistää dokumentointinne ilmoitukseen.",
        "TSV/1234/2026"),
    "breach.delay_reasons": (
        "Jos ilmoititte myöhemmin kuin 72 tunnin kuluttua siitä, kun loukkaus tuli tietoonne: miksi.",
        "33 artiklan 1 kohta: myöhästyneeseen ilmoitukseen on liitettävä syyt viivästykseen.",
        "Käsittelijä ilmoitti loukkauksen laajuuden vasta neljäntenä päivänä."),
    "breach.subjects_informed_at": (
        "Milloin ilmoititte asianomaisille ihmisille (päivä ja kellonaika).",
        "34 artiklan 1 kohta: ihmisille on ilmoitettava ilman aiheetonta viivytystä, kun loukkaus "
        "todennäköisesti aiheuttaa korkean riskin.",
        "2026-03-04 16:00"),
    "breach.subjects_not_informed_reason": (
        "Jos ette ilmoittaneet asianomaisille ihmisille: miksi.",
        "34 artiklan 3 kohta: salatut tiedot, toimenpiteet, jotka poistavat korkean riskin, tai kohtuuton "
        "vaiva.",
        "Kadonneen kannettavan tietokoneen levy oli salattu, eikä avain vaarantunut."),
    "breach.status": (
        "Onko loukkauksen käsittely yhä kesken.",
        _NOT_LAW + "se näyttää, mitkä loukkaukset vaativat huomiota.",
        "Avoin"),
    "breach.closed_at": (
        "Milloin saitte loukkauksen käsittelyn päätökseen.",
        _NOT_LAW + "se täydentää dokumentoinnin.",
        "2026-03-20"),
    "breach.notes": (
        "Muuta loukkauksesta säilyttämisen arvoista.",
        _NOT_LAW + "se on omaan käyttöönne.",
        "Käsitelty johtoryhmän kokouksessa 12. maaliskuuta."),
    # --- data-subject request ---------------------------------------------------------------------
    "request.ref": (
        "Oma lyhyt viitteenne pyynnölle.",
        _NOT_LAW + "sen avulla voit viitata pyyntöön.",
        "DSR-2026-017"),
    "request.right": (
        "Oikeus, jota henkilö käyttää.",
        "12 artiklan 2 kohta ja 15–22 artikla: sinun on helpotettava kunkin näistä oikeuksista käyttämistä.",
        "Pääsy tietoihin (15 art.)"),
    "request.requester": (
        "Kuka pyynnön esitti, jotta löydät asian uudelleen (nimi tai asianumero).",
        _NOT_LAW + "älä tallenna henkilöstä tähän enempää kuin tarvitset.",
        "Entinen työntekijä, asia 2026-17"),
    "request.received_at": (
        "Päivä, jona pyyntö saapui teille.",
        "12 artiklan 3 kohta: kuukauden vastausaika lasketaan vastaanottamisesta seuraavan kuukauden "
        "samaan päivään.",
        "2026-03-05"),
    "request.identity_verified_at": (
        "Päivä, jona olitte varmoja pyynnön esittäjän henkilöllisyydestä, jos se piti tarkistaa.",
        "12 artiklan 6 kohta: voit pyytää lisätietoja henkilöllisyyden vahvistamiseksi, kun sinulla on "
        "perusteltua syytä epäillä sitä.",
        "2026-03-07"),
    "request.extended_to": (
        "Jos pyyntö on monimutkainen tai pyyntöjä on paljon: myöhempi päivä, johon mennessä kerroitte "
        "henkilölle vastaavanne.",
        "12 artiklan 3 kohta: enintään kaksi lisäkuukautta, ja henkilölle ilmoitetaan siitä ensimmäisen "
        "kuukauden kuluessa syineen.",
        "2026-05-05"),
    "request.extension_reason": (
        "Miksi tarvitsette lisäaikaa.",
        "12 artiklan 3 kohta: henkilölle on kerrottava viivästyksen syyt.",
        "Tiedot ovat kolmessa arkistoidussa järjestelmässä."),
    "request.activities": (
        "Käsittelytoimet, joita pyyntö koskee.",
        "12 artiklan 1 kohta: vastaat kaikesta henkilön tietojen käsittelystä; tästä näkyy, mitkä "
        "tarkistit.",
        "KT-001 Asiakasrekisteri"),
    "request.outcome": (
        "Miten pyyntö päättyi: hyväksytty, osittain hyväksytty, hylätty (perustellen) tai peruutettu.",
        "12 artiklan 3 ja 4 kohta: sinun on toimittava pyynnön johdosta tai kerrottava, miksi et toimi ja "
        "miten voi valittaa.",
        "Hyväksytty"),
    "request.answered_at": (
        "Päivä, jona vastasitte henkilölle.",
        "12 artiklan 3 kohta: ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa (tai jatketussa "
        "määräajassa).",
        "2026-03-30"),
    "request.notes": (
        "Muuta pyynnöstä säilyttämisen arvoista.",
        _NOT_LAW + "se on omaan käyttöönne.",
        "Vastaus lähetetty kirjattuna kirjeenä."),
}
