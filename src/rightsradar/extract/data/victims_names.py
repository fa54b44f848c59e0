"""Words that stand before a person's name in a capitalised run without being part of it:
nationalities ("Australian Sean Turnell") and capitalised roles or captions that the
title and role lists of ``extract.names`` do not hold ("Researcher Atefeh Rangiz",
"MPs Muhammad Ssegirinya", "Image Ali Younesi")."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DEMONYMS: frozenset[str] = _words(
    """
    afghan albanian algerian american angolan argentine argentinian armenian australian
    austrian azerbaijani azeri bahraini bangladeshi belarusian belgian beninese bolivian
    bosnian brazilian british briton bulgarian burkinabe burmese burundian cambodian
    cameroonian canadian chadian chilean chinese colombian congolese croatian cuban
    cypriot czech danish dutch ecuadorian egyptian emirati english eritrean estonian
    ethiopian european filipino finnish french gabonese gambian georgian german ghanaian
    greek guatemalan guinean haitian honduran hungarian indian indonesian iranian iraqi
    irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar
    kurdish kuwaiti kyrgyz lao laotian latvian lebanese liberian libyan lithuanian
    macedonian malagasy malawian malaysian malian mauritanian mexican moldovan mongolian
    montenegrin moroccan mozambican myanmar namibian nepali nepalese nicaraguan nigerian
    nigerien norwegian omani pakistani palestinian panamanian paraguayan peruvian polish
    portuguese qatari romanian russian rwandan salvadoran saudi scottish senegalese
    serbian singaporean slovak slovenian somali somalian spanish sudanese
    swedish swiss syrian taiwanese tajik tanzanian thai tibetan togolese tunisian turkish
    turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian
    zimbabwean uyghur uighur rohingya baloch baluch pashtun sikh hindu muslim
    catholic jewish tamil sindhi kashmiri punjabi bengali arab berber kurd maasai
    tibetans uyghurs afghans iranians americans palestinians kurds
    """
)

EXTRA_ROLES: frozenset[str] = _words(
    """
    researcher researchers satirist cartoonist filmmaker film-maker comedian academic
    scholar economist businessman businesswoman politician lawmaker legislator mp mps md
    councillor councilor bishop cleric monk nun rabbi hon hon. honourable honorable
    justice constable superintendent comrade image photo photos credit picture caption
    video watch read listen advocate trader entrepreneur influencer youtuber tiktoker
    vlogger podcaster publisher host anchorwoman anchorman commentator analyst
    campaigner organiser organizer protester protesters demonstrator worker workers
    driver mother father wife husband daughter brother sister widow speaker free
    """
)
