"""Demo course: sober and eco-designed digital services (RGESN).

Original teaching content for the Tremplin learning path
"Référent·e numérique responsable dans une structure de l'ESS".
See FORMAT.md in this folder for the data format.
"""

COURSE = {
    "slug": "services-sobres-ecoconcus",
    "title": {
        "fr": "Services numériques sobres et écoconçus",
        "en": "Sober, eco-designed digital services",
    },
    "summary": {
        "fr": (
            "Apprenez à concevoir ou à faire évoluer les services numériques de votre structure "
            "avec le Référentiel général d’écoconception de services numériques (RGESN) : "
            "questionner le besoin, alléger les pages, choisir un hébergement adapté, mesurer "
            "et rendre compte de votre démarche."
        ),
        "en": (
            "Learn how to design or improve your organisation’s digital services with the French "
            "General Framework for the Eco-design of Digital Services (RGESN): question the need, "
            "lighten pages, choose suitable hosting, measure and report on your approach."
        ),
    },
    "objectives": {
        "fr": [
            "Expliquer pourquoi l’écoconception réduit les impacts environnementaux d’un service "
            "numérique",
            "Se repérer dans les familles et les critères du RGESN",
            "Appliquer les leviers d’allègement les plus efficaces : besoin, pages, médias, "
            "hébergement",
            "Mesurer un site avec EcoIndex et rédiger une déclaration d’écoconception",
        ],
        "en": [
            "Explain why eco-design reduces the environmental impacts of a digital service",
            "Find your way around the RGESN families and criteria",
            "Apply the most effective levers for lightening a service: need, pages, media, hosting",
            "Measure a website with EcoIndex and write an eco-design statement",
        ],
    },
    "theme": "ecodesign",
    "level": "intermediate",
    "audience": {
        "fr": (
            "Référent·es numérique responsable, chargé·es de communication, bénévoles et "
            "salarié·es qui gèrent le site web ou les outils numériques d’une association, "
            "d’une coopérative ou d’une entreprise sociale."
        ),
        "en": (
            "Responsible-digital leads, communications officers, volunteers and staff who "
            "manage the website or digital tools of an association, a cooperative or a social "
            "enterprise."
        ),
    },
    "licence": "CC BY-SA 4.0",
    "authors": "Équipe pédagogique Tremplin",
    "modules": [
        # ------------------------------------------------------------------
        # Module 1
        # ------------------------------------------------------------------
        {
            "slug": "comprendre-ecoconception-rgesn",
            "title": {
                "fr": "Comprendre l’écoconception et le RGESN",
                "en": "Understanding eco-design and the RGESN",
            },
            "intro": {
                "fr": (
                    "Pourquoi un service numérique a des impacts bien réels, et comment le RGESN "
                    "aide à les réduire dès la conception."
                ),
                "en": (
                    "Why a digital service has very real impacts, and how the RGESN helps reduce "
                    "them from the design stage onwards."
                ),
            },
            "items": [
                {
                    "type": "lesson",
                    "slug": "pourquoi-ecoconcevoir",
                    "title": {
                        "fr": "Pourquoi écoconcevoir un service numérique ?",
                        "en": "Why eco-design a digital service?",
                    },
                    "minutes": 8,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Un site web, un outil de gestion des adhésions ou une "
                                    "plateforme de dons paraissent immatériels. Pourtant, chaque "
                                    "service numérique repose sur trois ensembles d’équipements "
                                    "bien physiques : les <b>terminaux</b> des utilisateurs "
                                    "(smartphones, ordinateurs, téléviseurs), les <b>réseaux</b> "
                                    "qui transportent les données et les <b>centres de "
                                    "données</b> qui les stockent et les traitent.</p>"
                                    "<p>Les impacts ne se résument pas aux gaz à effet de serre : "
                                    "extraction de métaux, consommation d’eau et d’énergie, "
                                    "déchets électroniques difficiles à recycler. Pour les "
                                    "terminaux, c’est surtout leur <b>fabrication</b>, bien plus "
                                    "que leur utilisation, qui pèse dans le bilan.</p>"
                                ),
                                "en": (
                                    "<p>A website, a membership management tool or a donation "
                                    "platform all seem immaterial. Yet every digital service "
                                    "relies on three very physical sets of equipment: users’ "
                                    "<b>devices</b> (smartphones, computers, televisions), the "
                                    "<b>networks</b> that carry the data, and the <b>data "
                                    "centres</b> that store and process it.</p>"
                                    "<p>The impacts are not limited to greenhouse gases: metal "
                                    "extraction, water and energy consumption, electronic waste "
                                    "that is hard to recycle. For devices, it is above all their "
                                    "<b>manufacturing</b>, far more than their use, that weighs "
                                    "in the balance.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "key_figure",
                            "title": {
                                "fr": "Environ 4,4 % de l’empreinte carbone de la France",
                                "en": "About 4.4% of France’s carbon footprint",
                            },
                            "text": {
                                "fr": (
                                    "Selon la mise à jour de l’étude ADEME-Arcep publiée en 2025 "
                                    "(données 2022), le numérique représenterait environ 4,4 % de "
                                    "l’empreinte carbone de la France. La précédente estimation "
                                    "(2,5 %, données 2020) a surtout été revue à la hausse parce "
                                    "que la méthode intègre désormais les centres de données "
                                    "situés à l’étranger qui servent des usages français."
                                ),
                                "en": (
                                    "According to the update of the ADEME-Arcep study published "
                                    "in 2025 (2022 data), digital technology accounts for about "
                                    "4.4% of France’s carbon footprint. The previous estimate "
                                    "(2.5%, 2020 data) was revised upwards mainly because the "
                                    "method now includes data centres located abroad that serve "
                                    "French uses."
                                ),
                            },
                            "source": {
                                "fr": (
                                    "ADEME et Arcep, évaluation de l’impact environnemental du "
                                    "numérique en France, mise à jour publiée en 2025 (données "
                                    "2022)"
                                ),
                                "en": (
                                    "ADEME and Arcep, assessment of the environmental impact of "
                                    "digital technology in France, update published in 2025 "
                                    "(2022 data)"
                                ),
                            },
                            "source_url": (
                                "https://www.arcep.fr/la-regulation/grands-dossiers-thematiques-"
                                "transverses/lempreinte-environnementale-du-numerique.html"
                            ),
                        },
                        {
                            "type": "data_figure",
                            "caption": {
                                "fr": (
                                    "Répartition de l’empreinte carbone du numérique en France "
                                    "par grand poste (données 2022, ordres de grandeur)"
                                ),
                                "en": (
                                    "Breakdown of the carbon footprint of digital technology in "
                                    "France by main component (2022 data, orders of magnitude)"
                                ),
                            },
                            "unit": {
                                "fr": "% de l’empreinte carbone du numérique",
                                "en": "% of the digital carbon footprint",
                            },
                            "rows": [
                                {
                                    "label": {"fr": "Terminaux", "en": "Devices"},
                                    "value": 50,
                                },
                                {
                                    "label": {"fr": "Centres de données", "en": "Data centres"},
                                    "value": 46,
                                },
                                {
                                    "label": {"fr": "Réseaux", "en": "Networks"},
                                    "value": 4,
                                },
                            ],
                            "source": {
                                "fr": (
                                    "ADEME et Arcep, mise à jour de l’évaluation de l’impact "
                                    "environnemental du numérique en France, 2025 (données 2022)"
                                ),
                                "en": (
                                    "ADEME and Arcep, updated assessment of the environmental "
                                    "impact of digital technology in France, 2025 (2022 data)"
                                ),
                            },
                            "source_url": (
                                "https://www.arcep.fr/la-regulation/grands-dossiers-thematiques-"
                                "transverses/lempreinte-environnementale-du-numerique.html"
                            ),
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Le lien direct avec la conception des services",
                                "en": "The direct link with service design",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Les choix faits lors de la conception d’un service "
                                    "agissent sur les trois postes à la fois. Une page lourde "
                                    "fait circuler plus de données sur les réseaux et sollicite "
                                    "davantage les serveurs. Surtout, un service qui exige un "
                                    "téléphone récent pour fonctionner correctement exclut les "
                                    "personnes équipées d’appareils anciens ou les pousse à en "
                                    "changer : c’est une forme d’<b>obsolescence logicielle</b>."
                                    "</p>"
                                    "<p>L’<b>écoconception</b> consiste à réduire ces impacts "
                                    "dès la conception et tout au long de la vie du service, de "
                                    "l’idée de départ jusqu’à sa fermeture. Elle apporte aussi "
                                    "des bénéfices très concrets pour une structure de l’ESS :"
                                    "</p>"
                                    "<ul>"
                                    "<li>des pages plus rapides, y compris avec une connexion "
                                    "faible ou un forfait mobile limité ;</li>"
                                    "<li>un service utilisable sur des appareils anciens ou "
                                    "reconditionnés ;</li>"
                                    "<li>des coûts d’hébergement et de maintenance souvent plus "
                                    "bas ;</li>"
                                    "<li>une cohérence entre vos valeurs et vos outils.</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<p>Choices made when designing a service act on all three "
                                    "components at once. A heavy page sends more data over the "
                                    "networks and puts more load on servers. Above all, a "
                                    "service that needs a recent phone to work properly "
                                    "excludes people with older devices or pushes them to "
                                    "replace them: this is a form of <b>software-driven "
                                    "obsolescence</b>.</p>"
                                    "<p><b>Eco-design</b> means reducing these impacts from the "
                                    "design stage and throughout the life of the service, from "
                                    "the initial idea until it is shut down. It also brings very "
                                    "concrete benefits for a social and solidarity economy "
                                    "organisation:</p>"
                                    "<ul>"
                                    "<li>faster pages, even on a weak connection or a limited "
                                    "mobile data plan;</li>"
                                    "<li>a service that works on old or refurbished devices;</li>"
                                    "<li>hosting and maintenance costs that are often lower;</li>"
                                    "<li>consistency between your values and your tools.</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Parlez de bénéfices, pas seulement de contraintes",
                                "en": "Talk about benefits, not only constraints",
                            },
                            "text": {
                                "fr": (
                                    "Devant un conseil d’administration ou une équipe bénévole, "
                                    "présentez l’écoconception comme un moyen de mieux servir "
                                    "vos publics : un site qui s’affiche vite sur le vieux "
                                    "smartphone d’une personne accompagnée est un site plus "
                                    "solidaire. L’argument environnemental vient renforcer "
                                    "l’argument social, il ne le remplace pas."
                                ),
                                "en": (
                                    "When speaking to a board or a volunteer team, present "
                                    "eco-design as a way to serve your audiences better: a site "
                                    "that loads quickly on the old smartphone of a person you "
                                    "support is a more inclusive site. The environmental "
                                    "argument strengthens the social one; it does not replace "
                                    "it."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "Arcep : l’empreinte environnementale du numérique",
                                        "en": "Arcep: the environmental footprint of digital "
                                        "technology (in French)",
                                    },
                                    "url": (
                                        "https://www.arcep.fr/la-regulation/grands-dossiers-"
                                        "thematiques-transverses/lempreinte-environnementale-"
                                        "du-numerique.html"
                                    ),
                                },
                                {
                                    "title": {
                                        "fr": "Numérique responsable : le site de l’État",
                                        "en": "Responsible digital: the French government "
                                        "website (in French)",
                                    },
                                    "url": "https://ecoresponsable.numerique.gouv.fr/",
                                },
                            ],
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "decouvrir-le-rgesn",
                    "title": {
                        "fr": "Découvrir le RGESN",
                        "en": "Getting to know the RGESN",
                    },
                    "minutes": 9,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Le <b>Référentiel général d’écoconception de services "
                                    "numériques</b> (RGESN) rassemble, sous forme de questions, "
                                    "les bonnes pratiques qui permettent de réduire l’empreinte "
                                    "d’un site, d’une application ou d’une API. Une première "
                                    "version a été publiée en 2022 par les services de l’État. "
                                    "La version actuelle a été publiée en mai 2024 par l’Arcep "
                                    "et l’Arcom, en lien avec l’ADEME, la DINUM, la CNIL et "
                                    "l’Inria.</p>"
                                    "<p>Chaque critère prend la forme d’une question fermée, "
                                    "par exemple : « le service est-il utilisable sur des "
                                    "terminaux anciens ? ». Il est accompagné d’une fiche qui "
                                    "précise l’objectif, la mise en œuvre et le moyen de "
                                    "vérification. Un critère peut être conforme, non conforme "
                                    "ou non applicable, à condition de justifier ce dernier "
                                    "cas.</p>"
                                ),
                                "en": (
                                    "<p>The <b>General Framework for the Eco-design of Digital "
                                    "Services</b> (RGESN) gathers, in the form of questions, the "
                                    "good practices that reduce the footprint of a website, an "
                                    "app or an API. A first version was published in 2022 by "
                                    "French government departments. The current version was "
                                    "published in May 2024 by Arcep and Arcom, together with "
                                    "ADEME, DINUM, CNIL and Inria.</p>"
                                    "<p>Each criterion takes the form of a closed question, for "
                                    "example: “can the service be used on older devices?”. It "
                                    "comes with a sheet describing the objective, how to "
                                    "implement it and how to check it. A criterion can be met, "
                                    "not met or not applicable, provided the latter case is "
                                    "justified.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "key_figure",
                            "title": {
                                "fr": "78 critères répartis en 9 familles",
                                "en": "78 criteria in 9 families",
                            },
                            "text": {
                                "fr": (
                                    "La version 2024 du RGESN compte 78 critères, répartis en "
                                    "9 familles thématiques et classés selon trois niveaux de "
                                    "priorité. Chaque critère indique aussi l’effort de mise en "
                                    "œuvre estimé."
                                ),
                                "en": (
                                    "The 2024 version of the RGESN contains 78 criteria, grouped "
                                    "into 9 thematic families and ranked on three priority "
                                    "levels. Each criterion also indicates the estimated "
                                    "implementation effort."
                                ),
                            },
                            "source": {
                                "fr": (
                                    "Arcep et Arcom, Référentiel général de l’écoconception des "
                                    "services numériques (RGESN), version 2024"
                                ),
                                "en": (
                                    "Arcep and Arcom, General Framework for the Eco-design of "
                                    "Digital Services (RGESN), 2024 version"
                                ),
                            },
                            "source_url": (
                                "https://ecoresponsable.numerique.gouv.fr/publications/"
                                "referentiel-general-ecoconception/"
                            ),
                        },
                        {
                            "type": "data_figure",
                            "caption": {
                                "fr": "Critères du RGESN 2024 selon leur niveau de priorité",
                                "en": "RGESN 2024 criteria by priority level",
                            },
                            "unit": {"fr": "nombre de critères", "en": "number of criteria"},
                            "rows": [
                                {
                                    "label": {"fr": "Prioritaires", "en": "Priority"},
                                    "value": 30,
                                },
                                {
                                    "label": {"fr": "Recommandés", "en": "Recommended"},
                                    "value": 28,
                                },
                                {
                                    "label": {"fr": "Modérés", "en": "Moderate"},
                                    "value": 20,
                                },
                            ],
                            "source": {
                                "fr": "Arcep et Arcom, RGESN, version 2024",
                                "en": "Arcep and Arcom, RGESN, 2024 version",
                            },
                            "source_url": (
                                "https://ecoresponsable.numerique.gouv.fr/publications/"
                                "referentiel-general-ecoconception/"
                            ),
                        },
                        {
                            "type": "heading",
                            "text": {"fr": "Les neuf familles", "en": "The nine families"},
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li><b>Stratégie</b> : utilité du service, référent, "
                                    "objectifs, fin de vie prévue.</li>"
                                    "<li><b>Spécifications</b> : compatibilité avec les anciens "
                                    "terminaux et les connexions lentes, fonctionnalités "
                                    "justifiées, exigences envers les prestataires.</li>"
                                    "<li><b>Architecture</b> : choix techniques qui limitent les "
                                    "échanges, les traitements et les mises à jour forcées.</li>"
                                    "<li><b>UX/UI</b> : parcours courts, pas de lecture "
                                    "automatique ni de défilement infini, éléments graphiques "
                                    "sobres.</li>"
                                    "<li><b>Contenus</b> : formats et compression des images, "
                                    "vidéos et documents, durée de conservation.</li>"
                                    "<li><b>Frontend</b> : poids des pages, nombre de requêtes, "
                                    "mise en cache, chargement différé.</li>"
                                    "<li><b>Backend</b> : traitements côté serveur, requêtes "
                                    "vers la base de données, archivage.</li>"
                                    "<li><b>Hébergement</b> : engagement et transparence de "
                                    "l’hébergeur, efficacité énergétique, durée de vie du "
                                    "matériel.</li>"
                                    "<li><b>Algorithmie</b> : nouvelle famille de 2024, pour les "
                                    "services qui entraînent ou utilisent des modèles "
                                    "d’intelligence artificielle.</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li><b>Strategy</b>: usefulness of the service, lead person, "
                                    "objectives, planned end of life.</li>"
                                    "<li><b>Specifications</b>: compatibility with older devices "
                                    "and slow connections, justified features, requirements for "
                                    "suppliers.</li>"
                                    "<li><b>Architecture</b>: technical choices that limit data "
                                    "exchanges, processing and forced updates.</li>"
                                    "<li><b>UX/UI</b>: short user journeys, no autoplay or "
                                    "infinite scrolling, restrained graphic elements.</li>"
                                    "<li><b>Content</b>: formats and compression of images, "
                                    "videos and documents, retention periods.</li>"
                                    "<li><b>Frontend</b>: page weight, number of requests, "
                                    "caching, lazy loading.</li>"
                                    "<li><b>Backend</b>: server-side processing, database "
                                    "queries, archiving.</li>"
                                    "<li><b>Hosting</b>: commitment and transparency of the host, "
                                    "energy efficiency, hardware lifespan.</li>"
                                    "<li><b>Algorithms</b>: a new family in 2024, for services "
                                    "that train or use artificial intelligence models.</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "fr": "Un référentiel volontaire, pas un label",
                                "en": "A voluntary framework, not a label",
                            },
                            "text": {
                                "fr": (
                                    "Pour une association, appliquer le RGESN reste une démarche "
                                    "volontaire : il ne délivre ni label ni certification "
                                    "officielle. Les collectivités ont des obligations "
                                    "spécifiques : la loi REEN de 2021 impose aux communes et "
                                    "intercommunalités de plus de 50 000 habitants de se doter "
                                    "d’une stratégie numérique responsable. Méfiez-vous des "
                                    "offres qui promettent un « site certifié RGESN »."
                                ),
                                "en": (
                                    "For an association, applying the RGESN remains voluntary: "
                                    "it does not award any official label or certification. "
                                    "Local authorities have specific obligations: the 2021 REEN "
                                    "law requires municipalities and inter-municipal bodies "
                                    "with more than 50,000 inhabitants to adopt a responsible "
                                    "digital strategy. Be wary of offers promising an "
                                    "“RGESN-certified website”."
                                ),
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p><b>Comment s’en servir dans votre structure ?</b> "
                                    "Commencez par les critères prioritaires qui concernent "
                                    "votre service, reportez-les dans un tableur partagé et "
                                    "notez pour chacun l’état actuel, la personne responsable "
                                    "et l’échéance. Transmettez cette grille à votre prestataire "
                                    "web ou au bénévole qui gère le site, et citez le RGESN "
                                    "dans vos cahiers des charges : c’est un langage commun "
                                    "que les professionnels connaissent de plus en plus.</p>"
                                ),
                                "en": (
                                    "<p><b>How can you use it in your organisation?</b> Start "
                                    "with the priority criteria that apply to your service, copy "
                                    "them into a shared spreadsheet and note for each one its "
                                    "current status, the person responsible and the deadline. "
                                    "Share this grid with your web agency or the volunteer who "
                                    "runs the site, and refer to the RGESN in your "
                                    "specifications: it is a common language that "
                                    "professionals know better and better.</p>"
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "Le RGESN et ses fiches critères",
                                        "en": "The RGESN and its criteria sheets (in French)",
                                    },
                                    "url": (
                                        "https://ecoresponsable.numerique.gouv.fr/publications/"
                                        "referentiel-general-ecoconception/"
                                    ),
                                },
                                {
                                    "title": {
                                        "fr": "Arcep : dossier sur l’empreinte environnementale "
                                        "du numérique",
                                        "en": "Arcep: dossier on the environmental footprint "
                                        "of digital technology",
                                    },
                                    "url": (
                                        "https://www.arcep.fr/la-regulation/grands-dossiers-"
                                        "thematiques-transverses/lempreinte-environnementale-"
                                        "du-numerique.html"
                                    ),
                                },
                            ],
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "questionner-le-besoin",
                    "title": {
                        "fr": "Questionner le besoin avant tout",
                        "en": "Question the need first",
                    },
                    "minutes": 8,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Le levier le plus puissant de l’écoconception ne se "
                                    "trouve pas dans le code : c’est la fonctionnalité que l’on "
                                    "décide de ne pas construire. Ce n’est pas un hasard si le "
                                    "RGESN s’ouvre sur la famille <b>Stratégie</b>, qui demande "
                                    "d’abord si le service est utile, à qui, et s’il existe une "
                                    "solution moins gourmande en ressources.</p>"
                                    "<p>Prenons l’exemple d’une fédération d’épiceries "
                                    "solidaires qui envisage une application mobile pour que "
                                    "les bénévoles s’inscrivent aux permanences. Avant de lancer "
                                    "un développement, l’équipe découvre que la plupart des "
                                    "bénévoles utilisent déjà un agenda partagé et qu’un "
                                    "formulaire web simple, complété par un rappel par SMS, "
                                    "répond au besoin. Résultat : aucune application à "
                                    "installer, à maintenir et à mettre à jour pendant des "
                                    "années.</p>"
                                ),
                                "en": (
                                    "<p>The most powerful eco-design lever is not found in the "
                                    "code: it is the feature you decide not to build. It is no "
                                    "coincidence that the RGESN opens with the <b>Strategy</b> "
                                    "family, which first asks whether the service is useful, "
                                    "for whom, and whether a less resource-hungry solution "
                                    "exists.</p>"
                                    "<p>Take the example of a federation of community grocery "
                                    "shops considering a mobile app so that volunteers can sign "
                                    "up for shifts. Before starting any development, the team "
                                    "discovers that most volunteers already use a shared "
                                    "calendar and that a simple web form, backed by an SMS "
                                    "reminder, meets the need. The result: no app to install, "
                                    "maintain and update for years.</p>"
                                ),
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "fr": (
                                    "Il semble que la perfection soit atteinte non quand il n’y "
                                    "a plus rien à ajouter, mais quand il n’y a plus rien à "
                                    "retrancher."
                                ),
                                "en": (
                                    "It seems that perfection is attained not when there is "
                                    "nothing more to add, but when there is nothing more to "
                                    "take away."
                                ),
                            },
                            "attribution": {
                                "fr": "Antoine de Saint-Exupéry, Terre des hommes, 1939",
                                "en": (
                                    "Antoine de Saint-Exupéry, Terre des hommes (Wind, Sand and "
                                    "Stars), 1939"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Six questions à poser avant tout projet",
                                "en": "Six questions to ask before any project",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ol>"
                                    "<li>Quel problème voulons-nous résoudre, et pour qui "
                                    "exactement ?</li>"
                                    "<li>Ce besoin est-il déjà couvert par un outil existant, "
                                    "chez nous ou chez un partenaire ?</li>"
                                    "<li>Quelle est la version la plus simple qui rendrait "
                                    "vraiment service ?</li>"
                                    "<li>De quels équipements et de quelles connexions disposent "
                                    "nos publics ?</li>"
                                    "<li>Combien de temps le service doit-il vivre, et qui le "
                                    "maintiendra ?</li>"
                                    "<li>Comment saurons-nous qu’il est utile, et à quel moment "
                                    "déciderons-nous de l’arrêter ?</li>"
                                    "</ol>"
                                ),
                                "en": (
                                    "<ol>"
                                    "<li>What problem do we want to solve, and for whom "
                                    "exactly?</li>"
                                    "<li>Is this need already covered by an existing tool, in "
                                    "our organisation or at a partner’s?</li>"
                                    "<li>What is the simplest version that would genuinely "
                                    "help?</li>"
                                    "<li>What devices and connections do our audiences "
                                    "have?</li>"
                                    "<li>How long should the service last, and who will "
                                    "maintain it?</li>"
                                    "<li>How will we know it is useful, and at what point will "
                                    "we decide to stop it?</li>"
                                    "</ol>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Chaque fonctionnalité a un coût durable",
                                "en": "Every feature has a lasting cost",
                            },
                            "text": {
                                "fr": (
                                    "Consultez vos statistiques de visite : les pages et "
                                    "fonctions que personne n’a utilisées depuis un an sont de "
                                    "bonnes candidates à la suppression ou à l’archivage. Moins "
                                    "de fonctionnalités, c’est aussi moins de mises à jour de "
                                    "sécurité et moins de temps bénévole mobilisé."
                                ),
                                "en": (
                                    "Check your visit statistics: pages and features that "
                                    "nobody has used for a year are good candidates for "
                                    "deletion or archiving. Fewer features also means fewer "
                                    "security updates and less volunteer time spent."
                                ),
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p><b>Penser la fin de vie dès le départ.</b> "
                                    "Combien de mini-sites d’événements passés, de comptes "
                                    "inutilisés ou de bases de données oubliées dorment chez "
                                    "votre hébergeur ? Le RGESN invite à prévoir une stratégie "
                                    "de <b>décommissionnement</b> : quand le service sera-t-il "
                                    "fermé, que deviendront ses contenus et ses données, "
                                    "quelles pages seront archivées ou redirigées ? Pour un "
                                    "festival annuel, par exemple, on peut décider dès le "
                                    "lancement que le site de l’édition précédente sera résumé "
                                    "en une page d’archive légère, puis supprimé.</p>"
                                ),
                                "en": (
                                    "<p><b>Plan the end of life from the start.</b> "
                                    "How many mini-sites for past events, unused accounts or "
                                    "forgotten databases are sleeping at your hosting "
                                    "provider’s? The RGESN encourages you to plan a "
                                    "<b>decommissioning</b> strategy: when will the service be "
                                    "shut down, what will happen to its content and data, "
                                    "which pages will be archived or redirected? For an annual "
                                    "festival, for instance, you can decide at launch that the "
                                    "previous edition’s site will be summarised in one light "
                                    "archive page, then deleted.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "fr": "Numériser n’est pas toujours plus sobre",
                                "en": "Going digital is not always more sober",
                            },
                            "text": {
                                "fr": (
                                    "Remplacer une démarche papier par un service en ligne n’est "
                                    "pas automatiquement un progrès, ni pour l’environnement ni "
                                    "pour l’inclusion. Si chacun imprime le document reçu, ou si "
                                    "une partie du public ne peut plus accéder au service, le "
                                    "bilan se dégrade. Comparez honnêtement les options."
                                ),
                                "en": (
                                    "Replacing a paper process with an online service is not "
                                    "automatically progress, either for the environment or for "
                                    "inclusion. If everyone prints the document they receive, "
                                    "or if part of the audience can no longer access the "
                                    "service, the overall result gets worse. Compare the "
                                    "options honestly."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "RGESN : la famille Stratégie",
                                        "en": "RGESN: the Strategy family (in French)",
                                    },
                                    "url": (
                                        "https://ecoresponsable.numerique.gouv.fr/publications/"
                                        "referentiel-general-ecoconception/"
                                    ),
                                },
                                {
                                    "title": {
                                        "fr": "Designers Éthiques : ressources sur la conception "
                                        "responsable",
                                        "en": "Designers Éthiques: resources on responsible "
                                        "design (in French)",
                                    },
                                    "url": "https://designersethiques.org/",
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        # Module 2
        # ------------------------------------------------------------------
        {
            "slug": "alleger-pages-medias-infrastructures",
            "title": {
                "fr": "Alléger pages, médias et infrastructures",
                "en": "Lightening pages, media and infrastructure",
            },
            "intro": {
                "fr": (
                    "Les leviers techniques les plus efficaces, accessibles même sans être "
                    "développeur : poids des pages, images, vidéos et hébergement."
                ),
                "en": (
                    "The most effective technical levers, within reach even if you are not a "
                    "developer: page weight, images, video and hosting."
                ),
            },
            "items": [
                {
                    "type": "lesson",
                    "slug": "poids-et-requetes",
                    "title": {
                        "fr": "Poids des pages et nombre de requêtes",
                        "en": "Page weight and number of requests",
                    },
                    "minutes": 9,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Quand une page s’affiche, le navigateur télécharge "
                                    "d’abord le HTML, puis des dizaines de ressources : feuilles "
                                    "de style, scripts JavaScript, polices de caractères, images, "
                                    "vidéos, sans oublier les <b>scripts tiers</b> (mesure "
                                    "d’audience, boutons de réseaux sociaux, cartes, "
                                    "discussion en ligne). Chaque ressource correspond à une "
                                    "<b>requête</b> ; la somme des octets transférés forme le "
                                    "<b>poids de la page</b>.</p>"
                                    "<p>Plus une page est lourde et riche en requêtes, plus elle "
                                    "mobilise les réseaux et les serveurs, et plus elle fait "
                                    "travailler le processeur de l’appareil, en particulier pour "
                                    "exécuter le JavaScript. Sur un téléphone ancien, cela se "
                                    "traduit par une page lente, voire inutilisable.</p>"
                                ),
                                "en": (
                                    "<p>When a page is displayed, the browser first downloads "
                                    "the HTML, then dozens of resources: style sheets, "
                                    "JavaScript files, fonts, images, videos, not forgetting "
                                    "<b>third-party scripts</b> (audience measurement, social "
                                    "media buttons, maps, live chat). Each resource corresponds "
                                    "to a <b>request</b>; the sum of the bytes transferred makes "
                                    "up the <b>page weight</b>.</p>"
                                    "<p>The heavier a page is and the more requests it makes, "
                                    "the more it uses networks and servers, and the harder the "
                                    "device’s processor has to work, especially to run "
                                    "JavaScript. On an old phone, this means a slow page, or "
                                    "even an unusable one.</p>"
                                ),
                            },
                        },
                        {
                            "type": "data_figure",
                            "caption": {
                                "fr": (
                                    "Poids médian d’une page web en 2024 (pages analysées par "
                                    "HTTP Archive)"
                                ),
                                "en": (
                                    "Median web page weight in 2024 (pages crawled by HTTP Archive)"
                                ),
                            },
                            "unit": {"fr": "kilo-octets (Ko)", "en": "kilobytes (KB)"},
                            "rows": [
                                {
                                    "label": {"fr": "Ordinateur", "en": "Desktop"},
                                    "value": 2652,
                                },
                                {
                                    "label": {"fr": "Mobile", "en": "Mobile"},
                                    "value": 2311,
                                },
                            ],
                            "source": {
                                "fr": "HTTP Archive, Web Almanac 2024, chapitre « Page Weight »",
                                "en": "HTTP Archive, Web Almanac 2024, “Page Weight” chapter",
                            },
                            "source_url": "https://almanac.httparchive.org/en/2024/page-weight",
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Les principaux postes à surveiller",
                                "en": "The main items to watch",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li><b>Les images</b>, souvent la plus grosse part du poids "
                                    "(voir la leçon suivante).</li>"
                                    "<li><b>Le JavaScript</b> : carrousels, animations, "
                                    "constructeurs de pages et extensions qui chargent leurs "
                                    "scripts sur toutes les pages, même quand ils ne servent "
                                    "que sur une seule.</li>"
                                    "<li><b>Les polices web</b> : chaque graisse et chaque "
                                    "style est un fichier de plus. Une ou deux familles "
                                    "suffisent, et les polices déjà installées sur l’appareil "
                                    "ne coûtent rien.</li>"
                                    "<li><b>Les scripts tiers</b> : fil d’actualité de réseau "
                                    "social intégré, carte interactive, lecteur vidéo externe, "
                                    "pixels publicitaires. Ils ajoutent des requêtes vers "
                                    "d’autres serveurs et, souvent, du pistage.</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li><b>Images</b>, often the largest share of the weight "
                                    "(see the next lesson).</li>"
                                    "<li><b>JavaScript</b>: carousels, animations, page builders "
                                    "and plugins that load their scripts on every page, even "
                                    "when they are only needed on one.</li>"
                                    "<li><b>Web fonts</b>: each weight and style is one more "
                                    "file. One or two families are enough, and fonts already "
                                    "installed on the device cost nothing.</li>"
                                    "<li><b>Third-party scripts</b>: embedded social media feed, "
                                    "interactive map, external video player, advertising "
                                    "pixels. They add requests to other servers and, often, "
                                    "tracking.</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Passer à l’action en cinq étapes",
                                "en": "Taking action in five steps",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ol>"
                                    "<li><b>Observer</b> : ouvrez les outils de développement du "
                                    "navigateur (touche F12), onglet « Réseau », rechargez la "
                                    "page et relevez le nombre de requêtes et le volume "
                                    "transféré.</li>"
                                    "<li><b>Désinstaller</b> les extensions et scripts qui ne "
                                    "servent plus.</li>"
                                    "<li><b>Remplacer</b> une carte interactive par une image "
                                    "légère avec un lien vers l’itinéraire, et un fil de réseau "
                                    "social par un simple lien.</li>"
                                    "<li><b>Demander</b> à l’hébergeur ou au prestataire "
                                    "d’activer la compression des fichiers texte et la mise en "
                                    "cache.</li>"
                                    "<li><b>Fixer un budget</b> : par exemple, un poids et un "
                                    "nombre de requêtes maximums pour la page d’accueil, "
                                    "vérifiés à chaque évolution.</li>"
                                    "</ol>"
                                ),
                                "en": (
                                    "<ol>"
                                    "<li><b>Observe</b>: open the browser’s developer tools (F12 "
                                    "key), “Network” tab, reload the page and note the number of "
                                    "requests and the volume transferred.</li>"
                                    "<li><b>Uninstall</b> plugins and scripts that are no longer "
                                    "used.</li>"
                                    "<li><b>Replace</b> an interactive map with a light image and "
                                    "a link to directions, and a social media feed with a simple "
                                    "link.</li>"
                                    "<li><b>Ask</b> your host or provider to enable compression "
                                    "of text files and caching.</li>"
                                    "<li><b>Set a budget</b>: for example, a maximum weight and "
                                    "number of requests for the home page, checked with every "
                                    "change.</li>"
                                    "</ol>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Moins de traceurs, moins de soucis",
                                "en": "Fewer trackers, fewer headaches",
                            },
                            "text": {
                                "fr": (
                                    "Retirer un script tiers allège la page, mais simplifie "
                                    "aussi votre conformité au RGPD : moins de traceurs, c’est "
                                    "un bandeau de consentement plus simple, voire inutile si "
                                    "vous n’utilisez qu’une mesure d’audience exemptée de "
                                    "consentement selon les conditions fixées par la CNIL."
                                ),
                                "en": (
                                    "Removing a third-party script makes the page lighter, but "
                                    "it also simplifies your GDPR compliance: fewer trackers "
                                    "mean a simpler consent banner, or none at all if you only "
                                    "use audience measurement that is exempt from consent under "
                                    "the conditions set by CNIL, the French data protection "
                                    "authority."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "Web Almanac 2024 : chapitre sur le poids des pages "
                                        "(en anglais)",
                                        "en": "Web Almanac 2024: Page Weight chapter",
                                    },
                                    "url": "https://almanac.httparchive.org/en/2024/page-weight",
                                },
                                {
                                    "title": {
                                        "fr": "CNIL : cookies et traceurs",
                                        "en": "CNIL: cookies and trackers (in French)",
                                    },
                                    "url": "https://www.cnil.fr/fr/cookies-et-autres-traceurs",
                                },
                            ],
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "images-et-videos",
                    "title": {
                        "fr": "Images et vidéos : la sobriété visuelle",
                        "en": "Images and video: visual sobriety",
                    },
                    "minutes": 9,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>L’erreur la plus courante sur les sites associatifs est "
                                    "simple : une photo prise au smartphone, large de plusieurs "
                                    "milliers de pixels et pesant plusieurs mégaoctets, est "
                                    "publiée telle quelle pour s’afficher dans un cadre de "
                                    "800 pixels. Le visiteur télécharge des données qu’il ne "
                                    "verra jamais.</p>"
                                ),
                                "en": (
                                    "<p>The most common mistake on association websites is "
                                    "simple: a photo taken with a smartphone, several thousand "
                                    "pixels wide and weighing several megabytes, is published "
                                    "as is, to be displayed in an 800-pixel frame. Visitors "
                                    "download data they will never see.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Les bons réflexes pour les images",
                                "en": "Good habits for images",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li><b>Se demander si l’image est utile</b> : informe-t-elle "
                                    "ou décore-t-elle seulement ?</li>"
                                    "<li><b>Redimensionner</b> à la taille réelle d’affichage "
                                    "avant publication. La plupart des CMS génèrent ensuite "
                                    "plusieurs tailles adaptées aux écrans.</li>"
                                    "<li><b>Compresser</b> et choisir un format moderne comme "
                                    "WebP ou AVIF pour les photos, et SVG pour les logos et "
                                    "pictogrammes.</li>"
                                    "<li><b>Différer le chargement</b> des images situées plus "
                                    "bas dans la page, grâce à l’attribut HTML <i>loading</i> "
                                    "avec la valeur <i>lazy</i>.</li>"
                                    "<li><b>Éviter les carrousels</b> de grandes photos : une "
                                    "seule image bien choisie porte mieux votre message.</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li><b>Ask whether the image is useful</b>: does it inform, "
                                    "or only decorate?</li>"
                                    "<li><b>Resize</b> to the actual display size before "
                                    "publishing. Most CMSs then generate several sizes suited "
                                    "to different screens.</li>"
                                    "<li><b>Compress</b> and choose a modern format such as WebP "
                                    "or AVIF for photos, and SVG for logos and icons.</li>"
                                    "<li><b>Defer loading</b> of images further down the page, "
                                    "using the HTML <i>loading</i> attribute with the value "
                                    "<i>lazy</i>.</li>"
                                    "<li><b>Avoid carousels</b> of large photos: a single, "
                                    "well-chosen image carries your message better.</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "key_figure",
                            "title": {
                                "fr": "La vidéo, environ 60 % des flux de données",
                                "en": "Video: about 60% of data flows",
                            },
                            "text": {
                                "fr": (
                                    "Dans une étude publiée en 2019, The Shift Project estimait "
                                    "que la vidéo en ligne représentait environ 60 % des flux "
                                    "de données mondiaux en 2018. Un ordre de grandeur qui "
                                    "rappelle que chaque vidéo intégrée mérite réflexion."
                                ),
                                "en": (
                                    "In a study published in 2019, The Shift Project estimated "
                                    "that online video accounted for about 60% of global data "
                                    "flows in 2018. An order of magnitude that reminds us that "
                                    "every embedded video deserves some thought."
                                ),
                            },
                            "source": {
                                "fr": (
                                    "The Shift Project, « Climat : l’insoutenable usage de la "
                                    "vidéo en ligne », 2019"
                                ),
                                "en": (
                                    "The Shift Project, “Climate crisis: the unsustainable use "
                                    "of online video”, 2019"
                                ),
                            },
                            "source_url": "https://theshiftproject.org/",
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Vidéo : choisir quand et comment",
                                "en": "Video: choosing when and how",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Bannissez la <b>lecture automatique</b> et les vidéos en "
                                    "arrière-plan : la personne doit choisir de lancer la "
                                    "vidéo. Affichez une image d’aperçu avec un bouton de "
                                    "lecture, proposez une résolution modérée par défaut et "
                                    "ajoutez une transcription, utile aussi pour "
                                    "l’accessibilité et pour ceux qui préfèrent lire.</p>"
                                    "<p>Attention : intégrer le lecteur d’une grande plateforme "
                                    "charge souvent de nombreux scripts et traceurs avant même "
                                    "que l’on clique. Une image d’aperçu qui renvoie vers la "
                                    "vidéo, ou une instance PeerTube, sont des alternatives "
                                    "plus sobres. Pour un contenu essentiellement parlé, un "
                                    "simple fichier audio suffit souvent.</p>"
                                ),
                                "en": (
                                    "<p>Ban <b>autoplay</b> and background videos: people should "
                                    "choose to start the video. Show a preview image with a "
                                    "play button, offer a moderate resolution by default and "
                                    "add a transcript, which is also useful for accessibility "
                                    "and for those who prefer to read.</p>"
                                    "<p>Be careful: embedding a large platform’s player often "
                                    "loads many scripts and trackers before anyone even clicks. "
                                    "A preview image linking to the video, or a PeerTube "
                                    "instance, are more sober alternatives. For mostly spoken "
                                    "content, a simple audio file is often enough.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Une fiche réflexe pour l’équipe",
                                "en": "A quick checklist for the team",
                            },
                            "text": {
                                "fr": (
                                    "Rédigez une fiche d’une page pour toutes les personnes qui "
                                    "publient : largeur maximale conseillée, format d’export, "
                                    "outil de compression à utiliser, poids cible par image, "
                                    "texte alternatif à rédiger. Affichée près du poste ou "
                                    "partagée dans l’outil de publication, elle évite la "
                                    "plupart des dérives."
                                ),
                                "en": (
                                    "Write a one-page sheet for everyone who publishes content: "
                                    "recommended maximum width, export format, compression tool "
                                    "to use, target weight per image, alternative text to write. "
                                    "Posted near the computer or shared in the publishing tool, "
                                    "it prevents most slip-ups."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "Squoosh : compresser et convertir une image en "
                                        "ligne",
                                        "en": "Squoosh: compress and convert an image online",
                                    },
                                    "url": "https://squoosh.app/",
                                },
                                {
                                    "title": {
                                        "fr": "PeerTube : une plateforme vidéo libre et "
                                        "décentralisée",
                                        "en": "PeerTube: a free, decentralised video platform",
                                    },
                                    "url": "https://joinpeertube.org/",
                                },
                                {
                                    "title": {
                                        "fr": "The Shift Project : travaux sur le numérique",
                                        "en": "The Shift Project: work on digital technology",
                                    },
                                    "url": "https://theshiftproject.org/",
                                },
                            ],
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "hebergement-et-backend",
                    "title": {
                        "fr": "Hébergement et backend : des choix qui comptent",
                        "en": "Hosting and back end: choices that matter",
                    },
                    "minutes": 9,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Derrière chaque site se trouvent un ou plusieurs "
                                    "serveurs, une base de données, des sauvegardes, souvent "
                                    "une messagerie. Le RGESN y consacre deux familles, "
                                    "<b>Backend</b> et <b>Hébergement</b>. Leur poids n’est pas "
                                    "négligeable : dans la mise à jour de l’étude ADEME-Arcep, "
                                    "les centres de données représentent près de la moitié de "
                                    "l’empreinte carbone du numérique en France.</p>"
                                    "<p>Une association n’a pas besoin de maîtriser la "
                                    "technique pour agir : il suffit souvent de poser les "
                                    "bonnes questions à son hébergeur ou à son prestataire.</p>"
                                ),
                                "en": (
                                    "<p>Behind every website there are one or more servers, a "
                                    "database, backups and often an email service. The RGESN "
                                    "devotes two families to them, <b>Backend</b> and "
                                    "<b>Hosting</b>. Their weight is significant: in the update "
                                    "of the ADEME-Arcep study, data centres account for nearly "
                                    "half of the carbon footprint of digital technology in "
                                    "France.</p>"
                                    "<p>An association does not need technical expertise to "
                                    "act: it is often enough to ask its host or provider the "
                                    "right questions.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Questions à poser à votre hébergeur",
                                "en": "Questions to ask your hosting provider",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li>Où sont situés les serveurs ? L’intensité carbone de "
                                    "l’électricité varie beaucoup d’un pays à l’autre ; en "
                                    "France, elle est majoritairement bas carbone.</li>"
                                    "<li>Publiez-vous des indicateurs environnementaux "
                                    "(consommation d’énergie et d’eau, efficacité énergétique "
                                    "du centre de données, durée de vie des serveurs) ?</li>"
                                    "<li>Que deviennent les équipements en fin d’usage : "
                                    "réemploi, reconditionnement, recyclage ?</li>"
                                    "<li>L’offre est-elle dimensionnée à nos besoins ? Un site "
                                    "vitrine consulté quelques centaines de fois par jour n’a "
                                    "pas besoin d’un serveur dédié.</li>"
                                    "<li>À quelle fréquence les sauvegardes sont-elles faites, "
                                    "et combien de temps sont-elles conservées ?</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li>Where are the servers located? The carbon intensity of "
                                    "electricity varies widely from one country to another; in "
                                    "France, it is mostly low-carbon.</li>"
                                    "<li>Do you publish environmental indicators (energy and "
                                    "water consumption, energy efficiency of the data centre, "
                                    "server lifespan)?</li>"
                                    "<li>What happens to equipment at the end of its use: "
                                    "reuse, refurbishment, recycling?</li>"
                                    "<li>Is the plan sized to our needs? A showcase site visited "
                                    "a few hundred times a day does not need a dedicated "
                                    "server.</li>"
                                    "<li>How often are backups made, and how long are they "
                                    "kept?</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "fr": "Méfiez-vous des promesses « 100 % vert »",
                                "en": "Be wary of “100% green” promises",
                            },
                            "text": {
                                "fr": (
                                    "Un hébergeur qui achète des garanties d’origine "
                                    "renouvelables ne fait pas disparaître l’impact de la "
                                    "fabrication de ses serveurs, ni celui de ses "
                                    "infrastructures. Demandez des chiffres précis et une "
                                    "méthode, plutôt qu’un logo ou un slogan."
                                ),
                                "en": (
                                    "A host that buys renewable guarantees of origin does not "
                                    "make the impact of manufacturing its servers, or of its "
                                    "infrastructure, disappear. Ask for precise figures and a "
                                    "method rather than a logo or a slogan."
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Côté backend : faire travailler moins les serveurs",
                                "en": "On the back end: make servers work less",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li>Pour un site surtout informatif, un <b>site "
                                    "statique</b> (pages générées à l’avance) évite d’interroger "
                                    "une base de données à chaque visite.</li>"
                                    "<li>Sur un CMS comme WordPress, une <b>mise en cache</b> "
                                    "bien réglée produit un effet comparable.</li>"
                                    "<li>Supprimez les médias inutilisés, les anciennes "
                                    "versions de pages et les comptes inactifs.</li>"
                                    "<li>Fixez des <b>durées de conservation</b> des données : "
                                    "c’est une exigence du RGPD autant qu’un geste "
                                    "d’écoconception.</li>"
                                    "<li>Éteignez les environnements de test qui tournent pour "
                                    "rien.</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li>For a mainly informational site, a <b>static site</b> "
                                    "(pages generated in advance) avoids querying a database on "
                                    "every visit.</li>"
                                    "<li>On a CMS such as WordPress, well-configured "
                                    "<b>caching</b> has a comparable effect.</li>"
                                    "<li>Delete unused media, old page revisions and inactive "
                                    "accounts.</li>"
                                    "<li>Set <b>retention periods</b> for data: this is as much "
                                    "a GDPR requirement as an eco-design measure.</li>"
                                    "<li>Shut down test environments that are running for "
                                    "nothing.</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Les CHATONS, une piste cohérente avec l’ESS",
                                "en": "CHATONS, an option consistent with the ESS",
                            },
                            "text": {
                                "fr": (
                                    "Le collectif CHATONS (Collectif des hébergeurs "
                                    "alternatifs, transparents, ouverts, neutres et solidaires), "
                                    "lancé à l’initiative de Framasoft, réunit des structures "
                                    "qui proposent des services en ligne à partir de logiciels "
                                    "libres. Comparez leurs offres : beaucoup sont dimensionnées "
                                    "pour des associations."
                                ),
                                "en": (
                                    "The CHATONS collective (a French acronym for a collective "
                                    "of alternative, transparent, open, neutral and "
                                    "solidarity-based hosts), launched at Framasoft’s "
                                    "initiative, brings together organisations that offer "
                                    "online services built on free software. Compare their "
                                    "offers: many are sized for associations."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "CHATONS : trouver un hébergeur alternatif",
                                        "en": "CHATONS: find an alternative host (in French)",
                                    },
                                    "url": "https://www.chatons.org/",
                                },
                                {
                                    "title": {
                                        "fr": "RGESN : familles Backend et Hébergement",
                                        "en": "RGESN: Backend and Hosting families (in French)",
                                    },
                                    "url": (
                                        "https://ecoresponsable.numerique.gouv.fr/publications/"
                                        "referentiel-general-ecoconception/"
                                    ),
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        # Module 3
        # ------------------------------------------------------------------
        {
            "slug": "mesurer-declarer-agir",
            "title": {
                "fr": "Mesurer, déclarer et passer à l’action",
                "en": "Measure, report and take action",
            },
            "intro": {
                "fr": (
                    "Mesurer pour progresser, rendre compte honnêtement de sa démarche, puis "
                    "appliquer l’ensemble au site d’une association."
                ),
                "en": (
                    "Measure in order to improve, report honestly on your approach, then apply "
                    "it all to an association’s website."
                ),
            },
            "items": [
                {
                    "type": "lesson",
                    "slug": "mesurer-avec-ecoindex",
                    "title": {
                        "fr": "Mesurer avec EcoIndex",
                        "en": "Measuring with EcoIndex",
                    },
                    "minutes": 8,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Mesurer permet de savoir par où commencer, de suivre "
                                    "ses progrès et de communiquer sur des faits. L’outil le "
                                    "plus répandu en France est <b>EcoIndex</b>, porté par le "
                                    "collectif GreenIT.fr. Il analyse une page web et lui "
                                    "attribue un score de 0 à 100 ainsi qu’une note de A à G, "
                                    "à partir de trois indicateurs :</p>"
                                    "<ul>"
                                    "<li>le <b>nombre d’éléments</b> de la page (le DOM), reflet "
                                    "de sa complexité ;</li>"
                                    "<li>le <b>poids</b> des données transférées ;</li>"
                                    "<li>le <b>nombre de requêtes</b> envoyées.</li>"
                                    "</ul>"
                                    "<p>Il en déduit aussi une estimation des émissions de gaz à "
                                    "effet de serre et de la consommation d’eau, à lire comme "
                                    "des ordres de grandeur.</p>"
                                ),
                                "en": (
                                    "<p>Measuring tells you where to start, lets you track your "
                                    "progress and helps you communicate on facts. The most "
                                    "widely used tool in France is <b>EcoIndex</b>, run by the "
                                    "GreenIT.fr collective. It analyses a web page and gives it "
                                    "a score from 0 to 100 and a grade from A to G, based on "
                                    "three indicators:</p>"
                                    "<ul>"
                                    "<li>the <b>number of elements</b> in the page (the DOM), "
                                    "which reflects its complexity;</li>"
                                    "<li>the <b>weight</b> of the data transferred;</li>"
                                    "<li>the <b>number of requests</b> sent.</li>"
                                    "</ul>"
                                    "<p>It also derives an estimate of greenhouse gas emissions "
                                    "and water consumption, to be read as orders of "
                                    "magnitude.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Comment la note est calculée",
                                "en": "How the grade is calculated",
                            },
                            "text": {
                                "fr": (
                                    "Dans la formule publique d’EcoIndex, la complexité de la "
                                    "page compte trois fois, le nombre de requêtes deux fois et "
                                    "le poids une fois. Simplifier la structure d’une page "
                                    "(moins de blocs imbriqués, moins de composants) améliore "
                                    "donc nettement la note."
                                ),
                                "en": (
                                    "In EcoIndex’s public formula, page complexity counts three "
                                    "times, the number of requests twice and the weight once. "
                                    "Simplifying a page’s structure (fewer nested blocks, fewer "
                                    "components) therefore clearly improves the grade."
                                ),
                            },
                            "source": {
                                "fr": "Collectif GreenIT.fr, EcoIndex : méthode de calcul",
                                "en": "GreenIT.fr collective, EcoIndex: calculation method",
                            },
                            "source_url": "https://www.ecoindex.fr/",
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Un protocole de mesure reproductible",
                                "en": "A reproducible measurement protocol",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ol>"
                                    "<li>Choisissez un <b>échantillon</b> de 5 à 10 pages "
                                    "représentatives : accueil, actualités, agenda, don, "
                                    "adhésion, contact.</li>"
                                    "<li>Mesurez toujours dans les <b>mêmes conditions</b> : "
                                    "même outil, même traitement du bandeau cookies, fenêtre de "
                                    "navigation privée.</li>"
                                    "<li>Consignez les résultats dans un tableau daté : score, "
                                    "note, poids, requêtes, éléments.</li>"
                                    "<li>Recommencez après chaque changement important, et au "
                                    "moins une fois par trimestre.</li>"
                                    "<li>Complétez avec l’onglet « Réseau » du navigateur pour "
                                    "identifier précisément les ressources les plus "
                                    "lourdes.</li>"
                                    "</ol>"
                                    "<p>L’extension de navigateur GreenIT-Analysis reprend le "
                                    "calcul d’EcoIndex et signale aussi des bonnes pratiques non "
                                    "respectées : pratique pour mesurer une page qui nécessite "
                                    "une connexion.</p>"
                                ),
                                "en": (
                                    "<ol>"
                                    "<li>Choose a <b>sample</b> of 5 to 10 representative pages: "
                                    "home, news, events, donation, membership, contact.</li>"
                                    "<li>Always measure under the <b>same conditions</b>: same "
                                    "tool, same handling of the cookie banner, private browsing "
                                    "window.</li>"
                                    "<li>Record the results in a dated table: score, grade, "
                                    "weight, requests, elements.</li>"
                                    "<li>Repeat after every significant change, and at least "
                                    "once a quarter.</li>"
                                    "<li>Complement this with the browser’s “Network” tab to "
                                    "pinpoint the heaviest resources.</li>"
                                    "</ol>"
                                    "<p>The GreenIT-Analysis browser extension uses the "
                                    "EcoIndex calculation and also flags good practices that "
                                    "are not followed: handy for measuring a page that requires "
                                    "logging in.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "fr": "Un score n’est pas une empreinte",
                                "en": "A score is not a footprint",
                            },
                            "text": {
                                "fr": (
                                    "EcoIndex évalue une page à un instant donné. Il ne tient "
                                    "compte ni de votre hébergement réel, ni du nombre de "
                                    "visiteurs, ni du temps qu’ils passent sur le site. "
                                    "N’annoncez donc pas des « grammes de CO2 économisés » comme "
                                    "un résultat précis. Et ne sacrifiez jamais l’accessibilité "
                                    "pour gagner des points : supprimer les textes alternatifs "
                                    "ou les titres n’a aucun sens."
                                ),
                                "en": (
                                    "EcoIndex assesses one page at a given moment. It does not "
                                    "take into account your actual hosting, the number of "
                                    "visitors or the time they spend on the site. So do not "
                                    "announce “grams of CO2 saved” as a precise result. And "
                                    "never sacrifice accessibility to gain points: removing "
                                    "alternative texts or headings makes no sense."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "EcoIndex : mesurer une page en ligne",
                                        "en": "EcoIndex: measure a page online",
                                    },
                                    "url": "https://www.ecoindex.fr/",
                                },
                                {
                                    "title": {
                                        "fr": "GreenIT.fr : actualités et ressources",
                                        "en": "GreenIT.fr: news and resources (in French)",
                                    },
                                    "url": "https://www.greenit.fr/",
                                },
                            ],
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "rediger-declaration-ecoconception",
                    "title": {
                        "fr": "Rédiger sa déclaration d’écoconception",
                        "en": "Writing your eco-design statement",
                    },
                    "minutes": 9,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Le RGESN invite chaque service à publier une "
                                    "<b>déclaration d’écoconception</b> et en propose un "
                                    "modèle. Proche dans l’esprit de la déclaration "
                                    "d’accessibilité, elle rend la démarche transparente : ce "
                                    "qui a été évalué, ce qui est fait, ce qui reste à faire. "
                                    "Pour une association, c’est aussi un support pour en "
                                    "parler aux adhérents, aux financeurs et aux "
                                    "partenaires.</p>"
                                ),
                                "en": (
                                    "<p>The RGESN invites every service to publish an "
                                    "<b>eco-design statement</b> and provides a template for it. "
                                    "Similar in spirit to an accessibility statement, it makes "
                                    "the approach transparent: what has been assessed, what is "
                                    "done, what remains to be done. For an association, it is "
                                    "also a way to talk about it with members, funders and "
                                    "partners.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Ce qu’on y trouve",
                                "en": "What it contains",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li>Le nom du service et sa <b>raison d’être</b> : à quoi "
                                    "il sert, pour qui.</li>"
                                    "<li>La <b>date de l’évaluation</b> et la version du "
                                    "référentiel utilisée.</li>"
                                    "<li>Les <b>résultats</b> : critères satisfaits, non "
                                    "satisfaits et non applicables, avec une justification pour "
                                    "ces derniers.</li>"
                                    "<li>La <b>personne référente</b> et un moyen de la "
                                    "contacter.</li>"
                                    "<li>Les <b>objectifs</b> et les indicateurs suivis (par "
                                    "exemple une note EcoIndex cible ou un poids maximal de "
                                    "page).</li>"
                                    "<li>Un <b>plan d’amélioration</b> daté.</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li>The name of the service and its <b>purpose</b>: what it "
                                    "is for, and for whom.</li>"
                                    "<li>The <b>date of the assessment</b> and the version of "
                                    "the framework used.</li>"
                                    "<li>The <b>results</b>: criteria met, not met and not "
                                    "applicable, with a justification for the latter.</li>"
                                    "<li>The <b>lead person</b> and a way to contact them.</li>"
                                    "<li>The <b>objectives</b> and the indicators tracked (for "
                                    "example a target EcoIndex grade or a maximum page "
                                    "weight).</li>"
                                    "<li>A dated <b>improvement plan</b>.</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Une trame pour une association",
                                "en": "An outline for an association",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Voici une trame inspirée d’une recyclerie fictive, à "
                                    "adapter (les éléments entre crochets sont à "
                                    "compléter) :</p>"
                                    "<ul>"
                                    "<li><i>Raison d’être</i> : informer les habitants des "
                                    "horaires, des collectes et des ateliers de réparation.</li>"
                                    "<li><i>Évaluation</i> : réalisée en [mois, année] par la "
                                    "référente numérique responsable et le prestataire web, "
                                    "sur [nombre] pages, au regard du RGESN 2024.</li>"
                                    "<li><i>Résultats</i> : [nombre] critères satisfaits, "
                                    "[nombre] non satisfaits, [nombre] non applicables "
                                    "(détail en annexe).</li>"
                                    "<li><i>Objectifs</i> : aucune page au-dessus de [poids] ; "
                                    "note EcoIndex d’au moins [note] sur l’échantillon.</li>"
                                    "<li><i>Plan</i> : remplacement du carrousel d’accueil "
                                    "[échéance] ; suppression des PDF lourds [échéance] ; "
                                    "prochaine évaluation [date].</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<p>Here is an outline based on a fictional repair and "
                                    "reuse centre, to be adapted (items in square brackets are "
                                    "to be filled in):</p>"
                                    "<ul>"
                                    "<li><i>Purpose</i>: to inform residents about opening "
                                    "hours, collections and repair workshops.</li>"
                                    "<li><i>Assessment</i>: carried out in [month, year] by the "
                                    "responsible-digital lead and the web provider, on "
                                    "[number] pages, against the 2024 RGESN.</li>"
                                    "<li><i>Results</i>: [number] criteria met, [number] not "
                                    "met, [number] not applicable (details in the "
                                    "appendix).</li>"
                                    "<li><i>Objectives</i>: no page above [weight]; an EcoIndex "
                                    "grade of at least [grade] across the sample.</li>"
                                    "<li><i>Plan</i>: replace the home page carousel "
                                    "[deadline]; remove heavy PDFs [deadline]; next assessment "
                                    "[date].</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Restez factuel",
                                "en": "Stick to the facts",
                            },
                            "text": {
                                "fr": (
                                    "Une déclaration qui reconnaît ses points faibles et fixe "
                                    "des échéances inspire davantage confiance qu’une liste de "
                                    "réussites. Publiez-la sur une page dédiée, accessible "
                                    "depuis le pied de page, et mettez-la à jour au moins une "
                                    "fois par an."
                                ),
                                "en": (
                                    "A statement that acknowledges its weak points and sets "
                                    "deadlines inspires more trust than a list of successes. "
                                    "Publish it on a dedicated page, linked from the footer, "
                                    "and update it at least once a year."
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "fr": "Gare aux allégations environnementales",
                                "en": "Beware of environmental claims",
                            },
                            "text": {
                                "fr": (
                                    "Évitez les formules comme « site neutre en carbone » ou "
                                    "« numérique vert ». En France, la loi encadre strictement "
                                    "les allégations environnementales et la mention de "
                                    "neutralité carbone dans la communication. Décrivez plutôt "
                                    "les actions menées et leurs effets mesurés."
                                ),
                                "en": (
                                    "Avoid phrases such as “carbon-neutral website” or “green "
                                    "digital”. In France, the law strictly regulates "
                                    "environmental claims and any mention of carbon neutrality "
                                    "in communications. Describe instead the actions taken and "
                                    "their measured effects."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "RGESN : référentiel et modèle de déclaration",
                                        "en": "RGESN: framework and statement template (in French)",
                                    },
                                    "url": (
                                        "https://ecoresponsable.numerique.gouv.fr/publications/"
                                        "referentiel-general-ecoconception/"
                                    ),
                                },
                            ],
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "cas-pratique-site-associatif",
                    "title": {
                        "fr": "Cas pratique : alléger le site d’une association",
                        "en": "Case study: lightening an association’s website",
                    },
                    "minutes": 10,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p><b>Terres Partagées</b> est une association fictive qui "
                                    "anime des jardins partagés dans trois quartiers, avec deux "
                                    "salariées et une soixantaine de bénévoles. Son site, créé "
                                    "il y a plusieurs années par un bénévole, affiche un "
                                    "carrousel de six photos en page d’accueil, un fil "
                                    "d’actualité de réseau social intégré, une vidéo en lecture "
                                    "automatique, une carte interactive et un programme des "
                                    "ateliers en PDF de plus de 10 Mo. Une partie de son public "
                                    "est âgée ou dispose d’un forfait mobile limité.</p>"
                                ),
                                "en": (
                                    "<p><b>Terres Partagées</b> is a fictional association that "
                                    "runs community gardens in three neighbourhoods, with two "
                                    "employees and around sixty volunteers. Its website, built "
                                    "several years ago by a volunteer, shows a carousel of six "
                                    "photos on the home page, an embedded social media feed, an "
                                    "autoplay video, an interactive map and a workshop "
                                    "programme as a PDF of more than 10 MB. Part of its "
                                    "audience is elderly or has a limited mobile data "
                                    "plan.</p>"
                                ),
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p><b>Étape 1 : établir un diagnostic.</b> "
                                    "La référente mesure six pages avec EcoIndex, relève les "
                                    "ressources les plus lourdes dans l’onglet « Réseau », liste "
                                    "les extensions installées et consulte les statistiques de "
                                    "visite. Elle interroge aussi cinq habitués : tous "
                                    "cherchent d’abord les horaires des jardins et l’inscription "
                                    "aux ateliers, et la plupart consultent le site sur "
                                    "téléphone.</p>"
                                ),
                                "en": (
                                    "<p><b>Step 1: make a diagnosis.</b> "
                                    "The lead measures six pages with EcoIndex, notes the "
                                    "heaviest resources in the “Network” tab, lists the "
                                    "installed plugins and looks at the visit statistics. She "
                                    "also asks five regular users: all of them look first for "
                                    "the gardens’ opening hours and workshop registration, and "
                                    "most of them use the site on a phone.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Étape 2 : prioriser avec le RGESN",
                                "en": "Step 2: prioritise with the RGESN",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li><b>Tout de suite</b> : une seule image optimisée à la "
                                    "place du carrousel, un lien à la place du fil de réseau "
                                    "social, une image d’aperçu à la place de la vidéo en "
                                    "lecture automatique, le programme publié en page web, "
                                    "suppression des extensions inutiles, activation du "
                                    "cache.</li>"
                                    "<li><b>Dans les six mois</b> : thème plus léger utilisant "
                                    "les polices du système, archivage des anciennes pages "
                                    "d’événements, questions environnementales posées à "
                                    "l’hébergeur.</li>"
                                    "<li><b>À la prochaine refonte</b> : étudier un site "
                                    "statique, publier la déclaration d’écoconception.</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li><b>Right away</b>: a single optimised image instead of "
                                    "the carousel, a link instead of the social media feed, a "
                                    "preview image instead of the autoplay video, the "
                                    "programme published as a web page, removal of unnecessary "
                                    "plugins, caching switched on.</li>"
                                    "<li><b>Within six months</b>: a lighter theme using system "
                                    "fonts, archiving of old event pages, environmental "
                                    "questions put to the host.</li>"
                                    "<li><b>At the next redesign</b>: consider a static site, "
                                    "publish the eco-design statement.</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Écoconception et accessibilité vont ensemble",
                                "en": "Eco-design and accessibility go hand in hand",
                            },
                            "text": {
                                "fr": (
                                    "Remplacer le PDF du programme par une page web bien "
                                    "structurée allège le site et le rend lisible par les "
                                    "lecteurs d’écran. De même, une transcription de vidéo "
                                    "profite à la fois à la sobriété et aux personnes sourdes "
                                    "ou malentendantes."
                                ),
                                "en": (
                                    "Replacing the programme PDF with a well-structured web "
                                    "page makes the site lighter and readable by screen "
                                    "readers. Likewise, a video transcript serves both sobriety "
                                    "and deaf or hard-of-hearing people."
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Étape 3 : mesurer, publier, recommencer",
                                "en": "Step 3: measure, publish, repeat",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Après les premières corrections, la référente refait "
                                    "les mesures dans les mêmes conditions et présente l’avant "
                                    "et l’après au conseil d’administration : pages plus "
                                    "légères, affichage plus rapide sur téléphone, moins de "
                                    "traceurs. Elle forme les bénévoles qui publient les "
                                    "actualités à la fiche réflexe sur les images et inscrit "
                                    "une revue annuelle au calendrier de l’association.</p>"
                                ),
                                "en": (
                                    "<p>After the first fixes, the lead repeats the measurements "
                                    "under the same conditions and presents the before and "
                                    "after to the board: lighter pages, faster display on "
                                    "phones, fewer trackers. She trains the volunteers who "
                                    "publish news to use the image checklist and adds an annual "
                                    "review to the association’s calendar.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "fr": "Ne pas tout refaire d’un coup",
                                "en": "Don’t rebuild everything at once",
                            },
                            "text": {
                                "fr": (
                                    "Une refonte complète a elle aussi un coût, humain, "
                                    "financier et environnemental. Tant que l’outil existant "
                                    "fonctionne, privilégiez des améliorations progressives et "
                                    "mesurées."
                                ),
                                "en": (
                                    "A complete redesign also has a cost, in human, financial "
                                    "and environmental terms. As long as the existing tool "
                                    "works, favour gradual, measured improvements."
                                ),
                            },
                        },
                    ],
                },
                {
                    "type": "quiz",
                    "slug": "quiz-services-sobres",
                    "title": {
                        "fr": "Quiz : services sobres et écoconçus",
                        "en": "Quiz: sober, eco-designed services",
                    },
                    "intro": {
                        "fr": (
                            "Six questions pour vérifier vos acquis sur l’ensemble du cours. Il "
                            "faut 70 % de bonnes réponses pour valider ; vous disposez de trois "
                            "tentatives."
                        ),
                        "en": (
                            "Six questions to check what you have learned across the whole "
                            "course. You need 70% correct answers to pass; you have three "
                            "attempts."
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
                                    "D’après la mise à jour de l’étude ADEME-Arcep (données "
                                    "2022), quels postes concentrent l’essentiel de l’empreinte "
                                    "carbone du numérique en France ?"
                                ),
                                "en": (
                                    "According to the update of the ADEME-Arcep study (2022 "
                                    "data), which components account for most of the carbon "
                                    "footprint of digital technology in France?"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Les terminaux (environ 50 %) et les centres de données "
                                    "(environ 46 %) dominent ; les réseaux ne pèsent qu’environ "
                                    "4 %. D’où l’importance de ne pas rendre les appareils "
                                    "obsolètes et de limiter les traitements côté serveur."
                                ),
                                "en": (
                                    "Devices (about 50%) and data centres (about 46%) dominate; "
                                    "networks account for only about 4%. Hence the importance "
                                    "of not making devices obsolete and of limiting "
                                    "server-side processing."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Les terminaux et les centres de données",
                                        "en": "Devices and data centres",
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": "Exact : à eux deux, ils pèsent plus de 90 %.",
                                        "en": "Correct: together they account for over 90%.",
                                    },
                                },
                                {
                                    "text": {
                                        "fr": "Les réseaux de télécommunication",
                                        "en": "Telecommunication networks",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Non : les réseaux représentent la plus petite "
                                            "part, environ 4 %."
                                        ),
                                        "en": ("No: networks are the smallest share, about 4%."),
                                    },
                                },
                                {
                                    "text": {
                                        "fr": "L’envoi de courriels",
                                        "en": "Sending emails",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Non : les courriels ne sont qu’un usage parmi "
                                            "d’autres ; l’étude raisonne par équipements."
                                        ),
                                        "en": (
                                            "No: email is only one use among many; the study "
                                            "reasons in terms of equipment."
                                        ),
                                    },
                                },
                            ],
                        },
                        {
                            "kind": "multiple",
                            "text": {
                                "fr": (
                                    "Parmi ces intitulés, lesquels sont des familles du RGESN "
                                    "2024 ? (plusieurs réponses)"
                                ),
                                "en": (
                                    "Which of these are families of the 2024 RGESN? (several "
                                    "answers)"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Le RGESN 2024 compte neuf familles : Stratégie, "
                                    "Spécifications, Architecture, UX/UI, Contenus, Frontend, "
                                    "Backend, Hébergement et Algorithmie. La communication et "
                                    "la comptabilité n’en font pas partie."
                                ),
                                "en": (
                                    "The 2024 RGESN has nine families: Strategy, "
                                    "Specifications, Architecture, UX/UI, Content, Frontend, "
                                    "Backend, Hosting and Algorithms. Communication and "
                                    "accounting are not among them."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {"fr": "Stratégie", "en": "Strategy"},
                                    "correct": True,
                                    "feedback": {
                                        "fr": "Oui, c’est même la première famille.",
                                        "en": "Yes, it is actually the first family.",
                                    },
                                },
                                {
                                    "text": {"fr": "Hébergement", "en": "Hosting"},
                                    "correct": True,
                                    "feedback": {
                                        "fr": "Oui, elle couvre les choix d’hébergeur.",
                                        "en": "Yes, it covers the choice of host.",
                                    },
                                },
                                {
                                    "text": {"fr": "Algorithmie", "en": "Algorithms"},
                                    "correct": True,
                                    "feedback": {
                                        "fr": "Oui, ajoutée en 2024 pour les services d’IA.",
                                        "en": "Yes, added in 2024 for AI services.",
                                    },
                                },
                                {
                                    "text": {
                                        "fr": "Communication de crise",
                                        "en": "Crisis communication",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "fr": "Non, cette famille n’existe pas dans le RGESN.",
                                        "en": "No, there is no such family in the RGESN.",
                                    },
                                },
                                {
                                    "text": {"fr": "Comptabilité", "en": "Accounting"},
                                    "correct": False,
                                    "feedback": {
                                        "fr": "Non, le RGESN ne traite pas de comptabilité.",
                                        "en": "No, the RGESN does not deal with accounting.",
                                    },
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "Le RGESN est une obligation légale pour toutes les "
                                    "associations qui ont un site web."
                                ),
                                "en": (
                                    "The RGESN is a legal obligation for all associations that "
                                    "have a website."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Faux. Pour une association, l’application du RGESN est "
                                    "volontaire. Des obligations existent pour certaines "
                                    "collectivités, comme la stratégie numérique responsable "
                                    "des communes de plus de 50 000 habitants."
                                ),
                                "en": (
                                    "False. For an association, applying the RGESN is "
                                    "voluntary. Obligations exist for some local authorities, "
                                    "such as the responsible digital strategy required of "
                                    "municipalities with more than 50,000 inhabitants."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {"fr": "Vrai", "en": "True"},
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Non : c’est un référentiel volontaire pour les "
                                            "associations, sans label officiel."
                                        ),
                                        "en": (
                                            "No: it is a voluntary framework for associations, "
                                            "with no official label."
                                        ),
                                    },
                                },
                                {
                                    "text": {"fr": "Faux", "en": "False"},
                                    "correct": True,
                                    "feedback": {
                                        "fr": "Exact : la démarche reste volontaire.",
                                        "en": "Correct: the approach remains voluntary.",
                                    },
                                },
                            ],
                        },
                        {
                            "kind": "multiple",
                            "text": {
                                "fr": (
                                    "Quelles actions réduisent le poids ou le nombre de "
                                    "requêtes d’une page ? (plusieurs réponses)"
                                ),
                                "en": (
                                    "Which actions reduce the weight or number of requests of a "
                                    "page? (several answers)"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Redimensionner et compresser les images, retirer les "
                                    "scripts tiers inutiles et différer le chargement des "
                                    "images sont des leviers efficaces. Une vidéo en "
                                    "arrière-plan et des polices supplémentaires alourdissent "
                                    "au contraire la page."
                                ),
                                "en": (
                                    "Resizing and compressing images, removing unnecessary "
                                    "third-party scripts and deferring image loading are "
                                    "effective levers. A background video and extra fonts, on "
                                    "the contrary, make the page heavier."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": (
                                            "Redimensionner les photos et les convertir en "
                                            "WebP ou AVIF"
                                        ),
                                        "en": "Resize photos and convert them to WebP or AVIF",
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": "Oui, c’est souvent le gain le plus important.",
                                        "en": "Yes, this is often the biggest gain.",
                                    },
                                },
                                {
                                    "text": {
                                        "fr": "Retirer un fil de réseau social intégré",
                                        "en": "Remove an embedded social media feed",
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": (
                                            "Oui : moins de scripts tiers, moins de requêtes "
                                            "et moins de traceurs."
                                        ),
                                        "en": (
                                            "Yes: fewer third-party scripts, fewer requests "
                                            "and fewer trackers."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "fr": "Différer le chargement des images du bas de page",
                                        "en": "Defer loading of images lower down the page",
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": (
                                            "Oui : les images ne sont chargées que si la "
                                            "personne fait défiler la page."
                                        ),
                                        "en": (
                                            "Yes: images are only loaded if the person scrolls "
                                            "down."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "fr": "Ajouter une vidéo d’ambiance en arrière-plan",
                                        "en": "Add a background mood video",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "fr": "Non, c’est l’un des éléments les plus lourds.",
                                        "en": "No, it is one of the heaviest elements.",
                                    },
                                },
                                {
                                    "text": {
                                        "fr": "Charger trois familles de polices web",
                                        "en": "Load three web font families",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Non : chaque police ajoute des fichiers ; les "
                                            "polices du système ne coûtent rien."
                                        ),
                                        "en": (
                                            "No: each font adds files; system fonts cost nothing."
                                        ),
                                    },
                                },
                            ],
                        },
                        {
                            "kind": "single",
                            "text": {
                                "fr": "Sur quels indicateurs repose le calcul d’EcoIndex ?",
                                "en": "Which indicators is the EcoIndex calculation based on?",
                            },
                            "explanation": {
                                "fr": (
                                    "EcoIndex combine le nombre d’éléments de la page (DOM), "
                                    "le poids des données transférées et le nombre de "
                                    "requêtes. Il ne mesure ni l’audience, ni le temps passé, "
                                    "ni l’hébergement réel."
                                ),
                                "en": (
                                    "EcoIndex combines the number of elements in the page "
                                    "(DOM), the weight of the data transferred and the number "
                                    "of requests. It measures neither the audience, nor the "
                                    "time spent, nor the actual hosting."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": (
                                            "Le nombre d’éléments du DOM, le poids de la page et "
                                            "le nombre de requêtes"
                                        ),
                                        "en": (
                                            "The number of DOM elements, the page weight and "
                                            "the number of requests"
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": "Exact, avec une pondération de 3, 2 et 1.",
                                        "en": "Correct, weighted 3, 2 and 1 respectively.",
                                    },
                                },
                                {
                                    "text": {
                                        "fr": (
                                            "Le nombre de visiteurs, le temps passé et le pays "
                                            "d’hébergement"
                                        ),
                                        "en": (
                                            "The number of visitors, time spent and hosting country"
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Non, ce sont justement des éléments qu’EcoIndex "
                                            "ne prend pas en compte."
                                        ),
                                        "en": (
                                            "No, these are precisely things EcoIndex does not "
                                            "take into account."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "fr": "Le score d’accessibilité et la vitesse du serveur",
                                        "en": "The accessibility score and server speed",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "fr": "Non, ces éléments ne font pas partie du calcul.",
                                        "en": "No, these are not part of the calculation.",
                                    },
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "Une déclaration d’écoconception doit présenter aussi les "
                                    "critères non satisfaits et un plan d’amélioration, pas "
                                    "seulement les points forts."
                                ),
                                "en": (
                                    "An eco-design statement should also present the criteria "
                                    "not met and an improvement plan, not only the strong "
                                    "points."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Vrai. La déclaration sert à rendre la démarche "
                                    "transparente : résultats complets, justification des "
                                    "critères non applicables, objectifs et plan daté."
                                ),
                                "en": (
                                    "True. The statement is meant to make the approach "
                                    "transparent: full results, justification of "
                                    "non-applicable criteria, objectives and a dated plan."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {"fr": "Vrai", "en": "True"},
                                    "correct": True,
                                    "feedback": {
                                        "fr": (
                                            "Exact : la transparence sur les limites fait la "
                                            "crédibilité de la démarche."
                                        ),
                                        "en": (
                                            "Correct: transparency about limits is what makes "
                                            "the approach credible."
                                        ),
                                    },
                                },
                                {
                                    "text": {"fr": "Faux", "en": "False"},
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Non : une déclaration qui ne montre que les "
                                            "réussites s’apparente à de la communication, "
                                            "voire à de l’écoblanchiment."
                                        ),
                                        "en": (
                                            "No: a statement that only shows successes looks "
                                            "like marketing, or even greenwashing."
                                        ),
                                    },
                                },
                            ],
                        },
                    ],
                },
            ],
        },
    ],
}
