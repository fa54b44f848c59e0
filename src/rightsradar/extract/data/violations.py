"""Violation triggers (regex fragments, matched case-insensitively as whole words).

One list per violation type, English, Spanish, French and Portuguese mixed: the terms of
the four languages hardly collide, and one regex per type is faster than one per language.
"""

from __future__ import annotations

# Shots fired at people: an attack ("other") where they survive. Where the sentence or the
# next one tells a death ("Sicarios dispararon contra X ...; su muerte fue confirmada"),
# the shots are how they were killed: they count for the killing.
# "fired on Thursday" tells when someone lost a job, not shots.
_WHEN = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|\d)"
)
# Whom an English verb of violence names right after it: "beat a field researcher",
# "shoot two reporters" (not "beat the odds", nor a team that beat another: a shooting's
# people also take "defender" and "leader", which a match beats).
_PEOPLE = (
    r"researchers?|journalists?|reporters?|photographers?|activists?|lawyers?|protesters?|"
    r"demonstrators?|unionists?|organi[sz]ers?|workers|students|villagers|farmers|monks|"
    r"priests|women|men"
)
_PEOPLE_HIT = (
    rf"(?:(?:a|an|the|two|three|four|five|several|dozens of) )?(?:[\w'’-]+ ){{0,2}}?(?:{_PEOPLE})"
)
_PEOPLE_SHOT = _PEOPLE_HIT[:-1] + r"|defenders?|leaders?)"
SHOT_AT: tuple[str, ...] = (
    r"shot at",
    # Shot and survived: "was shot in the left thigh", "shot and seriously wounded", "the
    # shooting of a land rights defender", "gunmen shoot reporter" (not a film "shot in
    # Kenya", nor "shots" of a match).
    r"shot (?:and (?:seriously |critically |badly |gravely )?(?:wounded|injured|hurt))",
    r"shot (?:(?:once|twice|three times|several times|multiple times|repeatedly) )?in the "
    r"(?:(?:left|right|lower|upper) )?(?:legs?|head|chest|back|arms?|stomach|abdomen|neck|"
    r"shoulders?|thighs?|hands?|foot|feet|face|eyes?|hips?|knees?|buttocks?|groin|jaw)",
    r"(?:was|were|been|being|got) shot (?:by|twice|once|several times|multiple times|"
    r"repeatedly|while|as (?:he|she|they)|outside|near)",
    rf"shooting of {_PEOPLE_SHOT}",
    rf"shoot(?:s|ing)? {_PEOPLE_SHOT}",
    rf"shot {_PEOPLE_SHOT}",
    r"shot (?:him|her|them)",
    r"opened fire (?:on|at)",
    rf"fired (?:shots |bullets |live rounds )?(?:at|on(?! {_WHEN}))",
    r"dispar(?:aron|ó|an) contra",
    r"abri(?:eron|ó) fuego contra",
    r"tir[ée]e?s? sur",
    r"tir(?:ent|aient) sur",
    r"ouvert le feu sur",
    r"coups de feu (?:ont [ée]t[ée] )?tir[ée]s (?:sur|contre)",
    r"cibles? de (?:coups de feu|tirs)",
    r"vis[ée]e?s? par des tirs",
    r"atir(?:aram|ou|am) contra",
    r"dispar(?:aram|ou|am) contra",
    r"abriram fogo contra",
    # The same with how often or with what between verb and target ("dispararon al menos
    # cinco veces contra el jefe", "atiraram várias vezes contra"), and the shots as a
    # noun: "disparos contra la vivienda", "a casa foi atingida por seis tiros", "criblée
    # de balles".
    # (Each opens with a plain letter: the trigger pattern files terms under their first
    # letter, and one that opens with a group is tried at every word.)
    r"dispar(?:aron|ó|an|aram|ou|am)(?: [\w'’-]+){1,5}? contra",
    r"atir(?:aron|ó|an|aram|ou|am)(?: [\w'’-]+){1,5}? contra",
    r"disparos contra",
    r"balazos contra",
    r"tiros contra",
    r"r[áa]fagas contra",
    *(
        rf"{hit} (?:por|con|com|a) (?:[\w'’-]+ ){{0,3}}?(?:tiros|disparos|balas|balazos|"
        r"proj[ée]teis)"
        for hit in (r"atingid[oa]s?", r"alvejad[oa]s?", r"alcanzad[oa]s?")
    ),
    r"cribl[ée]e?s? de balles",
    # Shots received, rubber bullets too: "recibió cuatro balazos de goma", "con cuatro
    # impactos de proyectiles de goma", "levou dois tiros", "touché par un tir de LBD".
    r"recibi(?:ó|o|eron) (?:[\w'’-]+ ){0,3}?(?:balazos|disparos|tiros|perdigonazos|"
    r"impactos de (?:bala|perdig[óo]n|proyectil))",
    # (not "con impactos de bala" alone: a body is found with them)
    r"impactos? de (?:balas?|proyectiles?|perdigones) de goma",
    r"impactos? de perdigones",
    r"levou (?:[\w'’-]+ ){0,3}?(?:tiros|disparos|balas)",
    r"levaram (?:[\w'’-]+ ){0,3}?(?:tiros|disparos|balas)",
    r"touch[ée]e?s? par (?:[\w'’-]+ ){0,3}?(?:balles?|tirs?|LBD|flash-?balls?)",
    r"atteinte?s? (?:par|de) (?:[\w'’-]+ ){0,2}?(?:balles?|tirs?|projectiles?)",
    r"essuy[ée]e?s? (?:des|plusieurs|de nombreux) (?:tirs|coups de feu)",
    r"tirs (?:[\w'’-]+ ){0,3}?contre",
    r"coups de feu (?:[\w'’-]+ ){0,3}?contre",
)

# What people hold that attackers set on fire.
_PROPERTY_TERMS = (
    r"homes?", r"houses?", r"huts?", r"shacks?", r"dwellings?", r"offices?", r"premises",
    r"cars?", r"vehicles?", r"motorbikes?", r"camps?", r"crops", r"granar(?:y|ies)",
    r"food stores", r"shops?", r"studios?",
)  # fmt: skip
_PROPERTY = "(?:" + "|".join(_PROPERTY_TERMS) + ")"
_PROPIEDAD = (
    r"(?:casas?|viviendas?|ranchos?|chozas?|oficinas?|sedes?|locale?s?|radios?|emisoras?|"
    r"estudios?|veh[íi]culos?|camionetas?|motos?|motocicletas?|cultivos|cosechas)"
)

# What a "desaparecido" or "disparu" before it says has ceased to exist.
_DEFUNCT = (
    r"(?:diario|peri[óo]dico|semanario|revista|canal|medio|emisora|partido|sindicato|"
    r"movimiento|grupo|journal|quotidien|hebdomadaire|magazine|cha[îi]ne|parti|mouvement)"
)

# Taken by someone, in Spanish and Portuguese and in French; ``who`` names the takers,
# not in a uniform nor in plain clothes nor saying they are agents (men "fardados", "en
# civil", "que se identificaron como agentes": agents of a state).
_IN_CLOTHES = (
    r"(?! (?:fardad|uniformad|vestid|habill|en civil|de civil|em trajes|[àa] paisana|"
    r"en uniforme|em uniforme|en tenue|que se identific|que se apresent|que dijeron ser|"
    r"que disseram ser|qui se sont (?:pr[ée]sent|identifi)|qui (?:disaient|ont dit) [êe]tre))"
)
_TAKEN_BY = (
    r"(?:levad|retirad|arrancad|llevad|sacad)[oa]s? (?:de (?:sua |su )?casa |da (?:sua )?"
    r"casa )?por (?:um grupo de |un grupo de )?(?:[\w-]+ ){{0,2}}?(?:{who})" + _IN_CLOTHES
)
_EMMENE_PAR = (
    r"emmen[ée]e?s? (?:de (?:chez (?:lui|elle)|son domicile) )?par (?:des |un groupe d['’])?"
    r"(?:[\w-]+ ){{0,2}}?(?:{who})" + _IN_CLOTHES
)

TRIGGERS: dict[str, tuple[str, ...]] = {
    "killing": (
        # en
        r"kill(?:ed|ing|ings|s)?",
        r"murder(?:ed|s|ing)?",
        r"assassinat\w*",
        r"shot dead",
        r"shot to death",
        r"gunned down",
        r"slain",
        r"slaying",
        r"execut(?:ed|ion|ions|ing)",
        r"extrajudicial(?:ly)?",
        r"lynch(?:ed|ing)",
        r"behead\w*",
        r"massacre[sd]?",
        r"homicide",
        r"died in (?:police )?custody",
        r"death in custody",
        r"found dead",
        r"body was found",
        r"bodies were found",
        r"(?:was|were) killed",
        r"deaths?",
        r"dead",
        r"died",
        r"fatally",
        # es
        r"asesinad[oa]s?",
        r"asesinato\w*",
        r"asesin(?:aron|ó)",
        r"mataron",
        r"matad[oa]s?",
        r"ejecutad[oa]s?",
        r"ejecuci(?:ón|ones)",
        r"masacre",
        r"homicidio\w*",
        r"muert[oa]s?",
        # "muerte" told as a death ("su muerte fue confirmada"), not in "amenazas de muerte"
        # (its threat is already one) or "pena de muerte".
        r"m(?<!de m)uertes?",
        r"ultimad[oa]s?",
        r"feminicidio",
        r"asesinan",
        r"matan",
        # Accented only: "Mato" is Brazil's Mato Grosso and Conceição do Mato Dentro.
        r"mató",
        r"muri[óo]",
        r"murieron",
        # Headline verbs: "ultiman" (finish off), "acribillan" (riddle with bullets), a
        # body found "sin vida".
        r"ultim(?:an|aron|ó)",
        r"acribill(?:an|aron|ó|ad[oa]s?)",
        r"sin vida",
        # fr
        r"tu[ée]e?s?",
        r"assassin[ée]e?s?",
        r"assassinat\w*",
        r"abattue?s?",
        r"ex[ée]cut[ée]e?s?",
        r"meurtre\w*",
        r"mort[es]?",
        r"abattu\w*",
        # pt
        r"assassinad[oa]s?",
        r"assassinato\w*",
        r"mort[oa]s? a tiros",
        r"executad[oa]s?",
        r"homic[íi]dio\w*",
        r"chacina",
        r"morreu",
        r"foi mort[oa]",
        r"foram mort[oa]s",
        r"mort[oa]s?",
        r"assassin(?:ou|aram|am)",
        r"mat(?:ou|aram|am)",
        r"execut(?:ou|aram|am)",
        r"linchad[oa]s?",
    ),
    "torture": (
        r"tortur\w*",
        r"ill-treat\w*",
        r"mistreat\w*",
        r"maltreat\w*",
        r"beaten in (?:police )?custody",
        r"electric shocks?",
        r"waterboard\w*",
        r"malos tratos",
        r"tratos crueles",
        r"mauvais traitements",
        r"s[ée]vices",
        r"maus-tratos",
        r"maus tratos",
        # Beaten while questioned or held, made to confess, electric shocks, stress
        # positions: torture in custody that never says the word ("beaten during
        # interrogation", "golpizas y una confesión forzada", "espancados durante o
        # interrogatório", "aveux forcés"). A beating at a protest stays "other".
        r"(?:beaten|beat (?:him|her|them)|beatings?) (?:during|under|in) (?:the )?"
        r"(?:interrogations?|questioning|custody|detention)",
        r"forced (?:to )?confess\w*",
        r"forced confessions?",
        r"stress positions?",
        r"confesi[óo]n(?:es)? forzadas?",
        r"obligad[oa]s? a (?:confesar|firmar una confesi[óo]n)",
        r"(?:golpead[oa]s?|golpizas?|golpes)(?: \w+){0,3}? (?:durante|en) (?:el |los |la |su )?"
        r"(?:interrogatorios?|detenci[óo]n|custodia|calabozo)",
        r"descargas el[ée]ctricas",
        r"aveux (?:forc[ée]s|extorqu[ée]s|obtenus sous la contrainte)",
        r"forc[ée]e?s? (?:à|d['’]) ?(?:avouer|passer aux aveux)",
        r"(?:battue?s?|frapp[ée]e?s?|tabass[ée]e?s?|pass[ée]e?s? à tabac|rou[ée]e?s? de coups) "
        r"(?:pendant|lors de|durant|en) (?:son |leur |l['’]|la )?(?:interrogatoire|garde à vue|"
        r"d[ée]tention|cellule)",
        r"d[ée]charges [ée]lectriques",
        r"confiss(?:ão|ões) for[çc]ad[ao]s?",
        r"obrigad[oa]s? a (?:confessar|gravar uma confiss[ãa]o)",
        r"espancad[oa]s?(?: \w+){0,3}? (?:durante|no|na|em) (?:o |a )?(?:interrogat[óo]rio|"
        r"esquadra|delegacia|cust[óo]dia|cela|pris[ãa]o)",
        r"choques el[ée]tricos",
    ),
    "enforced disappearance": (
        # "foi levado por militares", "emmenée par des soldats": taken by soldiers who do
        # not say where to (police who take someone arrest them).
        _TAKEN_BY.format(who=r"militares|soldados|agentes"),
        _EMMENE_PAR.format(who=r"militaires|soldats|agents"),
        r"disappeared",
        r"disappearances?",
        r"whereabouts (?:remain |are |is )?unknown",
        r"unknown whereabouts",
        r"missing",
        # Not "el desaparecido diario Yeni Ufuk" (a defunct paper).
        rf"desaparecid[oa]s?(?! {_DEFUNCT})",
        r"desaparici(?:ón|ones)",
        rf"disparue?s?(?! {_DEFUNCT})",
        r"disparitions?",
        r"desaparecimentos?",
        r"paradeiro desconhecido",
        r"paradero desconocido",
        r"desaparec(?:e|en|i[óo]|ieron|eu|eram)",
        r"never (?:been )?seen again",
        r"(?:held|taken|kept) (?:at|to|in) an? (?:unknown|undisclosed|secret) "
        r"(?:location|place|destination|site)",
        r"denied (?:holding|having detained|any knowledge of)",
        r"secret detention",
        r"desconoce(?:n)? (?:el|su) paradero",
        r"paradero (?:\w+ ){0,2}sin conocerse",
        r"paradeiro (?:\w+ )?(?:é |e )?desconhecido",
        r"(?:levad[oa]s?|conduzid[oa]s?) para (?:um )?local desconhecido",
        r"lugar desconocido",
        r"lieu inconnu",
        # Taken, and nobody will say where: "sigue sin saber dónde está", "la Policía se
        # lo llevó y niega tenerlo", "sans nouvelles de lui depuis son arrestation",
        # "ignore toujours où il se trouve", "sem notícias dele desde a detenção".
        r"sin (?:saber|conocer) (?:nada )?(?:de él|de ella|dónde (?:está|se encuentra)|"
        r"(?:su|el) paradero)",
        r"sin (?:tener )?noticias (?:de él|de ella|suyas|sobre su paradero)",
        r"se desconoce dónde (?:está|se encuentra)",
        r"niegan? (?:tenerl[oa]s?|haberl[oa]s? detenid[oa]s?|su detención)",
        r"sans (?:aucune )?nouvelles? d['’]?(?:lui|elle|eux)",
        r"sans nouvelles? de (?:lui|elle|eux)",
        r"ignorent? (?:toujours |encore )?o[ùu] (?:il|elle|ils) (?:se trouvent?|est|sont)",
        r"introuvables? depuis",
        r"sem (?:ter )?not[íi]cias? (?:dele|dela|deles|do seu paradeiro)",
        r"n[ãa]o (?:se )?sabem? (?:onde (?:ele |ela )?(?:est[áa]|se encontra)|"
        r"o (?:seu )?paradeiro)",
        r"no (?:se )?saben? (?:dónde (?:está|se encuentra)|(?:su|el) paradero)",
        r"ne sai(?:t|ent) (?:toujours |plus )?(?:pas )?o[ùu] (?:il|elle) (?:est|se trouve)",
        r"em parte incerta",
        r"paradeiro incerto",
        # Nobody owns to holding the person: "aucun service ne reconnaît le détenir",
        # "ninguna autoridad reconoce tenerlo", "nenhuma unidade admite tê-lo detido"; the
        # families' demand that the state "present them alive" ("que lo presenten con
        # vida", "aparição com vida"); "segue sumida" (Brazil's everyday word).
        r"(?:ne|n['’]) (?:le |la |les )?reconna(?:[îi]t|issent) (?:pas |plus )?"
        r"(?:l['’]|le |la |les )?(?:d[ée]tenir|avoir (?:arr[êe]t[ée]|interpell[ée]))",
        r"reconocen? (?:tenerl[oa]s?|haberl[oa]s? detenid[oa]s?)",
        r"(?:admite|admitem|reconhece|reconhecem) (?:t[êe]-l[oa]s?|que (?:ele |ela )?est[áa] "
        r"detid[oa])",
        r"(?:presenten|presentación|aparición) con vida",
        r"(?:apresentem|apresenta[çc][ãa]o|apari[çc][ãa]o) com vida",
        r"(?:segue|continua|est[áa]|permanece) sumid[oa]",
        # China's "residential surveillance at a designated location", which the UN's
        # working group counts as a form of enforced disappearance.
        r"vigil[âa]ncia residencial (?:num|em|en|en un) (?:local|lugar) designado",
        r"r[ée]sidence surveill[ée]e dans un lieu d[ée]sign[ée]",
        r"desconhecem? (?:o )?(?:seu )?paradeiro",
        r"negam? (?:t[êe]-l[oa]s?|a (?:sua )?deten[çc][ãa]o|a (?:sua )?pris[ãa]o)",
    ),
    "arbitrary detention": (
        # en
        r"arrest(?:ed|s|ing)?",
        r"detain(?:ed|s|ing|ee|ees)?",
        r"detention",
        r"jail(?:ed|s)?",
        r"imprison(?:ed|ment)?",
        # "held in preventive custody", "in pre-trial custody", "in judicial custody".
        r"in (?:police |preventive |preventative |pre-?trial |judicial )?custody",
        r"behind bars",
        r"locked up",
        r"remanded",
        r"incommunicado",
        r"sentenced",
        r"prison",
        r"prisoners?",
        r"taken into custody",
        r"rounded up",
        r"held without charge",
        # es
        r"detenid[oa]s?",
        # Taken from home by agents ("fue sacado de su casa ... por unos quince agentes de la
        # Policía", "foi retirado de casa por agentes"), taken away under arrest.
        r"sacad[oa]s? de su (?:casa|vivienda|domicilio)(?: [^.;\n]{0,110}?)? por (?:[\w-]+ ){0,3}?"
        r"(?:agentes|polic[íi]as|policiais|militares|soldados|uniformados|patrulleros)",
        r"se (?:lo |la |los |las )?llev(?:ó|aron|a|an) (?:detenid[oa]s?|pres[oa]s?)",
        r"retenid[oa]s?",
        r"detenci(?:ón|ones)",
        r"arrestad[oa]s?",
        r"encarcelad[oa]s?",
        r"capturad[oa]s?",
        r"privad[oa]s? de (?:la )?libertad",
        r"pres[oa]s?",
        r"c[áa]rcel",
        r"prisi[óo]n",
        r"condenad[oa]s?",
        r"detuvieron",
        r"detuvo",
        r"arrest(?:ó|aron)",
        r"captur(?:ó|aron)",
        r"detien(?:en|e)",
        r"captur(?:an|a)",
        r"encarcel(?:an|aron|ó)",
        r"priv(?:an|aron|ó) de (?:la )?libertad",
        r"arrest(?:an|o)",
        # fr
        r"arr[êe]t[ée]e?s?",
        r"interpell[ée]e?s?",
        r"d[ée]tenue?s?",
        r"d[ée]tention",
        r"emprisonn[ée]e?s?",
        r"incarc[ée]r[ée]e?s?",
        r"garde [àa] vue",
        r"condamn[ée]e?s?",
        r"[ée]crou[ée]e?s?",
        r"mandat de d[ée]p[ôo]t",
        r"arrestations?",
        r"interpellations?",
        # pt
        r"detid[oa]s?",
        r"deten[çc][ãa]o",
        r"pris[ãa]o",
        r"encarcerad[oa]s?",
        r"deti(?:ve|veram|vera)",
        # "prende"/"prender" without the Spanish "prender fuego" (set fire).
        r"prend(?:e|eu|eram|em|er)(?!\s+fuego)",
        r"det[ée]m",
        r"algemad[oa]s?",
        r"condenad[oa]s?",
    ),
    "kidnapping": (
        r"kidnap\w*",
        r"abduct\w*",
        r"hostages?",
        r"captives?",
        r"captivity",
        r"secuestr\w*",
        r"raptad[oa]s?",
        r"rapto",
        r"rapt(?:ou|aram|am)",
        r"plagiad[oa]s?",
        # Central America and Mexico say "plagio" for kidnapping ("Plagian a sindicalista").
        r"plagi(?:an|aron|ó|o)",
        r"levantad[oa]s?",
        # "privación ilegal de la libertad" is Mexico's legal name for kidnapping; armed
        # men who "se lo llevaron" or "lo obligaron a subir" to a car took him (police who
        # "se lo llevaron detenido" arrested him).
        r"privaci[óo]n ilegal de (?:la )?libertad",
        r"se (?:lo|la|los|las) llev(?:aron|ó)(?!\s+(?:detenid|arrestad|pres[oa]|capturad|esposad))",
        r"(?:lo|la|los|las) obligaron a subir",
        r"enlev[ée]e?s?",
        r"enl[èe]ve(?:nt)?",
        r"s[ée]questr[ée]e?s?",
        r"enl[èe]vement\w*",
        r"kidnapp\w*",
        r"otages?",
        r"rapt",
        r"sequestr\w*",
        r"ref[ée]ns?",
        r"ref[ée]m",
        # Taken by men who do not say who they are: "bundled into a van by armed men",
        # "picked up by unidentified men in civilian clothes".
        r"bundled into (?:a|an|the|their|his|her|an unmarked|a waiting) (?:[\w-]+ ){0,2}?"
        r"(?:van|car|vehicle|truck|suv|pickup|minibus|jeep|4x4)s?",
        # (One term per verb: a term that opens with a group is tried at every word.)
        *(
            rf"{verb} by (?:[\w-]+ ){{0,3}}?(?:men|gunmen|individuals|people|persons|agents|"
            r"operatives)"
            for verb in ("picked up", "taken away", "snatched", "seized")
        ),
        # "taken by men who said they were soldiers" (not a decision "taken by the people").
        r"taken by (?:[\w-]+ ){0,3}?(?:men|gunmen|individuals|agents|operatives|soldiers)",
        # "taken from outside her chambers in Arusha this morning by four men".
        r"taken from [^.;\n]{0,60}? by (?:[\w-]+ ){0,3}?(?:men|gunmen|individuals|agents|"
        r"operatives|soldiers)",
        # "forced Héctor Cuéllar into a pickup truck", "forced them into the van".
        r"forced (?:[\w'’-]+ ){1,3}?into (?:a|an|the|their|a waiting) (?:[\w-]+ ){0,2}?"
        r"(?:van|car|vehicle|truck|suv|pickup|minibus|jeep|toyota|nissan|land cruiser|hilux)s?",
        # "sacado de su casa por hombres armados", "emmené par des hommes cagoulés": taken
        # by men nobody names (taken by soldiers: enforced disappearance).
        _TAKEN_BY.format(
            who=r"homens|hombres|indiv[íi]duos|sujetos|desconhecidos|"
            r"desconocidos|encapuzados|encapuchados"
        ),
        _EMMENE_PAR.format(who=r"hommes|individus|inconnus"),
    ),
    "other": (
        # A vehicle driven into a picket line or a march, a person knocked down (read on
        # the blind where-and-when set: "a van was driven into a picket line").
        r"(?:van|car|truck|lorry|vehicle|pick-?up) (?:was )?driven (?:into|at|through)",
        r"drove (?:a |his |her |the |their )?(?:van|car|truck|lorry|vehicle) (?:into|at|"
        r"through)",
        r"knocked (?:(?:him|her|them) )?to the ground",
        # en
        r"threat(?:s|en|ened|ening)?",
        r"harass\w*",
        r"assault\w*",
        r"attack(?:ed|s|ing)?",
        r"beat(?:en|ing)",
        # The past tense with its victim: "police beat him", "settlers beat a Palestinian
        # field researcher" (not "beat the odds", nor a team that beat another).
        r"beat up",
        r"beat (?:him|her|them|me|us)",
        rf"beat {_PEOPLE_HIT}",
        r"injur(?:ed|ies|y)",
        r"wounded",
        r"intimidat\w*",
        r"raid(?:ed|s)?",
        r"sexual violence",
        r"rap(?:e|ed|es)",
        r"smear\w*",
        r"surveillance",
        r"spied on",
        r"(?:followed|trailed) and photographed",
        # Watched at home and summoned: "officers photographed her home", "home watched
        # by intelligence men", "summoned to appear before the counter-terrorism unit".
        r"photographed (?:his|her|their|the) (?:home|house|office)",
        r"(?:home|house|office) (?:was |is |being )?(?:watched|monitored|under surveillance)",
        r"summoned (?:for questioning|to appear|for interrogation|by (?:the )?(?:police|"
        r"intelligence|security))",
        # A travel ban or a passport taken: "barred from flying", "barred from leaving
        # the country", "stopped at the airport", "offloaded from a flight".
        r"(?:barred|banned|prevented|stopped) from (?:leaving|flying|travell?ing|boarding)",
        r"travel bans?",
        r"offloaded",
        r"passports? (?:was |were |had been |has been )?(?:confiscated|seized|impounded|"
        r"revoked|cancell?ed)",
        r"charged with",
        # "Union organiser charged in Manaus" (a place: not "the men charged in the plot"),
        # "charged under the anti-terror law",
        # "summoned to answer charges of 'undermining the state'".
        r"charged (?:in(?= (?-i:[A-Z]))|over|under|after)",
        r"to answer (?:criminal )?charges",
        r"prosecut\w*",
        r"indicted",
        r"indictment",
        r"criminal (?:case|charges?|proceedings?|complaint) against",
        r"fac(?:es|ed|ing) trial",
        r"fabricated charges?",
        r"defamation",
        # A criminal defamation suit or complaint against someone (not "defamation
        # damages" a newspaper won), a search of a home and the seizure of equipment
        # ("searched the house of freelance journalist X and seized two mobile phones, a
        # laptop"), a funeral wreath bearing one's name or a bullet in an envelope.
        r"(?:criminal )?defamation (?:suit|case|complaint|charges?) (?:against|filed)",
        r"searched (?:the )?(?:house|home|office|residence|premises|flat|apartment)s? of",
        r"(?:searched|raided|ransacked) (?:his|her|their) (?:house|home|office|residence|flat|"
        r"apartment|newsroom)",
        r"seized (?:his|her|their|two|three|the|a) (?:[\w-]+ ){0,2}?(?:phones?|laptops?|"
        r"computers?|cameras?|equipment|devices|hard (?:disk|drive)s?|memory cards?)",
        r"(?:phones?|laptops?|cameras?|equipment|devices|memory cards?) (?:was |were |had been |"
        r"have been )?(?:seized|confiscated)",
        r"funeral wreaths? (?:bearing|with) (?:his|her|their) names?",
        r"(?:envelope|letter|parcel|package) (?:containing|with) (?:a |an? )?(?:bullets?|"
        r"cartridges?)",
        r"stabbed",
        *SHOT_AT,
        # People's homes, camps, cars or offices set on fire: the attacks on land defenders
        # and on journalists' homes that name no other harm (not a riot's burning of a
        # station or a church).
        rf"torch(?:ed|ing) (?:[\w'-]+ ){{0,3}}?{_PROPERTY}",
        rf"set (?!(?:him|her|them|it)sel(?:f|ves) )(?:[\w'-]+ ){{0,3}}?{_PROPERTY}"
        r"(?: [\w'-]+){0,4}? (?:on fire|alight|ablaze)",
        rf"burn(?:ed|t) (?:down )?(?:[\w'-]+ ){{0,3}}?{_PROPERTY}",
        *(
            rf"{thing} (?:(?:was|were|had been|have been) )?"
            r"(?:torched|set (?:on fire|alight|ablaze)|burn(?:ed|t) down)"
            for thing in _PROPERTY_TERMS
        ),
        r"arson attacks?",
        r"tear gas",
        r"deport(?:ed|ation)",
        r"expelled",
        r"fined",
        r"banned",
        r"persecut\w*",
        r"reprisals?",
        r"dismissed",
        # Dismissed officers of a union: no court's dismissed case ("reinstate dismissed
        # union leaders", "three dismissed branch leaders", "mine fires union branch
        # leaders"). (One term per verb: a term opening with a group is tried at every word.)
        *(
            rf"{verb} (?:[\w'’-]+ ){{0,3}}?(?:union|branch|shop-floor|workers'?) (?:leaders?|"
            r"officials?|officers?|members?|organi[sz]ers?|representatives?|reps?|stewards?|"
            r"secretar(?:y|ies)|chairs?|chairpersons?)"
            for verb in (r"dismiss(?:es|ed)?", r"fire[sd]", r"sack(?:s|ed)?")
        ),
        r"fired from",
        # Fired for organising: "workers fired days after union letter", "fired for
        # joining a union" (not shots: "fired tear gas after").
        r"fired (?:(?:days|weeks|months|hours|a day|a week|a month) )?(?:after|for|over) "
        r"(?:[\w'’-]+ ){0,3}?(?:union|unions|unionising|unionizing|organi[sz]ing|strike|"
        r"striking|joining|protest\w*|complain\w*|speaking out|reporting)",
        # Dismissal for organising: "sacked a union rep", "the two organizers were fired"
        # (not "shots were fired", a shooting).
        r"sacked",
        *(
            rf"{aux} (?:summarily |unfairly |illegally )?fired"
            rf"(?! (?:at|upon|into|in the air)| on (?!{_WHEN}))"
            for aux in ("was", "were", "been", "got", "get", "being")
        ),
        # Phones infected to spy on their owners: an attack on journalists and their sources.
        r"spyware",
        *(
            rf"{thing} (?:[\w-]+ ){{0,2}}?(?:was|were|had been|have been|has been) "
            r"(?:[\w-]+ )?(?:hacked|infected|compromised)"
            for thing in ("phones?", "devices?", "accounts?", "computers?")
        ),
        r"suspended",
        r"lawsuit",
        r"sued",
        r"brutali[sz]ed",
        r"forced to flee",
        r"exile[sd]?",
        r"crackdown",
        # es
        r"amenaz\w*",
        # Colombia's armed groups "declare" a leader a "military target": a death threat.
        r"objetivos? militar(?:es)?",
        # A smear campaign, not a defamation suit (which a journalist may win).
        r"espionaje",
        r"campañas? de (?:desprestigio|difamaci[óo]n)",
        r"agresi(?:ón|ones)",
        r"agredid[oa]s?",
        r"atacad[oa]s?",
        r"ataques?",
        r"hostig\w*",
        r"golpead[oa]s?",
        r"herid[oa]s?",
        r"intimidaci(?:ón|ones)",
        r"allanamiento",
        # A criminal complaint ("la querella por difamación agravada ... contra nuestra
        # afiliada"), equipment seized, a funeral wreath with one's name, a bullet in an
        # envelope.
        r"querellas? (?:por (?:difamaci[óo]n|calumnia|injuria)s?(?: agravadas?)? )?contra",
        r"querellas? (?:penal(?:es)? )?por (?:difamaci[óo]n|calumnia|injuria)",
        r"incaut(?:aron|ó) (?:sus?|los|las) (?:[\w-]+ ){0,2}?(?:equipos?|tel[ée]fonos?|"
        r"celular(?:es)?|computadoras?|c[áa]maras?|laptops?)",
        r"coronas? f[úu]nebres? con (?:su|el) nombre",
        r"(?:sobre|paquete|carta|nota) con (?:una |dos )?(?:balas?|proyectiles?|cartuchos?)",
        r"acoso",
        r"persecuci(?:ón|ones)",
        r"criminalizaci(?:ón|ones)",
        r"estigmatizaci(?:ón|ones)",
        r"despedid[oa]s?",
        # The dismissal of a union's officers as a noun: "denuncia el despido de la
        # directiva del recién formado sindicato" (not a layoff of workers at large).
        r"despidos? (?:injustificados? |masivos? )?(?:de|del|a) (?:[\w'’-]+ ){0,2}?"
        r"(?:directiva|dirigentes|delegad[oa]s|sindicalistas|integrantes|fundador[ae]s|"
        r"junta directiva|miembros del sindicato|afiliad[oa]s)",
        r"despidos? antisindica(?:l|les)",
        r"agred(?:ieron|ió|en)",
        r"golpe(?:aron|ó|an)",
        r"bale(?:an|aron|ó)",
        r"hier(?:en|ieron|ió)",
        r"allan(?:an|aron|ó)",
        r"atentados? contra",
        # An attempt on a life, shots that missed: "escapou de um atentado a tiros".
        r"atentados? (?:a tiros|a bala|à bala|a balazos)",
        r"escap\w* (?:de |a )?(?:um |uma |un |una )?atentado",
        r"atac(?:aron|ó|an)",
        r"balead[oa]s?",
        r"criminaliz\w*",
        r"incendi(?:aron|ó|an|ad[oa]s?)",
        r"prendieron fuego",
        # (a house, not rubbish: "prenden fuego a la basura" is no attack)
        rf"prend(?:en|ieron|ió) fuego a (?:[\w'’-]+ ){{0,3}}?{_PROPIEDAD}",
        # A home, office or radio station burned on purpose: "queman la casa y la radio
        # de un dirigente", "rociaron combustible", "quedó reducida a cenizas".
        rf"quem(?:aron|ó|an) (?:[\w'’-]+ ){{0,3}}?{_PROPIEDAD}",
        r"roci(?:aron|ó) (?:con )?(?:combustible|gasolina|querosene|kerosene)",
        r"rega(?:aron|ó) (?:con )?(?:combustible|gasolina|querosene|kerosene)",
        r"reducid[oa]s? a cenizas",
        r"incendios? (?:provocados?|intencional(?:es)?)",
        # Mexico's "vincular a proceso": a judge sends the accused to trial.
        r"vinculad[oa]s? a proceso",
        r"vincul(?:ó|aron|an) a proceso",
        r"judicializ\w*",
        r"proceso penal contra",
        r"denuncia penal contra",
        r"imput(?:ó|aron|ad[oa]s?)",
        r"procesad[oa]s?",
        r"intimid\w*",
        r"desalojad[oa]s?",
        r"esp[íi]an",
        r"espiad[oa]s?",
        r"persigu(?:e|en|ió|ieron)",
        # Discipline as a weapon against a union delegate or a whistle-blowing employee.
        r"(?:proceso|expediente) disciplinario",
        # A travel ban or a passport taken: "prohibición de viajar", "le retiraron el
        # pasaporte", "impidieron embarcar".
        r"prohibici(?:ón|ones) de (?:viajar|salir del país|salida del país)",
        r"impedid[oa]s? de (?:viajar|salir del país|embarcar)",
        r"impidieron (?:[\w'’-]+ ){0,8}?(?:viajar|embarcar|salir del país)",
        r"retir(?:aron|ó) (?:el|su) pasaporte",
        r"confisc(?:aron|ó) (?:el|su) pasaporte",
        r"quit(?:aron|ó) (?:el|su) pasaporte",
        # A targeted break-in at a defender's office or home ("saquearon la sede").
        r"saque(?:aron|ó|ad[oa]s?)",
        r"irrumpieron en",
        r"vandalizad[oa]s?",
        # fr
        r"menac\w*",
        r"agress\w*",
        r"attaqu[ée]e?s?",
        r"harc[eè]l\w*",
        # "frappé(e)", not the noun "frappe" (an air strike: "une frappe israélienne").
        r"frappée?s?",
        # "battu" alone is beaten at the polls or on the pitch too.
        r"(?:a|ont|avait|avaient|aurait|auraient) été battue?s?",
        r"battue?s? (?:à coups|par des (?:hommes|individus|inconnus|policiers|militaires|"
        r"agents|gendarmes|soldats|militants)|violemment|sauvagement|à mort)",
        r"bless[ée]e?s?",
        r"poursuivie?s?",
        r"poursuites",
        r"perquisitions?",
        r"espionn\w*",
        r"campagnes? de (?:d[ée]nigrement|diffamation)",
        r"perquisitionn\w*",
        r"plaintes? (?:pour|en) diffamation contre",
        r"(?:cartes? m[ée]moires?|t[ée]l[ée]phones?|ordinateurs?|cam[ée]ras?|mat[ée]riels?) "
        r"(?:ont|a) [ée]t[ée] (?:saisie?s?|confisqu[ée]e?s?)",
        r"couronnes? mortuaires? (?:à|avec|portant|au) (?:son )?nom",
        r"violences",
        r"licenci[ée]e?s?",
        r"tabass\w*",
        r"pass[ée]e?s? [àa] tabac",
        # Manhandled: "trois journalistes molestés par des vigiles", "violemment pris à
        # partie".
        r"molest[ée]e?s?",
        r"malmen[ée]e?s?",
        r"pris(?:es?)? [àa] partie",
        r"rou[ée]e?s? de coups",
        r"brutalis\w*",
        r"violent[ée]e?s?",
        r"incendi[ée]e?s?",
        r"r[ée]duite?s? en cendres",
        r"incendies? criminels?",
        r"d'origine criminelle",
        r"intimid\w*",
        r"acharnement judiciaire",
        r"inculp[ée]e?s?",
        r"mise? en examen",
        r"proc[èe]s contre",
        r"proc[ée]dure disciplinaire",
        r"interdictions? de (?:sortie du territoire|voyager|quitter le (?:pays|territoire))",
        r"interdite?s? de (?:voyager|quitter le (?:pays|territoire)|sortie du territoire)",
        r"emp[êe]ch[ée]e?s? d['’](?:embarquer|quitter le pays)",
        r"emp[êe]ch[ée]e?s? de (?:voyager|quitter le pays|se rendre|sortir du pays|embarquer)",
        r"licenciements? (?:abusifs? )?(?:de|des|du) (?:[\w'’-]+ ){0,2}?"
        r"(?:d[ée]l[ée]gu[ée]s|syndicalistes|responsables syndicaux|membres du bureau|"
        r"dirigeants syndicaux|militants syndicaux)",
        r"passeport (?:a été )?confisqu[ée]",
        r"confisqu[ée] son passeport",
        r"cambriol\w*",
        r"saccag\w*",
        r"mis(?:e|es)? à sac",
        r"vandalis[ée]e?s?",
        # pt
        r"amea[çc]\w*",
        r"agredid[oa]s?",
        r"agress(?:ão|ões)",
        r"atacad[oa]s?",
        r"ataque",
        r"ass[ée]dio",
        r"espancad[oa]s?",
        r"ferid[oa]s?",
        r"intimida[çc](?:ão|ões)",
        r"processad[oa]s?",
        r"processo criminal contra",
        r"indiciad[oa]s?",
        r"persegui[çc](?:ão|ões)",
        r"demitid[oa]s?",
        r"agred(?:iu|iram|ir)",
        r"agride(?:m)?",
        r"espanc(?:ou|aram|am)",
        r"atac(?:ou|aram|am)",
        r"balead[oa]s?",
        r"criminaliza[çc](?:ão|ões)",
        r"incendiad[oa]s?",
        r"incendi(?:ou|aram|am)",
        r"reduzid[oa]s? a cinzas",
        r"inc[êe]ndios? criminosos?",
        r"ate(?:aram|ou|iam) fogo(?! (?:a|ao|no|em) (?:si|(?:seu )?pr[óo]prio corpo))",
        r"hostilizad[oa]s?",
        r"perseguid[oa]s?",
        r"r[ée]us?",
        r"processo (?:criminal|judicial)",
        r"persegu(?:ir|indo|iu|iram|em)",
        r"processo disciplinar",
        r"espionagem",
        r"espionad[oa]s?",
        r"campanhas? de difama[çc][ãa]o",
        r"dossi[êe]s? difamat[óo]ri[oa]s?",
        r"proibi[çc](?:ão|ões) de (?:viajar|sair do pa[íi]s)",
        r"proibid[oa]s? de (?:viajar|sair do pa[íi]s|embarcar|entrar)",
        r"impedid[oa]s? de (?:viajar|sair do pa[íi]s|embarcar|entrar)",
        r"demiss(?:ão|ões) (?:de|dos|das|da|do) (?:[\w'’-]+ ){0,2}?"
        r"(?:dirigentes|delegad[oa]s|sindicalistas|integrantes|membros|fundador[ae]s|"
        r"diretores do sindicato|cipeiros)",
        r"passaporte (?:foi )?(?:apreendido|confiscado|retido)",
        r"apreenderam (?:o|seu|o seu) passaporte",
        r"confiscaram (?:o|seu|o seu) passaporte",
        r"retiveram (?:o|seu|o seu) passaporte",
        r"arrombad[oa]s?",
        r"arromb(?:aram|ou)",
        r"saquead[oa]s?",
        r"vandalizad[oa]s?",
        # A search of one's home ("busca e apreensão na casa do blogueiro"), equipment
        # seized, being made a formal suspect ("constituição como arguida da jornalista").
        r"busca e apreens[ãa]o",
        r"mandados? de busca",
        r"apreend(?:eram|idos?|idas?) (?:[\w-]+ ){0,3}?(?:celular(?:es)?|notebooks?|"
        r"computador(?:es)?|equipamentos?|c[âa]maras?|telem[óo]veis)",
        r"constitu(?:[íi]d[oa]s?|i[çc][ãa]o) (?:como )?arguid[oa]s?",
        r"queixas?-crime",
        r"coroas? f[úu]nebres? com (?:o )?(?:seu )?nome",
    ),
}

# Words of weak evidence: they count, but less (a "death" or "prison" is often background).
WEAK: frozenset[str] = frozenset(
    {
        "death",
        "deaths",
        "dead",
        "died",
        "prison",
        "prisoner",
        "prisoners",
        "sentenced",
        "missing",
        "muerto",
        "muerta",
        "muertos",
        "muertas",
        "muerte",
        "muertes",
        "murió",
        "murio",
        "murieron",
        "mort",
        "morte",
        "morts",
        "mortes",
        "morto",
        "morta",
        "mortos",
        "mortas",
        "attack",
        "attacks",
        "attacked",
        "ataque",
        "ataques",
        "presos",
        "preso",
        "presa",
        "condenado",
        "condenada",
        "condamné",
        "condenados",
        "crackdown",
        "suspended",
        "dismissed",
        "fined",
        "banned",
        "exile",
        "exiled",
        "sued",
        "lawsuit",
        "injured",
        "wounded",
        "surveillance",
        "disappearance",
        "disappearances",
        "violences",
    }
)

# Words just before a trigger that deny it ("not arrested", "no one was killed").
NEGATION = (
    r"not",
    r"never",
    r"no",
    r"denied",
    r"denies",
    r"deny",
    r"without",
    r"nor",
    r"no one",
    r"nadie",
    r"nunca",
    r"sin",
    r"ne",
    r"pas",
    r"jamais",
    r"sans",
    r"n[ãa]o",
    r"nem",
    r"sem",
    # An appeal's demand names the harm it wants ended, not a new one: "que ponga fin al
    # hostigamiento", "put an end to the harassment", "mettre fin aux menaces".
    r"put an end to",
    r"(?:poner|ponga|pongan|ponerle) fin (?:al?|de)",
    r"cese(?:n)? (?:de|a|el|la|los|las|todo|todos|toda|todas)",
    r"(?:mettre|mette|mettent) (?:fin|un terme) (?:[àa]|aux?)",
    r"cess(?:er|ent) (?:imm[ée]diatement )?(?:toute?s?|les?|la)",
    r"la fin des?",
    r"l'abandon des?",
    r"(?:p[ôo]r|ponha|ponham) fim (?:[àa]s?|aos?)",
    # A case supposed, not one told: "que faire en cas de menaces", "in case of arrest".
    r"en cas d['’]",
    r"en cas de",
    r"in case of",
    r"en caso de",
    r"em caso de",
)

# A death or an injury the sentence puts down to an accident is no attack ("Two
# journalists were killed when their car collided with a truck", "morreram em um acidente
# na BR-116"), unless it also says foul play may be behind it. Illness, a heart attack and
# drowning are left out: they are what authorities give for deaths in custody.
ACCIDENT = (
    r"accidents?",
    r"collided",
    r"collision",
    r"(?:hit|struck) by a (?:speeding |passing |moving |runaway )?(?:truck|lorry|bus|"
    r"car|vehicle|train|tanker|trailer)",
    r"rammed into (?:their|his|her|the) (?:car|vehicle|motorcycle|motorbike|bus)",
    r"plung(?:ed|es|ing) (?:off|into|down)",
    # An animal's attack ("killed in a hornet attack on the estate"), not a person's.
    *(
        rf"{animal} (?:attacks?|stings?|bites?)"
        for animal in (
            r"hornets?",
            r"wasps?",
            r"bees?",
            r"sharks?",
            r"crocodiles?",
            r"snakes?",
            r"elephants?",
            r"dogs?",
            r"tigers?",
            r"lions?",
            r"bears?",
        )
    ),
    r"overturned",
    r"capsized",
    r"(?:car|road|traffic|plane|helicopter|bus) crash(?:es)?",
    r"crashed",
    r"accidentes?",
    # A driver's charge: "podría enfrentar cargos por homicidio culposo".
    r"homicidio culposo",
    r"homic[íi]dio culposo",
    r"homicide involontaire",
    r"colisi[óo]n",
    # "choque" alone is also a clash ("murieron en choques con la policía").
    r"choque (?:frontal|vehicular|de (?:veh[íi]culos|carros|autos|motos))",
    r"volc[óo]",
    r"acidentes?",
    r"colis[ãa]o",
    r"capot(?:ou|amento)",
    r"accident(?:s|el|elle)?",
    # A death from illness or old age, in Spanish, French and Portuguese news of a
    # defender's death ("Morreu ontem, aos 81 anos, ... vítima de doença prolongada").
    # English is left out: its learned heads read these hits as they were trained.
    r"(?:larga|prolongada|grave) enfermedad",
    r"enfermedad (?:prolongada|terminal)",
    r"causas naturales",
    r"(?:un )?(?:infarto|paro card[íi]aco)",
    r"(?:longue|grave) maladie",
    r"des suites d['’]une (?:longue )?maladie",
    r"des suites d['’]un cancer",
    r"(?:un |d['’]un )?cancer (?:du|de la|des)",
    r"causes naturelles",
    r"(?:crise|arr[êe]t) cardiaque",
    r"v[íi]tima de (?:uma )?doen[çc]a",
    r"doen[çc]a (?:prolongada|grave|terminal)",
    r"(?:longa|prolongada|grave) doen[çc]a",
    r"causas naturais",
    r"(?:enfarte|infarto|paragem card[íi]aca)",
    r"insufici[êe]ncias? (?:renal|renais|card[íi]aca|respirat[óo]ria|hep[áa]tica)",
    r"insuffisances? (?:r[ée]nale|cardiaque|respiratoire|h[ée]patique)",
    r"complica(?:ciones|[çc][õo]es) de (?:salud|sa[úu]de|una? |uma )?(?:enfermedad|doen[çc]a|"
    r"c[áa]ncer|cancro|diabetes|neumon[íi]a|pneumonia|covid)",
    r"(?:un |uma? )?(?:c[áa]ncer|cancro) (?:de|do|da|del)",
)
# An attack by an animal is no attack on anyone's rights: "ataques de crocodilos a
# pescadores", "mortas ou feridas por crocodilos", "killed by a lion". Read after a trigger
# (up to three words between).
BY_ANIMAL = (
    r"crocodil\w*", r"cocodril\w*", r"caim[aá]n(?:es)?", r"jacar[ée]s?", r"alligators?",
    r"tubar(?:ão|ões)", r"tibur(?:ón|ones)", r"requins?", r"sharks?", r"lions?",
    r"le(?:ón|ones|ão|ões)", r"tig(?:er|re|res|res)s?", r"hipop[óo]tamos?", r"hippopotam\w*",
    r"hippos?", r"elefantes?", r"[ée]l[ée]phants?", r"elephants?", r"serpientes?",
    r"serpents?", r"serpentes?", r"cobras?", r"snakes?", r"abejas", r"abelhas", r"abeilles",
    r"bees", r"jaguar(?:es)?", r"on[çc]as?", r"bears?", r"ours", r"osos?", r"lobos?",
    r"loups?", r"wolves", r"hienas?", r"hy[eè]nes?", r"hyenas?",
)  # fmt: skip

# Words that keep such a death an attack: the accident was staged or is doubted, or
# someone ran the victim down on purpose.
FOUL_PLAY = (
    r"(?:no|not an?|never an?) accident",
    r"no (?:fue|es|ha sido) (?:un )?accidente",
    r"n[ãa]o (?:foi|é) (?:um )?acidente",
    r"(?:pas|nullement) (?:un )?accident",
    r"suspicious",
    r"staged",
    r"foul play",
    r"deliberate(?:ly)?",
    r"murder(?:ed)?",
    r"sabotage",
    r"hit-and-run",
    r"run over",
    r"ran (?:him|her|them) over",
    r"gunm[ae]n",
    r"shot",
    r"attack(?:s|ed)?",
    r"bomb(?:s|ing)?",
    r"sospechos[oa]s?",
    r"provocad[oa]",
    r"intencional",
    r"atropell\w+",
    r"atentado",
    r"ataque",
    r"suspeit[oa]s?",
    r"atropel\w+",
    r"forjad[oa]",
    r"suspect(?:e|es)?",
    r"attaque",
    r"attentat",
    r"pr[ée]m[ée]dit[ée]e?",
    r"d[ée]lib[ée]r[ée]e?",
    # A murder told in the sentence before an accident or an illness is still one
    # ("Fue asesinado el domingo. En 2019 había sobrevivido a un accidente").
    r"asesinad[oa]s?|asesinato|assassin[ée]e?s?|assassinad[oa]s?|assassinato",
    r"abattue?s?|balead[oa]s?|sicarios?|pistoleiros?",
    r"tiros?|disparos?|balazos?|balles?",
    # A death from illness in custody or from care denied is no natural death.
    r"custodia",
    r"prisi[óo]n",
    r"c[áa]rcel",
    r"détention",
    r"garde à vue",
    r"pris[ãa]o",
    r"cadeia",
    r"neglig[ée]ncia|négligence|neglig[êe]ncia",
    r"(?:sin|sans|sem) (?:atenci[óo]n|soins|atendimento)",
    r"(?:negaron|refus[ée]s?|negad[oa]s?) (?:la )?(?:atenci[óo]n|soins|atendimento)",
)

# Auxiliaries of a passive or perfect right before a trigger ("was", "foi", "a été").
AUXILIARY = (
    r"(?:was|were|is|are|has been|have been|had been|been)",
    r"(?:fue|fueron|ha sido|han sido|es|son)",
    r"(?:a été|ont été|est|sont|été)",
    r"(?:foi|foram|é|são|tem sido|têm sido)",
)

# Words before a trigger that make it a threat, not the act ("threatened with arrest").
THREAT = (
    r"threat(?:s|en|ened|ening)?(?: \w+)? (?:with|to|of)",
    r"risk(?:s|ed|ing)? (?:of )?",
    r"fear(?:s|ed)? (?:of )?",
    r"warned of",
    r"plot(?:ted)? to",
    r"attempt(?:ed)? to",
    r"tried to",
    r"amenaz\w* (?:con|de)",
    r"intent(?:o|aron|ó) de",
    r"menac\w* (?:de|d')",
    r"tentative d[e']",
    r"amea[çc]\w* (?:de|com)",
    r"tentativa de",
)

# Words near a trigger that hedge it ("feared disappeared", "allegedly tortured").
HEDGE = (
    r"feared",
    r"reportedly",
    r"allegedly",
    r"alleged",
    r"possibly",
    r"may have been",
    r"might have been",
    r"presumably",
    r"supuestamente",
    r"presuntamente",
    r"pr[ée]sum[ée]e?",
    r"supostamente",
)

# Words that turn a detention into a release or a killing into a survival: still labelled
# (the detention happened) but with less confidence.
RELEASE = (
    r"released",
    r"freed",
    r"acquitted",
    r"liberad[oa]s?",
    r"libér[ée]e?s?",
    r"libertad[oa]s?",
    r"soltad[oa]s?",
)
