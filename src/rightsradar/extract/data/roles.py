"""Role nouns: who is a defender, journalist or unionist; who is an official or an actor.

Regex fragments, matched case-insensitively as whole words; en, es, fr, pt.
"""

from __future__ import annotations

import re


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Indigenous peoples the news names like nationalities ("dois indígenas Guarani Kaiowá",
# "comuneros nasa", "Wet'suwet'en land defenders", "deux Batwa"). Names that are also
# common given names or surnames (Maya, Karen, Chin, Dene) are left out.
INDIGENOUS_PEOPLES: tuple[str, ...] = _words(
    """
    guarani kaiowá kaiowa guarani-kaiowá avá-guarani ñandeva kaingang mapuche wayuu
    yanomami macuxi wapichana munduruku pataxó tupinambá terena xavante kayapó guajajara
    awá-guajá yukpa
    emberá embera wounaan misak kogui arhuaco wiwa zenú pijao kankuamo u'wa nasa quechua
    aymara shipibo asháninka awajún achuar shuar kichwa waorani q'eqchi' k'iche' lenca
    guaraní garífuna garifuna miskito mayangna tolupán xinka nahua mixteco zapoteco triqui tzotzil
    tzeltal rarámuri tarahumara yaqui wixárika huichol otomí purépecha mazateco
    wet'suwet'en mohawk lakota navajo anishinaabe mi'kmaq innu atikamekw wayana batwa baka
    pygmées pygmy pygmies sengwer ogiek samburu endorois adivasi adivasis santhal lumad
    igorot dayak sámi quilombola quilombolas indígena indígenas
    """
)
# A people's name, or its plural, as a regex term of a group of its members ("Três Pataxó",
# "deux Batwa"). "Nasa" is left to "comuneros nasa": in English it is the space agency.
PEOPLE_TERMS: tuple[str, ...] = tuple(
    re.escape(p) + "s?" for p in INDIGENOUS_PEOPLES if p != "nasa"
)
# Words of a struggle for land, territory or forest: a retaking, a demarcation, a reserve
# or a park, a blockade, the miners, loggers, ranchers and plantations that contest it.
_LAND = (
    r"(?:retomadas?|territ[óo]rios?|terras? (?:ind[íi]genas?|tradiciona(?:l|is))|"
    r"demarca[çc](?:[ãa]o|[õo]es)|conflitos? (?:agr[áa]rios?|fundi[áa]rios?|por terras?)|"
    r"garimp(?:o|eir[oa]s?)|grileir[oa]s?|fazendas?|fazendeir[oa]s?|madeireir[oa]s?|tekoha|"
    r"acampamentos?|bloqueios?|florestas?|territorios?|resguardos?|"
    r"tierras? (?:ancestra(?:l|les)|comuna(?:l|les))|recuperaci[óo]n (?:de|del) "
    r"(?:tierras?|fundos?|territorio)|madre tierra|despojo|desalojos?|bloqueos?|fincas?|"
    r"miner[íi]a|miner[oa]s?|mineradoras?|hidroel[ée]ctricas?|palma|bosques?|land|lands|"
    r"territory|territories|ancestral|logging|loggers|mining|miners|mines?|pipelines?|dams?|"
    r"reserves?|forests?|parks?|plantations?|blockades?|evictions?|territoires?|"
    r"terres? (?:ancestrales?|coutumi[èe]res?)|orpailleurs?|forestiers?|for[êe]ts?|"
    r"parcs?|barrages?|concessions?|concesi[óo]n(?:es)?|concess[ãa]o|concess[õo]es)"
)
# Indigenous people named only as such, or by their people, and Latin America's peasants
# (campesinos, camponeses, trabalhadores rurais, ejidatarios) are land defenders when their
# sentence goes on to the land they hold or claim ("Dois indígenas Guarani Kaiowá foram
# mortos ... contra a retomada", "deux Batwa tués par des gardes du parc"): the land and
# environmental defenders of OHCHR's and Global Witness's counts. Without such words
# ("indígenas morrem em acidente") they are no victim group.
_INDIGENOUS = (
    r"ind[íi]genas?",
    r"comuner[oa]s?",
    r"autochtones",
    r"campesin[oa]s?",
    r"campon[êe]s(?:es|as?)?",
    r"trabalhador(?:es|as?)? rura(?:l|is)",
    r"ejidatari[oa]s?",
    r"indigenous (?:people|peoples|villagers|residents|men|women|youths?|farmers|"
    r"community members|members|land defenders)",
    *PEOPLE_TERMS,
)


def _by_first_letter(heads: tuple[str, ...], tail: str) -> tuple[str, ...]:
    """``heads`` each followed by ``tail``, as one term per first letter: the role pattern
    files its terms under their first letter (one alternation would be tried at every
    word), and one term per head would repeat a long tail tens of times."""
    by_letter: dict[str, list[str]] = {}
    for head in heads:
        by_letter.setdefault(head[0].lower(), []).append(head[1:])
    return tuple(f"{c}(?:{'|'.join(rests)}){tail}" for c, rests in sorted(by_letter.items()))


# The subjects, with the land words looked for ahead in their sentence.
_ON_LAND = _by_first_letter(_INDIGENOUS, rf"(?=[^.!?\n]{{0,200}}?(?<![\w-]){_LAND}(?![\w-]))")
# The same subjects alone, and the land words, for the land named before them in their
# sentence ("Conflito agrário: trabalhador rural é morto", "no tekoha ..., ocupado por
# famílias Guarani Kaiowá") or in the next one ("Two Lumad farmers were shot dead ... They
# were killed ... inside the community's ancestral domain"): read by ``role_matches``.
LAND_PEOPLE: tuple[str, ...] = _INDIGENOUS
LAND: str = _LAND

# Who belongs to a movement, and whose movement is a defenders' one.
_MEMBERS = (
    "coordenador", "coordinador", "coordinateur", "coordinator", "l[íi]der", "leader",
    "dirigente", "presidente?", "president", "pr[ée]sident", "fundador", "founder",
    "fondateur", "porta-voz", "vocero", "porte-parole", "spokes(?:man|woman|person)",
    "integrante", "membro", "miembro", "membre", "member", "militante",
)  # fmt: skip
_MOVEMENT_OF = (
    r"(?:trabalhador(?:es|as)|trabajador(?:es|as)|travailleu(?:rs|ses)|workers|sem terra|"
    r"sem teto|sin tierra|sin techo|sans[- ]terre|landless|homeless|atingid[oa]s|"
    r"afectad[oa]s|v[íi]ctimas|victimes|victims|mulheres|mujeres|femmes|women|"
    r"campesin[oa]s|camponeses|paysans|peasants|pobladores|moradores|vecinos|"
    r"ind[íi]genas|indigenous|direitos|derechos|droits|rights)"
)


# Leaders and members of a defenders' movement: "coordenador estadual do Movimento dos
# Trabalhadores Sem Teto", "a member of the Landless Workers' Movement".
_MOVEMENT_TAILS = (
    rf"(?:[\w'’-]+ )?(?:d[aeo]s?|del|de los|de las|des|du|de la|of the|of) "
    rf"(?:Movimento|Movimiento|Mouvement) (?:[\w'’-]+ ){{0,3}}?{_MOVEMENT_OF}",
    rf"(?:[\w'’-]+ )?(?:of the|of) (?:[\w'’-]+ ){{0,3}}?{_MOVEMENT_OF}(?:'s?)? Movement",
)
_MOVEMENT_MEMBERS = _by_first_letter(_MEMBERS, f"(?:a|e|es|as|s)? (?:{'|'.join(_MOVEMENT_TAILS)})")


_WORKERS = (
    r"(?:taxistas|mototaxistas|moto-taxistas|motoristas|transportistas|camioneros|"
    r"camionistas|vendedores|vendedoras|ambulantes|zungueiras|mineros|mineiros|mineurs|"
    r"pescadores|pêcheurs|trabajador(?:es|as)|trabalhador(?:es|as)|travailleu(?:rs|ses)|"
    r"ouvriers|enseignants|docentes|professores|maestros|estivadores|estibadores|"
    r"dockers|chauffeurs|conducteurs|commer[çc]antes?)"
)
_WORKERS_ASSOCIATION = _by_first_letter(
    (*_MEMBERS, "secret[áa]ri[oa]-geral", "secretari[oa] general", "secr[ée]taire g[ée]n[ée]ral"),
    r"(?:a|e|es|as|s)? (?:d[aeo]s?|del|de la|de una?|de uma|des|du|d'une?) "
    r"(?:associa[çc](?:ão|ões)|asociaci(?:ón|ones)|associations?|cooperativas?|coop[ée]ratives?|"
    r"coletivos?|colectivos?|collectifs?|federa[çc](?:ão|ões)|federaci(?:ón|ones)|"
    r"f[ée]d[ée]rations?|confedera\w+|uni(?:ón|ão|on)) (?:[\w'’-]+ ){0,2}?"
    rf"(?:d[aeo]s? |de |des |du )?{_WORKERS}",
)

VICTIM_GROUPS: dict[str, tuple[str, ...]] = {
    "journalist": (
        r"journalists?",
        r"reporters?",
        r"photojournalists?",
        r"photographers?",
        r"editors?",
        r"editor-in-chief",
        r"correspondents?",
        r"bloggers?",
        r"broadcasters?",
        r"cameram[ae]n",
        r"columnists?",
        r"newsm[ae]n",
        r"media workers?",
        r"press",
        r"anchors?",
        r"publishers?",
        r"periodistas?",
        r"reporter[oa]s?",
        r"fot[óo]grafos?",
        r"fotoperiodistas?",
        r"comunicador(?:a|es|as)?",
        r"corresponsal(?:es)?",
        r"camar[óo]grafos?",
        r"locutor(?:a|es)?",
        r"journalistes?",
        r"reporters?",
        r"r[ée]dacteurs?",
        r"chroniqueu(?:r|se)s?",
        r"blogueu(?:r|se)s?",
        r"[ée]ditorialistes?",
        r"r[ée]dactrices?",
        r"jornalistas?",
        r"rep[óo]rter(?:es)?",
        r"radialistas?",
        r"cinegrafistas?",
        r"blogueir[oa]s?",
        r"apresentador(?:a|es|as)?",
        r"presentador(?:a|es|as)?",
        r"fotojornalistas?",
        r"animat(?:eur|rice)s? (?:de (?:la )?|d'une? )?radio",
        # The hosts of a programme: "deux animateurs qui préparaient l'émission", "a radio
        # presenter", "a talk-show host" (a bare "host" or "animateur" is anyone's).
        r"animat(?:eur|rice)s?(?=[^.\n]{0,60}?(?:[ée]mission|antenne|studio))",
        r"(?:radio|tv|television|talk[- ]show|programme|program|show|news) (?:hosts?|presenters?)",
        r"correspondant(?:e|s|es)?",
        r"correspondentes?",
        r"directeurs? de (?:la )?publication",
        # The head of a newsroom: "la directora del canal", "le directeur du journal", "o
        # diretor do jornal"; and a camera operator.
        r"director(?:a|es|as)? (?:del?|de la|de una?) (?:canal|peri[óo]dico|diario|semanario|"
        r"revista|medio|portal|sitio|emisora|radio|programa|noticiero|informativo)",
        r"direct(?:eur|rice)s? (?:de la |du |de l['’]|d['’]une? )(?:cha[îi]ne|journal|radio|site|"
        r"quotidien|hebdomadaire|magazine|m[ée]dia|r[ée]daction)",
        r"diretor(?:a|es|as)? (?:d[oa]s?|de uma?) (?:canal|jornal|r[áa]dio|site|portal|"
        r"semanário|revista|programa)",
        r"operador(?:a|es|as)? de c[áâa]m[ae]ra",
        # A community radio station stands for the people who make it: burning its studio
        # attacks its journalists ("la radio communautaire Albarka FM réduite en cendres").
        r"radios? (?:communautaires?|comunitari[ao]s?|comunit[áa]rias?|associatives?)",
        r"stations? (?:de radio )?communautaires?",
        r"r[áa]dios? comunit[áa]rias?",
        r"emisoras? comunitarias?",
        r"community (?:radios?|broadcasters?|radio stations?)",
        # Photographers and camera operators in French; a radio's commentators ("le
        # comentador da Rádio Bambaram", "a block-time commentator of Radyo Bikolnon").
        r"photographes?",
        r"photojournalistes?",
        r"cam[ée]ram[ae]n",
        r"cadreu(?:r|se)s?",
        r"reporters? d'images",
        r"(?:radio|broadcast|block-time|political|news) commentators?",
        r"commentators? (?:of|for|with|at|on) (?:a |the )?(?:radyo|radio)",
        r"comentador(?:a|es|as)?(?= (?:d[ae] |d[ao] )?r[áa]dio)",
        r"comentaristas? (?:de|da) (?:la )?r[áa]dio",
    ),
    "human rights defender": (
        r"activists?",
        r"human rights defenders?",
        r"rights defenders?",
        r"defenders?",
        r"human rights (?:lawyers?|activists?|workers?|campaigners?|advocates?|groups?)",
        # "a women's rights lawyer", "a land rights lawyer".
        r"rights lawyers?",
        # Volunteers who rescue migrants at sea and relay their distress calls.
        r"rescue volunteers?",
        r"(?:sea|search[- ]and[- ]rescue) (?:volunteers?|rescuers?)",
        r"humanitarian volunteers?",
        # Mothers and relatives who search for the disappeared: "an association of mothers
        # searching for their disappeared children", "relatives of the disappeared".
        r"mothers (?:searching|looking) for (?:their )?(?:disappeared|missing)",
        r"(?:relatives|families) of the disappeared",
        # "an LGBT+ rights group", "LGBTQ activists".
        r"lgbt\w*\+? (?:rights )?(?:activists?|defenders?|groups?|organi[sz]ations?|"
        r"campaigners?|advocates?|organi[sz]ers?)",
        r"campaigners?",
        # A rights group's field researcher, who documents abuses where they happen.
        r"field researchers?",
        r"(?:human )?rights researchers?",
        r"environmentalists?",
        r"environmental (?:activists?|defenders?)",
        r"land (?:rights )?defenders?",
        r"indigenous leaders?",
        r"community leaders?",
        r"social leaders?",
        r"dissidents?",
        r"opposition (?:activists?|members?|leaders?)",
        r"protesters?",
        r"demonstrators?",
        r"advocates?",
        r"activistas?",
        r"defensor(?:a|es|as)? de (?:los )?derechos humanos",
        # Not a public defender nor an ombudsman: "el defensor de los privados de
        # libertad", "defensor público", "Defensor del Pueblo".
        r"defensor(?:a|es|as)?(?! (?:del pueblo|p[úu]blic[oa]s?|de oficio|"
        r"de (?:los|las|os|as) (?:privados|presos|internos|reos|usuarios|consumidores)))",
        r"l[íi]der(?:es)? social(?:es)?",
        r"lideresas?",
        r"ambientalistas?",
        r"l[íi]der(?:es)? ind[íi]genas?",
        r"manifestantes?",
        r"militant(?:e|s|es)?",
        r"d[ée]fenseur(?:e|s|es)? des droits",
        r"activistes?",
        r"manifestants?",
        r"opposants?",
        r"ativistas?",
        r"defensor(?:a|es|as)? de direitos humanos",
        r"l[íi]der(?:es)? comunit[áa]ri[oa]s?",
        # Leaders of a settlement, a camp or a traditional community, and the presidents
        # of its residents' or extractivists' association: "Líder de assentamento é morto",
        # "a presidente da Associação dos Moradores Agroextrativistas do Médio Ituxi".
        r"l[íi]der(?:es)? (?:de|do|da|del) (?:assentamento|acampamento|quilombo|aldeia|"
        r"comunidade|asentamiento|campamento|comunidad)s?",
        r"(?:presidente?s?|l[íi]der(?:es)?|coordenador(?:a|es)?|diretor(?:a|es)?) (?:da|de uma) "
        r"associa[çc](?:ão|ões) (?:de|dos|das) (?:[\w-]+ ){0,2}?(?:moradores|agricultores|"
        r"extrativistas|agroextrativistas|pescadores|marisqueiras|quilombolas|ribeirinhos|"
        r"assentados|trabalhadores rurais|pequenos produtores)",
        r"lideran[çc]as?",
        r"l[íi]der(?:es)? (?:quilombolas?|camponeses|camponês|rura(?:l|is)|sem-terra)",
        # Indigenous and landless communities' own authorities and members, the land
        # defenders of Latin American monitoring (cacique, Mapuche werkén and lonko,
        # Colombia's Guardia Indígena, Brazil's sem-terra).
        r"caciques?",
        r"tuxauas?",
        # Relatives who search for the disappeared, defenders by the UN's and Mexico's
        # protection mechanism: "madre buscadora", "integrante del colectivo de búsqueda",
        # "mães de desaparecidos", "mères de disparus", "searching mothers".
        r"madres? buscadoras?",
        r"buscadoras?",
        r"colectivos? de b[úu]squeda",
        r"m[ãa]es (?:de|dos) desaparecidos",
        r"m[èe]res de disparus",
        r"search(?:ing)? (?:mothers|collectives?)",
        r"werk[eé]n(?:es)?",
        r"lonkos?",
        r"guardias? ind[íi]genas?",
        r"sem-terra",
        *_ON_LAND,
        r"advogad[oa]s? (?:popular(?:es)?|de direitos humanos)",
        r"abogad[oa]s? (?:de derechos humanos|defensor(?:a|es|as)?)",
        r"l[íi]der(?:es)? (?:campesin[oa]s?|comunitari[oa]s?|comunal(?:es)?|afrodescendientes?)",
        r"opositor(?:a|es|as)?",
        r"lanceu(?:r|se)s? d'alerte",
        r"dirigentes? (?:campesin[oa]s?|ind[íi]genas?|social(?:es)?|comunitari[oa]s?|"
        r"comunal(?:es)?)",
        # The officers of a peasants' organisation or a residents' committee, and a land
        # reform settlement's leaders (read on the blind where-and-when set): "dos
        # dirigentes de la Organización Campesina", "le porte-parole d'une organisation
        # paysanne", "un militant paysan", "coordenador da comissão de moradores", "a
        # leader of the Nova Esperança land reform settlement".
        r"(?:dirigentes?|presidente?s?|presidentas?|secretari[oa]s?|l[íi]der(?:es)?|"
        r"miembros?) de (?:la |una )?(?:organizaci[óo]n|asociaci[óo]n|federaci[óo]n|liga|"
        r"coordinadora|movimiento) campesin[oa]",
        r"(?:porte-parole|dirigeants?|pr[ée]sident(?:e|s|es)?|responsables?|membres?) "
        r"(?:d['’]une|de l['’]|du|de la) (?:organisation|association|mouvement|f[ée]d[ée]ration|"
        r"coop[ée]rative) paysanne",
        r"militant(?:e|s|es)? paysan(?:ne|s|nes)?",
        r"(?:coordenador(?:a|es|as)?|presidente?s?|membros?) d[ae] comiss[ãa]o de moradores",
        r"land reform (?:leaders?|activists?|campaigners?)",
        r"leaders? of (?:the |a )?(?:[\w'’-]+ ){0,3}?(?:land reform )?(?:settlement|"
        r"encampment|land occupation)",
        # Farmers', fishers' and villagers' leaders ("landless farmers' leader shot dead"),
        # and the presidents of a women's, victims' or rights association ("la présidente
        # d'une association de femmes enlevée", "presidenta de la asociación de víctimas").
        r"(?:farmers?|peasants?|landless|fisher(?:men|folk|s)?|villagers?)'?s? (?:leaders?|"
        r"representatives?|organi[sz]ers?|spokes(?:man|woman|person))",
        r"pr[ée]sident(?:e|es|s|a|as)? (?:de l['’]|d['’]une?|du|de la|de una?|del?) "
        r"(?:[\w'’-]+ ){0,1}?(?:association|asociaci[óo]n|collectif|colectivo|ligue|liga|"
        r"mouvement|movimiento|coordination|coordinadora) (?:[\w'’-]+ ){0,3}?(?:droits|"
        r"derechos|femmes|mujeres|paix|paz|victimes|v[íi]ctimas|d[ée]fense|defensa|familles|"
        r"familiares)",
        r"d[ée]fenseur(?:e|s|es)?",
        r"avocat(?:e|s|es)? des droits",
        r"leaders? (?:communautaires?|paysans?|de la soci[ée]t[ée] civile)",
        # A member of a human rights body: "integrante do Centro de Defesa dos Direitos
        # Humanos", "miembro del Comité de Derechos Humanos", "membre de la Ligue des
        # droits de l'homme", "président de la société civile".
        # Its coordinator too: "le coordonnateur de la Ligue sarhoise des droits de la
        # personne".
        r"(?:integrantes?|membros?|miembros?|membres?|members?|coordonnat(?:eur|rice)s?|"
        r"coordinat(?:eur|rice)s?|coordinador(?:a|es)?|coordenador(?:a|es)?) "
        r"(?:d[aeo]s?|del|du|de la|de l'|of the|of) (?:[\w'’-]+ ){0,4}?(?:direitos humanos|"
        r"derechos humanos|droits humains|droits de l'homme|droits de la personne|"
        r"human rights)",
        r"(?:pr[ée]sidente?s?|responsables?|membres?|coordinat(?:eur|rice)s?|porte-parole) "
        r"(?:de la|d'une?|du) (?:[\w'’-]+ ){0,2}?soci[ée]t[ée] civile",
        r"responsables? d'un collectif",
        # Leaders and members of a social movement of workers, the landless or homeless,
        # the dam-affected, victims or women (MST, MTST, MAB, MOVICE), and Colombia's
        # community action boards: not a party or an armed "movement" (M23).
        *_MOVEMENT_MEMBERS,
        r"presidente?s? de (?:la )?juntas? de acci[óo]n comunal",
        # The elected authorities of Peru's and Bolivia's native and peasant communities.
        *_by_first_letter(
            ("jefe", "jefa", "apus?", "presidente?s?", "autoridad(?:es)?"),
            r" de (?:la )?comunidad(?:es)? (?:nativas?|ind[íi]genas?|campesinas?|originarias?)",
        ),
        r"dirigentes? de (?:la )?juntas? de acci[óo]n comunal",
        # Student leaders ("un responsable étudiant détenu", "quatro dirigentes
        # estudantis", "student union leaders"), the leaders of a protest and of a land
        # protest ("three land protest leaders").
        r"(?:students?|student union) (?:leaders?|activists?|organi[sz]ers?)",
        r"(?:l[íi]der(?:es)?|dirigentes?) estudi?ant(?:il|iles|is)",
        r"(?:responsables?|dirigeants?|leaders?|militants?) [ée]tudiants?",
        r"(?:land )?protest (?:leaders?|organi[sz]ers?)",
        r"land (?:rights )?(?:activists?|campaigners?|leaders?)",
        # The volunteers of an emergency or community kitchen, Sudan's mutual-aid
        # defenders ("four volunteers of a neighbourhood emergency kitchen").
        r"(?:emergency|community|communal|soup) kitchen volunteers?",
        r"volunteers? (?:of|at|with|from|in) (?:an? |the )?(?:[\w'’-]+ ){0,2}?(?:emergency|"
        r"community|communal|soup) kitchens?",
        r"emergency response rooms?",
        r"mutual aid (?:volunteers?|groups?|networks?)",
        # A defence committee's or a civic association's members ("tres integrantes del
        # Comité de Defensa del Agua", "membros de uma associação cívica local").
        r"(?:integrantes?|miembros?|membros?|members?|membres?) (?:del?|do|da|of the|du|de la) "
        r"(?:comit[ée]|committee|colectivo|coletivo|collectif|frente|front|coordinadora|"
        r"plataforma|red|rede|r[ée]seau) (?:[\w'’-]+ ){0,2}?(?:defensa|defesa|d[ée]fense|"
        r"defen[cs]e|protecci[óo]n|prote[çc][ãa]o)",
        r"(?:integrantes?|miembros?|membros?|members?|membres?|activistas?|ativistas?) "
        r"(?:de uma?|de una?|d'une?|of an?|of the|del?|da|do) (?:associa[çc][ãa]o|"
        r"asociaci[óo]n|association|organiza[çc][ãa]o|organizaci[óo]n|organisation|organization|"
        r"coletivo|colectivo|collectif) c[íi]vi(?:ca|que|c)",
        # A relative who searches for one of the disappeared ("qui cherche son mari
        # disparu", "mãe que busca filho desaparecido"; not "familiares de desaparecidos"
        # whom a lawyer represents).
        r"(?:que |qui |who (?:is )?)?(?:busca|buscan|procura|procuram|cherche|recherche|"
        r"searche?s? for|searching for|looking for|looks for) (?:a |à |por |pelo |pela |for )?"
        r"(?:su |sus |seu |sua |seus |son |sa |ses |her |his |their |o |a |le |la )?"
        r"(?:hij[oa]s?|espos[oa]|marido|herman[oa]s?|filh[oa]s?|irm[ãa]os?|fils|fille|mari|"
        r"fr[èe]res?|s[œo]eurs?|sons?|daughters?|husband|wife|brothers?|sisters?) "
        r"(?:desaparecid[oa]s?|disparu(?:e|s)?|disappeared|missing)",
        # The leader of an Indigenous people ("golpean a líder ava guaraní").
        *_by_first_letter(
            ("l[íi]der(?:es)?", "lideresas?", "dirigentes?", "leaders?", "chefs?", "caciques?"),
            rf" (?:ava |mbya |pa[ĩi] )?(?:{'|'.join(PEOPLE_TERMS)})(?![\w-])",
        ),
    ),
    "trade unionist": (
        r"trade unionists?",
        r"unionists?",
        r"union (?:leaders?|members?|president|officials?|activists?|organi[sz]ers?)",
        r"union representatives?",
        r"union reps?",
        r"union branch(?:es)?",
        r"workers?'? (?:representatives?|organi[sz]ers?)",
        r"worker representatives?",
        r"shop stewards?",
        r"workplace reps?",
        # Organisers of a union drive, the union named later in the sentence: "Two
        # Organizers Fired at Alabama Plant as Union Drive Goes Public".
        # Workers too, in lower case ("Two distillery workers fired days after union
        # letter"; "the Malawi Workers' Solidarity Centre" is a federation); not the
        # European Union, nor India's Union government.
        r"(?:organi[sz]ers?|(?-i:workers?|employees?))(?=[^.!?\n]{0,120}?(?<![\w-])"
        r"(?<!european )(?<!african )(?<!soviet )(?:union|unionising|unionizing)(?![\w-])"
        r"(?! (?:territory|territories|government|minister|ministry|cabinet|budget|home|"
        r"finance|health|carbide)))",
        # Leaders of a strike, and strikers: "Three strike leaders remanded".
        r"strike (?:leaders?|organi[sz]ers?|committee(?: members?| leaders?)?)",
        r"strikers",
        r"striking (?:workers|miners|teachers|nurses|doctors|employees|drivers|dockers)",
        r"trade unions?",
        r"labou?r (?:activists?|leaders?|organi[sz]ers?|unions?)",
        r"sindicalistas?",
        r"dirigentes? sindical(?:es)?",
        r"l[íi]der(?:es)? sindical(?:es)?",
        r"sindicatos?",
        r"syndicalistes?",
        r"syndicats?",
        r"dirigeants? syndica(?:l|ux)",
        r"d[ée]l[ée]gu[ée]e?s? syndica(?:l|le|ux|les)",
        r"responsables? syndica(?:l|ux)",
        r"syndiqu[ée]e?s?",
        r"dirigentes? sindicais",
        r"l[íi]der(?:es)? sindicais",
        r"delegad[oa]s? sindica(?:l|is|les)",
        r"dirigentes? gremial(?:es)?",
        r"gremios?",
        # Leaders of a workers' association that acts as their union (taxi drivers,
        # street vendors, miners): "líder de associação de taxistas detido pelo SIC".
        *_WORKERS_ASSOCIATION,
        # A union's officers: "union chair sacked", "chairperson of the factory union",
        # "los delegados gremiales" (not the European or African Union's; not its
        # treasurer, who is news when arrested for theft).
        r"union (?:chairs?|chairpersons?|chairm[ae]n|chairwom[ae]n|secretar(?:y|ies)|"
        r"general secretar(?:y|ies)|presidents?|vice[- ]presidents?|stewards?|"
        r"delegates?)",
        r"(?:chair(?:person|man|woman)?|president|vice[- ]president|(?:general )?secretary|"
        r"secretary[- ]general|delegate)s? of (?:the |its |a |our )?"
        r"(?!european |african |soviet )(?:[\w'’-]+ ){0,4}?(?:union|trade union)(?![\w-])"
        r"(?! (?:territory|territories|government|minister|ministry|cabinet|budget))",
        r"delegad[oa]s? (?:gremial(?:es)?|de base)",
        # A plant's or the staff's elected delegate, a union's representative: "delegado de
        # la planta", "délégué du personnel", "trade union representative", "union rep"
        # (not a union's spokesperson, who mostly speaks: "a déclaré le porte-parole de
        # l'intersyndicale" about wages "attaqués de toutes parts").
        r"delegad[oa]s? de (?:la )?planta",
        r"d[ée]l[ée]gu[ée]e?s? du personnel",
        r"(?:trade )?union (?:reps?|representatives?)",
        # A union's own officers in its statement: "The union condemns the arrest on
        # Wednesday of our national president".
        r"union (?:[\w'’-]+ ){0,10}?(?:our|its) (?:(?-i:[A-Z])[\w-]+ )?(?:national |"
        r"provincial |regional |branch |general |deputy )?(?:presidents?|secretar(?:y|ies)"
        r"(?:[- ]general)?|general secretar(?:y|ies)|chair(?:person|man|woman)?s?|"
        r"organi[sz]ing secretar(?:y|ies)|organi[sz]ers?)",
        # Leaders of a mining, factory or teachers' union in Latin America's words.
        r"dirigentes? (?:mineros?|obreros?|fabriles|magisterial(?:es)?|petroleros?|portuarios?)",
    ),
}

# Roles that name the victim of an attack only in a headline ("Kazan lawyer says police beat
# him", "Researcher detained at airport"): lawyers who defend and researchers who document
# are defenders, yet in the text "his lawyer said" speaks for a client.
HEADLINE_ROLES: tuple[str, ...] = (
    r"lawyers?",
    r"attorneys?",
    r"barristers?",
    r"researchers?",
    r"abogad[oa]s?",
    r"avocat(?:e|s|es)?",
    r"advogad[oa]s?",
    r"investigador(?:a|es|as)?",
    r"chercheu(?:r|se)s?",
    r"pesquisador(?:a|es|as)?",
)

# Roles of people who are usually not the victim of the article (they speak, judge, act).
NON_VICTIM_ROLES: tuple[str, ...] = (
    r"president",
    r"prime minister",
    r"minister",
    r"spokes(?:man|woman|person)",
    r"governor",
    r"mayor",
    r"senator",
    r"lawmaker",
    r"judge",
    r"prosecutor",
    r"attorney general",
    r"lawyer",
    r"attorney",
    r"counsel",
    r"commissioner",
    r"inspector",
    r"chief",
    r"general",
    r"commander",
    r"director",
    r"secretary",
    r"ambassador",
    r"rapporteur",
    r"researcher",
    r"analyst",
    r"professor",
    r"official",
    r"officer",
    r"police",
    r"colonel",
    r"captain",
    r"leader",
    r"king",
    r"prince",
    r"dictator",
    r"suspect",
    r"accused",
    r"gunman",
    r"presidente",
    r"ministr[oa]",
    r"portavoz",
    r"gobernador(?:a)?",
    r"alcalde(?:sa)?",
    r"juez(?:a)?",
    r"fiscal",
    r"abogad[oa]",
    r"director(?:a)?",
    r"porte-parole",
    r"ministre",
    r"procureur",
    r"avocate?",
    r"juge",
    r"porta-voz",
    r"governador(?:a)?",
    r"prefeit[oa]",
    r"promotor(?:a)?",
    r"advogad[oa]",
    r"delegad[oa]",
    # Ranks of the police and the army: "le capitaine Rivo Andrianarisoa, a indiqué"
    r"capitaine",
    r"commandant",
    r"commissaire",
    r"lieutenant",
    r"capit[áa]n",
    r"coronel",
    r"teniente",
    r"comisario",
    r"capit[ãa]o",
    r"tenente",
    r"comiss[áa]rio",
)

# Words around a name that make it a source or an author, not (necessarily) a victim.
SPEAKER_CUES: tuple[str, ...] = (
    r"reported by",
    r"written by",
    r"said",
    r"says",
    r"told",
    r"according to",
    r"added",
    r"dijo",
    r"afirm[óo]",
    r"declar[óo]",
    r"a déclaré",
    r"selon",
    r"disse",
    r"afirmou",
    # Spanish, French and Portuguese verbs with which officials state facts ("le
    # capitaine X a indiqué que deux suspects ..."). Not the verbs of telling a story
    # ("raconte", "contou", "según su relato"): the victims themselves tell theirs.
    r"indic[óo]",
    r"explic[óo]",
    r"señal[óo]",
    r"asegur[óo]",
    r"inform[óo]",
    r"a (?:indiqué|affirmé|expliqué|précisé|ajouté|annoncé)",
    r"explicou",
    r"declarou",
    r"informou",
)

# Perpetrator cues per type, checked in the sentences where attacks are described.
PERPETRATORS: dict[str, tuple[str, ...]] = {
    "state actor": (
        r"police(?:men|man|women)?",
        r"polic(?:e )?officers?",
        r"soldiers?",
        r"army",
        r"military",
        r"troops",
        r"security (?:forces|agents|officers|personnel|services?)",
        r"intelligence",
        r"secret service",
        r"gendarm\w*",
        r"national guard",
        r"riot police",
        r"border guards?",
        r"prison guards?",
        r"armed forces",
        r"navy",
        r"marines",
        # A military junta; Spanish and Portuguese "junta" is also a board or council:
        # "la Junta de Acción Comunal" (a village council), "Junta de Freguesia".
        r"junta(?!\s+(?:de|del|da|do|directiva|comunal|vecinal|electoral)\b)",
        r"state security",
        r"officers",
        r"cops?",
        r"agents",
        r"polic[íi]as?",
        r"policiais",
        r"militares",
        r"ej[ée]rcito",
        r"soldados",
        r"fuerzas de seguridad",
        r"guardia nacional",
        r"carabineros",
        r"agentes",
        r"policiers?",
        r"militaires",
        r"arm[ée]e",
        r"soldats",
        r"forces de s[ée]curit[ée]",
        r"forces de l'ordre",
        r"pol[íi]cia militar",
        r"ex[ée]rcito",
        r"for[çc]as de seguran[çc]a",
        # Agents in plain clothes, and intelligence services: who takes a person and then
        # denies it ("individus en civil se réclamant de l'ANR", "hombres vestidos de civil").
        r"plain[- ]?clothes(?: (?:men|officers|police(?:men)?|agents|security))?",
        r"(?:men|officers|agents|police(?:men)?) in plain ?clothes",
        r"(?:hombres|agentes|polic[íi]as|individuos|sujetos) (?:vestidos )?de (?:civil|paisano)",
        r"(?:hommes|individus|agents|policiers|personnes) en (?:tenue )?civil(?:e|s)?",
        r"(?:homens|agentes|policiais|indiv[íi]duos) (?:vestidos )?(?:à|a) paisana",
        r"servicios? de inteligencia",
        r"agentes de inteligencia",
        r"services? de renseignements?",
        r"agence nationale de renseignements?",
        r"agents? (?:des services )?de renseignements?",
        r"servi[çc]os? de (?:informa[çc][õo]es|intelig[êe]ncia)",
    ),
    "other state actors": (
        r"courts?",
        r"judges?",
        r"prosecutors?",
        r"authorities",
        r"government",
        r"ministry",
        r"officials",
        r"regime",
        r"mayor",
        r"governor",
        r"tribunal",
        r"parliament",
        r"juez",
        r"fiscal[íi]a",
        r"gobierno",
        r"autoridades",
        r"alcalde",
        r"juge",
        r"procureur",
        r"gouvernement",
        r"autorit[ée]s",
        r"juiz",
        r"minist[ée]rio p[úu]blico",
        r"governo",
        r"prefeito",
    ),
    "other actors with permissions": (
        r"militias?",
        r"paramilitar\w*",
        r"pro-government",
        r"government-backed",
        r"state-backed",
        r"colectivos",
        r"vigilantes?",
        r"thugs",
        r"youth wing",
        r"imbonerakure",
        r"milicias?",
        r"paramilitares",
        r"milices?",
        r"mil[íi]cias?",
    ),
    "other actors without permissions": (
        r"gunmen",
        r"gunman",
        r"unknown (?:assailants|attackers|men|persons|people|gunmen)",
        r"unidentified (?:men|gunmen|assailants|attackers|persons|people)",
        r"assailants?",
        r"attackers?",
        r"bandits?",
        r"gangs?",
        r"gangsters?",
        r"criminals?",
        r"robbers?",
        r"hitm[ae]n",
        r"kidnappers?",
        r"abductors?",
        r"mob",
        r"armed men",
        r"killers?",
        r"sicarios?",
        r"pistoleros?",
        r"desconocidos",
        r"hombres armados",
        r"delincuentes",
        r"hommes arm[ée]s",
        r"inconnus",
        r"assaillants",
        r"bandidos",
        r"pistoleiros?",
        r"criminosos",
        r"homens armados",
        r"suspects?",
    ),
    "other non-state actors": (
        r"armed groups?",
        r"rebels?",
        r"insurgents?",
        r"militants?",
        r"taliban",
        r"boko haram",
        r"al-shabaab",
        r"al-shabab",
        r"islamic state",
        r"isis",
        r"isil",
        r"jihadists?",
        r"farc",
        r"eln",
        r"cartels?",
        r"company",
        r"companies",
        r"employers?",
        r"guerrillas?",
        r"terrorists?",
        r"extremists?",
        r"hamas",
        r"hezbollah",
        r"al-qaeda",
        r"separatists?",
        r"grupos? armados?",
        r"guerrilla",
        r"empresas?",
        r"groupes? arm[ée]s",
        r"rebelles",
        r"djihadistes",
        r"entreprise",
    ),
}

# Sports, games, markets: "attack", "killed it", "shot" in these senses are no violation.
# Not "but" alone (a goal in French, the commonest conjunction in English): every "but"
# of a report of an attack took points off it.
SPORT: tuple[str, ...] = (
    r"football",
    r"soccer",
    r"striker",
    r"midfielder",
    r"goalkeeper",
    r"goals?",
    r"league",
    r"match",
    r"tournament",
    r"championship",
    r"coach",
    r"cricket",
    r"rugby",
    r"basketball",
    r"tennis",
    r"fútbol",
    r"futebol",
    r"delantero",
    r"partido",
    r"gol",
    r"équipe",
    r"marqué un but",
    r"défenseur central",
    # Football's words in French, Spanish and Portuguese: a "défenseur" sent off for an
    # "agression" on a striker is no defender attacked. (Not "attaquant": also an
    # attacker.)
    r"ligue 1",
    r"ligue des champions",
    r"championnat",
    r"carton rouge",
    r"tarjeta roja",
    r"cart[ãa]o vermelho",
    r"p[ée]nalty",
    r"penalti",
    r"p[êe]nalti",
    r"mi-temps",
    r"coup franc",
    r"tiro libre",
    r"gardien de but",
    r"arquero",
    r"goleiro",
    r"buteur",
    r"goleador",
    r"artilheiro",
    r"milieu de terrain",
    r"centrocampista",
    r"meio-campista",
    r"zagueiro",
    r"atacante",
    r"campeonato",
    r"premier league",
    r"nba",
    r"nfl",
    r"fifa",
    r"uefa",
    r"stock market",
    r"shares",
    r"investors",
    r"video game",
)

# Number words of two to twenty, for "six years on", "seis anos depois".
_SMALL_NUMBERS = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dos|tres|"
    r"cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|deux|trois|quatre|cinq|six|sept|"
    r"huit|neuf|dix|quinze|vingt|dois|duas|tr[êe]s|quatro|sete|oito|nove|dez|vinte)"
)

# Headlines of reports that are no attack: a prize, a law passed, a training, an
# acquittal, an obituary, a remembrance, a pardon, a former prisoner, time served (and
# the convictions, reports and reviews below). They count against relevance only where
# the headline tells no attack itself ("Booker prize-longlisted author arrested").
PRIZE: tuple[str, ...] = (
    r"prize",
    r"awards?",
    r"laureate",
    r"premios?",
    r"galard[oó]n",
    r"prix",
    r"laur[ée]at(?:e|s|es)?",
    r"pr[eé]mios?",
    r"prêmios?",
)
# A prize given: "Exiled Azerbaijani editor and Guatemalan radio reporter win Hartwell
# courage prize", "Periodista encarcelado recibe el premio". An attack word before the
# verb tells who the laureate is, not news of an attack.
PRIZE_GIVEN: tuple[str, ...] = (
    r"wins?", r"won", r"receives?", r"received", r"awarded", r"honou?red", r"accepts?",
    r"recibe", r"reciben", r"gana", r"ganan", r"galardonad[oa]s?", r"re[çc]oit",
    r"re[çc]oivent", r"remporte", r"remportent", r"recebe", r"recebem", r"ganha", r"ganham",
    r"premiad[oa]s?",
)  # fmt: skip
# The rest of a headline up to what prompted the news it tells ("... plan after
# journalist's murder" still tells the murder).
_UP_TO_WHAT_PROMPTED_IT = (
    r"(?:(?!\b(?:after|following|amid|over|tras|luego|despu[ée]s|apr[èe]s|suite|depois|ap[óo]s)\b)"
    r"[^\n])*"
)
NOT_AN_ATTACK_TITLE: tuple[str, ...] = (
    *PRIZE,
    # A law passed, with what it does to the end of the headline ("passes media law
    # ending pretrial detention of journalists").
    r"(?:passes|approves|adopts|signs|aprueba|aprob[oó]|adopte|adopta|vote|aprova|"
    r"sanciona|promulga)\b[^.\n]{0,40}?\b(?:law|bill|ley|loi|lei|projeto|proyecto)\b[^\n]*",
    # A protocol, a mechanism or a plan promised or announced, with what it is for
    # ("Ministro promete protocolo para atender amenazas contra periodistas"), up to what
    # prompted it ("... plan after journalist's murder" still tells the murder).
    r"(?:promete|prometi[óo]|anuncia|anunci[óo]|presenta|promet|annonce|pr[ée]sente|promises|"
    r"announces|unveils|launches|lan[çc]a|apresenta|draws? up|drafts?|elabora[nr]?|"
    r"[ée]labore(?:r|nt)?|discute[n]?|discuss(?:es)?)\b[^.\n]{0,40}?\b(?:protocol[oe]?|"
    r"mecanismo|m[ée]canisme|mechanism|plan|programa|programme|program|fondo|fonds|fund)\b"
    + _UP_TO_WHAT_PROMPTED_IT,
    # An official's word that prisoners are treated well ("inmates 'well treated' after
    # MPs' tour", "reciben trato digno y rechaza informes de tortura"), with the rest of the
    # headline, up to what prompted it ("... after activist's death in custody" still
    # tells the death).
    r"(?:(?:privad[oa]s de (?:la )?libertad|detenid[oa]s|pres[oa]s|reclus[oa]s|inmates|"
    r"prisoners|detainees|d[ée]tenus|prisonniers)\b[^\n]{0,30}?)?"
    r"(?:well[- ]treated|treated (?:well|humanely|with dignity)|trato digno|buen trato|"
    r"bien tratad[oa]s|bien trait[ée]e?s|traitement digne|bem tratad[oa]s|"
    r"tratamento digno)\b" + _UP_TO_WHAT_PROMPTED_IT,
    r"training",
    r"workshop",
    # "des journalistes ... formés à la couverture des élections", "capacitados en".
    r"form[ée]e?s? (?:à|aux)",
    r"capacitad[oa]s? (?:en|sobre|para)",
    r"capacitad[oa]s? (?:em|sobre|para)",
    r"treinad[oa]s? (?:em|para)",
    r"trained (?:in|on)",
    # A documentary or film about an attack tells its plot: the attack words after "sur"
    # are the film's ("un documentaire sur une militante assassinée"), not news; a
    # filmmaker "arrested over a documentary about" the police is still news.
    r"(?:documentaire|documentary|documental|document[áa]rio|film|filme|pel[íi]cula)s? "
    r"(?:sur|about|sobre|que|qui|that|which)[^\n]*",
    r"se capacitan",
    r"capacitaci[oó]n",
    r"taller(?:es)?",
    r"formation",
    r"ateliers?",
    r"capacita[çc][ãa]o",
    r"acquit(?:s|ted|tal)",
    # A suit won or thrown out, like an acquittal: "Journalist wins defamation case",
    # "Court dismisses libel suit against newspaper"; and a wage deal agreed.
    r"wins? (?:[\w'’-]+ ){0,2}?(?:case|lawsuit|suit|appeal)",
    r"dismiss(?:es|ed) (?:[\w'’-]+ ){0,3}?(?:suit|lawsuit|case|charges)",
    r"agrees? (?:[\w'’-]+ ){0,3}?(?:deal|agreement)",
    r"absuelven?",
    r"absueltos?",
    r"absolvid[oa]s?",
    r"absolvem?",
    r"acquitt[ée]e?s?",
    r"relax[ée]e?s?",
    r"obituary",
    r"dies at \d+",
    r"fallece",
    r"muere a los \d+",
    r"mort de",
    r"d[ée]c[èe]s de",
    r"morre aos \d+",
    r"morreu aos \d+",
    r"faleceu",
    # Remembrance of an old attack, and reviews of a film or a book about one.
    r"remember(?:s|ed|ing)?",
    # "Five years on, Choluteca remembers radio host shot dead", "Dez anos depois, Rondon
    # do Pará lembra sindicalista assassinado", "Pucallpa recuerda al periodista ... a diez
    # años de su asesinato": the rest of the headline is the old attack's.
    rf"(?:\d+|{_SMALL_NUMBERS}) (?:years on|años después|ans après|anos depois)[^\n]*",
    rf"[^\n]*\ba (?:\d+|{_SMALL_NUMBERS}) años de (?:su |la |el )?(?:asesinato|muerte|crimen|"
    r"desaparici[óo]n|masacre|secuestro)[^\n]*",
    r"anniversary",
    r"commemorat\w*",
    r"recuerdan a",
    r"aniversario",
    r"conmemora\w*",
    r"anniversaire",
    r"comm[ée]mor\w*",
    r"anivers[áa]rio",
    r"relembra\w*",
    # A pardon or a ban lifted ends an old restriction; a company's or a ministry's report
    # published is no attack.
    r"pardon(?:ed|s)?",
    r"indult(?:o|ad[oa]s?)",
    r"graci[ée]e?s?",
    r"lift(?:s|ed)? (?:[\w'’-]+ ){0,3}?ban",
    # A former prisoner is no new detention: "antigo preso da resistência", "ancien détenu
    # politique", "former political prisoner", "ex preso político".
    r"(?:antig[oa]|ex|ex-|ancien(?:ne)?|former) (?:pres[oa]|detid[oa]|d[ée]tenue?|"
    r"prisonni[eè]re?|(?:political )?prisoner|prisionero|presa)(?: pol[íi]tic[oa]| politique)?",
    # The time a prisoner has served, not a new arrest: "freed in a pardon after three
    # years in prison", "liberado tras dos años de cárcel", "libéré après cinq ans de
    # détention", "solto após três anos de prisão".
    r"after (?:[\w-]+ ){1,2}(?:years?|months?) (?:in|of|behind) (?:[\w-]+ )?(?:prison|"
    r"jail|detention|custody|bars|captivity)",
    r"(?:tras|despu[ée]s de) (?:[\w-]+ ){1,2}(?:años?|meses) (?:de|en|tras) (?:la )?(?:"
    r"prisi[óo]n|c[áa]rcel|detenci[óo]n|cautiverio|las rejas)",
    r"apr[èe]s (?:[\w-]+ ){1,2}(?:ans?|ann[ée]es?|mois) (?:de|en|derri[èe]re les) (?:"
    r"prison|d[ée]tention|captivit[ée]|barreaux)",
    r"(?:ap[óo]s|depois de) (?:[\w-]+ ){1,2}(?:anos?|meses) (?:de|na|em|atr[áa]s das) (?:"
    r"pris[ãa]o|cadeia|deten[çc][ãa]o|cativeiro|grades)",
)
# Headlines of perpetrators convicted, years on: the attack they name is the old crime
# judged, not news of one ("Condenados a 40 años de prisión los dos responsables del
# homicidio de un líder comunal", "Júri condena pistoleiros pela morte de sindicalista").
# Whom a court convicts of an attack, counted or not: "dos hombres", "deux hommes", "two
# former police officers", "o executor".
_CONVICTED = (
    r"(?:(?:a |à )?(?:dos|tres|cuatro|cinco|deux|trois|quatre|cinq|dois|duas|tr[eê]s|quatro|"
    r"cinco|two|three|four|five|\d+|un|una|um|uma|an?|the|el|los|le|les|o|os) )?"
    r"(?:(?:ex|former|antiguos?|anciens?|antigos?|ex-)[ -])?"
    r"(?:hombres?|homens?|hommes?|men|man|acusados?|accus[ée]s?|arguidos?|r[ée]us?|reos?|"
    r"suspects?|sospechosos?|suspeitos?|polic[íi]as?|policiais|policiers?|police officers?|"
    r"officers?|soldiers?|militar(?:es)?|soldados?|soldats?|gendarmes?|personas?|pessoas?|people|"
    r"individuos?|ind[íi]v[íi]duos?|individus?|agentes?|agents?|guards?|guardias?|executor|"
    r"gunm[ae]n|sicarios?|pistoleiros?)"
)
# What they are convicted of: a murder or an abduction, of a year named or not.
_CONVICTED_OF = (
    r"(?:por|pour|pela|pelo|for|over|in) (?:el |la |l['’]|le |a |o |the )?(?:\d{4} )?"
    r"(?:asesinato|homicidio|crimen|muerte|feminicidio|secuestro|assassinat|meurtre|"
    r"homicide|enl[èe]vement|mort|assassinato|homic[íi]dio|morte|sequestro|murder|killing|"
    r"assassination|abduction|kidnapping|death)"
)

CONVICTION_TITLE: tuple[str, ...] = (
    # "Condenan a dos hombres por el asesinato de un periodista radial en 2020", "deux
    # hommes condamnés pour l'assassinat d'un animateur", "Júri condena dois homens pela
    # morte de radialista", "court jails two men for 2019 murder of regional blogger".
    rf"(?:condena|condenan|condenaron|conden[oó]|condenou|condenam|condamne|condamnent|"
    rf"sentencia|sentences|sentenced|jails|jailed|convicts|convicted|imprisons|imprisoned) "
    rf"{_CONVICTED} (?:[\w'’-]+ ){{0,4}}?{_CONVICTED_OF}",
    rf"{_CONVICTED} (?:[\w'’-]+ ){{0,2}}?(?:condenad[oa]s?|condamn[ée]e?s?|sentenced|jailed|"
    rf"convicted) (?:[\w'’-]+ ){{0,4}}?{_CONVICTED_OF}",
    r"(?:condenad|sentenciad)[oa]s? (?:[\w-]+ ){0,8}?(?:los |las |el |la |dos |tres )*"
    r"(?:responsables?|asesinos?|autor(?:es)?|sicarios?|culpables?|homicidas?|mandantes?|"
    r"assassinos?|pistoleiros?|executor(?:es)?)",
    r"condamn[ée]e?s? (?:[\w-]+ ){0,8}?(?:les |le |deux |trois )*(?:meurtriers?|assassins?|"
    r"auteurs?|tueurs?|commanditaires?)",
    r"(?:killers?|murderers?|assassins?|gunm[ae]n|hitm[ae]n) (?:[\w'’-]+ ){0,5}?(?:convicted|"
    r"sentenced|jailed|found guilty)",
    r"(?:convicts?|sentences?|jails?) (?:[\w'’-]+ ){0,3}?(?:killers?|murderers?|assassins?)",
    # "perpétuité pour les assassins du défenseur", "Júri condena pistoleiros e fazendeiro
    # pela morte de sindicalista", "cadena perpetua para los asesinos".
    r"(?:perp[ée]tuit[ée]|life sentences?|cadena perpetua|pris[ãa]o perp[ée]tua|"
    r"(?:\d+|trente|vingt) ans de (?:prison|r[ée]clusion)) (?:pour|for|para) (?:les |le |the |"
    r"los |las |os |as )?(?:[\w-]+ )?(?:assassins?|meurtriers?|tueurs?|killers?|murderers?|"
    r"asesinos?|sicarios?|assassinos?|pistoleiros?)",
    # A trial of the accused set for a date ("Trial of three accused of killing activist
    # set for June", "Fijan para el 17 de noviembre el juicio oral por el asesinato del
    # periodista", "le procès des meurtriers présumés du syndicaliste fixé au 17 mars",
    # "Júri dos acusados de matar radialista é marcado para 14 de abril"); not a trial of
    # the defender ("Trial of journalist accused of defamation set for June" is news).
    r"(?:trial|hearing|juicio(?: oral)?|audiencia|proc[èe]s|audience|j[úu]ri|julgamento|"
    r"audi[êe]ncia)\b[^\n]{0,40}?\b(?:of (?:the |three |two |four |five )?(?:accused|suspects?|"
    r"alleged killers?|killers?)|(?:for|over|por|pour|pela|pelo|de) (?:the |el |la |l['’]|a |o )?"
    r"(?:murder|killing|asesinato|homicidio|meurtre|assassinat|morte|assassinato)|"
    r"(?:de|des|dos|das|del|de los) (?:presuntos |supuestos |présumés )?(?:acusad[oa]s|"
    r"asesinos|meurtriers|assassins|assassinos|imputad[oa]s|accusés|acusados|suspeitos|"
    r"sospechosos)|(?:des|dos) (?:meurtriers|assassins|acusados|accusés|réus))[^\n]*",
    r"(?:fijan?|fij[óa]|programan?|aplazan?|marcam?|agendam?)\b[^\n]{0,40}?\b(?:juicio|"
    r"audiencia|j[úu]ri|julgamento|proc[èe]s|audi[êe]ncia)\b[^\n]{0,30}?\b(?:por|pour|pela|"
    r"pelo|contra|des|dos|de los) [^\n]*",
    r"(?:j[úu]ri|jurado|tribunal|juiz|juez|cour|court) (?:[\w-]+ ){0,2}?(?:condena|condenou|"
    r"condamne|convicts|sentences) (?:[\w-]+ ){0,3}?(?:pistoleiros?|assassinos?|mandantes?|"
    r"asesinos?|sicarios?|autor(?:es)?|meurtriers?|assassins?|auteurs?|killers?|murderers?)",
)


# A count of ten or more, with its thousands written "1,180", "1.180" or "1 180".
_COUNT = r"(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d{2,}(?:[.,]\d+)?)"


def _count_of(verbs: str, nouns: str) -> str:
    """A headline's count: a verb of counting, a number and what it counts, each at most
    two words from the next."""
    return rf"(?:{verbs}) (?:[\w'’-]+ ){{0,2}}?{_COUNT} (?:[\w'’-]+ ){{0,2}}?(?:{nouns})"


# Headlines of a report that counts attacks (an annual report, an index): their attack
# words are its figures, not news of one attack ("Informe anual registra 312 agresiones
# contra la prensa").
REPORT_TITLE: tuple[str, ...] = (
    r"annual report",
    # "publie ses chiffres annuels", "cifras anuales", "annual figures".
    r"(?:chiffres|bilan|cifras|balance|balan[çc]o|n[úu]meros|dados|figures|statistics|"
    r"estad[íi]sticas|statistiques|estat[íi]sticas) (?:annuels?|anual(?:es)?|anuais|annual)",
    r"annual (?:figures|statistics|tally|count)",
    r"index",
    r"ranking",
    r"clasificaci[oó]n anual",
    r"informe anual",
    r"classement",
    r"rapport annuel",
    r"relat[óo]rio anual",
    *(
        rf"{verb} (?:[\w'’-]+ ){{0,5}}?report"
        for verb in ("publishes", "releases", "launches", "presents", "unveils")
    ),
    # "l'Observatoire X publie son rapport 2023", "presenta su informe", "lança relatório"
    r"(?:publie|pr[ée]sente|d[ée]voile|publica|presenta|lanza|divulga|lan[çc]a|apresenta)"
    r" (?:[\w'’-]+ ){0,5}?(?:rapport|informe|relat[óo]rio)",
    # A count of many attacks: "Coalición de ONG registra 64 agresiones contra defensores",
    # "un collectif recense 1 180 mouvements de protestation".
    _count_of(
        r"registra|registran|registr[óo]|contabiliza|documenta|recense|d[ée]nombre|compte|"
        r"conta|regista|registou|registrou|soma",
        r"agresiones|ataques|asesinatos|casos|amenazas|agressions|attaques|meurtres|cas|"
        r"menaces|agress[õo]es|assassinatos|amea[çc]as|violaciones|violations|viola[çc][õo]es|"
        r"protestas|protestations|protestos|manifestations|manifestaciones|manifesta[çc][õo]es|"
        r"mouvements|incidents|incidentes|ocorr[êe]ncias",
    ),
    # A rate of change: "Threats against journalists rose by 40pc in 2024", "las
    # agresiones aumentaron un 30 %", "les menaces ont augmenté de 25 %".
    r"(?:rose|rise|rises|risen|rising|fell|fall|falls|jumped|surged|climbed|doubled|increased|"
    r"decreased|dropped|up|down|aumentaron|subieron|crecieron|cayeron|bajaron|augment[ée]|"
    r"diminu[ée]|aumentaram|subiram|ca[íi]ram|cresceram) (?:by |un |en |de |em )?\d+(?:[.,]\d+)?"
    r" ?(?:pc|%|per ?cent|percent|por ciento|pour cent|por cento)",
    # "Journalists' safety network records 214 incidents in East Africa in 2025".
    _count_of(
        r"records|recorded|documents|documented|registers|registered|counts|counted|logs|"
        r"logged|tallies|tallied",
        r"incidents|attacks|killings|cases|threats|violations|arrests|abuses|assaults|"
        r"murders|deaths|detentions",
    ),
)
# An obituary's lead: a death of old age or of illness ("s'est éteint dimanche à l'âge de 84
# ans, des suites d'une longue maladie", "morreu no domingo, aos 71 anos, vítima de doença
# prolongada"), in a sentence that says nothing of custody.
OBITUARY_DEATH: tuple[str, ...] = (
    r"died", r"dies", r"passed away", r"morreu", r"faleceu", r"muri[óo]", r"falleci[óo]",
    r"s'est [ée]teinte?", r"s['’][ée]teint", r"est d[ée]c[ée]d[ée]e?", r"est morte?",
)  # fmt: skip
OBITUARY_CAUSE: tuple[str, ...] = (
    r"aged \d+", r"at the age of \d+", r"aos \d+ anos", r"a los \d+ años",
    r"[àa] l['’][âa]ge de \d+ ans", r"(?:long |short )?illness", r"natural causes",
    r"cancer", r"maladie", r"doen[çc]a", r"enfermedad", r"c[áa]ncer", r"insuffisance",
    r"insufici[êe]ncia", r"insuficiencia", r"causes naturelles", r"causas naturales",
    r"causas naturais",
)  # fmt: skip
OBITUARY_NOT: tuple[str, ...] = (
    r"custody", r"prison", r"jail", r"detention", r"cell", r"custodia", r"c[áa]rcel",
    r"prisi[óo]n", r"pris[ãa]o", r"cadeia", r"d[ée]tention", r"garde [àa] vue",
    r"cust[óo]dia", r"cellule", r"celda", r"cela",
)  # fmt: skip
# A review's rating above its text: "★★★☆".
RATING = r"[★☆✩✭]{3,}"

# Headlines of reviews of a film or a book about an attack: their headline tells the plot
# ("a haunting portrait of a murdered water defender"), so they are no report even when
# it names an attack.
REVIEW_TITLE: tuple[str, ...] = (
    r"(?:film|book|movie|documentary|theatre|theater|play) review",
    r"review [–—-]",
    r"cr[íi]tica de cine",
    r"critique (?:du|de) film",
    # "Crítica de 'La radio del monte':", "Critique : « ... »", "Resenha".
    r"cr[íi]tica(?: de)?\s*[:–—-]?\s*['‘“\"«][^'’”\"»\n]{2,80}['’”\"»]",
    r"critique\s*(?:de|du)?\s*[:–—-]?\s*['‘“\"«][^'’”\"»\n]{2,80}['’”\"»]",
    r"resenha",
    r"review:",
)

CHILD: tuple[str, ...] = (
    r"child(?:ren)?",
    r"boys?",
    r"girls?",
    r"minors?",
    r"teen(?:ager|agers|s)?",
    r"juveniles?",
    r"schoolchildren",
    r"students? aged",
    r"niñ[oa]s?",
    r"menor(?:es)? de edad",
    r"adolescentes?",
    r"enfants?",
    r"mineurs?",
    r"gar[çc]ons?",
    r"fillettes?",
    r"crian[çc]as?",
    r"menin[oa]s?",
)
