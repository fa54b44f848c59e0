# ruff: noqa: E501  (prose templates and data tables read better unwrapped)
"""Modelos em português (redigidos em português, não traduzidos)."""

from __future__ import annotations

from .packs import Pack

_G = {
    ("man", False): {"o": "o", "foi": "foi", "ele": "ele", "Ele": "Ele", "esta": "está",
                     "m": "", "plural": "0", "seu": "seu", "teve": "teve"},
    ("woman", False): {"o": "a", "foi": "foi", "ele": "ela", "Ele": "Ela", "esta": "está",
                       "m": "", "plural": "0", "seu": "seu", "teve": "teve"},
    ("man", True): {"o": "os", "foi": "foram", "ele": "eles", "Ele": "Eles", "esta": "estão",
                    "m": "m", "plural": "1", "seu": "seus", "teve": "tiveram"},
    ("woman", True): {"o": "as", "foi": "foram", "ele": "elas", "Ele": "Elas", "esta": "estão",
                      "m": "m", "plural": "1", "seu": "seus", "teve": "tiveram"},
}  # fmt: skip

LEADS = {
    "killing": (
        "{V} {foi} assassinad{o} a tiros {W} {L}, segundo familiares.",
        "{V} {foi} mort{o} por {P} {L} {W}.",
        "O corpo de {V} foi encontrado {W} {L} com marcas de tiros.",
        "Entidades de direitos humanos denunciam o assassinato de {V}, ocorrido {W} {L}.",
    ),
    "disappearance": (
        "O paradeiro de {V} é desconhecido desde que {ele} {foi} levad{o} por {P} {L} {W}.",
        "A família de {V} denuncia desaparecimento forçado: {ele} {foi} vist{o} pela última vez {L} {W}.",
        "Advogados pedem habeas corpus para {V}, detid{o} {W} {L} e levad{o} para local desconhecido.",
    ),
    "torture": (
        "{V} {foi} torturad{o} durante o interrogatório {L} {W}, denunciou a defesa.",
        "Laudo médico confirma que {V} {foi} espancad{o} e submetid{o} a choques elétricos por {P} {L} {W}.",
        "Organizações denunciam tortura contra {V} em uma delegacia {L} {W}.",
    ),
    "detention": (
        "{V} {foi} pres{o} {W} {L} e continua{m} detid{o} sem acusação formal.",
        "{V} {foi} detid{o} por {P} {W} {L} sem mandado judicial, segundo colegas.",
        "Entidades pedem a libertação de {V}, pres{o} {L} {W}.",
        "Agentes invadiram a casa de {V} {L} {W} e {o} levaram pres{o}.",
    ),
    "kidnapping": (
        "{V} {foi} sequestrad{o} {W} {L} por {P}.",
        "Homens armados obrigaram {V} a entrar em uma caminhonete {L} {W}.",
        "A comunidade pede a libertação de {V}, sequestrad{o} {W} {L}.",
    ),
    "threats": (
        "{V} {foi} ameaçad{o} de morte {W} {L} depois de denunciar grilagem de terras.",
        "{V} vem sendo ameaçad{o} por {P} {L}, denunciaram colegas {W}.",
    ),
    "assault": (
        "{V} {foi} espancad{o} por {P} {L} {W} e precisou de atendimento médico.",
        "{V} {foi} agredid{o} {W} {L} enquanto registrava{m} um despejo.",
    ),
    "judicial": (
        "O Ministério Público denunciou {V} {W} por calúnia {L}.",
        "Um juiz {L} abriu {W} processo criminal contra {V} por \"incitação\".",
    ),
    "sexual": ("{V} denunciou violência sexual cometida por {P} {L} {W}.",
               "Segundo a denúncia, {V} sofreu violência sexual sob custódia {L} {W}."),
    "surveillance": ("Peritos confirmaram {W} que o celular de {V} foi infectado com programa espião {L}.",
                     "{V} vem sendo seguid{o} e fotografad{o} por {P} {L}, segundo colegas {W}."),
}  # fmt: skip

SECONDARY = {
    "killing": ("{Short} morreu horas depois no hospital.",),
    "kidnapping": ("Segundo a família, {ele} havia sido levad{o} à força horas antes.",),
    "torture": ("O laudo aponta sinais de tortura no corpo.",
                "A defesa afirma que {short} {foi} torturad{o} durante o interrogatório."),
    "detention": ("{Ele} {foi} mantid{o} pres{o} por vários dias sem acusação.",),
    "assault": ("Testemunhas dizem que {ele} {foi} agredid{o} durante a prisão.",),
    "judicial": ("O Ministério Público agora {o} acusa de \"terrorismo\".",),
    "surveillance": ("Os agentes apreenderam e vasculharam seus celulares.",),
    "sexual": ("{Ele} também denunciou violência sexual.",),
}  # fmt: skip

RECAP = {
    "killing": "assassinad{o}", "disappearance": "levad{o} por agentes e nunca mais vist{o}",
    "torture": "torturad{o} sob custódia", "detention": "pres{o}", "kidnapping": "sequestrad{o}",
    "threats": "ameaçad{o}", "assault": "agredid{o}", "judicial": "processad{o}",
    "sexual": "vítima de violência sexual", "surveillance": "espionad{o}",
}  # fmt: skip

TITLES = {
    "killing": ("{Tv} é assassinad{o} em {city}", "Mais um {role} morto em {region}"),
    "disappearance": ("{Tv} desaparece após ser detid{o} em {city}",),
    "torture": ("Defesa denuncia tortura contra {role} em {city}",),
    "detention": ("{Tv} é pres{o} em {city}", "Prisão de {role} em {city} gera críticas"),
    "kidnapping": ("{Tv} é sequestrad{o} em {city}",),
    "threats": ("{Tv} recebe ameaças de morte em {city}",),
    "assault": ("{Tv} é agredid{o} em {city}",),
    "judicial": ("{Tv} vira réu em {city}",),
    "sexual": ("{Tv} denuncia violência sexual",),
    "surveillance": ("{Tv} é espionad{o}",),
}  # fmt: skip


def pack() -> Pack:
    """The Portuguese pack."""
    return Pack(
        lang="pt",
        roles={
            "land": ("líder sem-terra", "liderança sem-terra", "lideranças sem-terra"),
            "environment": ("ambientalista", "ambientalista", "ambientalistas"),
            "indigenous": ("liderança indígena", "liderança indígena", "lideranças indígenas"),
            "lawyer": ("advogado popular", "advogada popular", "advogados populares"),
            "activist": ("defensor de direitos humanos", "defensora de direitos humanos", "defensores de direitos humanos"),
            "community": ("líder comunitário", "líder comunitária", "líderes comunitários"),
            "journalist": ("jornalista", "jornalista", "jornalistas"),
            "reporter": ("repórter", "repórter", "repórteres"),
            "radio": ("radialista", "radialista", "radialistas"),
            "photo": ("fotojornalista", "fotojornalista", "fotojornalistas"),
            "editor": ("editor de jornal", "editora de jornal", "editores"),
            "union_leader": ("dirigente sindical", "dirigente sindical", "dirigentes sindicais"),
            "organiser": ("sindicalista", "sindicalista", "sindicalistas"),
            "unionist": ("sindicalista", "sindicalista", "sindicalistas"),
        },
        group_plurals={"human rights defender": "defensores de direitos humanos",
                       "journalist": "jornalistas", "trade unionist": "sindicalistas"},
        numbers=("zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove",
                 "dez", "onze", "doze", "treze"),
        at_least="pelo menos {n}", vague=("vários", "um grupo de"),
        the_group_t="os {roles}", the_one_t=("o {role}", "a {role}"),
        honorifics=("", ""), grammar_table=_G,
        months=("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
                "setembro", "outubro", "novembro", "dezembro"),
        weekdays=("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
                  "sábado", "domingo"),
        date_formats=("em {d} de {month}", "no dia {d} de {month}", "na noite de {d} de {month}"),
        weekday_t="na {weekday}", today="nesta {weekday}", yesterday="ontem",
        last_week="na semana passada", last_month="no mês passado", earlier="no início do mês",
        np_named=("{role} {name}", "{name}, {role} de {org},", "{name}, integrante de {org},", "{name}"),
        np_pair=("{roles} {name1} e {name2}", "{name1} e {name2}, integrantes de {org},"),
        np_group=("{count} {roles}", "{count} {roles} da região"),
        np_anon=("{un} {role}", "{un} {role} cujo nome não foi divulgado"),
        extra={"indef": ("um", "uma")},
        places=("em {city}, {region}", "no município de {city} ({region})", "em {city}", "no interior de {region}"),
        perps={
            "police": ("policiais militares", "agentes da polícia", "policiais à paisana"),
            "army": ("militares", "soldados do exército"),
            "security": ("forças de segurança", "agentes de inteligência"),
            "official": ("funcionários da prefeitura", "servidores municipais"),
            "prosecutor": ("o Ministério Público", "um juiz local"),
            "militia": ("milicianos", "uma milícia ligada a políticos locais"),
            "gunmen": ("pistoleiros", "homens armados em uma moto", "matadores de aluguel"),
            "gang": ("uma facção criminosa", "membros de uma quadrilha"),
            "armed_group": ("um grupo armado", "insurgentes"),
            "private_security": ("seguranças de uma mineradora", "jagunços de uma fazenda"),
            "unidentified": ("desconhecidos", "pessoas não identificadas"),
        },  # fmt: skip
        leads=LEADS, secondary=SECONDARY, recap=RECAP, titles=TITLES,
        perp_sentences=("Testemunhas apontam {P} como responsáveis.", "Segundo fontes locais, o ataque foi obra de {P}."),
        speakers=("um colega de {short}", "a coordenadora de uma entidade de direitos humanos",
                  "um porta-voz do sindicato dos jornalistas", "um parente que pediu anonimato"),
        quotes=("\"É um ataque contra todos que defendem direitos\", disse {speaker}.",
                "\"Responsabilizamos o Estado pela segurança\", afirmou {speaker}.",
                "\"Querem nos calar, mas não vão conseguir\", disse {speaker}.",
                "\"A impunidade alimenta esses crimes\", ressaltou {speaker}."),
        responses=("A Polícia Civil informou que abriu inquérito.",
                   "As autoridades não responderam aos pedidos de entrevista.",
                   "A Secretaria de Segurança disse que o caso está sendo investigado."),
        context=("O país está entre os mais perigosos do mundo para {group_pl}, segundo organizações internacionais.",
                 "Entidades locais registraram dezenas de ataques contra {group_pl} em {region} nos últimos anos.",
                 "Conflitos por terra e garimpo alimentam a violência na região.",
                 "A maioria desses crimes continua impune."),
        org_sentences=("{Short} integra{m} {org}.", "Colegas de {org} denunciam abusos na região há anos."),
        history=("Não era a primeira vez: em {month}, {short} já havia sido {recap}.",
                 "Em {month}, {short} tinha sido {recap}, lembram colegas."),
        surge_context={
            "election": ("A prisão ocorre em meio a uma onda de detenções de jornalistas antes da eleição.",),
            "protest": ("O caso faz parte da repressão aos protestos que tomam o país há semanas.",),
        },
        closings=("Entidades vão levar o caso à Comissão Interamericana.", "Colegas marcaram um ato em {city}."),
        followups={
            "released": ("{V}, pres{o} {W} {L}, foi libertad{o}.", "Justiça manda soltar {V}, {recap} {W} {L}."),
            "charged": ("O Ministério Público denunciou formalmente {V}, {recap} {W} {L}.",),
            "funeral": ("Centenas de pessoas acompanharam o enterro de {V}, assassinad{o} {W} {L}.",),
            "suspect_arrested": ("A polícia prendeu um suspeito do assassinato de {V}, ocorrido {W} {L}.",),
            "still_missing": ("Semanas depois de ser {recap} {L} {W}, {V} continua desaparecid{o}.",),
            "complaint": ("{V}, {recap} {W} {L}, registrou denúncia contra os agentes.",),
            "condemnation": ("Relatores da ONU condenam o ataque contra {V} {L} {W}.",),
        },
        followup_recap=("{Short} {foi} {recap} {L} {W}.", "O caso de {short} causou comoção."),
        followup_titles={
            "released": ("{Tv} é libertad{o}",), "charged": ("{Tv} é denunciad{o}",),
            "funeral": ("Enterro de {role} reúne centenas em {city}",),
            "suspect_arrested": ("Suspeito de matar {role} é preso",),
            "still_missing": ("{Tv} continua desaparecid{o}",),
            "complaint": ("{Tv} denuncia tortura",), "condemnation": ("ONU condena ataque a {role}",),
        },
    )  # fmt: skip
