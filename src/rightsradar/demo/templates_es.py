# ruff: noqa: E501  (prose templates and data tables read better unwrapped)
"""Plantillas en español (redactadas en español, no traducidas)."""

from __future__ import annotations

from .packs import Pack

_G = {
    ("man", False): {"o": "o", "fue": "fue", "lo": "lo", "su": "su", "el": "el", "Pron": "Él",
                     "n": "", "plural": "0", "ha": "ha", "esta": "está", "s": "", **{"murio": "murió",
                     "recibio": "recibió", "denuncio": "denunció", "permanecio": "permaneció"}},
    ("woman", False): {"o": "a", "fue": "fue", "lo": "la", "su": "su", "el": "la", "Pron": "Ella",
                       "n": "", "plural": "0", "ha": "ha", "esta": "está", "s": "", **{"murio": "murió",
                       "recibio": "recibió", "denuncio": "denunció", "permanecio": "permaneció"}},
    ("man", True): {"murio": "murieron", "recibio": "recibieron", "denuncio": "denunciaron",
                    "permanecio": "permanecieron", "o": "os", "fue": "fueron", "lo": "los", "su": "sus", "el": "los",
                    "Pron": "Ellos", "n": "n", "plural": "1", "ha": "han", "esta": "están", "s": "s"},
    ("woman", True): {"murio": "murieron", "recibio": "recibieron", "denuncio": "denunciaron",
                    "permanecio": "permanecieron", "o": "as", "fue": "fueron", "lo": "las", "su": "sus", "el": "las",
                      "Pron": "Ellas", "n": "n", "plural": "1", "ha": "han", "esta": "están", "s": "s"},
}  # fmt: skip

LEADS = {
    "killing": (
        "{V} {fue} asesinad{o} {W} {L}, según confirmaron sus compañeros.",
        "{V} {murio} {W} tras ser atacad{o} a tiros por {P} {L}.",
        "Sicarios dispararon contra {V} {W} {L}; {su} muerte fue confirmada en el hospital.",
        "El cuerpo de {V} fue hallado {W} {L} con varios impactos de bala.",
        "Organizaciones sociales denuncian el asesinato de {V}, ocurrido {W} {L}.",
    ),
    "disappearance": (
        "Se desconoce el paradero de {V} desde que {fue} detenid{o} por {P} {L} {W}.",
        "{V} {fue} llevad{o} por hombres que se identificaron como agentes {W} {L} y las autoridades niegan tenerl{o} bajo custodia.",
        "La familia de {V} denuncia su desaparición forzada: {fue} vist{o} por última vez {L} {W}.",
        "Abogados presentaron un habeas corpus a favor de {V}, detenid{o} {W} {L} y trasladad{o} a un lugar desconocido.",
    ),
    "torture": (
        "{V} {fue} torturad{o} durante el interrogatorio {L} {W}, denunció su abogado.",
        "Un informe médico confirma que {V} {fue} golpead{o} y sometid{o} a descargas eléctricas por {P} {L} {W}.",
        "{V} relató haber sido colgad{o} de las muñecas y golpead{o} {W} en una instalación policial {L}.",
        "Organizaciones de derechos humanos denuncian torturas contra {V} {L} {W}.",
    ),
    "detention": (
        "{V} {fue} detenid{o} {W} {L} y permanece{n} en prisión sin cargos.",
        "{V} {fue} capturad{o} por {P} {W} {L} sin orden judicial, según sus colegas.",
        "Organizaciones exigen la liberación de {V}, arrestad{o} {L} {W}.",
        "Agentes allanaron la vivienda de {V} {L} {W} y se l{o} llevaron detenid{o}.",
        "{V} {fue} arrestad{o} {W} {L} mientras cubría{n} una manifestación.",
    ),
    "kidnapping": (
        "{V} {fue} secuestrad{o} {W} {L} por {P}.",
        "Hombres armados obligaron a {V} a subir a una camioneta {L} {W}.",
        "La comunidad pide la liberación de {V}, secuestrad{o} {W} {L}.",
        "{V} {fue} plagiad{o} por {P} {L} {W} cuando regresaba{n} de una reunión comunitaria.",
    ),
    "threats": (
        "{V} {recibio} amenazas de muerte {W} {L} tras denunciar abusos en la zona.",
        "Un panfleto declaró \"objetivo militar\" a {V} {L} {W}.",
        "{V} {ha} sido amenazad{o} por {P} {L}, denunciaron sus compañeros {W}.",
    ),
    "assault": (
        "{V} {fue} golpead{o} por {P} {L} {W} y tuvo que ser atendid{o} en un hospital.",
        "{V} {fue} agredid{o} {W} {L} mientras documentaba{n} un desalojo.",
    ),
    "judicial": (
        "La Fiscalía imputó {W} a {V} por injuria y calumnia {L}.",
        "Un juez {L} abrió {W} un proceso penal contra {V} por \"instigación\".",
    ),
    "sexual": (
        "{V} {denuncio} haber sido víctima de violencia sexual por parte de {P} {L} {W}.",
        "Organizaciones denuncian que {V} {fue} agredid{o} sexualmente bajo custodia {L} {W}.",
    ),
    "surveillance": (
        "Peritos confirmaron {W} que el teléfono de {V} fue infectado con software espía {L}.",
        "{V} {ha} sido seguid{o} y fotografiad{o} por {P} {L}, denunciaron sus colegas {W}.",
    ),
}  # fmt: skip

SECONDARY = {
    "killing": ("{Short} {murio} horas después en el hospital.",),
    "kidnapping": ("Según sus familiares, horas antes {fue} sacad{o} a la fuerza de su casa.",),
    "torture": ("El dictamen forense indica que el cuerpo presentaba signos de tortura.",
                "Sus abogados denunciaron que {fue} torturad{o} durante el interrogatorio."),
    "detention": ("{permanecio} varios días detenid{o} sin cargos.",),
    "assault": ("Durante la detención {fue} golpead{o}, según testigos.",
                "Los agentes l{o} patearon en el suelo, relataron vecinos."),
    "judicial": ("Posteriormente la Fiscalía l{o} acusó de \"terrorismo\".",),
    "surveillance": ("Los agentes revisaron y copiaron el contenido de sus teléfonos.",),
    "sexual": ("También {denuncio} haber sufrido violencia sexual.",),
}  # fmt: skip

RECAP = {
    "killing": "asesinad{o}", "disappearance": "desaparecid{o} tras ser detenid{o}",
    "torture": "torturad{o} bajo custodia", "detention": "detenid{o}", "kidnapping": "secuestrad{o}",
    "threats": "amenazad{o}", "assault": "agredid{o}", "judicial": "denunciad{o} penalmente",
    "sexual": "agredid{o} sexualmente", "surveillance": "espiad{o}",
}  # fmt: skip

TITLES = {
    "killing": ("Asesinan a {role} en {city}", "{Tv} asesinado en {country}", "Otro crimen contra un {role} en {region}"),
    "disappearance": ("Desaparece {role} tras ser detenido en {city}", "¿Dónde está? Familia busca a {role}"),
    "torture": ("Denuncian torturas contra {role} en {city}",),
    "detention": ("Detienen a {role} en {city}", "Capturan a {roles} en {country}", "Arresto de {role} en {city}"),
    "kidnapping": ("Secuestran a {role} en {city}", "Plagian a {role} en {region}"),
    "threats": ("Amenazan de muerte a {role} en {city}", "{Tv} denuncia amenazas"),
    "assault": ("Agreden a {role} en {city}",),
    "judicial": ("Abren proceso penal contra {role} en {city}",),
    "sexual": ("{Tv} denuncia violencia sexual de agentes",),
    "surveillance": ("Espían a {role} en {country}",),
}  # fmt: skip

FOLLOWUPS = {
    "released": ("{V}, detenid{o} {W} {L}, ya está en libertad.", "Liberan a {V}, quien {fue} {recap} {W} {L}."),
    "charged": ("La Fiscalía acusó formalmente a {V}, {recap} {W} {L}.",),
    "funeral": ("Cientos de personas despidieron a {V}, asesinad{o} {W} {L}.",
                "Familiares y compañeros sepultaron a {V} {L}, tras el crimen ocurrido {W}."),
    "suspect_arrested": ("La policía capturó a un sospechoso del asesinato de {V}, ocurrido {W} {L}.",),
    "still_missing": ("Semanas después de ser {recap} {L} {W}, {V} sigue sin aparecer y su familia no tiene respuestas.",),
    "complaint": ("{V}, {recap} {W} {L}, presentó una denuncia contra los agentes.",),
    "condemnation": ("Organismos internacionales condenaron el ataque contra {V} {L} {W}.",
                     "Relatores de la ONU piden investigar el caso de {V}, {recap} {W} {L}."),
}  # fmt: skip


def pack() -> Pack:
    """The Spanish pack."""
    return Pack(
        lang="es",
        roles={
            "land": ("líder campesino", "lideresa campesina", "líderes campesinos"),
            "environment": ("defensor ambiental", "defensora ambiental", "defensores ambientales"),
            "indigenous": ("líder indígena", "lideresa indígena", "líderes indígenas"),
            "lawyer": ("abogado de derechos humanos", "abogada de derechos humanos", "abogados de derechos humanos"),
            "activist": ("defensor de derechos humanos", "defensora de derechos humanos", "defensores de derechos humanos"),
            "community": ("líder social", "lideresa social", "líderes sociales"),
            "journalist": ("periodista", "periodista", "periodistas"),
            "reporter": ("reportero", "reportera", "reporteros"),
            "radio": ("locutor de radio", "locutora de radio", "periodistas radiales"),
            "photo": ("reportero gráfico", "reportera gráfica", "reporteros gráficos"),
            "editor": ("director de un periódico", "directora de un periódico", "editores"),
            "union_leader": ("dirigente sindical", "dirigente sindical", "dirigentes sindicales"),
            "organiser": ("sindicalista", "sindicalista", "sindicalistas"),
            "unionist": ("sindicalista", "sindicalista", "sindicalistas"),
        },
        group_plurals={"human rights defender": "defensores de derechos humanos",
                       "journalist": "periodistas", "trade unionist": "sindicalistas"},
        numbers=("cero", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
                 "diez", "once", "doce", "trece"),
        at_least="al menos {n}", vague=("varios", "un grupo de"),
        the_group_t="los {roles}", the_one_t=("el {role}", "la {role}"),
        honorifics=("", ""), grammar_table=_G,
        months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                "septiembre", "octubre", "noviembre", "diciembre"),
        weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        date_formats=("el {d} de {month}", "el pasado {d} de {month}", "el {weekday} {d} de {month}",
                      "la noche del {d} de {month}"),
        weekday_t="el {weekday}", today="este {weekday}", yesterday="ayer",
        last_week="la semana pasada", last_month="el mes pasado", earlier="a comienzos de mes",
        np_named=("{role} {name}", "{name}, {role} de {org},", "{name}, integrante de {org},", "{name}"),
        np_pair=("{roles} {name1} y {name2}", "{name1} y {name2}, integrantes de {org},"),
        np_group=("{count} {roles}", "{count} {roles} de la región"),
        np_anon=("{un} {role}", "{un} {role} cuyo nombre se reserva por seguridad"),
        extra={"indef": ("un", "una")},
        places=("en {city}, {region}", "en el municipio de {city} ({region})", "en {city}, {country}",
                "en {city}", "en el departamento de {region}"),
        perps={
            "police": ("agentes de la policía", "policías vestidos de civil", "efectivos policiales"),
            "army": ("militares", "soldados del ejército", "una patrulla militar"),
            "security": ("las fuerzas de seguridad", "agentes de inteligencia"),
            "official": ("funcionarios municipales", "la alcaldía"),
            "prosecutor": ("la Fiscalía", "un juzgado local"),
            "militia": ("paramilitares", "un grupo parapolicial", "colectivos armados afines al gobierno"),
            "gunmen": ("sicarios", "hombres armados en motocicleta", "desconocidos armados"),
            "gang": ("una pandilla", "miembros de una banda criminal"),
            "armed_group": ("un grupo armado", "disidencias guerrilleras", "integrantes de un grupo armado ilegal"),
            "private_security": ("vigilantes de una empresa minera", "guardias privados de una palmicultora"),
            "unidentified": ("personas no identificadas", "desconocidos"),
        },  # fmt: skip
        leads=LEADS, secondary=SECONDARY, recap=RECAP, titles=TITLES,
        perp_sentences=("Testigos señalaron como responsables a {P}.",
                        "Según fuentes locales, el ataque fue obra de {P}."),
        speakers=("un compañero de {short}", "la coordinadora de una organización de derechos humanos",
                  "un vocero de la federación de periodistas", "un familiar que pidió no ser identificado"),
        quotes=("\"Es un ataque contra todos los que defienden la vida en {country}\", dijo {speaker}.",
                "\"Responsabilizamos al Estado por su seguridad\", afirmó {speaker}.",
                "\"Nos quieren callar, pero no lo van a lograr\", dijo {speaker}.",
                "\"La impunidad alimenta estos crímenes\", señaló {speaker}."),
        responses=("La Fiscalía anunció que abrió una investigación.",
                   "Las autoridades no respondieron a las solicitudes de comentarios.",
                   "La policía aseguró que no descarta ninguna hipótesis.",
                   "El gobierno prometió esclarecer el caso."),
        context=("{country} es uno de los países más peligrosos para los {group_pl}, según organismos internacionales.",
                 "Las organizaciones locales han registrado decenas de agresiones contra {group_pl} en {region} en los últimos años.",
                 "Los conflictos por la tierra y la minería alimentan la violencia en la región.",
                 "La mayoría de estos crímenes siguen impunes.",
                 "El mecanismo de protección, según sus beneficiarios, es lento y carece de recursos."),
        org_sentences=("{Short} forma{n} parte de {org}.", "{org} ha denunciado abusos en la zona durante años."),
        history=("No era la primera vez: en {month}, {short} ya había sido {recap}.",
                 "En {month}, {short} había sido {recap}, recordaron sus compañeros."),
        surge_context={
            "election": ("La detención se produce en medio de una ola de arrestos de periodistas antes de las elecciones.",),
            "protest": ("El caso se enmarca en la represión de las protestas que sacuden {country} desde hace semanas.",),
        },
        closings=("Organizaciones anunciaron que llevarán el caso ante la Comisión Interamericana.",
                  "Sus compañeros convocaron a un plantón en {city}."),
        followups=FOLLOWUPS,
        followup_recap=("{Short} {fue} {recap} {L} {W}.", "El caso de {short} causó conmoción en {country}."),
        followup_titles={
            "released": ("Liberan a {role} en {city}",), "charged": ("Acusan formalmente a {role}",),
            "funeral": ("Despiden a {role} asesinado en {city}",),
            "suspect_arrested": ("Capturan a sospechoso del crimen de {role}",),
            "still_missing": ("Sigue desaparecido {role} de {city}",),
            "complaint": ("{Tv} denuncia torturas",), "condemnation": ("Condenan ataque contra {role}",),
        },
    )  # fmt: skip
