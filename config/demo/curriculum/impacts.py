"""Demo course: the environmental and social impacts of digital technology (beginner).

Original teaching content, French source with English translation. See FORMAT.md.
"""

ARCEP_FOOTPRINT_URL = (
    "https://www.arcep.fr/la-regulation/grands-dossiers-thematiques-transverses/"
    "lempreinte-environnementale-des-reseaux.html"
)
EWASTE_MONITOR_URL = "https://ewastemonitor.info/"
INSEE_2023_URL = "https://www.insee.fr/fr/statistiques/7633654"
INSEE_2019_URL = "https://www.insee.fr/fr/statistiques/4241397"
AMNESTY_COBALT_URL = (
    "https://www.amnesty.org/en/latest/news/2016/01/"
    "child-labour-exposed-in-smart-phone-and-electric-car-supply-chains/"
)

ADEME_ARCEP_2022 = {
    "fr": (
        "ADEME et Arcep, Évaluation de l'impact environnemental du numérique en France, "
        "volets 1 et 2, janvier 2022 (données 2020)"
    ),
    "en": (
        "ADEME and Arcep, Assessment of the environmental impact of digital technology in "
        "France, parts 1 and 2, January 2022 (2020 data)"
    ),
}

ADEME_ARCEP_2023 = {
    "fr": "ADEME et Arcep, étude prospective à horizon 2030 et 2050, volet 3, mars 2023",
    "en": "ADEME and Arcep, prospective study to 2030 and 2050, part 3, March 2023",
}

EWASTE_MONITOR_2024 = {
    "fr": "UNITAR et UIT, The Global E-waste Monitor 2024, mars 2024",
    "en": "UNITAR and ITU, The Global E-waste Monitor 2024, March 2024",
}


# ---------------------------------------------------------------------------
# Module 1: a very material digital world
# ---------------------------------------------------------------------------

LESSON_LIFECYCLE = {
    "type": "lesson",
    "slug": "cycle-de-vie-des-equipements",
    "title": {
        "fr": "Le cycle de vie d'un équipement numérique",
        "en": "The lifecycle of a digital device",
    },
    "minutes": 10,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>On parle volontiers de « dématérialisation » : un dossier papier devient "
                    "un fichier, une réunion devient une visioconférence. Pourtant, le numérique "
                    "repose sur des objets bien réels. L'ordinateur portable posé sur le bureau "
                    "de la coordinatrice d'une association n'est que la partie visible d'une "
                    "longue chaîne qui commence dans une mine et se termine, dans le meilleur "
                    "des cas, dans un atelier de reconditionnement ou une usine de "
                    "recyclage.</p>"
                    "<p>Pour évaluer ces impacts, on utilise l'<b>analyse du cycle de vie</b> "
                    "(ACV). Elle suit un produit de sa fabrication à sa fin de vie et mesure "
                    "plusieurs indicateurs à la fois : émissions de gaz à effet de serre, "
                    "épuisement des ressources en métaux et minéraux, consommation d'eau, "
                    "pollution des sols et de l'eau, production de déchets.</p>"
                ),
                "en": (
                    "<p>People like to talk about “dematerialisation”: a paper file becomes a "
                    "digital file, a meeting becomes a video call. Yet digital technology relies "
                    "on very real objects. The laptop on the desk of an association's "
                    "coordinator is only the visible part of a long chain that starts in a mine "
                    "and ends, at best, in a refurbishment workshop or a recycling plant.</p>"
                    "<p>To assess these impacts, we use <b>life cycle assessment</b> (LCA). It "
                    "follows a product from manufacture to end of life and measures several "
                    "indicators at once: greenhouse gas emissions, depletion of metal and "
                    "mineral resources, water use, soil and water pollution, and waste.</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Cinq étapes, de la mine à la fin de vie",
                "en": "Five stages, from the mine to end of life",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<ol>"
                    "<li><b>Extraction des matières premières</b> : métaux courants (cuivre, "
                    "aluminium, fer) et métaux plus rares (or, étain, tantale, cobalt, "
                    "lithium, terres rares), extraits puis raffinés.</li>"
                    "<li><b>Fabrication</b> : production des puces, des écrans, des batteries "
                    "et des circuits, puis assemblage. C'est une étape très gourmande en "
                    "énergie, en eau ultra-pure et en produits chimiques.</li>"
                    "<li><b>Distribution</b> : transport des composants et des produits finis, "
                    "souvent sur plusieurs continents, et emballages.</li>"
                    "<li><b>Utilisation</b> : électricité consommée par l'appareil, mais aussi "
                    "par les réseaux et les centres de données qu'il sollicite.</li>"
                    "<li><b>Fin de vie</b> : réemploi, reconditionnement, recyclage… ou, trop "
                    "souvent, stockage dans un tiroir, mise en décharge ou export illégal.</li>"
                    "</ol>"
                ),
                "en": (
                    "<ol>"
                    "<li><b>Extraction of raw materials</b>: common metals (copper, aluminium, "
                    "iron) and scarcer metals (gold, tin, tantalum, cobalt, lithium, rare "
                    "earths), mined and then refined.</li>"
                    "<li><b>Manufacturing</b>: production of chips, screens, batteries and "
                    "circuit boards, then assembly. This stage uses a great deal of energy, "
                    "ultra-pure water and chemicals.</li>"
                    "<li><b>Distribution</b>: transport of components and finished products, "
                    "often across several continents, plus packaging.</li>"
                    "<li><b>Use</b>: the electricity used by the device, and also by the "
                    "networks and data centres it relies on.</li>"
                    "<li><b>End of life</b>: reuse, refurbishment, recycling… or, all too "
                    "often, storage in a drawer, landfill or illegal export.</li>"
                    "</ol>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "key_figure",
            "title": {
                "fr": "La fabrication pèse le plus lourd",
                "en": "Manufacturing weighs the most",
            },
            "text": {
                "fr": (
                    "Selon l'étude ADEME–Arcep publiée en janvier 2022, la fabrication des "
                    "équipements est la principale source d'impact du numérique en France, "
                    "devant l'utilisation : elle représente environ 78 % de son empreinte "
                    "carbone."
                ),
                "en": (
                    "According to the ADEME–Arcep study published in January 2022, "
                    "manufacturing equipment is the main source of the impact of digital "
                    "technology in France, ahead of use: it accounts for about 78% of its "
                    "carbon footprint."
                ),
            },
            "source": ADEME_ARCEP_2022,
            "source_url": ARCEP_FOOTPRINT_URL,
        },
        {
            "type": "heading",
            "text": {
                "fr": "Ce que cela change pour une structure de l'ESS",
                "en": "What this means for an ESS organisation",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Puisque l'essentiel de l'empreinte est « payé » avant même la première "
                    "mise sous tension, le levier le plus puissant n'est pas d'éteindre les "
                    "écrans (même si c'est utile), mais d'<b>acheter moins d'équipements neufs "
                    "et de les garder plus longtemps</b>. En France, l'électricité est "
                    "faiblement carbonée, ce qui accentue encore le poids relatif de la "
                    "fabrication.</p>"
                    "<p>Prenons une association d'aide à domicile équipée de vingt ordinateurs "
                    "portables. Si elle les renouvelle tous les trois ans au lieu de tous les "
                    "six ans, elle fait fabriquer deux fois plus de machines sur la même "
                    "période, et double à peu près l'impact de fabrication de son parc. "
                    "Inversement, chaque année d'usage supplémentaire « amortit » l'impact déjà "
                    "engagé.</p>"
                ),
                "en": (
                    "<p>Since most of the footprint is “paid” before the device is even switched "
                    "on for the first time, the most powerful lever is not turning screens off "
                    "(useful as that is), but <b>buying fewer new devices and keeping them "
                    "longer</b>. In France, electricity is low-carbon, which further increases "
                    "the relative weight of manufacturing.</p>"
                    "<p>Take a home-care association equipped with twenty laptops. If it "
                    "replaces them every three years instead of every six, it has twice as many "
                    "machines manufactured over the same period, and roughly doubles the "
                    "manufacturing impact of its equipment. Conversely, each extra year of use "
                    "“pays off” the impact already incurred.</p>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "fr": "Le bon réflexe avant tout achat",
                "en": "The right reflex before any purchase",
            },
            "text": {
                "fr": (
                    "Posez trois questions dans l'ordre : en avons-nous vraiment besoin ? "
                    "Peut-on réparer ou mettre à niveau l'appareil existant ? Peut-on acheter "
                    "reconditionné plutôt que neuf ?"
                ),
                "en": (
                    "Ask three questions, in this order: do we really need it? Can the "
                    "existing device be repaired or upgraded? Can we buy refurbished rather "
                    "than new?"
                ),
            },
        },
        {
            "type": "further",
            "links": [
                {
                    "title": {
                        "fr": "Arcep : l'empreinte environnementale du numérique",
                        "en": "Arcep: the environmental footprint of digital technology",
                    },
                    "url": ARCEP_FOOTPRINT_URL,
                },
                {
                    "title": {
                        "fr": "ADEME, l'Agence de la transition écologique",
                        "en": "ADEME, the French agency for ecological transition",
                    },
                    "url": "https://www.ademe.fr/",
                },
            ],
        },
    ],
}

LESSON_THREE_TIERS = {
    "type": "lesson",
    "slug": "terminaux-reseaux-centres-de-donnees",
    "title": {
        "fr": "Terminaux, réseaux, centres de données",
        "en": "Devices, networks, data centres",
    },
    "minutes": 9,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Les études distinguent généralement trois « tiers » du numérique :</p>"
                    "<ul>"
                    "<li><b>Les terminaux</b> : tout ce que l'on a entre les mains ou sur son "
                    "bureau. Ordinateurs, smartphones, tablettes, écrans, téléviseurs, "
                    "imprimantes, box internet, objets connectés.</li>"
                    "<li><b>Les réseaux</b> : fibre et cuivre, antennes mobiles, équipements "
                    "des opérateurs qui transportent les données.</li>"
                    "<li><b>Les centres de données</b> : bâtiments qui hébergent les serveurs "
                    "et le stockage des services en ligne (messagerie, logiciels en ligne, "
                    "sites web), avec leurs systèmes de refroidissement.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>Studies generally distinguish three “tiers” of digital technology:</p>"
                    "<ul>"
                    "<li><b>Devices</b>: everything we hold in our hands or have on our desk. "
                    "Computers, smartphones, tablets, screens, televisions, printers, internet "
                    "boxes, connected objects.</li>"
                    "<li><b>Networks</b>: fibre and copper lines, mobile antennas and operator "
                    "equipment that carry data.</li>"
                    "<li><b>Data centres</b>: buildings housing the servers and storage behind "
                    "online services (email, online software, websites), with their cooling "
                    "systems.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "key_figure",
            "title": {
                "fr": "Les terminaux concentrent l'essentiel des impacts",
                "en": "Devices account for most of the impact",
            },
            "text": {
                "fr": (
                    "D'après les deux premiers volets de l'étude ADEME–Arcep publiés en janvier "
                    "2022, les terminaux génèrent de 65 à 92 % des impacts environnementaux du "
                    "numérique en France selon l'indicateur considéré, devant les centres de "
                    "données puis les réseaux."
                ),
                "en": (
                    "According to the first two parts of the ADEME–Arcep study published in "
                    "January 2022, devices generate 65 to 92% of the environmental impacts of "
                    "digital technology in France depending on the indicator, ahead of data "
                    "centres and then networks."
                ),
            },
            "source": ADEME_ARCEP_2022,
            "source_url": ARCEP_FOOTPRINT_URL,
        },
        {
            "type": "heading",
            "text": {
                "fr": "Une trajectoire à infléchir",
                "en": "A trajectory that needs to change",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Toujours selon l'ADEME et l'Arcep, le numérique représentait en 2020 "
                    "environ 2,5 % de l'empreinte carbone de la France et près de 10 % de sa "
                    "consommation électrique. La part peut sembler modeste ; c'est surtout sa "
                    "<b>croissance</b> qui inquiète. Le volet prospectif publié en mars 2023 "
                    "estime que, sans changement des tendances, cette empreinte pourrait "
                    "augmenter d'environ 45 % d'ici 2030 et presque tripler d'ici 2050. "
                    "La mise à jour de l'étude publiée en 2025, sur les données de 2022 et avec "
                    "un périmètre élargi aux centres de données situés hors de France qui "
                    "servent les usages français, porte cette part à environ 4,4 % : "
                    "l'ordre de grandeur compte davantage que la décimale.</p>"
                    "<p>Les moteurs de cette hausse sont connus : la multiplication des "
                    "équipements par personne, l'essor des objets connectés et des écrans, "
                    "des usages toujours plus gourmands en données. De nouveaux usages comme "
                    "l'intelligence artificielle générative posent aussi de nouvelles questions "
                    "sur la consommation des centres de données.</p>"
                ),
                "en": (
                    "<p>Again according to ADEME and Arcep, in 2020 digital technology accounted "
                    "for about 2.5% of France's carbon footprint and nearly 10% of its "
                    "electricity consumption. The share may seem modest; what is worrying is "
                    "mainly its <b>growth</b>. The prospective part published in March 2023 "
                    "estimates that, if trends do not change, this footprint could increase by "
                    "about 45% by 2030 and almost triple by 2050. The update of the study "
                    "published in 2025, based on 2022 data and with a scope widened to data "
                    "centres abroad that serve French uses, puts this share at about 4.4%: "
                    "the order of magnitude matters more than the decimal.</p>"
                    "<p>The drivers of this increase are well known: more devices per person, "
                    "the spread of connected objects and screens, and ever more data-hungry "
                    "uses. New uses such as generative artificial intelligence also raise new "
                    "questions about the consumption of data centres.</p>"
                ),
            },
        },
        {
            "type": "data_figure",
            "caption": {
                "fr": (
                    "Empreinte carbone du numérique en France en 2020 et projections si les "
                    "tendances se poursuivent"
                ),
                "en": (
                    "Carbon footprint of digital technology in France in 2020 and projections "
                    "if trends continue"
                ),
            },
            "unit": {
                "fr": "millions de tonnes équivalent CO2 (Mt CO2e)",
                "en": "million tonnes of CO2 equivalent (Mt CO2e)",
            },
            "rows": [
                {"label": {"fr": "2020 (mesuré)", "en": "2020 (measured)"}, "value": 17.2},
                {"label": {"fr": "2030 (projection)", "en": "2030 (projection)"}, "value": 25},
                {"label": {"fr": "2050 (projection)", "en": "2050 (projection)"}, "value": 49},
            ],
            "source": ADEME_ARCEP_2023,
            "source_url": ARCEP_FOOTPRINT_URL,
        },
        {
            "type": "callout",
            "kind": "warning",
            "title": {
                "fr": "Attention aux idées reçues",
                "en": "Beware of common misconceptions",
            },
            "text": {
                "fr": (
                    "Supprimer ses vieux courriels ou réduire la taille des pièces jointes est "
                    "une bonne hygiène, mais ce n'est pas le levier principal. Pour une "
                    "association, le nombre d'équipements achetés et leur durée de vie pèsent "
                    "bien davantage que le contenu de la boîte de réception."
                ),
                "en": (
                    "Deleting old emails or shrinking attachments is good hygiene, but it is "
                    "not the main lever. For an association, the number of devices it buys and "
                    "how long they last matter far more than the contents of the inbox."
                ),
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Les centres de données et les réseaux ne sont pas pour autant à "
                    "négliger. Une structure peut agir en choisissant un hébergeur transparent "
                    "sur ses consommations, en évitant de dupliquer des fichiers volumineux "
                    "dans plusieurs services en ligne, en faisant le ménage dans les espaces de "
                    "stockage partagés et en préférant le wifi au réseau mobile quand c'est "
                    "possible. Mais l'ordre des priorités reste clair : d'abord les "
                    "terminaux.</p>"
                ),
                "en": (
                    "<p>This does not mean data centres and networks can be ignored. An "
                    "organisation can act by choosing a host that is transparent about its "
                    "consumption, by avoiding duplicating large files across several online "
                    "services, by tidying up shared storage and by preferring wifi to the "
                    "mobile network when possible. But the order of priorities remains clear: "
                    "devices first.</p>"
                ),
            },
        },
    ],
}

LESSON_WATER_METALS_WASTE = {
    "type": "lesson",
    "slug": "eau-metaux-dechets",
    "title": {
        "fr": "Eau, métaux et déchets électroniques",
        "en": "Water, metals and electronic waste",
    },
    "minutes": 10,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Le climat n'est qu'une partie du tableau. Un smartphone ou un "
                    "ordinateur contient plusieurs dizaines de métaux différents, souvent en "
                    "quantités infimes : or et cuivre dans les circuits, étain dans les "
                    "soudures, tantale dans les condensateurs, cobalt et lithium dans les "
                    "batteries, terres rares dans les aimants et les écrans. Leur extraction "
                    "mobilise énormément de roche, d'énergie et d'eau, et laisse derrière elle "
                    "des déchets miniers parfois toxiques.</p>"
                    "<p>Ces ressources ne sont pas renouvelables. Et parce qu'elles sont "
                    "dispersées en très petites quantités et mélangées dans les appareils, "
                    "beaucoup d'entre elles sont difficiles à récupérer par le recyclage. Le "
                    "recyclage reste indispensable, mais il ne suffit pas à « boucler la "
                    "boucle » : prolonger la vie des objets reste prioritaire.</p>"
                    "<p><b>L'eau, une ressource souvent oubliée.</b> Elle intervient à chaque "
                    "étape : dans les mines, dans la fabrication des semi-conducteurs qui "
                    "exige de grandes quantités d'eau ultra-pure, dans la production "
                    "d'électricité et dans le refroidissement de certains centres de données. "
                    "Ces prélèvements ont lieu souvent dans des régions déjà exposées aux "
                    "sécheresses. C'est pourquoi l'Arcep élargit progressivement sa collecte "
                    "de données environnementales, jusqu'aux prélèvements d'eau liés au "
                    "fonctionnement des serveurs.</p>"
                ),
                "en": (
                    "<p>Climate is only part of the picture. A smartphone or a computer "
                    "contains several dozen different metals, often in tiny amounts: gold and "
                    "copper in circuits, tin in solder, tantalum in capacitors, cobalt and "
                    "lithium in batteries, rare earths in magnets and screens. Extracting them "
                    "requires huge amounts of rock, energy and water, and leaves behind mining "
                    "waste that is sometimes toxic.</p>"
                    "<p>These resources are not renewable. And because they are scattered in "
                    "very small quantities and mixed together inside devices, many of them are "
                    "hard to recover through recycling. Recycling remains essential, but it "
                    "cannot “close the loop” on its own: extending the life of objects remains "
                    "the priority.</p>"
                    "<p><b>Water, an often forgotten resource.</b> It is involved at every "
                    "stage: in mines, in semiconductor manufacturing, which requires large "
                    "amounts of ultra-pure water, in electricity generation and in cooling "
                    "some data centres. These withdrawals often take place in regions already "
                    "exposed to drought. This is why Arcep is gradually broadening its "
                    "collection of environmental data, up to the water withdrawals needed to "
                    "run servers.</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Les déchets d'équipements électriques et électroniques",
                "en": "Waste electrical and electronic equipment",
            },
        },
        {
            "type": "data_figure",
            "caption": {
                "fr": "Déchets électroniques produits dans le monde",
                "en": "Electronic waste generated worldwide",
            },
            "unit": {"fr": "milliards de kg", "en": "billion kg"},
            "rows": [
                {"label": {"fr": "2010", "en": "2010"}, "value": 34},
                {"label": {"fr": "2022", "en": "2022"}, "value": 62},
                {"label": {"fr": "2030 (projection)", "en": "2030 (projection)"}, "value": 82},
            ],
            "source": EWASTE_MONITOR_2024,
            "source_url": EWASTE_MONITOR_URL,
        },
        {
            "type": "callout",
            "kind": "key_figure",
            "title": {
                "fr": "Moins d'un quart recyclé dans les règles",
                "en": "Less than a quarter properly recycled",
            },
            "text": {
                "fr": (
                    "Selon le Global E-waste Monitor 2024, seuls 22,3 % des déchets "
                    "électroniques produits dans le monde en 2022 ont été collectés et "
                    "recyclés de manière documentée et conforme. Le reste est stocké, mis en "
                    "décharge, ou traité de façon informelle, avec des risques pour la santé "
                    "des personnes qui le manipulent."
                ),
                "en": (
                    "According to the Global E-waste Monitor 2024, only 22.3% of the electronic "
                    "waste generated worldwide in 2022 was documented as properly collected and "
                    "recycled. The rest is stored, landfilled or handled informally, with "
                    "health risks for the people who handle it."
                ),
            },
            "source": EWASTE_MONITOR_2024,
            "source_url": EWASTE_MONITOR_URL,
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>En France, les déchets d'équipements électriques et électroniques "
                    "(DEEE) relèvent d'une filière de <b>responsabilité élargie du "
                    "producteur</b> : les fabricants financent, via des éco-organismes agréés, "
                    "la collecte et le traitement. Pour une association, cela signifie "
                    "concrètement : ne jamais jeter un appareil avec les ordures ménagères, "
                    "utiliser les points de collecte et la reprise par les distributeurs, et "
                    "surtout proposer d'abord au réemploi ce qui fonctionne encore.</p>"
                ),
                "en": (
                    "<p>In France, waste electrical and electronic equipment (WEEE) falls under "
                    "an <b>extended producer responsibility</b> scheme: manufacturers fund "
                    "collection and treatment through approved producer responsibility "
                    "organisations. For an association, this means in practice: never throwing "
                    "a device away with household waste, using collection points and retailer "
                    "take-back, and above all offering for reuse first whatever still "
                    "works.</p>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "fr": "Faites l'inventaire des tiroirs",
                "en": "Take stock of your drawers",
            },
            "text": {
                "fr": (
                    "Vieux téléphones, portables « en attente », écrans au fond d'un placard : "
                    "un appareil qui dort ne sert à personne. Listez-les, vérifiez ce qui "
                    "fonctionne encore et orientez-les vers le réemploi ou, à défaut, vers une "
                    "collecte DEEE."
                ),
                "en": (
                    "Old phones, laptops “on standby”, screens at the back of a cupboard: a "
                    "sleeping device is of no use to anyone. List them, check what still works "
                    "and send them for reuse or, failing that, to a WEEE collection point."
                ),
            },
        },
        {
            "type": "further",
            "links": [
                {
                    "title": {
                        "fr": "The Global E-waste Monitor (UNITAR et UIT, en anglais)",
                        "en": "The Global E-waste Monitor (UNITAR and ITU)",
                    },
                    "url": EWASTE_MONITOR_URL,
                },
                {
                    "title": {
                        "fr": "Arcep : l'empreinte environnementale du numérique",
                        "en": "Arcep: the environmental footprint of digital technology",
                    },
                    "url": ARCEP_FOOTPRINT_URL,
                },
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Module 2: social impacts
# ---------------------------------------------------------------------------

LESSON_MINING_LABOUR = {
    "type": "lesson",
    "slug": "extraction-et-conditions-de-travail",
    "title": {
        "fr": "De la mine à l'usine : des conditions de travail invisibles",
        "en": "From mine to factory: invisible working conditions",
    },
    "minutes": 9,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Derrière chaque appareil se trouve une chaîne d'approvisionnement "
                    "mondiale, longue et opaque. À ses deux extrémités, les conditions de "
                    "travail sont souvent très difficiles :</p>"
                    "<ul>"
                    "<li><b>dans les mines</b>, notamment artisanales : absence d'équipements "
                    "de protection, effondrements de galeries, exposition aux poussières, "
                    "travail des enfants, et parfois financement de groupes armés (on parle de "
                    "« minerais de conflit » pour l'étain, le tantale, le tungstène et "
                    "l'or) ;</li>"
                    "<li><b>dans les usines d'assemblage</b> : cadences élevées, heures "
                    "supplémentaires, contrats précaires, liberté syndicale limitée selon les "
                    "pays ;</li>"
                    "<li><b>dans le recyclage informel</b> : brûlage de câbles à l'air libre, "
                    "manipulation sans protection de substances dangereuses comme le mercure "
                    "ou le plomb.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>Behind every device lies a long and opaque global supply chain. At both "
                    "ends of it, working conditions are often very hard:</p>"
                    "<ul>"
                    "<li><b>in mines</b>, especially artisanal ones: no protective equipment, "
                    "collapsing tunnels, exposure to dust, child labour, and sometimes funding "
                    "for armed groups (tin, tantalum, tungsten and gold are referred to as "
                    "“conflict minerals”);</li>"
                    "<li><b>in assembly factories</b>: high work rates, overtime, precarious "
                    "contracts, and limited freedom of association depending on the "
                    "country;</li>"
                    "<li><b>in informal recycling</b>: open-air burning of cables, handling "
                    "hazardous substances such as mercury or lead without protection.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "key_figure",
            "title": {
                "fr": "Le cobalt des batteries",
                "en": "Cobalt in batteries",
            },
            "text": {
                "fr": (
                    "En 2016, Amnesty International et l'ONG Afrewatch indiquaient "
                    "que la République démocratique du Congo fournissait environ la moitié du "
                    "cobalt mondial, utilisé dans les batteries lithium-ion, et documentaient "
                    "le travail d'enfants, parfois dès 7 ans, dans des mines artisanales."
                ),
                "en": (
                    "In 2016, Amnesty International and the NGO Afrewatch reported "
                    "that the Democratic Republic of the Congo supplied about half of the "
                    "world's cobalt, used in lithium-ion batteries, and documented child "
                    "labour, sometimes from the age of 7, in artisanal mines."
                ),
            },
            "source": {
                "fr": (
                    "Amnesty International et Afrewatch, rapport « This is what we die for », "
                    "janvier 2016"
                ),
                "en": (
                    "Amnesty International and Afrewatch, report “This is what we die for”, "
                    "January 2016"
                ),
            },
            "source_url": AMNESTY_COBALT_URL,
        },
        {
            "type": "heading",
            "text": {
                "fr": "Un cadre réglementaire qui se renforce",
                "en": "A regulatory framework that is getting stronger",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Plusieurs textes cherchent à responsabiliser les entreprises. En "
                    "France, la loi de 2017 sur le <b>devoir de vigilance</b> oblige les plus "
                    "grandes entreprises à identifier et prévenir les atteintes graves aux "
                    "droits humains et à l'environnement dans leurs chaînes de valeur. Au "
                    "niveau européen, un règlement impose depuis 2021 aux importateurs d'étain, "
                    "de tantale, de tungstène et d'or un devoir de diligence sur leur "
                    "approvisionnement. Ces règles progressent, mais la traçabilité complète "
                    "d'un smartphone reste aujourd'hui hors de portée d'un simple "
                    "acheteur.</p>"
                ),
                "en": (
                    "<p>Several laws aim to make companies more accountable. In France, the "
                    "2017 <b>duty of vigilance</b> law requires the largest companies to "
                    "identify and prevent serious harm to human rights and the environment in "
                    "their value chains. At European level, a regulation has required "
                    "importers of tin, tantalum, tungsten and gold since 2021 to carry out due "
                    "diligence on their supply. These rules are progressing, but full "
                    "traceability of a smartphone is still out of reach for an ordinary "
                    "buyer.</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Les leviers d'une structure de l'ESS",
                "en": "The levers available to an ESS organisation",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<ul>"
                    "<li><b>Faire durer</b> : chaque appareil qui n'est pas fabriqué, c'est "
                    "autant de minerais qui ne sont pas extraits.</li>"
                    "<li><b>Privilégier le reconditionné</b>, idéalement auprès de structures "
                    "d'insertion, qui créent en plus de l'emploi local.</li>"
                    "<li><b>Interroger ses fournisseurs</b> et intégrer des critères sociaux "
                    "dans sa politique d'achat, en s'appuyant sur des labels qui couvrent les "
                    "conditions de fabrication.</li>"
                    "<li><b>Garantir une fin de vie maîtrisée</b> en confiant les appareils à "
                    "des filières agréées, pour éviter qu'ils ne finissent dans un circuit "
                    "informel.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li><b>Make things last</b>: every device that is not manufactured means "
                    "ore that is not mined.</li>"
                    "<li><b>Favour refurbished equipment</b>, ideally from work integration "
                    "organisations, which also create local jobs.</li>"
                    "<li><b>Question your suppliers</b> and include social criteria in your "
                    "purchasing policy, relying on labels that cover manufacturing "
                    "conditions.</li>"
                    "<li><b>Ensure a controlled end of life</b> by entrusting devices to "
                    "approved channels, so that they do not end up in an informal "
                    "circuit.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "fr": "Trois questions à poser à un fournisseur",
                "en": "Three questions to ask a supplier",
            },
            "text": {
                "fr": (
                    "Où et par qui l'appareil a-t-il été assemblé ou reconditionné ? Quels "
                    "engagements ou labels couvrent les conditions de travail ? Combien de "
                    "temps les pièces détachées et les mises à jour seront-elles disponibles ?"
                ),
                "en": (
                    "Where and by whom was the device assembled or refurbished? Which "
                    "commitments or labels cover working conditions? For how long will spare "
                    "parts and updates be available?"
                ),
            },
        },
        {
            "type": "further",
            "links": [
                {
                    "title": {
                        "fr": "Amnesty International : le travail des enfants dans le cobalt "
                        "(2016, en anglais)",
                        "en": "Amnesty International: child labour in cobalt supply chains (2016)",
                    },
                    "url": AMNESTY_COBALT_URL,
                },
            ],
        },
    ],
}

LESSON_DIGITAL_EXCLUSION = {
    "type": "lesson",
    "slug": "illectronisme-et-inclusion",
    "title": {
        "fr": "Illectronisme et exclusion numérique",
        "en": "Digital illiteracy and digital exclusion",
    },
    "minutes": 9,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>L'<b>illectronisme</b>, c'est la difficulté ou l'impossibilité "
                    "d'utiliser les outils numériques du quotidien : ne pas utiliser internet, "
                    "ou l'utiliser sans maîtriser les compétences de base (chercher une "
                    "information, communiquer, remplir un formulaire, protéger ses données). "
                    "Avec la dématérialisation des démarches administratives, ce n'est plus "
                    "un simple inconfort : c'est un risque de perdre l'accès à ses droits "
                    "(allocations, santé, emploi, logement).</p>"
                    "<p>Les structures de l'ESS sont en première ligne : centres sociaux, "
                    "associations de solidarité, structures d'insertion accueillent chaque jour "
                    "des personnes pour qui une démarche en ligne est un obstacle.</p>"
                ),
                "en": (
                    "<p><b>Digital illiteracy</b> (“illectronisme” in French) is the difficulty "
                    "or inability to use everyday digital tools: not using the internet, or "
                    "using it without basic skills (finding information, communicating, "
                    "filling in a form, protecting one's data). As administrative procedures "
                    "move online, this is no longer a mere inconvenience: it is a risk of "
                    "losing access to one's rights (benefits, health, employment, "
                    "housing).</p>"
                    "<p>ESS organisations are on the front line: community centres, solidarity "
                    "associations and work integration organisations welcome people every day "
                    "for whom an online procedure is an obstacle.</p>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "key_figure",
            "title": {
                "fr": "Environ une personne sur sept",
                "en": "Roughly one person in seven",
            },
            "text": {
                "fr": (
                    "Selon l'Insee, en 2021, 15,4 % des personnes de 15 ans ou plus résidant en "
                    "France étaient en situation d'illectronisme. C'était le cas de plus d'une "
                    "personne de 60 ans ou plus sur trois."
                ),
                "en": (
                    "According to Insee, in 2021, 15.4% of people aged 15 or over living in "
                    "France were digitally illiterate. This was the case for more than one in "
                    "three people aged 60 or over."
                ),
            },
            "source": {
                "fr": "Insee, Insee Première n° 1953, juin 2023 (enquête 2021)",
                "en": "Insee, Insee Première no. 1953, June 2023 (2021 survey)",
            },
            "source_url": INSEE_2023_URL,
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>L'Insee montre aussi que l'illectronisme touche davantage les personnes "
                    "âgées, les moins diplômées et les plus modestes. Le coût de l'équipement "
                    "et de l'abonnement s'ajoute au manque de compétences : un ordinateur en "
                    "panne qu'on ne peut pas remplacer suffit à couper une famille de ses "
                    "démarches.</p>"
                ),
                "en": (
                    "<p>Insee also shows that digital illiteracy affects older people, those "
                    "with fewer qualifications and those on lower incomes more. The cost of "
                    "equipment and subscriptions adds to the lack of skills: a broken computer "
                    "that cannot be replaced is enough to cut a family off from its "
                    "paperwork.</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Numérique responsable et inclusion vont de pair",
                "en": "Responsible digital and inclusion go hand in hand",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<ul>"
                    "<li>Le <b>réemploi</b> fournit des équipements abordables aux personnes "
                    "qui n'en ont pas.</li>"
                    "<li>Des services <b>sobres et bien conçus</b> fonctionnent sur des "
                    "téléphones anciens et avec une connexion faible : ils sont à la fois "
                    "moins impactants et plus accessibles.</li>"
                    "<li>Garder des <b>alternatives non numériques</b> (accueil physique, "
                    "téléphone, papier) évite d'exclure celles et ceux qui ne peuvent ou ne "
                    "veulent pas passer par le numérique.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li><b>Reuse</b> provides affordable equipment to people who have "
                    "none.</li>"
                    "<li><b>Lean, well-designed</b> services work on older phones and with a "
                    "weak connection: they have less impact and are more accessible at the "
                    "same time.</li>"
                    "<li>Keeping <b>non-digital alternatives</b> (in-person reception, "
                    "telephone, paper) avoids excluding those who cannot or do not want to go "
                    "digital.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "fr": "Check-list inclusion pour votre structure",
                "en": "Inclusion checklist for your organisation",
            },
            "text": {
                "fr": (
                    "Proposez toujours une alternative hors ligne ; testez vos formulaires sur "
                    "un vieux smartphone ; rédigez en langage clair ; accompagnez les personnes "
                    "à « faire avec » plutôt que faire à leur place, sans jamais conserver "
                    "leurs identifiants ; orientez vers les conseillers numériques et les "
                    "lieux de médiation numérique de votre territoire."
                ),
                "en": (
                    "Always offer an offline alternative; test your forms on an old "
                    "smartphone; write in plain language; help people “do it with you” rather "
                    "than doing it for them, without ever keeping their login details; refer "
                    "people to the digital advisers and digital mediation venues in your "
                    "area."
                ),
            },
        },
        {
            "type": "quote",
            "text": {
                "fr": (
                    "Depuis que nous prêtons des smartphones reconditionnés pendant les "
                    "ateliers, les personnes apprennent sur un appareil qu'elles pourront "
                    "garder. Elles reviennent moins pour « faire à leur place » et davantage "
                    "pour progresser."
                ),
                "en": (
                    "Since we started lending refurbished smartphones during our workshops, "
                    "people learn on a device they will be able to keep. They come back less "
                    "to have things “done for them” and more to make progress."
                ),
            },
            "attribution": {
                "fr": "Coordinatrice d'un centre social (témoignage fictif, à visée pédagogique)",
                "en": "Coordinator of a community centre (fictional testimony, for teaching)",
            },
        },
        {
            "type": "further",
            "links": [
                {
                    "title": {
                        "fr": "Insee : 15 % de la population en situation d'illectronisme en 2021",
                        "en": "Insee: 15% of the population digitally illiterate in 2021 (in "
                        "French)",
                    },
                    "url": INSEE_2023_URL,
                },
                {
                    "title": {
                        "fr": "Insee : une personne sur six n'utilise pas internet (2019)",
                        "en": "Insee: one person in six does not use the internet (2019, in "
                        "French)",
                    },
                    "url": INSEE_2019_URL,
                },
            ],
        },
    ],
}

LESSON_REBOUND = {
    "type": "lesson",
    "slug": "effet-rebond",
    "title": {
        "fr": "L'effet rebond : quand l'efficacité ne suffit pas",
        "en": "The rebound effect: when efficiency is not enough",
    },
    "minutes": 8,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Les équipements et les réseaux deviennent plus efficaces d'année en "
                    "année : moins d'énergie par donnée transportée, plus de calcul par watt. "
                    "Pourtant, l'empreinte globale du numérique continue d'augmenter. "
                    "L'explication tient en deux mots : <b>effet rebond</b>. Quand un service "
                    "devient moins cher, plus rapide ou plus pratique, on s'en sert davantage, "
                    "et ce surcroît d'usage peut absorber, voire dépasser, le gain "
                    "d'efficacité.</p>"
                    "<p>L'idée n'est pas nouvelle : dès 1865, l'économiste William Stanley "
                    "Jevons observait que les machines à vapeur plus économes en charbon "
                    "n'avaient pas réduit la consommation de charbon en Angleterre, mais "
                    "l'avaient au contraire fait grimper.</p>"
                ),
                "en": (
                    "<p>Equipment and networks become more efficient every year: less energy "
                    "per unit of data carried, more computing per watt. Yet the overall "
                    "footprint of digital technology keeps growing. The explanation comes down "
                    "to two words: <b>rebound effect</b>. When a service becomes cheaper, "
                    "faster or more convenient, we use it more, and this extra use can absorb, "
                    "or even exceed, the efficiency gain.</p>"
                    "<p>The idea is not new: as early as 1865, the economist William Stanley "
                    "Jevons observed that more coal-efficient steam engines had not reduced "
                    "coal consumption in England, but had instead pushed it up.</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Trois formes d'effet rebond",
                "en": "Three forms of rebound effect",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<ul>"
                    "<li><b>Direct</b> : on consomme plus du même service. Une connexion plus "
                    "rapide conduit à regarder toutes les vidéos en haute définition.</li>"
                    "<li><b>Indirect</b> : l'argent ou le temps économisé est dépensé "
                    "ailleurs. Les frais de déplacement évités grâce à la visioconférence "
                    "financent l'achat de grands écrans pour chaque salle.</li>"
                    "<li><b>Structurel</b> : de nouvelles habitudes et infrastructures "
                    "s'installent. Le stockage en ligne quasi illimité fait qu'on ne trie plus "
                    "rien, et les volumes de données explosent.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li><b>Direct</b>: we consume more of the same service. A faster "
                    "connection leads to watching every video in high definition.</li>"
                    "<li><b>Indirect</b>: the money or time saved is spent elsewhere. Travel "
                    "costs avoided thanks to video calls pay for large screens in every "
                    "room.</li>"
                    "<li><b>Structural</b>: new habits and infrastructures take hold. Almost "
                    "unlimited online storage means nobody sorts anything any more, and data "
                    "volumes soar.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "warning",
            "title": {
                "fr": "Le piège du « plus vert, donc plus »",
                "en": "The “greener, so more” trap",
            },
            "text": {
                "fr": (
                    "Remplacer un ordinateur qui fonctionne par un modèle neuf présenté comme "
                    "plus économe est rarement une bonne affaire pour l'environnement : le gain "
                    "d'électricité pendant l'usage compense difficilement l'impact de "
                    "fabrication du nouvel appareil, surtout en France où l'électricité est "
                    "faiblement carbonée."
                ),
                "en": (
                    "Replacing a working computer with a new model marketed as more efficient "
                    "is rarely a good deal for the environment: the electricity saved during "
                    "use hardly offsets the manufacturing impact of the new device, especially "
                    "in France where electricity is low-carbon."
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "S'en prémunir dans sa structure",
                "en": "Guarding against it in your organisation",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>La parade consiste à raisonner en <b>valeurs absolues</b> et en "
                    "<b>besoins</b>, pas seulement en efficacité. Concrètement :</p>"
                    "<ul>"
                    "<li>fixer des objectifs sur le nombre d'équipements et leur durée de vie, "
                    "pas seulement sur leur consommation unitaire ;</li>"
                    "<li>quand une économie est réalisée (moins de déplacements, moins "
                    "d'impressions), décider collectivement de ce qu'on en fait ;</li>"
                    "<li>comparer l'avant et l'après d'un changement : la visioconférence "
                    "a-t-elle vraiment remplacé des trajets, ou s'est-elle ajoutée aux "
                    "réunions existantes ?</li>"
                    "</ul>"
                    "<p>Cette démarche porte un nom : la <b>sobriété numérique</b>. Il ne "
                    "s'agit pas de renoncer au numérique, mais de l'utiliser là où il apporte "
                    "vraiment quelque chose au projet de la structure.</p>"
                ),
                "en": (
                    "<p>The answer is to think in <b>absolute values</b> and <b>needs</b>, not "
                    "just in efficiency. In practice:</p>"
                    "<ul>"
                    "<li>set targets for the number of devices and their lifetime, not only "
                    "for their individual consumption;</li>"
                    "<li>when a saving is made (less travel, less printing), decide together "
                    "what to do with it;</li>"
                    "<li>compare before and after a change: did video calls really replace "
                    "journeys, or were they added on top of existing meetings?</li>"
                    "</ul>"
                    "<p>This approach has a name: <b>digital sobriety</b>. It is not about "
                    "giving up digital technology, but about using it where it truly adds "
                    "something to the organisation's mission.</p>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "fr": "Une question simple en réunion",
                "en": "A simple question for meetings",
            },
            "text": {
                "fr": (
                    "Avant d'adopter un nouvel outil ou un nouvel équipement, demandez : "
                    "« Qu'est-ce que cela remplace ? » Si la réponse est « rien », c'est un "
                    "ajout, et il mérite d'être justifié."
                ),
                "en": (
                    "Before adopting a new tool or piece of equipment, ask: “What does this "
                    "replace?” If the answer is “nothing”, it is an addition, and it needs to "
                    "be justified."
                ),
            },
        },
        {
            "type": "further",
            "links": [
                {
                    "title": {
                        "fr": "The Shift Project : travaux sur la sobriété numérique",
                        "en": "The Shift Project: work on digital sobriety",
                    },
                    "url": "https://theshiftproject.org/",
                },
                {
                    "title": {
                        "fr": "GreenIT.fr : ressources sur le numérique responsable",
                        "en": "GreenIT.fr: responsible digital resources (in French)",
                    },
                    "url": "https://www.greenit.fr/",
                },
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Module 3: measuring and acting
# ---------------------------------------------------------------------------

LESSON_INVENTORY = {
    "type": "lesson",
    "slug": "etat-des-lieux-du-parc",
    "title": {
        "fr": "Faire l'état des lieux de son parc",
        "en": "Taking stock of your equipment",
    },
    "minutes": 10,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Avant d'agir, il faut savoir de quoi on parle. Pour une association ou "
                    "une petite coopérative, inutile de se lancer dans un bilan carbone "
                    "complet : un <b>inventaire du parc</b> bien tenu donne déjà l'essentiel. "
                    "Il permet de repérer les appareils vieillissants, ceux qui dorment, les "
                    "doublons, et de préparer les achats futurs au lieu de les subir dans "
                    "l'urgence.</p>"
                ),
                "en": (
                    "<p>Before acting, you need to know what you are dealing with. For an "
                    "association or a small cooperative, there is no need to launch a full "
                    "carbon audit: a well-kept <b>equipment inventory</b> already gives the "
                    "essentials. It helps spot ageing devices, sleeping ones and duplicates, "
                    "and plan future purchases instead of making them in a rush.</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Les informations à collecter",
                "en": "The information to collect",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Pour chaque équipement (ordinateurs, écrans, téléphones, tablettes, "
                    "imprimantes, box, vidéoprojecteurs) :</p>"
                    "<ul>"
                    "<li>type, marque, modèle et numéro de série ;</li>"
                    "<li>date d'acquisition, et s'il a été acheté neuf, reconditionné, reçu en "
                    "don ou loué ;</li>"
                    "<li>personne ou usage principal (poste d'accueil, salle de formation, "
                    "prêt aux bénévoles) ;</li>"
                    "<li>état : fonctionne bien, lent, batterie faible, en panne, inutilisé "
                    ";</li>"
                    "<li>date de fin des mises à jour de sécurité du système, quand elle est "
                    "connue.</li>"
                    "</ul>"
                    "<p>Ajoutez une courte liste des services en ligne utilisés (messagerie, "
                    "stockage partagé, logiciels) avec le volume de stockage occupé.</p>"
                ),
                "en": (
                    "<p>For each device (computers, screens, phones, tablets, printers, "
                    "internet boxes, projectors):</p>"
                    "<ul>"
                    "<li>type, brand, model and serial number;</li>"
                    "<li>acquisition date, and whether it was bought new, refurbished, "
                    "received as a donation or leased;</li>"
                    "<li>main user or use (reception desk, training room, loan to "
                    "volunteers);</li>"
                    "<li>condition: works well, slow, weak battery, broken, unused;</li>"
                    "<li>end date of the system's security updates, when known.</li>"
                    "</ul>"
                    "<p>Add a short list of the online services in use (email, shared storage, "
                    "software) with the storage space they take up.</p>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "fr": "Un tableur partagé suffit",
                "en": "A shared spreadsheet is enough",
            },
            "text": {
                "fr": (
                    "Une ligne par appareil, une colonne par information. Pour une structure "
                    "d'une quinzaine de postes, comptez une demi-journée, idéalement à deux "
                    "(un·e salarié·e et un·e bénévole). Mettez-le à jour à chaque achat, don "
                    "ou sortie de matériel."
                ),
                "en": (
                    "One row per device, one column per piece of information. For an "
                    "organisation with about fifteen workstations, allow half a day, ideally "
                    "with two people (a staff member and a volunteer). Update it with every "
                    "purchase, donation or disposal."
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Quelques indicateurs simples à suivre",
                "en": "A few simple indicators to track",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<ul>"
                    "<li><b>Âge moyen</b> des équipements, et âge au moment du "
                    "remplacement ;</li>"
                    "<li><b>nombre d'équipements par personne</b> (salarié·es et bénévoles "
                    "réguliers) ;</li>"
                    "<li><b>part du reconditionné</b> dans les achats de l'année ;</li>"
                    "<li><b>destination des appareils sortis</b> : réemploi, don, recyclage "
                    ";</li>"
                    "<li><b>volume de stockage en ligne</b> et son évolution.</li>"
                    "</ul>"
                    "<p>Pour traduire ces chiffres en ordres de grandeur d'émissions, l'ADEME "
                    "met à disposition des outils publics, comme le simulateur Impact CO2 ou "
                    "la Base Empreinte. Utilisez-les pour comparer des scénarios (garder un an "
                    "de plus, acheter reconditionné), pas pour viser une précision illusoire.</p>"
                ),
                "en": (
                    "<ul>"
                    "<li><b>Average age</b> of equipment, and age when replaced;</li>"
                    "<li><b>number of devices per person</b> (staff and regular "
                    "volunteers);</li>"
                    "<li><b>share of refurbished</b> equipment in the year's purchases;</li>"
                    "<li><b>destination of outgoing devices</b>: reuse, donation, "
                    "recycling;</li>"
                    "<li><b>online storage volume</b> and how it changes.</li>"
                    "</ul>"
                    "<p>To turn these figures into orders of magnitude for emissions, ADEME "
                    "provides public tools such as the Impact CO2 simulator or the Base "
                    "Empreinte database. Use them to compare scenarios (keeping a device one "
                    "more year, buying refurbished), not to chase illusory precision.</p>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "warning",
            "title": {
                "fr": "Ne pas se perdre dans la mesure",
                "en": "Don't get lost in measurement",
            },
            "text": {
                "fr": (
                    "La mesure sert à décider, pas à remplir un rapport. Si l'inventaire vous "
                    "montre déjà trois ordinateurs inutilisés et des renouvellements tous les "
                    "trois ans, vous savez par où commencer."
                ),
                "en": (
                    "Measurement is there to support decisions, not to fill a report. If the "
                    "inventory already shows three unused computers and replacements every "
                    "three years, you know where to start."
                ),
            },
        },
        {
            "type": "further",
            "links": [
                {
                    "title": {
                        "fr": "Impact CO2 : les ordres de grandeur de l'ADEME",
                        "en": "Impact CO2: ADEME's orders of magnitude (in French)",
                    },
                    "url": "https://impactco2.fr/",
                },
                {
                    "title": {
                        "fr": "Mission interministérielle numérique responsable",
                        "en": "French interministerial mission for responsible digital",
                    },
                    "url": "https://ecoresponsable.numerique.gouv.fr/",
                },
            ],
        },
    ],
}

LESSON_FIRST_ACTIONS = {
    "type": "lesson",
    "slug": "premieres-actions",
    "title": {
        "fr": "Passer à l'action : les premiers leviers",
        "en": "Taking action: the first levers",
    },
    "minutes": 10,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Une fois l'état des lieux fait, le rôle du ou de la référent·e est de "
                    "proposer un petit nombre d'actions, choisies pour leur <b>impact</b> et "
                    "leur <b>faisabilité</b>. Mieux vaut trois actions tenues dans la durée "
                    "qu'une longue liste de bonnes intentions.</p>"
                ),
                "en": (
                    "<p>Once the inventory is done, the role of the responsible-digital lead is "
                    "to propose a small number of actions, chosen for their <b>impact</b> and "
                    "<b>feasibility</b>. Three actions kept up over time are better than a "
                    "long list of good intentions.</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Cinq leviers prioritaires",
                "en": "Five priority levers",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<ol>"
                    "<li><b>Allonger la durée d'usage</b> : se fixer un objectif (par exemple "
                    "au moins cinq ans pour un ordinateur portable, davantage si possible), "
                    "entretenir, remplacer la batterie, ajouter de la mémoire ou un disque SSD, "
                    "installer un système plus léger sur les machines anciennes.</li>"
                    "<li><b>Acheter reconditionné par défaut</b>, de préférence auprès "
                    "d'acteurs de l'ESS, et n'acheter neuf que sur justification.</li>"
                    "<li><b>Limiter le nombre d'équipements</b> : mutualiser les imprimantes, "
                    "interroger le double écran systématique, éviter les appareils "
                    "« au cas où ».</li>"
                    "<li><b>Organiser la fin de vie</b> : don ou réemploi de ce qui fonctionne, "
                    "effacement sécurisé des données, collecte DEEE pour le reste.</li>"
                    "<li><b>Des usages sobres et inclusifs</b> : ménage dans le stockage "
                    "partagé, réglages de mise en veille, alternatives non numériques pour les "
                    "publics.</li>"
                    "</ol>"
                ),
                "en": (
                    "<ol>"
                    "<li><b>Extend usage time</b>: set a target (for example at least five "
                    "years for a laptop, longer if possible), maintain devices, replace the "
                    "battery, add memory or an SSD, install a lighter system on older "
                    "machines.</li>"
                    "<li><b>Buy refurbished by default</b>, preferably from ESS actors, and "
                    "buy new only when justified.</li>"
                    "<li><b>Limit the number of devices</b>: share printers, question the "
                    "automatic second screen, avoid “just in case” devices.</li>"
                    "<li><b>Organise end of life</b>: donate or reuse what works, wipe data "
                    "securely, send the rest to WEEE collection.</li>"
                    "<li><b>Lean and inclusive uses</b>: tidy up shared storage, set sleep "
                    "modes, keep non-digital alternatives for the people you serve.</li>"
                    "</ol>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "fr": "Un plan d'action sur une seule page",
                "en": "A one-page action plan",
            },
            "text": {
                "fr": (
                    "Pour chaque action : ce qu'on fait, qui s'en occupe, pour quand, et "
                    "comment on saura que c'est fait (un indicateur de l'inventaire). "
                    "Présentez-le au bureau ou au conseil d'administration, puis faites le "
                    "point tous les six mois."
                ),
                "en": (
                    "For each action: what we do, who is in charge, by when, and how we will "
                    "know it is done (an indicator from the inventory). Present it to the "
                    "board, then review progress every six months."
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Embarquer l'équipe et les bénévoles",
                "en": "Bringing the team and volunteers on board",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Le numérique responsable touche aux habitudes de chacun. Quelques "
                    "principes aident à l'installer sans culpabiliser :</p>"
                    "<ul>"
                    "<li>partir des irritants concrets (un ordinateur lent, une imprimante "
                    "toujours en panne) plutôt que des grands discours ;</li>"
                    "<li>rédiger avec l'équipe une courte charte, validée par la "
                    "gouvernance ;</li>"
                    "<li>associer les bénévoles, qui ont souvent des compétences techniques "
                    "précieuses ;</li>"
                    "<li>rendre visibles les résultats : appareils sauvés, achats "
                    "reconditionnés, économies réalisées.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>Responsible digital practice affects everyone's habits. A few "
                    "principles help introduce it without making people feel guilty:</p>"
                    "<ul>"
                    "<li>start from concrete irritants (a slow computer, a printer that is "
                    "always broken) rather than grand speeches;</li>"
                    "<li>draft a short charter with the team, approved by the governing "
                    "bodies;</li>"
                    "<li>involve volunteers, who often have valuable technical skills;</li>"
                    "<li>make results visible: devices saved, refurbished purchases, money "
                    "saved.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "quote",
            "text": {
                "fr": (
                    "Nous n'avons pas commencé par un grand plan. Nous avons fait réparer deux "
                    "portables qu'on allait remplacer, et la facture a convaincu le bureau "
                    "mieux que n'importe quel chiffre sur le climat."
                ),
                "en": (
                    "We didn't start with a big plan. We had two laptops repaired that we were "
                    "about to replace, and the bill convinced the board better than any "
                    "climate figure."
                ),
            },
            "attribution": {
                "fr": "Trésorier d'une ressourcerie (témoignage fictif, à visée pédagogique)",
                "en": "Treasurer of a reuse centre (fictional testimony, for teaching)",
            },
        },
        {
            "type": "further",
            "links": [
                {
                    "title": {
                        "fr": "HOP – Halte à l'obsolescence programmée",
                        "en": "HOP – Stop planned obsolescence (in French)",
                    },
                    "url": "https://www.halteobsolescence.org/",
                },
                {
                    "title": {
                        "fr": "ADEME, l'Agence de la transition écologique",
                        "en": "ADEME, the French agency for ecological transition",
                    },
                    "url": "https://www.ademe.fr/",
                },
            ],
        },
    ],
}


def _tf_choices(true_is_correct, fb_true, fb_false):
    """Two-choice Vrai/Faux list; exactly one correct."""
    return [
        {
            "text": {"fr": "Vrai", "en": "True"},
            "correct": true_is_correct,
            "feedback": fb_true,
        },
        {
            "text": {"fr": "Faux", "en": "False"},
            "correct": not true_is_correct,
            "feedback": fb_false,
        },
    ]


QUIZ = {
    "type": "quiz",
    "slug": "quiz-impacts-du-numerique",
    "title": {
        "fr": "Quiz : les impacts du numérique",
        "en": "Quiz: the impacts of digital technology",
    },
    "intro": {
        "fr": (
            "Six questions pour vérifier les notions clés du parcours. Il faut 70 % de bonnes "
            "réponses pour valider ; vous disposez de trois tentatives."
        ),
        "en": (
            "Six questions to check the key ideas of the course. You need 70% correct answers "
            "to pass; you have three attempts."
        ),
    },
    "pass_mark": 70,
    "max_attempts": 3,
    "shuffle": False,
    "questions": [
        {
            "kind": "single",
            "text": {
                "fr": (
                    "Selon l'étude ADEME–Arcep de 2022, quelle étape du cycle de vie pèse le "
                    "plus dans l'empreinte carbone du numérique en France ?"
                ),
                "en": (
                    "According to the 2022 ADEME–Arcep study, which lifecycle stage weighs the "
                    "most in the carbon footprint of digital technology in France?"
                ),
            },
            "explanation": {
                "fr": (
                    "La fabrication représente environ 78 % de l'empreinte carbone du numérique "
                    "en France. C'est pourquoi allonger la durée de vie des équipements est le "
                    "levier le plus efficace."
                ),
                "en": (
                    "Manufacturing accounts for about 78% of the carbon footprint of digital "
                    "technology in France. This is why extending the lifetime of equipment is "
                    "the most effective lever."
                ),
            },
            "choices": [
                {
                    "text": {"fr": "L'utilisation", "en": "Use"},
                    "correct": False,
                    "feedback": {
                        "fr": (
                            "L'utilisation arrive en second : en France, l'électricité est "
                            "faiblement carbonée."
                        ),
                        "en": "Use comes second: in France, electricity is low-carbon.",
                    },
                },
                {
                    "text": {"fr": "La fabrication", "en": "Manufacturing"},
                    "correct": True,
                    "feedback": {
                        "fr": "Exact : l'essentiel de l'impact est engagé avant le premier usage.",
                        "en": "Correct: most of the impact is incurred before first use.",
                    },
                },
                {
                    "text": {"fr": "Le transport", "en": "Transport"},
                    "correct": False,
                    "feedback": {
                        "fr": "Le transport compte, mais bien moins que la fabrication.",
                        "en": "Transport counts, but far less than manufacturing.",
                    },
                },
                {
                    "text": {"fr": "La fin de vie", "en": "End of life"},
                    "correct": False,
                    "feedback": {
                        "fr": (
                            "La fin de vie pose surtout des enjeux de pollution et de "
                            "ressources, pas la plus grosse part du carbone."
                        ),
                        "en": (
                            "End of life mainly raises pollution and resource issues, not the "
                            "largest share of carbon."
                        ),
                    },
                },
            ],
        },
        {
            "kind": "true_false",
            "text": {
                "fr": (
                    "Les centres de données représentent la plus grande part des impacts "
                    "environnementaux du numérique en France, loin devant les terminaux."
                ),
                "en": (
                    "Data centres account for the largest share of the environmental impacts "
                    "of digital technology in France, far ahead of devices."
                ),
            },
            "explanation": {
                "fr": (
                    "C'est l'inverse : selon l'ADEME et l'Arcep, les terminaux génèrent de 65 "
                    "à 92 % des impacts selon l'indicateur. Les centres de données et les "
                    "réseaux restent à surveiller, mais la priorité va aux équipements."
                ),
                "en": (
                    "It is the other way round: according to ADEME and Arcep, devices generate "
                    "65 to 92% of the impacts depending on the indicator. Data centres and "
                    "networks still need watching, but equipment comes first."
                ),
            },
            "choices": _tf_choices(
                False,
                {
                    "fr": "Non : ce sont les terminaux qui concentrent l'essentiel des impacts.",
                    "en": "No: devices account for most of the impact.",
                },
                {
                    "fr": "Bonne réponse : les terminaux arrivent largement en tête.",
                    "en": "Right: devices come well ahead.",
                },
            ),
        },
        {
            "kind": "multiple",
            "text": {
                "fr": (
                    "Parmi ces situations, lesquelles sont des impacts sociaux documentés du "
                    "numérique ? (plusieurs réponses)"
                ),
                "en": (
                    "Which of these situations are documented social impacts of digital "
                    "technology? (several answers)"
                ),
            },
            "explanation": {
                "fr": (
                    "Les impacts sociaux concernent toute la chaîne : conditions d'extraction "
                    "des minerais, recyclage informel des déchets, et exclusion des personnes "
                    "éloignées du numérique. Le prix de l'électricité n'en fait pas partie."
                ),
                "en": (
                    "Social impacts concern the whole chain: mining conditions, informal "
                    "recycling of waste, and the exclusion of people who are far from digital "
                    "technology. The price of electricity is not one of them."
                ),
            },
            "choices": [
                {
                    "text": {
                        "fr": "Le travail d'enfants dans des mines artisanales de cobalt",
                        "en": "Child labour in artisanal cobalt mines",
                    },
                    "correct": True,
                    "feedback": {
                        "fr": "Oui, documenté notamment par Amnesty International en 2016.",
                        "en": "Yes, documented in particular by Amnesty International in 2016.",
                    },
                },
                {
                    "text": {
                        "fr": "L'exposition à des substances toxiques dans le recyclage informel",
                        "en": "Exposure to toxic substances in informal recycling",
                    },
                    "correct": True,
                    "feedback": {
                        "fr": "Oui, le brûlage de câbles et la manipulation sans protection.",
                        "en": "Yes, cable burning and handling without protection.",
                    },
                },
                {
                    "text": {
                        "fr": "L'illectronisme qui éloigne certaines personnes de leurs droits",
                        "en": "Digital illiteracy that cuts some people off from their rights",
                    },
                    "correct": True,
                    "feedback": {
                        "fr": "Oui, il concernait environ 15 % des 15 ans et plus en 2021.",
                        "en": "Yes, it affected about 15% of people aged 15+ in 2021.",
                    },
                },
                {
                    "text": {
                        "fr": "La baisse du prix de l'électricité en France",
                        "en": "Falling electricity prices in France",
                    },
                    "correct": False,
                    "feedback": {
                        "fr": "Non, ce n'est ni un fait établi ni un impact social du numérique.",
                        "en": (
                            "No, this is neither an established fact nor a social impact of "
                            "digital technology."
                        ),
                    },
                },
            ],
        },
        {
            "kind": "single",
            "text": {
                "fr": "Laquelle de ces situations illustre un effet rebond ?",
                "en": "Which of these situations illustrates a rebound effect?",
            },
            "explanation": {
                "fr": (
                    "Il y a effet rebond quand un gain d'efficacité ou de confort entraîne un "
                    "surcroît d'usage qui annule tout ou partie du gain. Réparer ou mettre à "
                    "niveau un appareil n'en est pas un : c'est un moyen de l'éviter."
                ),
                "en": (
                    "A rebound effect occurs when a gain in efficiency or convenience leads to "
                    "extra use that cancels out some or all of the gain. Repairing or "
                    "upgrading a device is not one: it is a way to avoid it."
                ),
            },
            "choices": [
                {
                    "text": {
                        "fr": (
                            "Avec la fibre, l'association diffuse toutes ses réunions en vidéo "
                            "haute définition et en multiplie le nombre."
                        ),
                        "en": (
                            "With fibre, the association streams all its meetings in high "
                            "definition video and holds many more of them."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "fr": "Exact : la connexion plus efficace conduit à consommer davantage.",
                        "en": "Correct: the more efficient connection leads to more use.",
                    },
                },
                {
                    "text": {
                        "fr": "Un disque SSD remplace le disque dur d'un vieux portable.",
                        "en": "An SSD replaces the hard drive of an old laptop.",
                    },
                    "correct": False,
                    "feedback": {
                        "fr": "C'est une mise à niveau qui prolonge la vie de l'appareil.",
                        "en": "This is an upgrade that extends the device's life.",
                    },
                },
                {
                    "text": {
                        "fr": "L'équipe supprime des doublons dans le stockage partagé.",
                        "en": "The team deletes duplicates in shared storage.",
                    },
                    "correct": False,
                    "feedback": {
                        "fr": "C'est une action de sobriété, pas un effet rebond.",
                        "en": "This is a sobriety action, not a rebound effect.",
                    },
                },
                {
                    "text": {
                        "fr": "Une imprimante est partagée entre deux bureaux.",
                        "en": "One printer is shared between two offices.",
                    },
                    "correct": False,
                    "feedback": {
                        "fr": "C'est de la mutualisation, qui réduit le nombre d'équipements.",
                        "en": "This is pooling, which reduces the number of devices.",
                    },
                },
            ],
        },
        {
            "kind": "true_false",
            "text": {
                "fr": (
                    "Remplacer un ordinateur qui fonctionne par un modèle neuf plus économe en "
                    "énergie est presque toujours bénéfique pour l'environnement."
                ),
                "en": (
                    "Replacing a working computer with a new, more energy-efficient model is "
                    "almost always good for the environment."
                ),
            },
            "explanation": {
                "fr": (
                    "La fabrication du nouvel appareil pèse beaucoup plus que l'électricité "
                    "économisée pendant l'usage, surtout en France. Garder et entretenir "
                    "l'appareil existant est généralement préférable."
                ),
                "en": (
                    "Manufacturing the new device weighs far more than the electricity saved "
                    "during use, especially in France. Keeping and maintaining the existing "
                    "device is generally better."
                ),
            },
            "choices": _tf_choices(
                False,
                {
                    "fr": "Non : l'impact de fabrication du neuf l'emporte le plus souvent.",
                    "en": "No: the manufacturing impact of the new device usually wins out.",
                },
                {
                    "fr": "Bonne réponse : faire durer l'existant reste le meilleur choix.",
                    "en": "Right: making the existing device last remains the best choice.",
                },
            ),
        },
        {
            "kind": "multiple",
            "text": {
                "fr": (
                    "Vous êtes référent·e numérique responsable dans une association. Quelles "
                    "actions sont prioritaires pour démarrer ? (plusieurs réponses)"
                ),
                "en": (
                    "You are the responsible-digital lead in an association. Which actions are "
                    "priorities to get started? (several answers)"
                ),
            },
            "explanation": {
                "fr": (
                    "L'inventaire, l'allongement de la durée de vie et l'achat de reconditionné "
                    "agissent directement sur l'étape la plus impactante, la fabrication. Le "
                    "tri des courriels est utile mais secondaire."
                ),
                "en": (
                    "The inventory, extending lifetimes and buying refurbished act directly on "
                    "the most impactful stage, manufacturing. Sorting emails is useful but "
                    "secondary."
                ),
            },
            "choices": [
                {
                    "text": {
                        "fr": "Faire l'inventaire du parc d'équipements",
                        "en": "Take an inventory of the equipment",
                    },
                    "correct": True,
                    "feedback": {
                        "fr": "Oui, c'est la base pour décider.",
                        "en": "Yes, it is the basis for decisions.",
                    },
                },
                {
                    "text": {
                        "fr": "Se fixer un objectif de durée d'usage des appareils",
                        "en": "Set a target for how long devices are used",
                    },
                    "correct": True,
                    "feedback": {
                        "fr": "Oui, c'est le levier le plus puissant.",
                        "en": "Yes, it is the most powerful lever.",
                    },
                },
                {
                    "text": {
                        "fr": "Acheter reconditionné par défaut",
                        "en": "Buy refurbished by default",
                    },
                    "correct": True,
                    "feedback": {
                        "fr": "Oui, cela évite la fabrication d'un appareil neuf.",
                        "en": "Yes, it avoids manufacturing a new device.",
                    },
                },
                {
                    "text": {
                        "fr": "Faire du tri des vieux courriels l'action principale du plan",
                        "en": "Make sorting old emails the main action of the plan",
                    },
                    "correct": False,
                    "feedback": {
                        "fr": "Utile, mais son effet reste faible face aux équipements.",
                        "en": "Useful, but its effect is small compared with equipment.",
                    },
                },
            ],
        },
    ],
}


COURSE = {
    "slug": "impacts-du-numerique",
    "title": {
        "fr": "Comprendre les impacts du numérique",
        "en": "Understanding the impacts of digital technology",
    },
    "summary": {
        "fr": (
            "Le numérique a une réalité très matérielle : des équipements fabriqués à partir de "
            "métaux, des réseaux et des centres de données qui consomment énergie et eau, des "
            "déchets et des effets sociaux. Ce cours donne les repères essentiels pour "
            "comprendre ces impacts et choisir les premières actions dans une structure de "
            "l'ESS."
        ),
        "en": (
            "Digital technology has a very material reality: devices made from metals, "
            "networks and data centres that use energy and water, waste, and social effects. "
            "This course gives the essential landmarks to understand these impacts and choose "
            "the first actions in an ESS organisation."
        ),
    },
    "objectives": {
        "fr": [
            "Décrire le cycle de vie d'un équipement et identifier l'étape la plus impactante",
            "Distinguer les impacts des terminaux, des réseaux et des centres de données",
            "Expliquer les principaux impacts sociaux, de l'extraction minière à l'illectronisme",
            "Reconnaître l'effet rebond dans des situations concrètes",
            "Dresser un état des lieux du parc et prioriser des actions dans sa structure",
        ],
        "en": [
            "Describe the lifecycle of a device and identify the most impactful stage",
            "Distinguish the impacts of devices, networks and data centres",
            "Explain the main social impacts, from mining to digital illiteracy",
            "Recognise the rebound effect in concrete situations",
            "Take stock of equipment and prioritise actions in your organisation",
        ],
    },
    "theme": "impacts",
    "level": "beginner",
    "audience": {
        "fr": (
            "Salarié·es, bénévoles et dirigeant·es d'associations, de coopératives et "
            "d'entreprises sociales qui souhaitent devenir référent·e numérique responsable. "
            "Aucun prérequis technique."
        ),
        "en": (
            "Staff, volunteers and leaders of associations, cooperatives and social "
            "enterprises who want to become their organisation's responsible-digital lead. No "
            "technical prerequisites."
        ),
    },
    "licence": "CC BY-SA 4.0",
    "authors": "Équipe pédagogique Tremplin",
    "modules": [
        {
            "slug": "un-numerique-bien-materiel",
            "title": {
                "fr": "Un numérique bien matériel",
                "en": "A very material digital world",
            },
            "intro": {
                "fr": (
                    "Du cycle de vie des équipements aux déchets électroniques, ce module "
                    "montre où se situent les impacts environnementaux du numérique."
                ),
                "en": (
                    "From the lifecycle of devices to electronic waste, this module shows "
                    "where the environmental impacts of digital technology lie."
                ),
            },
            "items": [LESSON_LIFECYCLE, LESSON_THREE_TIERS, LESSON_WATER_METALS_WASTE],
        },
        {
            "slug": "impacts-sociaux",
            "title": {
                "fr": "Les impacts sociaux du numérique",
                "en": "The social impacts of digital technology",
            },
            "intro": {
                "fr": (
                    "Conditions de travail, exclusion numérique et effet rebond : le numérique "
                    "responsable ne se limite pas à l'environnement."
                ),
                "en": (
                    "Working conditions, digital exclusion and the rebound effect: responsible "
                    "digital practice is not limited to the environment."
                ),
            },
            "items": [LESSON_MINING_LABOUR, LESSON_DIGITAL_EXCLUSION, LESSON_REBOUND],
        },
        {
            "slug": "mesurer-et-agir",
            "title": {
                "fr": "Mesurer et agir dans sa structure",
                "en": "Measuring and acting in your organisation",
            },
            "intro": {
                "fr": (
                    "Faire un état des lieux simple, choisir les premiers leviers et embarquer "
                    "l'équipe, puis valider ses acquis avec le quiz final."
                ),
                "en": (
                    "Take simple stock, choose the first levers and bring the team on board, "
                    "then check what you have learnt with the final quiz."
                ),
            },
            "items": [LESSON_INVENTORY, LESSON_FIRST_ACTIONS, QUIZ],
        },
    ],
}
