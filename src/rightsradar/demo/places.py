# ruff: noqa: E501  (prose templates and data tables read better unwrapped)
"""Real countries, admin-1 regions and cities (with coordinates) that the demo corpus uses.

Country names are pycountry's common name (or its name when there is none), which is the
form the gold annotations use whatever the article's language.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class City:
    """A city, its admin-1 region and its coordinates (WGS 84)."""

    name: str
    region: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Country:
    """A country of the demo and how reports about it are written.

    Attributes:
        name: English short name (pycountry common name).
        local_lang: language of its national press ("en", "es", "fr", "pt").
        culture: key of the name pool used for its people (``people.NAME_POOLS``).
        weight: relative baseline rate of attacks.
        trend: relative change of the rate over the year (0.3 = 30 % more by December).
        names: the country's name in es/fr/pt where it differs from English.
        cities: where attacks happen.
    """

    name: str
    local_lang: str
    culture: str
    weight: float
    trend: float
    names: dict[str, str]
    cities: tuple[City, ...]

    def name_in(self, lang: str) -> str:
        """The country's name as written in ``lang``."""
        return self.names.get(lang, self.name)


def _c(name, lang, culture, weight, trend, names, *cities):  # type: ignore[no-untyped-def]
    return Country(name, lang, culture, weight, trend, names, tuple(City(*c) for c in cities))


COUNTRIES: tuple[Country, ...] = (
    _c("Colombia", "es", "hispanic", 3.0, 0.1, {},
       ("Medellín", "Antioquia", 6.2518, -75.5636), ("Cali", "Valle del Cauca", 3.4372, -76.5225),
       ("Popayán", "Cauca", 2.4448, -76.6147), ("Tumaco", "Nariño", 1.7986, -78.8156),
       ("Barrancabermeja", "Santander", 7.0653, -73.8547)),
    _c("Mexico", "es", "hispanic", 2.6, 0.2, {"es": "México", "fr": "Mexique", "pt": "México"},
       ("Chilpancingo", "Guerrero", 17.5506, -99.5058), ("Culiacán", "Sinaloa", 24.8069, -107.394),
       ("Oaxaca", "Oaxaca", 17.0654, -96.7237), ("Tijuana", "Baja California", 32.5027, -117.0037),
       ("Morelia", "Michoacán", 19.7008, -101.1844)),
    _c("Honduras", "es", "hispanic", 1.4, 0.0, {},
       ("Tegucigalpa", "Francisco Morazán", 14.0818, -87.2068),
       ("San Pedro Sula", "Cortés", 15.5042, -88.025), ("Tocoa", "Colón", 15.6833, -86.0)),
    _c("Guatemala", "es", "hispanic", 1.2, 0.0, {},
       ("Quetzaltenango", "Quetzaltenango", 14.8347, -91.5181),
       ("Cobán", "Alta Verapaz", 15.4708, -90.3708),
       ("Huehuetenango", "Huehuetenango", 15.3197, -91.4709)),
    _c("Peru", "es", "hispanic", 1.1, 0.0, {"es": "Perú", "fr": "Pérou", "pt": "Peru"},
       ("Cusco", "Cusco", -13.5226, -71.9673), ("Puno", "Puno", -15.8402, -70.0219),
       ("Cajamarca", "Cajamarca", -7.1638, -78.5003), ("Pucallpa", "Ucayali", -8.3791, -74.5539)),
    _c("Venezuela", "es", "hispanic", 1.3, 0.0, {},
       ("Caracas", "Distrito Capital", 10.488, -66.8792), ("Maracaibo", "Zulia", 10.6317, -71.6406),
       ("Barquisimeto", "Lara", 10.0678, -69.3474)),
    _c("Nicaragua", "es", "hispanic", 1.0, 0.0, {},
       ("Managua", "Managua", 12.1328, -86.2504), ("León", "León", 12.4379, -86.878),
       ("Matagalpa", "Matagalpa", 12.9256, -85.9175)),
    _c("Ecuador", "es", "hispanic", 0.8, 0.3, {"fr": "Équateur", "pt": "Equador"},
       ("Quito", "Pichincha", -0.2299, -78.5249), ("Guayaquil", "Guayas", -2.1962, -79.8862),
       ("Esmeraldas", "Esmeraldas", 0.9592, -79.6539)),
    _c("Bolivia", "es", "hispanic", 0.6, 0.0, {"fr": "Bolivie", "pt": "Bolívia"},
       ("La Paz", "La Paz", -16.5, -68.15), ("Cochabamba", "Cochabamba", -17.3895, -66.1568),
       ("Santa Cruz de la Sierra", "Santa Cruz", -17.7863, -63.1812)),
    _c("Argentina", "es", "hispanic", 0.5, 0.0, {"fr": "Argentine"},
       ("Rosario", "Santa Fe", -32.9468, -60.6393), ("Córdoba", "Córdoba", -31.4135, -64.1811),
       ("San Salvador de Jujuy", "Jujuy", -24.1946, -65.2971)),
    _c("El Salvador", "es", "hispanic", 0.7, 0.2, {"fr": "Salvador"},
       ("San Salvador", "San Salvador", 13.6894, -89.1872), ("Santa Ana", "Santa Ana", 13.9942, -89.5597),
       ("San Miguel", "San Miguel", 13.4833, -88.1833)),
    _c("Paraguay", "es", "hispanic", 0.5, 0.0, {"pt": "Paraguai"},
       ("Asunción", "Asunción", -25.2867, -57.647), ("Concepción", "Concepción", -23.4064, -57.4344),
       ("Ciudad del Este", "Alto Paraná", -25.5097, -54.6111)),
    _c("Brazil", "pt", "lusophone", 2.4, 0.0, {"es": "Brasil", "fr": "Brésil", "pt": "Brasil"},
       ("Altamira", "Pará", -3.2033, -52.2064), ("Belém", "Pará", -1.4558, -48.4902),
       ("Manaus", "Amazonas", -3.1019, -60.025), ("Porto Velho", "Rondônia", -8.7619, -63.9039),
       ("Salvador", "Bahia", -12.9711, -38.5108), ("Rio de Janeiro", "Rio de Janeiro", -22.9068, -43.1729)),
    _c("Mozambique", "pt", "lusophone_africa", 0.7, 0.2, {"es": "Mozambique", "pt": "Moçambique"},
       ("Maputo", "Maputo City", -25.9653, 32.5892), ("Pemba", "Cabo Delgado", -12.974, 40.5178),
       ("Nampula", "Nampula", -15.1165, 39.2666)),
    _c("Angola", "pt", "lusophone_africa", 0.5, 0.0, {},
       ("Luanda", "Luanda", -8.8368, 13.2343), ("Cabinda", "Cabinda", -5.55, 12.2),
       ("Huambo", "Huambo", -12.7761, 15.7392)),
    _c("Cameroon", "fr", "francophone", 1.0, 0.0, {"fr": "Cameroun", "es": "Camerún", "pt": "Camarões"},
       ("Yaoundé", "Centre", 3.8667, 11.5167), ("Douala", "Littoral", 4.0483, 9.7043),
       ("Ngaoundéré", "Adamaoua", 7.3167, 13.5833)),
    _c("Senegal", "fr", "francophone", 0.6, 0.0, {"fr": "Sénégal"},
       ("Dakar", "Dakar", 14.6937, -17.4441), ("Ziguinchor", "Ziguinchor", 12.5833, -16.2719),
       ("Kédougou", "Kédougou", 12.5556, -12.1744)),
    _c("Burkina Faso", "fr", "francophone", 0.9, 0.2, {},
       ("Ouagadougou", "Centre", 12.3647, -1.5332), ("Bobo-Dioulasso", "Hauts-Bassins", 11.1771, -4.2979),
       ("Kaya", "Centre-Nord", 13.0917, -1.0844)),
    _c("Mali", "fr", "francophone", 0.8, 0.0, {},
       ("Bamako", "Bamako", 12.65, -8.0), ("Mopti", "Mopti", 14.4843, -4.1827),
       ("Ségou", "Ségou", 13.4317, -6.2157)),
    _c("Guinea", "fr", "francophone", 0.7, 0.0, {"fr": "Guinée", "es": "Guinea", "pt": "Guiné"},
       ("Conakry", "Conakry", 9.538, -13.6773), ("Kankan", "Kankan", 10.3854, -9.3057),
       ("Boké", "Boké", 10.9409, -14.2967)),
    _c("Côte d'Ivoire", "fr", "francophone", 0.6, 0.0, {},
       ("Abidjan", "Abidjan", 5.3097, -4.0127), ("Bouaké", "Vallée du Bandama", 7.6939, -5.0303),
       ("San-Pédro", "Bas-Sassandra", 4.7485, -6.6363)),
    _c("Chad", "fr", "francophone", 0.5, 0.0, {"fr": "Tchad", "es": "Chad"},
       ("N'Djamena", "N'Djamena", 12.1067, 15.0444), ("Moundou", "Logone Occidental", 8.5667, 16.0833),
       ("Abéché", "Ouaddaï", 13.8292, 20.8324)),
    _c("Philippines", "en", "filipino", 2.4, 0.0, {"es": "Filipinas", "pt": "Filipinas"},
       ("Quezon City", "National Capital Region", 14.6488, 121.0509),
       ("Davao City", "Davao Region", 7.0731, 125.6128), ("Bacolod", "Western Visayas", 10.6667, 122.95),
       ("Tacloban", "Eastern Visayas", 11.2433, 125.0039), ("Cebu City", "Central Visayas", 10.3167, 123.8907)),
    _c("India", "en", "indian", 2.0, 0.1, {},
       ("Raipur", "Chhattisgarh", 21.2333, 81.6333), ("Srinagar", "Jammu and Kashmir", 34.0837, 74.7973),
       ("Lucknow", "Uttar Pradesh", 26.8393, 80.9231), ("Bhubaneswar", "Odisha", 20.2724, 85.8339),
       ("Ranchi", "Jharkhand", 23.3441, 85.3096)),
    _c("Pakistan", "en", "pakistani", 1.5, 0.0, {"es": "Pakistán", "fr": "Pakistan", "pt": "Paquistão"},
       ("Karachi", "Sindh", 24.8608, 67.0104), ("Lahore", "Punjab", 31.558, 74.3507),
       ("Peshawar", "Khyber Pakhtunkhwa", 34.008, 71.5785), ("Quetta", "Balochistan", 30.1841, 67.0014)),
    _c("Bangladesh", "en", "bangladeshi", 1.0, 0.0, {},
       ("Dhaka", "Dhaka Division", 23.7104, 90.4074), ("Chittagong", "Chittagong Division", 22.3384, 91.8317),
       ("Khulna", "Khulna Division", 22.8098, 89.5644)),
    _c("Cambodia", "en", "khmer", 0.6, 0.0, {"es": "Camboya", "fr": "Cambodge", "pt": "Camboja"},
       ("Phnom Penh", "Phnom Penh", 11.5625, 104.916), ("Siem Reap", "Siem Reap", 13.3618, 103.8606),
       ("Battambang", "Battambang", 13.1027, 103.1982)),
    _c("Indonesia", "en", "indonesian", 0.9, 0.0, {"fr": "Indonésie", "pt": "Indonésia"},
       ("Jayapura", "Papua", -2.5333, 140.7167), ("Makassar", "South Sulawesi", -5.1477, 119.4327),
       ("Medan", "North Sumatra", 3.5833, 98.6667)),
    _c("Nigeria", "en", "nigerian", 1.5, 0.0, {"fr": "Nigeria"},
       ("Lagos", "Lagos", 6.4541, 3.3947), ("Abuja", "Federal Capital Territory", 9.0579, 7.4951),
       ("Port Harcourt", "Rivers", 4.7774, 7.0134), ("Kano", "Kano", 12.0001, 8.5167)),
    _c("Kenya", "en", "east_african", 1.0, 0.0, {"es": "Kenia", "pt": "Quênia"},
       ("Nairobi", "Nairobi", -1.2833, 36.8167), ("Mombasa", "Mombasa", -4.0547, 39.6636),
       ("Kisumu", "Kisumu", -0.1022, 34.7617)),
    _c("Uganda", "en", "east_african", 0.8, 0.0, {"fr": "Ouganda"},
       ("Kampala", "Central Region", 0.3163, 32.5822), ("Gulu", "Northern Region", 2.7746, 32.299),
       ("Hoima", "Western Region", 1.4331, 31.3524)),
    _c("Zimbabwe", "en", "southern_african", 0.8, 0.0, {},
       ("Harare", "Harare", -17.8277, 31.0534), ("Bulawayo", "Bulawayo", -20.15, 28.5833),
       ("Mutare", "Manicaland", -18.9707, 32.6709)),
    _c("Egypt", "en", "arabic", 0.9, 0.0, {"es": "Egipto", "fr": "Égypte", "pt": "Egito"},
       ("Cairo", "Cairo", 30.0626, 31.2497), ("Alexandria", "Alexandria", 31.2156, 29.9553),
       ("Giza", "Giza", 30.0081, 31.2109)),
    _c("Türkiye", "en", "turkish", 1.0, 0.0, {"es": "Turquía", "fr": "Turquie", "pt": "Turquia"},
       ("Istanbul", "Istanbul", 41.0138, 28.9497), ("Ankara", "Ankara", 39.9199, 32.8543),
       ("Diyarbakır", "Diyarbakır", 37.9144, 40.2306)),
    _c("Myanmar", "en", "burmese", 0.9, -0.2, {},
       ("Yangon", "Yangon", 16.8053, 96.1561), ("Mandalay", "Mandalay", 21.9747, 96.0836),
       ("Sittwe", "Rakhine", 20.1467, 92.8983)),
    _c("Sri Lanka", "en", "sri_lankan", 0.5, 0.0, {},
       ("Colombo", "Western Province", 6.9319, 79.8478), ("Jaffna", "Northern Province", 9.6685, 80.0074),
       ("Batticaloa", "Eastern Province", 7.7102, 81.6924)),
)  # fmt: skip

BY_NAME: dict[str, Country] = {c.name: c for c in COUNTRIES}
