"""Demo competency framework "Compétences du numérique responsable" (issue 5).

Original reference data, French source with a faithful English translation: the framework
(areas, competencies, proficiency levels), job profiles of the social and solidarity economy
(ESS), the shared glossary ("lexique responsable") and the mapping of the demo courses to
competencies. Facts draw on public references (DigComp 2.2, GreenComp, RGESN 2024, RGAA 4.1,
RNCP certifications, AGEC and REEN laws); no sentence is copied from them. Loaded by
`load_demo`; codes and slugs are stable identifiers, do not rename them.
"""

FRAMEWORK = {
    "slug": "numerique-responsable",
    "name": {
        "fr": "Compétences du numérique responsable",
        "en": "Responsible digital competencies",
    },
    "version": "1.0",
    "description": {
        "fr": (
            "Référentiel original des compétences nécessaires pour exercer les métiers et les "
            "rôles du numérique responsable dans les structures de l'économie sociale et "
            "solidaire. Il couvre six domaines, de la compréhension des impacts du numérique "
            "au pilotage d'une démarche dans une organisation, et décrit chaque compétence "
            "sur une échelle de quatre niveaux. Il sert à situer les apprenant·es, à relier "
            "les contenus de formation aux compétences et à décrire des profils de métiers."
        ),
        "en": (
            "An original framework of the competencies needed to work in responsible digital "
            "jobs and roles in social and solidarity economy organisations. It covers six "
            "areas, from understanding the impacts of digital technology to steering an "
            "approach within an organisation, and describes each competency on a four-level "
            "scale. It is used to position learners, to link training content to competencies "
            "and to describe job profiles."
        ),
    },
    "source": {
        "fr": (
            "Rédigé par l'équipe pédagogique de Tremplin à partir de références publiques : "
            "DigComp 2.2 (Commission européenne, Centre commun de recherche, 2022), en "
            "particulier la compétence 4.4 « Protéger l'environnement » du domaine 4 "
            "« Sécurité » ; GreenComp, le cadre européen des compétences en matière de "
            "durabilité (Centre commun de recherche, 2022) ; le Référentiel général "
            "d'écoconception de services numériques (RGESN, Arcep et Arcom, 2024) ; le "
            "Référentiel général d'amélioration de l'accessibilité (RGAA 4.1, DINUM) ; les "
            "blocs de compétences des certifications professionnelles en numérique "
            "responsable inscrites au RNCP ; la loi AGEC (2020) et la loi REEN (2021). Aucun "
            "texte de ces références n'est reproduit."
        ),
        "en": (
            "Written by the Tremplin teaching team from public references: DigComp 2.2 "
            "(European Commission, Joint Research Centre, 2022), in particular competence 4.4 "
            '"Protecting the environment" in area 4 "Safety"; GreenComp, the European '
            "sustainability competence framework (Joint Research Centre, 2022); the French "
            "general policy framework for the eco-design of digital services (RGESN, Arcep and "
            "Arcom, 2024); the French general accessibility improvement framework (RGAA 4.1, "
            "DINUM); the competency blocks of professional certifications in responsible "
            "digital registered in the RNCP; the AGEC law (2020) and the REEN law (2021). No "
            "text from these references is reproduced."
        ),
    },
    "licence": "CC BY-SA 4.0",
    "levels": [
        {
            "code": "1",
            "name": {"fr": "Découvrir", "en": "Discover"},
            "descriptor": {
                "fr": (
                    "Reconnaît et nomme les notions clés, repère les enjeux dans des situations "
                    "simples et applique quelques gestes de base en suivant une consigne ou avec "
                    "l'aide d'une personne plus expérimentée."
                ),
                "en": (
                    "Recognises and names the key notions, spots what is at stake in simple "
                    "situations and applies a few basic actions by following instructions or "
                    "with help from a more experienced person."
                ),
            },
            "proficient": False,
        },
        {
            "code": "2",
            "name": {"fr": "Pratiquer", "en": "Practise"},
            "descriptor": {
                "fr": (
                    "Applique seul·e les bonnes pratiques dans son propre travail et dans des "
                    "situations courantes, en utilisant les outils et les référentiels adaptés, "
                    "et sait expliquer ce qu'il ou elle fait."
                ),
                "en": (
                    "Applies good practice independently in their own work and in everyday "
                    "situations, using the appropriate tools and frameworks, and can explain "
                    "what they are doing."
                ),
            },
            "proficient": True,
        },
        {
            "code": "3",
            "name": {"fr": "Maîtriser", "en": "Master"},
            "descriptor": {
                "fr": (
                    "Analyse des situations complexes ou nouvelles, choisit et justifie des "
                    "solutions, conduit des actions à l'échelle d'une équipe ou d'une structure "
                    "et en évalue les résultats."
                ),
                "en": (
                    "Analyses complex or new situations, chooses and justifies solutions, "
                    "carries out actions at the scale of a team or an organisation and "
                    "evaluates their results."
                ),
            },
            "proficient": True,
        },
        {
            "code": "4",
            "name": {"fr": "Transmettre", "en": "Pass on"},
            "descriptor": {
                "fr": (
                    "Forme et accompagne d'autres personnes, conçoit des ressources ou des "
                    "méthodes réutilisables et contribue à faire évoluer les pratiques d'un "
                    "réseau ou d'un secteur."
                ),
                "en": (
                    "Trains and supports other people, designs reusable resources or methods "
                    "and helps practices evolve across a network or a sector."
                ),
            },
            "proficient": True,
        },
    ],
    "areas": [
        {
            "code": "A",
            "title": {
                "fr": "Comprendre les impacts du numérique",
                "en": "Understanding the impacts of digital technology",
            },
            "description": {
                "fr": (
                    "Connaître la réalité matérielle du numérique, ses effets sur "
                    "l'environnement et sur les personnes, ainsi que le cadre légal qui "
                    "s'applique, pour fonder ses choix sur des faits."
                ),
                "en": (
                    "Knowing the material reality of digital technology, its effects on the "
                    "environment and on people, and the legal framework that applies, so as to "
                    "base one's choices on facts."
                ),
            },
            "competencies": [
                {
                    "code": "A1",
                    "title": {
                        "fr": "Expliquer le cycle de vie d'un équipement numérique",
                        "en": "Explaining the lifecycle of a digital device",
                    },
                    "description": {
                        "fr": (
                            "Décrire les étapes de la vie d'un équipement, de l'extraction des "
                            "matières premières à la fin de vie, et montrer que pour les "
                            "terminaux la fabrication pèse le plus lourd dans les impacts "
                            "environnementaux."
                        ),
                        "en": (
                            "Describing the stages in the life of a device, from the extraction "
                            "of raw materials to end of life, and showing that for user devices "
                            "manufacturing weighs most heavily in the environmental impacts."
                        ),
                    },
                    "references": (
                        "DigComp 2.2 4.4; GreenComp 2.1; ADEME-Arcep (2022); ISO 14040 (ACV)"
                    ),
                },
                {
                    "code": "A2",
                    "title": {
                        "fr": (
                            "Distinguer les impacts des terminaux, des réseaux et des centres "
                            "de données"
                        ),
                        "en": "Distinguishing the impacts of devices, networks and data centres",
                    },
                    "description": {
                        "fr": (
                            "Situer la part respective des équipements des utilisateurs, des "
                            "réseaux et des centres de données dans l'empreinte du numérique, "
                            "et en déduire les leviers d'action prioritaires."
                        ),
                        "en": (
                            "Placing the respective shares of users' devices, networks and data "
                            "centres in the footprint of digital technology, and deducing the "
                            "priority levers for action."
                        ),
                    },
                    "references": "DigComp 2.2 4.4; GreenComp 2.1; ADEME-Arcep (2022)",
                },
                {
                    "code": "A3",
                    "title": {
                        "fr": "Analyser les impacts sociaux du numérique",
                        "en": "Analysing the social impacts of digital technology",
                    },
                    "description": {
                        "fr": (
                            "Identifier les effets du numérique sur les personnes tout au long "
                            "de la chaîne de valeur (conditions d'extraction et de fabrication, "
                            "exclusion numérique, santé et bien-être, travail invisible des "
                            "plateformes) et les relier aux valeurs de l'ESS."
                        ),
                        "en": (
                            "Identifying the effects of digital technology on people all along "
                            "the value chain (extraction and manufacturing conditions, digital "
                            "exclusion, health and well-being, the hidden work behind "
                            "platforms) and connecting them with the values of the social and "
                            "solidarity economy."
                        ),
                    },
                    "references": "DigComp 2.2 4.3; GreenComp 1.2",
                },
                {
                    "code": "A4",
                    "title": {
                        "fr": "Exercer un regard critique sur les chiffres et les discours",
                        "en": "Taking a critical look at figures and claims",
                    },
                    "description": {
                        "fr": (
                            "Vérifier la source, le périmètre et la méthode d'un chiffre sur le "
                            "numérique, repérer l'effet rebond et les allégations "
                            "environnementales trompeuses, et poser correctement un problème "
                            "avant de chercher des solutions."
                        ),
                        "en": (
                            "Checking the source, scope and method behind a figure about digital "
                            "technology, spotting the rebound effect and misleading "
                            "environmental claims, and framing a problem properly before "
                            "looking for solutions."
                        ),
                    },
                    "references": "DigComp 2.2 1.2; GreenComp 2.2; GreenComp 2.3",
                },
                {
                    "code": "A5",
                    "title": {
                        "fr": "Se repérer dans le cadre légal et les politiques publiques",
                        "en": "Finding one's way in the legal framework and public policies",
                    },
                    "description": {
                        "fr": (
                            "Connaître les principales obligations et incitations qui "
                            "concernent le numérique responsable en France et en Europe (lois "
                            "AGEC et REEN, RGPD, obligations d'accessibilité) et savoir "
                            "lesquelles s'appliquent à sa structure."
                        ),
                        "en": (
                            "Knowing the main obligations and incentives that concern "
                            "responsible digital in France and in Europe (AGEC and REEN laws, "
                            "GDPR, accessibility obligations) and knowing which of them apply "
                            "to one's organisation."
                        ),
                    },
                    "references": "Loi AGEC (2020); loi REEN (2021); RGPD; GreenComp 4.1",
                },
                {
                    "code": "A6",
                    "title": {
                        "fr": "Imaginer des futurs numériques soutenables",
                        "en": "Envisioning sustainable digital futures",
                    },
                    "description": {
                        "fr": (
                            "Explorer plusieurs scénarios d'évolution du numérique, interroger "
                            "la place des technologies dans le projet de sa structure et "
                            "proposer des usages compatibles avec les limites planétaires."
                        ),
                        "en": (
                            "Exploring several scenarios for how digital technology may evolve, "
                            "questioning the place of technology in one's organisation's "
                            "mission and proposing uses compatible with planetary boundaries."
                        ),
                    },
                    "references": (
                        "GreenComp 3.1; GreenComp 3.3; ADEME-Arcep, volet prospectif (2023)"
                    ),
                },
            ],
        },
        {
            "code": "B",
            "title": {
                "fr": "Usages sobres et cycle de vie des équipements",
                "en": "Sober use and equipment lifecycle",
            },
            "description": {
                "fr": (
                    "Utiliser le numérique avec sobriété et faire durer les équipements : "
                    "entretien, réparation, reconditionnement, achat responsable et fin de vie "
                    "organisée."
                ),
                "en": (
                    "Using digital technology soberly and making equipment last: maintenance, "
                    "repair, refurbishment, responsible purchasing and an organised end of life."
                ),
            },
            "competencies": [
                {
                    "code": "B1",
                    "title": {
                        "fr": "Adopter des usages numériques sobres",
                        "en": "Adopting sober digital practices",
                    },
                    "description": {
                        "fr": (
                            "Ajuster ses pratiques quotidiennes (stockage, messagerie, vidéo, "
                            "impression, réglages des appareils) pour réduire les ressources "
                            "consommées sans dégrader le service rendu."
                        ),
                        "en": (
                            "Adjusting one's everyday practices (storage, email, video, "
                            "printing, device settings) to reduce the resources consumed "
                            "without degrading the service provided."
                        ),
                    },
                    "references": "DigComp 2.2 4.4; DigComp 2.2 1.3; GreenComp 4.3",
                },
                {
                    "code": "B2",
                    "title": {
                        "fr": "Entretenir et prolonger la vie des équipements",
                        "en": "Maintaining equipment and extending its life",
                    },
                    "description": {
                        "fr": (
                            "Pratiquer l'entretien et les mises à jour, choisir un système "
                            "d'exploitation adapté au matériel ancien et repousser le "
                            "renouvellement tant que l'équipement répond au besoin."
                        ),
                        "en": (
                            "Carrying out maintenance and updates, choosing an operating system "
                            "suited to older hardware and postponing replacement for as long as "
                            "the device meets the need."
                        ),
                    },
                    "references": "DigComp 2.2 4.1; DigComp 2.2 5.1; loi AGEC (2020)",
                },
                {
                    "code": "B3",
                    "title": {
                        "fr": "Diagnostiquer et réparer un équipement",
                        "en": "Diagnosing and repairing a device",
                    },
                    "description": {
                        "fr": (
                            "Identifier l'origine d'une panne courante, remplacer en sécurité "
                            "les pièces les plus souvent en cause (batterie, écran, stockage, "
                            "clavier) et orienter vers un réparateur ou un atelier quand c'est "
                            "nécessaire."
                        ),
                        "en": (
                            "Identifying the cause of a common fault, safely replacing the parts "
                            "most often involved (battery, screen, storage, keyboard) and "
                            "referring to a repairer or a workshop when needed."
                        ),
                    },
                    "references": (
                        "DigComp 2.2 5.1; loi AGEC (2020), indice de réparabilité; "
                        "certifications RNCP de technicien·ne (blocs diagnostic et réparation)"
                    ),
                },
                {
                    "code": "B4",
                    "title": {
                        "fr": "Reconditionner un équipement et effacer les données",
                        "en": "Refurbishing a device and erasing data",
                    },
                    "description": {
                        "fr": (
                            "Tester toutes les fonctions d'un appareil, effacer les données de "
                            "façon vérifiable, réinstaller un système et documenter l'état de "
                            "l'appareil conformément au cadre légal du reconditionnement."
                        ),
                        "en": (
                            "Testing all the functions of a device, erasing data in a verifiable "
                            "way, reinstalling a system and documenting the condition of the "
                            "device in line with the legal framework for refurbishment."
                        ),
                    },
                    "references": (
                        "DigComp 2.2 4.1; DigComp 2.2 4.2; décret n° 2022-190 "
                        "(produit reconditionné)"
                    ),
                },
                {
                    "code": "B5",
                    "title": {
                        "fr": "Acheter des équipements de façon responsable",
                        "en": "Buying equipment responsibly",
                    },
                    "description": {
                        "fr": (
                            "Comparer neuf et reconditionné, lire les indices de réparabilité "
                            "et de durabilité, les labels et les durées de garantie, et "
                            "traduire ces critères dans une commande ou un appel d'offres."
                        ),
                        "en": (
                            "Comparing new and refurbished, reading repairability and "
                            "durability indexes, labels and warranty periods, and turning these "
                            "criteria into an order or an invitation to tender."
                        ),
                    },
                    "references": "Loi AGEC (2020), art. 58; DigComp 2.2 4.4; GreenComp 4.3",
                },
                {
                    "code": "B6",
                    "title": {
                        "fr": "Organiser le réemploi et la fin de vie des équipements",
                        "en": "Organising reuse and end of life for equipment",
                    },
                    "description": {
                        "fr": (
                            "Orienter chaque équipement réformé vers la bonne filière (don, "
                            "réemploi, reconditionnement, collecte des DEEE), en lien avec les "
                            "acteurs locaux de l'ESS, et garder la trace de ces flux."
                        ),
                        "en": (
                            "Sending each decommissioned device to the right channel (donation, "
                            "reuse, refurbishment, WEEE collection), working with local social "
                            "and solidarity economy actors, and keeping track of these flows."
                        ),
                    },
                    "references": (
                        "Loi AGEC (2020); loi REEN (2021); filière REP des DEEE; GreenComp 4.2"
                    ),
                },
            ],
        },
        {
            "code": "C",
            "title": {
                "fr": "Écoconception de services numériques",
                "en": "Eco-design of digital services",
            },
            "description": {
                "fr": (
                    "Concevoir, faire évoluer ou commander des services numériques utiles, "
                    "sobres et durables, en s'appuyant sur les familles de critères du RGESN."
                ),
                "en": (
                    "Designing, improving or commissioning useful, sober and durable digital "
                    "services, drawing on the families of criteria of the RGESN."
                ),
            },
            "competencies": [
                {
                    "code": "C1",
                    "title": {
                        "fr": "Questionner le besoin et définir la stratégie d'un service",
                        "en": "Questioning the need and defining the strategy of a service",
                    },
                    "description": {
                        "fr": (
                            "Vérifier qu'un service numérique répond à un besoin réel, en fixer "
                            "les objectifs et les limites, désigner une personne référente et "
                            "prévoir sa fin de vie dès le départ."
                        ),
                        "en": (
                            "Checking that a digital service meets a real need, setting its "
                            "objectives and limits, appointing a lead person and planning its "
                            "end of life from the outset."
                        ),
                    },
                    "references": "RGESN 2024 (Stratégie); GreenComp 2.3",
                },
                {
                    "code": "C2",
                    "title": {
                        "fr": "Spécifier et architecturer un service sobre",
                        "en": "Specifying and architecting a sober service",
                    },
                    "description": {
                        "fr": (
                            "Rédiger des spécifications qui garantissent la compatibilité avec "
                            "les équipements anciens et les connexions lentes, limiter les "
                            "fonctionnalités à celles qui sont justifiées et choisir une "
                            "architecture qui réduit les échanges et les traitements."
                        ),
                        "en": (
                            "Writing specifications that ensure compatibility with older devices "
                            "and slow connections, limiting features to those that are justified "
                            "and choosing an architecture that reduces data exchanges and "
                            "processing."
                        ),
                    },
                    "references": "RGESN 2024 (Spécifications, Architecture); DigComp 2.2 5.2",
                },
                {
                    "code": "C3",
                    "title": {
                        "fr": "Concevoir des parcours et des interfaces sobres",
                        "en": "Designing sober user journeys and interfaces",
                    },
                    "description": {
                        "fr": (
                            "Concevoir des parcours courts et des interfaces légères, sans "
                            "lecture automatique ni défilement infini, en conciliant sobriété, "
                            "accessibilité et qualité de l'expérience."
                        ),
                        "en": (
                            "Designing short user journeys and lightweight interfaces, without "
                            "autoplay or infinite scrolling, balancing sobriety, accessibility "
                            "and quality of experience."
                        ),
                    },
                    "references": "RGESN 2024 (UX/UI); RGAA 4.1; DigComp 2.2 3.1",
                },
                {
                    "code": "C4",
                    "title": {
                        "fr": "Produire et gérer des contenus légers",
                        "en": "Producing and managing lightweight content",
                    },
                    "description": {
                        "fr": (
                            "Choisir des formats adaptés, compresser images, vidéos et "
                            "documents, et fixer des durées de conservation pour les contenus "
                            "publiés et stockés."
                        ),
                        "en": (
                            "Choosing suitable formats, compressing images, videos and "
                            "documents, and setting retention periods for published and stored "
                            "content."
                        ),
                    },
                    "references": "RGESN 2024 (Contenus); DigComp 2.2 3.1; DigComp 2.2 3.2",
                },
                {
                    "code": "C5",
                    "title": {
                        "fr": "Optimiser le frontend et le backend",
                        "en": "Optimising the frontend and the backend",
                    },
                    "description": {
                        "fr": (
                            "Réduire le poids des pages et le nombre de requêtes, utiliser la "
                            "mise en cache et le chargement différé, et limiter les traitements "
                            "et les requêtes côté serveur."
                        ),
                        "en": (
                            "Reducing page weight and the number of requests, using caching and "
                            "lazy loading, and limiting server-side processing and queries."
                        ),
                    },
                    "references": "RGESN 2024 (Frontend, Backend); DigComp 2.2 3.4",
                },
                {
                    "code": "C6",
                    "title": {
                        "fr": "Choisir un hébergement et encadrer les usages algorithmiques",
                        "en": "Choosing hosting and keeping algorithmic uses in check",
                    },
                    "description": {
                        "fr": (
                            "Évaluer un hébergeur sur son efficacité énergétique, sa "
                            "transparence et la durée de vie de son matériel, et justifier le "
                            "recours à l'intelligence artificielle ou à des algorithmes "
                            "gourmands au regard de leurs impacts."
                        ),
                        "en": (
                            "Assessing a host on its energy efficiency, its transparency and the "
                            "lifespan of its hardware, and justifying the use of artificial "
                            "intelligence or resource-hungry algorithms in the light of their "
                            "impacts."
                        ),
                    },
                    "references": "RGESN 2024 (Hébergement, Algorithmie); DigComp 2.2 4.4",
                },
                {
                    "code": "C7",
                    "title": {
                        "fr": "Mesurer un service et rendre compte de son écoconception",
                        "en": "Measuring a service and reporting on its eco-design",
                    },
                    "description": {
                        "fr": (
                            "Mesurer un service avec des outils comme EcoIndex, interpréter les "
                            "résultats avec prudence, puis rédiger et tenir à jour une "
                            "déclaration d'écoconception."
                        ),
                        "en": (
                            "Measuring a service with tools such as EcoIndex, interpreting the "
                            "results with care, then writing and keeping up to date an "
                            "eco-design statement."
                        ),
                    },
                    "references": (
                        "RGESN 2024 (déclaration d'écoconception); loi REEN (2021); GreenComp 2.2"
                    ),
                },
            ],
        },
        {
            "code": "D",
            "title": {
                "fr": "Accessibilité et inclusion numérique",
                "en": "Accessibility and digital inclusion",
            },
            "description": {
                "fr": (
                    "Rendre les services et les contenus numériques utilisables par toutes et "
                    "tous, et accompagner les personnes éloignées du numérique."
                ),
                "en": (
                    "Making digital services and content usable by everyone, and supporting "
                    "people who are far from digital technology."
                ),
            },
            "competencies": [
                {
                    "code": "D1",
                    "title": {
                        "fr": "Comprendre les situations de handicap et les besoins des usagers",
                        "en": "Understanding disability situations and users' needs",
                    },
                    "description": {
                        "fr": (
                            "Décrire la diversité des handicaps, permanents ou temporaires, les "
                            "aides techniques utilisées (lecteur d'écran, agrandissement, "
                            "commande vocale) et les obstacles qu'un service numérique peut "
                            "créer."
                        ),
                        "en": (
                            "Describing the diversity of disabilities, permanent or temporary, "
                            "the assistive technologies people use (screen reader, "
                            "magnification, voice control) and the barriers a digital service "
                            "can create."
                        ),
                    },
                    "references": "RGAA 4.1; WCAG 2.2; GreenComp 1.2",
                },
                {
                    "code": "D2",
                    "title": {
                        "fr": "Vérifier l'accessibilité d'un service web",
                        "en": "Checking the accessibility of a web service",
                    },
                    "description": {
                        "fr": (
                            "Contrôler les points essentiels d'une page (alternatives "
                            "textuelles, contrastes, navigation au clavier, titres, liens, "
                            "formulaires) avec la méthode du RGAA, et hiérarchiser les "
                            "corrections."
                        ),
                        "en": (
                            "Checking the essential points of a page (text alternatives, "
                            "contrast, keyboard navigation, headings, links, forms) with the "
                            "RGAA method, and prioritising the fixes."
                        ),
                    },
                    "references": (
                        "RGAA 4.1 (thèmes Images, Couleurs, Liens, Formulaires, Navigation); "
                        "WCAG 2.2"
                    ),
                },
                {
                    "code": "D3",
                    "title": {
                        "fr": "Produire des documents et des médias accessibles",
                        "en": "Producing accessible documents and media",
                    },
                    "description": {
                        "fr": (
                            "Structurer des documents bureautiques et des PDF, sous-titrer et "
                            "transcrire les vidéos, et vérifier qu'un contenu reste "
                            "compréhensible sans la vue ou sans le son."
                        ),
                        "en": (
                            "Structuring office documents and PDFs, captioning and transcribing "
                            "videos, and checking that content remains understandable without "
                            "sight or without sound."
                        ),
                    },
                    "references": "RGAA 4.1 (thème Multimédia); WCAG 2.2; DigComp 2.2 3.1",
                },
                {
                    "code": "D4",
                    "title": {
                        "fr": "Rédiger en langage clair et en FALC",
                        "en": "Writing in plain language and easy-to-read",
                    },
                    "description": {
                        "fr": (
                            "Écrire des messages courts et directs pour tous les publics, et "
                            "produire des documents en Facile à lire et à comprendre en les "
                            "faisant relire par les personnes concernées."
                        ),
                        "en": (
                            "Writing short, direct messages for all audiences, and producing "
                            "easy-to-read documents that are checked by the people they are "
                            "intended for."
                        ),
                    },
                    "references": (
                        "Règles européennes du FALC (Inclusion Europe); ISO 24495-1 "
                        "(langage clair); DigComp 2.2 2.1"
                    ),
                },
                {
                    "code": "D5",
                    "title": {
                        "fr": "Accompagner les publics éloignés du numérique",
                        "en": "Supporting people who are far from digital technology",
                    },
                    "description": {
                        "fr": (
                            "Évaluer les besoins et l'autonomie d'une personne, l'accompagner "
                            "dans ses démarches sans faire à sa place et l'orienter vers les "
                            "lieux et dispositifs de médiation numérique adaptés."
                        ),
                        "en": (
                            "Assessing a person's needs and autonomy, supporting them with their "
                            "formalities without doing things for them, and referring them to "
                            "suitable digital mediation places and schemes."
                        ),
                    },
                    "references": (
                        "DigComp 2.2 2.3; DigComp 2.2 5.4; certifications RNCP de médiation "
                        "numérique (blocs accompagnement)"
                    ),
                },
                {
                    "code": "D6",
                    "title": {
                        "fr": "Piloter la conformité et l'amélioration de l'accessibilité",
                        "en": "Steering accessibility compliance and improvement",
                    },
                    "description": {
                        "fr": (
                            "Connaître les obligations d'accessibilité applicables à sa "
                            "structure, faire réaliser un audit, publier une déclaration "
                            "d'accessibilité et suivre un plan d'amélioration pluriannuel."
                        ),
                        "en": (
                            "Knowing the accessibility obligations that apply to one's "
                            "organisation, commissioning an audit, publishing an accessibility "
                            "statement and following a multi-year improvement plan."
                        ),
                    },
                    "references": (
                        "Loi n° 2005-102, art. 47; RGAA 4.1; directive (UE) 2019/882 "
                        "(acte européen sur l'accessibilité)"
                    ),
                },
            ],
        },
        {
            "code": "E",
            "title": {
                "fr": "Outils libres, éthiques et protection des données",
                "en": "Free and ethical tools, data protection",
            },
            "description": {
                "fr": (
                    "Choisir et faire vivre des outils cohérents avec les valeurs de l'ESS, "
                    "protéger les données des personnes et contribuer aux communs numériques."
                ),
                "en": (
                    "Choosing and running tools consistent with the values of the social and "
                    "solidarity economy, protecting people's data and contributing to the "
                    "digital commons."
                ),
            },
            "competencies": [
                {
                    "code": "E1",
                    "title": {
                        "fr": "Expliquer le logiciel libre et les licences ouvertes",
                        "en": "Explaining free software and open licences",
                    },
                    "description": {
                        "fr": (
                            "Expliquer les libertés que garantit un logiciel libre, distinguer "
                            "licences copyleft et permissives ainsi que les licences Creative "
                            "Commons, et choisir une licence pour publier un contenu."
                        ),
                        "en": (
                            "Explaining the freedoms guaranteed by free software, telling "
                            "copyleft and permissive licences apart as well as Creative Commons "
                            "licences, and choosing a licence to publish content."
                        ),
                    },
                    "references": (
                        "DigComp 2.2 3.3; définition du logiciel libre (FSF); "
                        "Open Source Definition (OSI)"
                    ),
                },
                {
                    "code": "E2",
                    "title": {
                        "fr": "Évaluer et choisir des outils numériques éthiques",
                        "en": "Assessing and choosing ethical digital tools",
                    },
                    "description": {
                        "fr": (
                            "Comparer des outils selon une grille partagée (licence, "
                            "hébergement, modèle économique, données, accessibilité, sobriété, "
                            "interopérabilité) et justifier un choix devant l'équipe."
                        ),
                        "en": (
                            "Comparing tools against a shared grid (licence, hosting, business "
                            "model, data, accessibility, sobriety, interoperability) and "
                            "justifying a choice to the team."
                        ),
                    },
                    "references": "DigComp 2.2 5.2; GreenComp 1.1",
                },
                {
                    "code": "E3",
                    "title": {
                        "fr": "Protéger les données personnelles",
                        "en": "Protecting personal data",
                    },
                    "description": {
                        "fr": (
                            "Appliquer les principes du RGPD aux traitements courants d'une "
                            "structure (finalité, minimisation, durée de conservation, droits "
                            "des personnes), tenir un registre et encadrer les sous-traitants."
                        ),
                        "en": (
                            "Applying the principles of the GDPR to an organisation's everyday "
                            "processing (purpose, minimisation, retention period, data subjects' "
                            "rights), keeping a record and setting rules for processors."
                        ),
                    },
                    "references": "RGPD, règlement (UE) 2016/679; DigComp 2.2 4.2",
                },
                {
                    "code": "E4",
                    "title": {
                        "fr": "Sécuriser les outils et les équipements",
                        "en": "Securing tools and equipment",
                    },
                    "description": {
                        "fr": (
                            "Mettre en place des sauvegardes, une gestion saine des mots de "
                            "passe et la double authentification, appliquer les mises à jour de "
                            "sécurité et réagir à un incident courant."
                        ),
                        "en": (
                            "Setting up backups, sound password management and two-factor "
                            "authentication, applying security updates and responding to a "
                            "common incident."
                        ),
                    },
                    "references": (
                        "DigComp 2.2 4.1; DigComp 2.2 4.2; recommandations de l'ANSSI et de "
                        "Cybermalveillance.gouv.fr"
                    ),
                },
                {
                    "code": "E5",
                    "title": {
                        "fr": "Contribuer aux communs numériques et aux données ouvertes",
                        "en": "Contributing to the digital commons and open data",
                    },
                    "description": {
                        "fr": (
                            "Publier des contenus et des données sous licence ouverte et dans "
                            "des formats ouverts, et contribuer à des projets communs "
                            "(documentation, traduction, signalement d'anomalies, financement)."
                        ),
                        "en": (
                            "Publishing content and data under an open licence and in open "
                            "formats, and contributing to shared projects (documentation, "
                            "translation, bug reports, funding)."
                        ),
                    },
                    "references": (
                        "DigComp 2.2 2.3; DigComp 2.2 3.3; loi pour une République numérique "
                        "(2016); GreenComp 4.2"
                    ),
                },
                {
                    "code": "E6",
                    "title": {
                        "fr": "Migrer vers des outils libres et accompagner l'équipe",
                        "en": "Migrating to free tools and supporting the team",
                    },
                    "description": {
                        "fr": (
                            "Planifier une migration progressive, garantir la récupération des "
                            "données dans des formats interopérables, et former et soutenir les "
                            "personnes pendant la transition."
                        ),
                        "en": (
                            "Planning a gradual migration, making sure data can be retrieved in "
                            "interoperable formats, and training and supporting people during "
                            "the transition."
                        ),
                    },
                    "references": (
                        "DigComp 2.2 2.4; DigComp 2.2 5.2; Référentiel général "
                        "d'interopérabilité (RGI)"
                    ),
                },
            ],
        },
        {
            "code": "F",
            "title": {
                "fr": "Piloter une démarche numérique responsable",
                "en": "Steering a responsible digital approach",
            },
            "description": {
                "fr": (
                    "Conduire une démarche structurée dans une structure de l'ESS : diagnostic, "
                    "plan d'action, achats, mesure, conduite du changement et transmission."
                ),
                "en": (
                    "Leading a structured approach in a social and solidarity economy "
                    "organisation: diagnosis, action plan, purchasing, measurement, change "
                    "management and passing on knowledge."
                ),
            },
            "competencies": [
                {
                    "code": "F1",
                    "title": {
                        "fr": "Réaliser un diagnostic numérique responsable",
                        "en": "Carrying out a responsible digital diagnosis",
                    },
                    "description": {
                        "fr": (
                            "Inventorier le parc, les usages, les services et les prestataires "
                            "de la structure, recueillir l'avis des équipes et des usagers, et "
                            "en tirer un état des lieux partagé."
                        ),
                        "en": (
                            "Making an inventory of the organisation's equipment, uses, "
                            "services and providers, gathering the views of teams and users, "
                            "and drawing up a shared assessment of the situation."
                        ),
                    },
                    "references": (
                        "GreenComp 2.1; certifications RNCP en numérique responsable "
                        "(bloc diagnostic)"
                    ),
                },
                {
                    "code": "F2",
                    "title": {
                        "fr": "Construire et suivre un plan d'action",
                        "en": "Building and following up an action plan",
                    },
                    "description": {
                        "fr": (
                            "Prioriser des actions selon leur impact et leur faisabilité, leur "
                            "associer des responsables, un budget et un calendrier, et ajuster "
                            "le plan au fil du temps."
                        ),
                        "en": (
                            "Prioritising actions according to their impact and feasibility, "
                            "assigning owners, a budget and a timetable to them, and adjusting "
                            "the plan over time."
                        ),
                    },
                    "references": (
                        "GreenComp 3.2; GreenComp 4.3; loi REEN (2021), stratégies numériques "
                        "responsables; certifications RNCP en numérique responsable "
                        "(bloc stratégie)"
                    ),
                },
                {
                    "code": "F3",
                    "title": {
                        "fr": "Intégrer des critères responsables aux achats et aux partenariats",
                        "en": "Building responsible criteria into purchasing and partnerships",
                    },
                    "description": {
                        "fr": (
                            "Formuler des exigences environnementales, sociales et "
                            "d'accessibilité dans les commandes et les cahiers des charges, et "
                            "évaluer les réponses des fournisseurs et des prestataires."
                        ),
                        "en": (
                            "Expressing environmental, social and accessibility requirements in "
                            "orders and specifications, and assessing the responses of "
                            "suppliers and service providers."
                        ),
                    },
                    "references": (
                        "Loi AGEC (2020), art. 58; RGESN 2024 (Spécifications); RGAA 4.1"
                    ),
                },
                {
                    "code": "F4",
                    "title": {
                        "fr": "Mesurer et rendre compte des progrès",
                        "en": "Measuring and reporting on progress",
                    },
                    "description": {
                        "fr": (
                            "Choisir quelques indicateurs pertinents (durée de vie du parc, "
                            "part d'équipements reconditionnés, résultats de mesure, "
                            "accessibilité), les suivre dans le temps et en rendre compte "
                            "honnêtement aux instances et aux financeurs."
                        ),
                        "en": (
                            "Choosing a few relevant indicators (lifespan of equipment, share of "
                            "refurbished devices, measurement results, accessibility), tracking "
                            "them over time and reporting honestly to governing bodies and "
                            "funders."
                        ),
                    },
                    "references": (
                        "GreenComp 2.2; ISO 14040 (ACV); certifications RNCP en numérique "
                        "responsable (bloc mesure)"
                    ),
                },
                {
                    "code": "F5",
                    "title": {
                        "fr": "Conduire le changement et mobiliser les parties prenantes",
                        "en": "Managing change and involving stakeholders",
                    },
                    "description": {
                        "fr": (
                            "Associer salarié·es, bénévoles, instances et usagers à la "
                            "démarche, lever les résistances et s'appuyer sur la gouvernance "
                            "démocratique de la structure."
                        ),
                        "en": (
                            "Involving staff, volunteers, governing bodies and users in the "
                            "approach, overcoming resistance and building on the organisation's "
                            "democratic governance."
                        ),
                    },
                    "references": "GreenComp 4.2; GreenComp 3.2; DigComp 2.2 2.4",
                },
                {
                    "code": "F6",
                    "title": {
                        "fr": "Sensibiliser et former d'autres personnes",
                        "en": "Raising awareness and training others",
                    },
                    "description": {
                        "fr": (
                            "Concevoir et animer des actions de sensibilisation ou de formation "
                            "adaptées aux publics de l'ESS, et évaluer ce que les participant·es "
                            "en retirent."
                        ),
                        "en": (
                            "Designing and running awareness-raising or training sessions suited "
                            "to social and solidarity economy audiences, and assessing what "
                            "participants take away from them."
                        ),
                    },
                    "references": (
                        "GreenComp 4.2; DigComp 2.2 5.4; certifications RNCP en numérique "
                        "responsable (bloc formation)"
                    ),
                },
            ],
        },
    ],
}


JOB_PROFILES = [
    {
        "slug": "referent-numerique-responsable",
        "title": {
            "fr": "Référent·e numérique responsable",
            "en": "Responsible digital lead",
        },
        "summary": {
            "fr": (
                "Personne ressource qui porte la démarche de numérique responsable d'une "
                "structure : elle établit le diagnostic, propose et suit un plan d'action, "
                "conseille sur les achats et les outils, et mobilise les équipes. Le rôle est "
                "souvent exercé à temps partiel, en complément d'un autre poste."
            ),
            "en": (
                "The go-to person who leads an organisation's responsible digital approach: "
                "they carry out the diagnosis, propose and follow up an action plan, advise on "
                "purchasing and tools, and involve the teams. The role is often held part-time, "
                "alongside another job."
            ),
        },
        "employers": {
            "fr": (
                "Associations employeuses, fédérations et têtes de réseau associatives, "
                "coopératives (SCOP, SCIC), mutuelles, fondations, entreprises sociales "
                "agréées ESUS, collectivités et leurs partenaires de l'ESS."
            ),
            "en": (
                "Associations with paid staff, federations and lead bodies of associative "
                "networks, cooperatives (SCOP, SCIC), mutuals, foundations, ESUS-approved "
                "social enterprises, local authorities and their social and solidarity economy "
                "partners."
            ),
        },
        "requirements": [
            {"competency": "A1", "level": "3"},
            {"competency": "A5", "level": "2"},
            {"competency": "B5", "level": "2"},
            {"competency": "B6", "level": "2"},
            {"competency": "C1", "level": "2"},
            {"competency": "D6", "level": "2"},
            {"competency": "E2", "level": "2"},
            {"competency": "E3", "level": "2"},
            {"competency": "F1", "level": "3"},
            {"competency": "F2", "level": "3"},
            {"competency": "F4", "level": "2"},
            {"competency": "F5", "level": "3"},
        ],
    },
    {
        "slug": "technicien-reemploi-reconditionnement",
        "title": {
            "fr": "Technicien·ne du réemploi et du reconditionnement",
            "en": "Reuse and refurbishment technician",
        },
        "summary": {
            "fr": (
                "Collecte, trie, teste, répare et reconditionne des ordinateurs, smartphones "
                "et périphériques pour leur donner une seconde vie. Efface les données de "
                "façon certifiée, réinstalle des systèmes, souvent libres, et oriente les "
                "appareils irréparables vers la filière de recyclage. Dans les structures "
                "d'insertion, transmet aussi ses gestes à des salarié·es en parcours."
            ),
            "en": (
                "Collects, sorts, tests, repairs and refurbishes computers, smartphones and "
                "peripherals to give them a second life. Erases data in a certified way, "
                "reinstalls systems, often free ones, and sends devices that cannot be repaired "
                "to the recycling channel. In work integration organisations, also passes on "
                "their skills to employees on integration pathways."
            ),
        },
        "employers": {
            "fr": (
                "Ateliers et chantiers d'insertion, entreprises d'insertion et entreprises "
                "adaptées spécialisées dans le reconditionnement informatique, ressourceries "
                "et recycleries, associations de réemploi solidaire, ateliers de réparation "
                "associatifs, SCIC de la filière du réemploi."
            ),
            "en": (
                "Work integration workshops and worksites, integration enterprises and "
                "sheltered-work companies specialised in IT refurbishment, resource centres "
                "and community reuse shops, solidarity reuse associations, community repair "
                "workshops, SCICs in the reuse sector."
            ),
        },
        "requirements": [
            {"competency": "A1", "level": "2"},
            {"competency": "A5", "level": "2"},
            {"competency": "B2", "level": "3"},
            {"competency": "B3", "level": "3"},
            {"competency": "B4", "level": "3"},
            {"competency": "B6", "level": "3"},
            {"competency": "E1", "level": "2"},
            {"competency": "E4", "level": "2"},
            {"competency": "F6", "level": "2"},
        ],
    },
    {
        "slug": "mediateur-numerique",
        "title": {
            "fr": "Médiateur·rice numérique",
            "en": "Digital mediator",
        },
        "summary": {
            "fr": (
                "Accompagne des personnes de tous âges vers l'autonomie numérique : ateliers "
                "collectifs, aide aux démarches en ligne, prise en main des équipements et "
                "prévention des risques. Adapte son discours à chaque public et relie "
                "l'inclusion numérique aux enjeux de sobriété et de protection des données."
            ),
            "en": (
                "Supports people of all ages towards digital autonomy: group workshops, help "
                "with online formalities, getting to grips with devices and risk prevention. "
                "Adapts their approach to each audience and connects digital inclusion with "
                "sobriety and data protection."
            ),
        },
        "employers": {
            "fr": (
                "Espaces France Services, tiers-lieux et espaces publics numériques, centres "
                "sociaux, maisons des jeunes et de la culture, associations d'éducation "
                "populaire et de solidarité, bibliothèques et médiathèques, réseaux de "
                "l'inclusion numérique."
            ),
            "en": (
                "France Services centres, third places and public digital spaces, community "
                "centres, youth and culture centres, popular education and solidarity "
                "associations, libraries and media libraries, digital inclusion networks."
            ),
        },
        "requirements": [
            {"competency": "A1", "level": "2"},
            {"competency": "A3", "level": "2"},
            {"competency": "B1", "level": "2"},
            {"competency": "D1", "level": "2"},
            {"competency": "D4", "level": "3"},
            {"competency": "D5", "level": "3"},
            {"competency": "E2", "level": "2"},
            {"competency": "E3", "level": "2"},
            {"competency": "E4", "level": "2"},
            {"competency": "F6", "level": "3"},
        ],
    },
    {
        "slug": "eco-concepteur-services-numeriques",
        "title": {
            "fr": "Éco-concepteur·rice de services numériques",
            "en": "Digital service eco-designer",
        },
        "summary": {
            "fr": (
                "Conçoit ou fait évoluer des sites, applications et plateformes en réduisant "
                "leurs impacts tout au long de leur cycle de vie. Questionne le besoin, "
                "applique les critères du RGESN du cadrage à l'hébergement, mesure les "
                "résultats et veille à ce que sobriété et accessibilité aillent de pair."
            ),
            "en": (
                "Designs or improves websites, applications and platforms while reducing their "
                "impacts throughout their lifecycle. Questions the need, applies the RGESN "
                "criteria from scoping to hosting, measures the results and makes sure that "
                "sobriety and accessibility go hand in hand."
            ),
        },
        "employers": {
            "fr": (
                "Coopératives et collectifs de développement web (SCOP, SCIC), agences "
                "numériques de l'ESS, services numériques des fédérations et des grandes "
                "associations, entreprises sociales du numérique, structures porteuses de "
                "plateformes d'intérêt général."
            ),
            "en": (
                "Web development cooperatives and collectives (SCOP, SCIC), social and "
                "solidarity economy digital agencies, digital departments of federations and "
                "large associations, digital social enterprises, organisations running "
                "public-interest platforms."
            ),
        },
        "requirements": [
            {"competency": "A2", "level": "3"},
            {"competency": "A4", "level": "2"},
            {"competency": "C1", "level": "3"},
            {"competency": "C2", "level": "3"},
            {"competency": "C3", "level": "3"},
            {"competency": "C4", "level": "3"},
            {"competency": "C5", "level": "3"},
            {"competency": "C6", "level": "2"},
            {"competency": "C7", "level": "3"},
            {"competency": "D2", "level": "2"},
            {"competency": "D3", "level": "2"},
        ],
    },
    {
        "slug": "charge-outils-libres-ethiques",
        "title": {
            "fr": "Chargé·e d'outils numériques libres et éthiques",
            "en": "Free and ethical digital tools officer",
        },
        "summary": {
            "fr": (
                "Choisit, déploie et administre les outils collaboratifs d'une ou plusieurs "
                "structures en privilégiant le logiciel libre et les hébergeurs de confiance. "
                "Veille à la sécurité et à la protection des données, conduit les migrations "
                "et forme les équipes, salariées comme bénévoles."
            ),
            "en": (
                "Chooses, deploys and administers the collaborative tools of one or several "
                "organisations, favouring free software and trustworthy hosts. Looks after "
                "security and data protection, runs migrations and trains the teams, paid "
                "staff and volunteers alike."
            ),
        },
        "employers": {
            "fr": (
                "Associations et fédérations, membres du collectif CHATONS et autres "
                "hébergeurs associatifs, coopératives de services informatiques, tiers-lieux, "
                "groupements d'employeurs et structures mutualisées au service de plusieurs "
                "associations."
            ),
            "en": (
                "Associations and federations, members of the CHATONS collective and other "
                "community hosts, IT service cooperatives, third places, employer groups and "
                "shared-service organisations working for several associations."
            ),
        },
        "requirements": [
            {"competency": "C6", "level": "2"},
            {"competency": "D3", "level": "2"},
            {"competency": "E1", "level": "3"},
            {"competency": "E2", "level": "3"},
            {"competency": "E3", "level": "3"},
            {"competency": "E4", "level": "3"},
            {"competency": "E5", "level": "2"},
            {"competency": "E6", "level": "3"},
            {"competency": "F5", "level": "2"},
            {"competency": "F6", "level": "2"},
        ],
    },
    {
        "slug": "referent-accessibilite-numerique",
        "title": {
            "fr": "Référent·e accessibilité numérique",
            "en": "Digital accessibility lead",
        },
        "summary": {
            "fr": (
                "Veille à ce que les sites, documents et outils d'une structure soient "
                "utilisables par les personnes en situation de handicap. Réalise des "
                "vérifications, pilote les audits et la déclaration d'accessibilité, forme "
                "les personnes qui produisent des contenus et intègre l'accessibilité aux "
                "commandes."
            ),
            "en": (
                "Makes sure that an organisation's websites, documents and tools can be used "
                "by people with disabilities. Carries out checks, steers audits and the "
                "accessibility statement, trains the people who produce content and builds "
                "accessibility into orders."
            ),
        },
        "employers": {
            "fr": (
                "Associations du secteur du handicap et du médico-social, entreprises "
                "adaptées, fédérations et grandes associations, mutuelles, coopératives "
                "numériques de l'ESS, organismes chargés d'une mission de service public."
            ),
            "en": (
                "Disability and health-and-social-care associations, sheltered-work "
                "companies, federations and large associations, mutuals, social and "
                "solidarity economy digital cooperatives, bodies with a public service "
                "mission."
            ),
        },
        "requirements": [
            {"competency": "C3", "level": "2"},
            {"competency": "D1", "level": "3"},
            {"competency": "D2", "level": "3"},
            {"competency": "D3", "level": "3"},
            {"competency": "D4", "level": "2"},
            {"competency": "D6", "level": "3"},
            {"competency": "E3", "level": "2"},
            {"competency": "F3", "level": "2"},
            {"competency": "F6", "level": "2"},
        ],
    },
    {
        "slug": "formateur-numerique-responsable",
        "title": {
            "fr": "Formateur·rice en numérique responsable",
            "en": "Responsible digital trainer",
        },
        "summary": {
            "fr": (
                "Conçoit et anime des sensibilisations, des ateliers et des formations sur les "
                "impacts du numérique et les moyens d'agir, pour des salarié·es, des bénévoles "
                "ou des dirigeant·es. Adapte les contenus aux réalités des structures de l'ESS "
                "et évalue ce que les participant·es mettent en pratique."
            ),
            "en": (
                "Designs and runs awareness sessions, workshops and training courses on the "
                "impacts of digital technology and ways to act, for staff, volunteers or "
                "leaders. Adapts content to the realities of social and solidarity economy "
                "organisations and assesses what participants put into practice."
            ),
        },
        "employers": {
            "fr": (
                "Organismes de formation de l'ESS, coopératives d'activité et d'emploi, "
                "réseaux et fédérations associatives, chambres régionales de l'ESS, "
                "associations d'éducation populaire et d'éducation à l'environnement, "
                "tiers-lieux."
            ),
            "en": (
                "Social and solidarity economy training bodies, business and employment "
                "cooperatives, associative networks and federations, regional chambers of the "
                "social and solidarity economy, popular education and environmental education "
                "associations, third places."
            ),
        },
        "requirements": [
            {"competency": "A1", "level": "3"},
            {"competency": "A2", "level": "3"},
            {"competency": "A4", "level": "3"},
            {"competency": "A6", "level": "2"},
            {"competency": "B1", "level": "3"},
            {"competency": "C1", "level": "2"},
            {"competency": "D4", "level": "2"},
            {"competency": "F5", "level": "2"},
            {"competency": "F6", "level": "4"},
        ],
    },
]


GLOSSARY = [
    # ---------------------------------------------------------------------------------------
    # Responsible digital: notions, impacts and measurement
    # ---------------------------------------------------------------------------------------
    {
        "slug": "numerique-responsable",
        "term": {"fr": "Numérique responsable", "en": "Responsible digital"},
        "definition": {
            "fr": (
                "Démarche qui vise à réduire l'empreinte environnementale et sociale du "
                "numérique tout en le mettant au service de l'intérêt général. Elle porte sur "
                "les équipements, les services, les usages et les achats d'une organisation."
            ),
            "en": (
                "An approach that aims to reduce the environmental and social footprint of "
                "digital technology while putting it to work for the common good. It covers an "
                "organisation's equipment, services, uses and purchasing."
            ),
        },
        "synonyms": {"fr": ["numérique durable", "Green IT"], "en": ["sustainable IT", "Green IT"]},
        "related": [
            "sobriete-numerique",
            "ecoconception",
            "accessibilite-numerique",
            "empreinte-environnementale",
        ],
        "competencies": ["A1", "F1", "F2"],
        "source": {
            "fr": "Institut du Numérique Responsable (INR)",
            "en": "Institut du Numérique Responsable (INR, French institute for responsible IT)",
        },
    },
    {
        "slug": "sobriete-numerique",
        "term": {"fr": "Sobriété numérique", "en": "Digital sobriety"},
        "definition": {
            "fr": (
                "Démarche qui consiste à interroger l'utilité des équipements et des usages "
                "numériques, à en limiter le nombre et à les faire durer, plutôt qu'à compter "
                "seulement sur les gains d'efficacité. Elle concerne à la fois ce que l'on "
                "achète et la façon de s'en servir."
            ),
            "en": (
                "An approach that questions the usefulness of digital equipment and uses, "
                "limits their number and makes them last, rather than relying only on "
                "efficiency gains. It concerns both what is bought and how it is used."
            ),
        },
        "synonyms": {"fr": ["sobriété"], "en": ["digital sufficiency", "digital frugality"]},
        "related": ["effet-rebond", "numerique-responsable", "ecoconception", "loi-reen"],
        "competencies": ["B1", "A6"],
        "source": {"fr": "Loi REEN (2021)", "en": "REEN law (France, 2021)"},
    },
    {
        "slug": "effet-rebond",
        "term": {"fr": "Effet rebond", "en": "Rebound effect"},
        "definition": {
            "fr": (
                "Phénomène par lequel un gain d'efficacité, en rendant un usage moins coûteux "
                "ou plus facile, en fait augmenter le volume au point d'annuler tout ou partie "
                "des économies attendues. L'économiste William Stanley Jevons l'a décrit dès "
                "1865 à propos du charbon."
            ),
            "en": (
                "The phenomenon whereby an efficiency gain, by making a use cheaper or easier, "
                "increases its volume to the point of cancelling out some or all of the "
                "expected savings. The economist William Stanley Jevons described it as early "
                "as 1865 in relation to coal."
            ),
        },
        "synonyms": {"fr": ["paradoxe de Jevons"], "en": ["Jevons paradox", "rebound"]},
        "related": ["sobriete-numerique", "empreinte-carbone", "ecoblanchiment"],
        "competencies": ["A4"],
        "source": {
            "fr": "W. S. Jevons, The Coal Question (1865)",
            "en": "W. S. Jevons, The Coal Question (1865)",
        },
    },
    {
        "slug": "empreinte-carbone",
        "term": {"fr": "Empreinte carbone", "en": "Carbon footprint"},
        "definition": {
            "fr": (
                "Quantité totale de gaz à effet de serre émise, directement ou indirectement, "
                "par une activité, un produit ou une population, exprimée en équivalent CO2 "
                "(CO2e). Celle d'un pays inclut les émissions liées aux biens importés, ce qui "
                "pèse lourd pour les équipements numériques fabriqués à l'étranger."
            ),
            "en": (
                "The total amount of greenhouse gases emitted, directly or indirectly, by an "
                "activity, a product or a population, expressed in CO2 equivalent (CO2e). A "
                "country's footprint includes the emissions linked to imported goods, which "
                "matters a great deal for digital devices manufactured abroad."
            ),
        },
        "synonyms": {"fr": ["empreinte CO2"], "en": ["CO2 footprint"]},
        "related": ["empreinte-environnementale", "acv", "terminal"],
        "competencies": ["A1", "A2", "F4"],
        "source": {
            "fr": "ADEME et Arcep, évaluation de l'impact environnemental du numérique (2022)",
            "en": "ADEME and Arcep, assessment of the environmental impact of digital (2022)",
        },
    },
    {
        "slug": "empreinte-environnementale",
        "term": {"fr": "Empreinte environnementale", "en": "Environmental footprint"},
        "definition": {
            "fr": (
                "Ensemble des impacts d'un produit ou d'une activité sur l'environnement, "
                "mesurés sur plusieurs indicateurs : changement climatique, épuisement des "
                "ressources minérales, consommation d'eau, pollutions, etc. S'en tenir au seul "
                "carbone peut masquer un déplacement des impacts vers d'autres indicateurs."
            ),
            "en": (
                "All the impacts of a product or an activity on the environment, measured "
                "with several indicators: climate change, depletion of mineral resources, water "
                "use, pollution and so on. Looking at carbon alone can hide a shift of impacts "
                "towards other indicators."
            ),
        },
        "synonyms": {"fr": ["impact environnemental"], "en": ["environmental impact"]},
        "related": ["empreinte-carbone", "acv", "numerique-responsable"],
        "competencies": ["A1", "A4"],
        "source": {
            "fr": "ADEME et Arcep, évaluation de l'impact environnemental du numérique (2022)",
            "en": "ADEME and Arcep, assessment of the environmental impact of digital (2022)",
        },
    },
    {
        "slug": "acv",
        "term": {
            "fr": "ACV (analyse du cycle de vie)",
            "en": "LCA (life cycle assessment)",
        },
        "definition": {
            "fr": (
                "Méthode normalisée qui évalue les impacts environnementaux d'un produit ou "
                "d'un service à chaque étape de sa vie, de l'extraction des matières à la fin "
                "de vie, et sur plusieurs critères. C'est la méthode retenue par les études de "
                "référence sur l'empreinte du numérique."
            ),
            "en": (
                "A standardised method that assesses the environmental impacts of a product or "
                "a service at every stage of its life, from the extraction of materials to end "
                "of life, and against several criteria. It is the method used by the reference "
                "studies on the footprint of digital technology."
            ),
        },
        "synonyms": {"fr": ["analyse de cycle de vie"], "en": ["life cycle analysis"]},
        "related": ["empreinte-carbone", "empreinte-environnementale", "ecoconception"],
        "competencies": ["A1", "F4"],
        "source": {"fr": "Normes ISO 14040 et ISO 14044", "en": "ISO 14040 and ISO 14044"},
    },
    {
        "slug": "terminal",
        "term": {"fr": "Terminal", "en": "End-user device"},
        "definition": {
            "fr": (
                "Équipement par lequel une personne accède aux services numériques : "
                "ordinateur, smartphone, tablette, téléviseur ou objet connecté. En France, "
                "les terminaux, et surtout leur fabrication, représentent la plus grande part "
                "de l'empreinte environnementale du numérique."
            ),
            "en": (
                "A device through which a person accesses digital services: computer, "
                "smartphone, tablet, television or connected object. In France, end-user "
                "devices, and above all their manufacture, account for the largest share of "
                "the environmental footprint of digital technology."
            ),
        },
        "synonyms": {
            "fr": ["équipement terminal", "équipement utilisateur"],
            "en": ["user device", "terminal"],
        },
        "related": ["centre-de-donnees", "empreinte-carbone", "reconditionnement"],
        "competencies": ["A1", "A2"],
        "source": {
            "fr": "ADEME et Arcep, évaluation de l'impact environnemental du numérique (2022)",
            "en": "ADEME and Arcep, assessment of the environmental impact of digital (2022)",
        },
    },
    {
        "slug": "centre-de-donnees",
        "term": {"fr": "Centre de données", "en": "Data centre"},
        "definition": {
            "fr": (
                "Bâtiment qui regroupe des serveurs, des équipements de stockage et de réseau, "
                "ainsi que l'alimentation électrique et le refroidissement nécessaires à leur "
                "fonctionnement. Les services en ligne et le cloud reposent sur ces "
                "installations, qui consomment de l'électricité et souvent de l'eau."
            ),
            "en": (
                "A building that houses servers, storage and network equipment, together with "
                "the power supply and cooling they need to run. Online services and the cloud "
                "rely on these facilities, which consume electricity and often water."
            ),
        },
        "synonyms": {"fr": ["datacenter", "data center"], "en": ["datacentre", "data center"]},
        "related": ["hebergement", "cloud", "pue", "terminal"],
        "competencies": ["A2", "C6"],
        "source": {
            "fr": "ADEME et Arcep, évaluation de l'impact environnemental du numérique (2022)",
            "en": "ADEME and Arcep, assessment of the environmental impact of digital (2022)",
        },
    },
    {
        "slug": "pue",
        "term": {
            "fr": "PUE (indicateur d'efficacité énergétique)",
            "en": "PUE (power usage effectiveness)",
        },
        "definition": {
            "fr": (
                "Rapport entre l'énergie totale consommée par un centre de données et celle "
                "consommée par ses seuls équipements informatiques. Plus il est proche de 1, "
                "moins le refroidissement et les autres usages absorbent d'énergie ; il ne dit "
                "rien de l'origine de l'électricité ni de la fabrication du matériel."
            ),
            "en": (
                "The ratio between the total energy used by a data centre and the energy used "
                "by its IT equipment alone. The closer it is to 1, the less energy goes to "
                "cooling and other uses; it says nothing about where the electricity comes "
                "from or about the manufacture of the hardware."
            ),
        },
        "synonyms": {"fr": ["efficacité énergétique d'un centre de données"], "en": []},
        "related": ["centre-de-donnees", "hebergement"],
        "competencies": ["C6"],
        "source": {"fr": "Norme ISO/IEC 30134-2", "en": "ISO/IEC 30134-2"},
    },
    {
        "slug": "ecoblanchiment",
        "term": {"fr": "Écoblanchiment", "en": "Greenwashing"},
        "definition": {
            "fr": (
                "Communication qui donne une image écologique trompeuse d'un produit, d'un "
                "service ou d'une organisation, par exemple en vantant un « cloud vert » sans "
                "preuve ou en mettant en avant une action marginale. En France, les "
                "allégations de neutralité carbone sont encadrées depuis la loi Climat et "
                "résilience de 2021."
            ),
            "en": (
                "Communication that gives a misleading environmental image of a product, a "
                'service or an organisation, for example by advertising a "green cloud" '
                "without evidence or by highlighting a marginal action. In France, carbon "
                "neutrality claims have been regulated since the 2021 Climate and Resilience "
                "law."
            ),
        },
        "synonyms": {"fr": ["greenwashing", "verdissement d'image"], "en": ["greenwash"]},
        "related": ["empreinte-carbone", "effet-rebond"],
        "competencies": ["A4"],
        "source": {
            "fr": "Loi n° 2021-1104 du 22 août 2021 (Climat et résilience)",
            "en": "French law no. 2021-1104 of 22 August 2021 (Climate and Resilience)",
        },
    },
    # ---------------------------------------------------------------------------------------
    # Equipment lifecycle: reuse, repair, refurbishment, end of life
    # ---------------------------------------------------------------------------------------
    {
        "slug": "obsolescence-programmee",
        "term": {"fr": "Obsolescence programmée", "en": "Planned obsolescence"},
        "definition": {
            "fr": (
                "Pratique d'un fabricant qui raccourcit volontairement la durée de vie d'un "
                "produit pour que ses clients le remplacent plus vite. C'est un délit en France "
                "depuis 2015, et la loi REEN de 2021 a précisé qu'il vise aussi les techniques "
                "logicielles."
            ),
            "en": (
                "The practice of a manufacturer deliberately shortening a product's lifespan "
                "so that customers replace it sooner. It has been a criminal offence in France "
                "since 2015, and the 2021 REEN law made clear that it also covers "
                "software-based techniques."
            ),
        },
        "synonyms": {"fr": ["obsolescence planifiée"], "en": ["built-in obsolescence"]},
        "related": ["obsolescence-logicielle", "indice-reparabilite", "loi-reen"],
        "competencies": ["A5", "B2"],
        "source": {
            "fr": "Code de la consommation, art. L. 441-2 ; loi REEN (2021)",
            "en": "French Consumer Code, art. L. 441-2; REEN law (2021)",
        },
    },
    {
        "slug": "obsolescence-logicielle",
        "term": {"fr": "Obsolescence logicielle", "en": "Software obsolescence"},
        "definition": {
            "fr": (
                "Situation dans laquelle un équipement en état de marche devient inutilisable "
                "ou peu sûr parce que ses logiciels ne sont plus mis à jour ou que leurs "
                "nouvelles versions exigent davantage de ressources. C'est une cause fréquente "
                "de renouvellement des ordinateurs et des smartphones."
            ),
            "en": (
                "The situation in which a working device becomes unusable or unsafe because "
                "its software is no longer updated or because new versions require more "
                "resources. It is a frequent reason for replacing computers and smartphones."
            ),
        },
        "synonyms": {"fr": ["obsolescence des logiciels"], "en": ["software-induced obsolescence"]},
        "related": ["obsolescence-programmee", "reconditionnement", "loi-reen", "loi-agec"],
        "competencies": ["B2", "C2"],
        "source": {
            "fr": "Loi AGEC (2020) ; loi REEN (2021)",
            "en": "AGEC law (2020); REEN law (2021)",
        },
    },
    {
        "slug": "reemploi",
        "term": {"fr": "Réemploi", "en": "Reuse"},
        "definition": {
            "fr": (
                "Opération par laquelle un produit qui n'est pas devenu un déchet sert de "
                "nouveau au même usage, par exemple un ordinateur donné à une autre "
                "association. Le droit français le distingue de la réutilisation, qui concerne "
                "un produit déjà devenu déchet."
            ),
            "en": (
                "An operation in which a product that has not become waste is used again for "
                "the same purpose, for example a computer given to another association. French "
                "law distinguishes it from re-use of waste, which concerns a product that has "
                "already become waste."
            ),
        },
        "synonyms": {"fr": ["seconde vie"], "en": ["second life"]},
        "related": ["reutilisation", "reconditionnement", "economie-circulaire", "ressourcerie"],
        "competencies": ["B6"],
        "source": {
            "fr": "Code de l'environnement, art. L. 541-1-1",
            "en": "French Environmental Code, art. L. 541-1-1",
        },
    },
    {
        "slug": "reutilisation",
        "term": {"fr": "Réutilisation", "en": "Re-use of waste"},
        "definition": {
            "fr": (
                "Opération par laquelle un objet devenu un déchet est de nouveau utilisé après "
                "contrôle, nettoyage ou réparation. La différence avec le réemploi tient au "
                "statut juridique de l'objet au moment où il est récupéré, par exemple en "
                "déchèterie plutôt que par un don."
            ),
            "en": (
                "An operation in which an item that has become waste is used again after "
                "checking, cleaning or repair. The difference from reuse lies in the item's "
                "legal status when it is recovered, for example at a waste collection centre "
                "rather than through a donation."
            ),
        },
        "synonyms": {"fr": [], "en": ["preparing for re-use"]},
        "related": ["reemploi", "deee", "economie-circulaire"],
        "competencies": ["B6"],
        "source": {
            "fr": "Code de l'environnement, art. L. 541-1-1",
            "en": "French Environmental Code, art. L. 541-1-1",
        },
    },
    {
        "slug": "reconditionnement",
        "term": {"fr": "Reconditionnement", "en": "Refurbishment"},
        "definition": {
            "fr": (
                "Remise en état d'un appareil usagé avant sa revente ou son don : test de "
                "toutes ses fonctions, réparation si besoin et effacement des données du "
                "précédent utilisateur. En France, l'emploi du mot « reconditionné » est "
                "encadré par un décret de 2022."
            ),
            "en": (
                "Restoring a used device before it is resold or donated: testing all its "
                "functions, repairing it if needed and erasing the previous user's data. In "
                'France, the use of the word "refurbished" is regulated by a 2022 decree.'
            ),
        },
        "synonyms": {"fr": ["remise en état"], "en": ["refurbishing", "reconditioning"]},
        "related": ["reemploi", "effacement-securise", "atelier-chantier-insertion", "terminal"],
        "competencies": ["B4", "B5"],
        "source": {
            "fr": "Décret n° 2022-190 du 17 février 2022",
            "en": "French decree no. 2022-190 of 17 February 2022",
        },
    },
    {
        "slug": "effacement-securise",
        "term": {"fr": "Effacement sécurisé des données", "en": "Secure data erasure"},
        "definition": {
            "fr": (
                "Suppression des données d'un support de stockage par une méthode qui empêche "
                "de les récupérer, comme la réécriture du disque ou les commandes d'effacement "
                "intégrées aux SSD, avec un rapport qui en atteste. Un formatage rapide ou le "
                "vidage de la corbeille ne suffisent pas."
            ),
            "en": (
                "Removing the data from a storage medium with a method that prevents it from "
                "being recovered, such as overwriting the disk or the erase commands built into "
                "SSDs, with a report that proves it. A quick format or emptying the recycle bin "
                "is not enough."
            ),
        },
        "synonyms": {
            "fr": ["effacement certifié", "nettoyage des supports"],
            "en": ["data wiping", "media sanitisation"],
        },
        "related": ["reconditionnement", "reemploi", "rgpd"],
        "competencies": ["B4", "E4"],
        "source": {
            "fr": "NIST SP 800-88, lignes directrices sur l'effacement des supports",
            "en": "NIST SP 800-88, Guidelines for Media Sanitization",
        },
    },
    {
        "slug": "indice-reparabilite",
        "term": {"fr": "Indice de réparabilité", "en": "Repairability index"},
        "definition": {
            "fr": (
                "Note sur 10, créée par la loi AGEC et affichée depuis 2021 à la vente de "
                "certains équipements, qui indique si un produit est facile à réparer "
                "(documentation, démontage, disponibilité et prix des pièces détachées). Pour "
                "plusieurs catégories, elle est remplacée depuis 2025 par l'indice de "
                "durabilité ou par une étiquette européenne."
            ),
            "en": (
                "A score out of 10, created by the AGEC law and displayed since 2021 when "
                "certain devices are sold, showing how easy a product is to repair "
                "(documentation, disassembly, availability and price of spare parts). For "
                "several categories, it has been replaced since 2025 by the durability index or "
                "by a European label."
            ),
        },
        "synonyms": {"fr": ["note de réparabilité"], "en": ["repairability score"]},
        "related": ["indice-durabilite", "loi-agec", "bonus-reparation", "obsolescence-programmee"],
        "competencies": ["B3", "B5"],
        "source": {"fr": "Loi AGEC (2020)", "en": "AGEC law (France, 2020)"},
    },
    {
        "slug": "indice-durabilite",
        "term": {"fr": "Indice de durabilité", "en": "Durability index"},
        "definition": {
            "fr": (
                "Note sur 10 qui ajoute aux critères de réparabilité des critères de fiabilité, "
                "comme la résistance à l'usure, la facilité d'entretien ou la garantie "
                "commerciale. Prévu par la loi AGEC, il s'applique depuis 2025 aux téléviseurs "
                "puis aux lave-linge."
            ),
            "en": (
                "A score out of 10 that adds reliability criteria, such as resistance to wear, "
                "ease of maintenance or the commercial warranty, to the repairability criteria. "
                "Provided for by the AGEC law, it has applied since 2025 to televisions and then "
                "to washing machines."
            ),
        },
        "synonyms": {"fr": [], "en": ["durability score"]},
        "related": ["indice-reparabilite", "loi-agec"],
        "competencies": ["B5"],
        "source": {"fr": "Loi AGEC (2020)", "en": "AGEC law (France, 2020)"},
    },
    {
        "slug": "bonus-reparation",
        "term": {"fr": "Bonus réparation", "en": "Repair bonus"},
        "definition": {
            "fr": (
                "Réduction déduite directement de la facture lorsqu'un appareil électrique ou "
                "électronique hors garantie est réparé chez un réparateur labellisé "
                "QualiRépar. Elle est financée par les fonds réparation créés par la loi AGEC "
                "et gérés par les éco-organismes."
            ),
            "en": (
                "A discount deducted directly from the bill when an out-of-warranty electrical "
                "or electronic appliance is repaired by a QualiRépar-labelled repairer. It is "
                "funded by the repair funds created by the AGEC law and run by the producer "
                "responsibility organisations."
            ),
        },
        "synonyms": {"fr": ["fonds réparation"], "en": ["repair fund"]},
        "related": ["indice-reparabilite", "repair-cafe", "rep", "loi-agec"],
        "competencies": ["B3"],
        "source": {"fr": "Loi AGEC (2020)", "en": "AGEC law (France, 2020)"},
    },
    {
        "slug": "repair-cafe",
        "term": {"fr": "Repair café", "en": "Repair café"},
        "definition": {
            "fr": (
                "Rencontre ouverte où des bénévoles aident les participant·es à réparer "
                "eux-mêmes leurs objets du quotidien, appareils électroniques compris. Né à "
                "Amsterdam en 2009, le concept s'est diffusé dans de nombreux pays, souvent "
                "porté par des associations ou des tiers-lieux."
            ),
            "en": (
                "An open gathering where volunteers help participants repair their everyday "
                "items themselves, electronic devices included. Born in Amsterdam in 2009, the "
                "concept has spread to many countries, often run by associations or third "
                "places."
            ),
        },
        "synonyms": {"fr": ["café réparation", "atelier de réparation"], "en": ["repair workshop"]},
        "related": ["bonus-reparation", "reemploi", "tiers-lieu"],
        "competencies": ["B3", "F6"],
        "source": {"fr": "Fondation Repair Café", "en": "Repair Café Foundation"},
    },
    {
        "slug": "ressourcerie",
        "term": {"fr": "Ressourcerie", "en": "Community reuse centre"},
        "definition": {
            "fr": (
                "Structure, souvent associative ou d'insertion, qui collecte les objets dont on "
                "veut se défaire, les remet en état et les revend à petit prix, tout en "
                "sensibilisant à la réduction des déchets. Le mot recyclerie est souvent "
                "employé dans le même sens."
            ),
            "en": (
                "An organisation, often an association or a work integration structure, that "
                "collects items people want to get rid of, restores them and sells them at low "
                "prices, while raising awareness of waste reduction. The word recyclerie is "
                "often used with the same meaning in French."
            ),
        },
        "synonyms": {"fr": ["recyclerie"], "en": ["reuse shop", "resource centre"]},
        "related": ["reemploi", "economie-circulaire", "iae"],
        "competencies": ["B6"],
        "source": {
            "fr": "Réseau national des ressourceries et recycleries",
            "en": "French national network of ressourceries and recycleries",
        },
    },
    {
        "slug": "deee",
        "term": {
            "fr": "DEEE (déchets d'équipements électriques et électroniques)",
            "en": "WEEE (waste electrical and electronic equipment)",
        },
        "definition": {
            "fr": (
                "Équipements électriques et électroniques devenus des déchets. En France, leur "
                "collecte et leur traitement relèvent d'une filière à responsabilité élargie "
                "du producteur, financée par l'éco-participation payée à l'achat d'un appareil "
                "neuf."
            ),
            "en": (
                "Electrical and electronic equipment that has become waste. In France, its "
                "collection and treatment fall under an extended producer responsibility "
                "scheme, funded by the eco-contribution paid when a new appliance is bought."
            ),
        },
        "synonyms": {"fr": ["D3E", "déchets électroniques"], "en": ["e-waste", "electronic waste"]},
        "related": ["rep", "reemploi", "reutilisation", "economie-circulaire"],
        "competencies": ["B6"],
        "source": {
            "fr": "Directive 2012/19/UE relative aux DEEE",
            "en": "Directive 2012/19/EU on WEEE",
        },
    },
    {
        "slug": "rep",
        "term": {
            "fr": "REP (responsabilité élargie du producteur)",
            "en": "EPR (extended producer responsibility)",
        },
        "definition": {
            "fr": (
                "Principe selon lequel les entreprises qui mettent des produits sur le marché "
                "doivent financer ou organiser leur gestion une fois devenus déchets. Elles "
                "s'en acquittent le plus souvent en adhérant à un éco-organisme agréé par "
                "l'État."
            ),
            "en": (
                "The principle that companies placing products on the market must fund or "
                "organise their management once they have become waste. They usually meet this "
                "obligation by joining a producer responsibility organisation approved by the "
                "State."
            ),
        },
        "synonyms": {"fr": ["filière REP"], "en": ["EPR scheme"]},
        "related": ["deee", "economie-circulaire", "loi-agec"],
        "competencies": ["A5", "B6"],
        "source": {
            "fr": "Code de l'environnement, art. L. 541-10",
            "en": "French Environmental Code, art. L. 541-10",
        },
    },
    {
        "slug": "economie-circulaire",
        "term": {"fr": "Économie circulaire", "en": "Circular economy"},
        "definition": {
            "fr": (
                "Modèle économique qui cherche à limiter la consommation de ressources et la "
                "production de déchets en prolongeant la durée d'usage des produits "
                "(réparation, réemploi, reconditionnement) et en recyclant les matières. Il "
                "s'oppose au modèle linéaire « extraire, fabriquer, jeter »."
            ),
            "en": (
                "An economic model that seeks to limit resource consumption and waste "
                "production by extending how long products are used (repair, reuse, "
                "refurbishment) and by recycling materials. It contrasts with the linear "
                '"take, make, dispose" model.'
            ),
        },
        "synonyms": {"fr": [], "en": ["circularity"]},
        "related": ["reemploi", "reconditionnement", "deee", "loi-agec", "ressourcerie"],
        "competencies": ["B5", "B6"],
        "source": {
            "fr": "Code de l'environnement, art. L. 110-1-1 ; ADEME",
            "en": "French Environmental Code, art. L. 110-1-1; ADEME",
        },
    },
    # ---------------------------------------------------------------------------------------
    # Eco-design of digital services, hosting and the web
    # ---------------------------------------------------------------------------------------
    {
        "slug": "ecoconception",
        "term": {"fr": "Écoconception", "en": "Eco-design"},
        "definition": {
            "fr": (
                "Prise en compte des impacts environnementaux dès la conception d'un produit "
                "ou d'un service et sur l'ensemble de son cycle de vie, afin de les réduire "
                "sans dégrader le service rendu. Pour un service numérique, elle commence par "
                "la question de son utilité."
            ),
            "en": (
                "Taking environmental impacts into account from the design stage of a product "
                "or a service and over its whole lifecycle, in order to reduce them without "
                "degrading the service provided. For a digital service, it starts with the "
                "question of whether the service is useful."
            ),
        },
        "synonyms": {
            "fr": ["éco-conception", "écoconception de services numériques"],
            "en": ["ecodesign", "sustainable design"],
        },
        "related": ["rgesn", "acv", "sobriete-numerique", "ecoindex"],
        "competencies": ["C1", "C2", "C3"],
        "source": {"fr": "RGESN (Arcep, Arcom, 2024)", "en": "RGESN (Arcep, Arcom, 2024)"},
    },
    {
        "slug": "rgesn",
        "term": {
            "fr": "RGESN (Référentiel général d'écoconception de services numériques)",
            "en": "RGESN (French general framework for the eco-design of digital services)",
        },
        "definition": {
            "fr": (
                "Référentiel publié en mai 2024 par l'Arcep et l'Arcom, avec le concours de "
                "l'ADEME, en application de la loi REEN. Il compte 78 critères répartis en 9 "
                "familles, de la stratégie à l'algorithmie, et propose un modèle de "
                "déclaration d'écoconception."
            ),
            "en": (
                "A framework published in May 2024 by Arcep and Arcom, with support from "
                "ADEME, under the REEN law. It contains 78 criteria grouped into 9 families, "
                "from strategy to algorithms, and offers a template for an eco-design "
                "statement."
            ),
        },
        "synonyms": {"fr": ["référentiel d'écoconception"], "en": ["French eco-design framework"]},
        "related": ["ecoconception", "declaration-ecoconception", "loi-reen", "ecoindex"],
        "competencies": ["C1", "C2", "C7"],
        "source": {"fr": "RGESN (Arcep, Arcom, 2024)", "en": "RGESN (Arcep, Arcom, 2024)"},
    },
    {
        "slug": "declaration-ecoconception",
        "term": {"fr": "Déclaration d'écoconception", "en": "Eco-design statement"},
        "definition": {
            "fr": (
                "Document public dans lequel l'organisation responsable d'un service numérique "
                "indique, critère par critère, où elle en est dans l'application du RGESN et "
                "quelles améliorations elle prévoit. Elle rend la démarche transparente et "
                "vérifiable."
            ),
            "en": (
                "A public document in which the organisation responsible for a digital service "
                "states, criterion by criterion, how far it has applied the RGESN and which "
                "improvements it plans. It makes the approach transparent and verifiable."
            ),
        },
        "synonyms": {"fr": [], "en": ["eco-design declaration"]},
        "related": ["rgesn", "ecoconception", "declaration-accessibilite"],
        "competencies": ["C7"],
        "source": {"fr": "RGESN (Arcep, Arcom, 2024)", "en": "RGESN (Arcep, Arcom, 2024)"},
    },
    {
        "slug": "ecoindex",
        "term": {"fr": "EcoIndex", "en": "EcoIndex"},
        "definition": {
            "fr": (
                "Indicateur qui note une page web de 0 à 100 et de A à G à partir de trois "
                "mesures : la complexité de la page (nombre d'éléments du DOM), le nombre de "
                "requêtes et le poids des données transférées. Proposé à l'origine par le "
                "collectif GreenIT.fr, il donne une estimation relative, pas une mesure "
                "précise de l'impact."
            ),
            "en": (
                "An indicator that scores a web page from 0 to 100 and from A to G based on "
                "three measurements: the complexity of the page (number of DOM elements), the "
                "number of requests and the weight of the data transferred. Originally "
                "proposed by the GreenIT.fr collective, it gives a relative estimate, not a "
                "precise measurement of the impact."
            ),
        },
        "synonyms": {"fr": ["Ecoindex"], "en": ["Ecoindex"]},
        "related": ["poids-de-page", "ecoconception", "rgesn"],
        "competencies": ["C5", "C7"],
        "source": {
            "fr": "Collectif GreenIT.fr, ecoindex.fr",
            "en": "GreenIT.fr collective, ecoindex.fr",
        },
    },
    {
        "slug": "poids-de-page",
        "term": {"fr": "Poids de page", "en": "Page weight"},
        "definition": {
            "fr": (
                "Quantité de données qu'un navigateur télécharge pour afficher une page web "
                "(texte, images, scripts, polices, vidéos), exprimée en kilo-octets ou en "
                "mégaoctets. Une page lourde sollicite davantage le réseau et le terminal, et "
                "pénalise les connexions lentes et les appareils anciens."
            ),
            "en": (
                "The amount of data a browser downloads to display a web page (text, images, "
                "scripts, fonts, videos), expressed in kilobytes or megabytes. A heavy page "
                "puts more load on the network and the device, and penalises slow connections "
                "and older devices."
            ),
        },
        "synonyms": {"fr": ["poids d'une page web"], "en": ["page size", "transfer size"]},
        "related": ["ecoindex", "ecoconception", "terminal"],
        "competencies": ["C4", "C5"],
        "source": {
            "fr": "RGESN (Arcep, Arcom, 2024), famille Frontend",
            "en": "RGESN (Arcep, Arcom, 2024), Frontend family",
        },
    },
    {
        "slug": "hebergement",
        "term": {"fr": "Hébergement", "en": "Hosting"},
        "definition": {
            "fr": (
                "Service qui stocke un site, une application ou des données sur des serveurs "
                "connectés en permanence à internet pour les rendre accessibles. L'hébergeur "
                "peut être une entreprise, une association ou la structure elle-même ; ses "
                "choix techniques et géographiques influent sur l'impact environnemental, la "
                "sécurité et le droit applicable aux données."
            ),
            "en": (
                "A service that stores a website, an application or data on servers "
                "permanently connected to the internet so that they can be accessed. The host "
                "can be a company, an association or the organisation itself; its technical "
                "and geographical choices affect the environmental impact, security and the law "
                "that applies to the data."
            ),
        },
        "synonyms": {"fr": ["hébergeur"], "en": ["web hosting", "host"]},
        "related": ["centre-de-donnees", "cloud", "chatons", "souverainete-numerique"],
        "competencies": ["C6", "E2"],
        "source": {
            "fr": "RGESN (Arcep, Arcom, 2024), famille Hébergement",
            "en": "RGESN (Arcep, Arcom, 2024), Hosting family",
        },
    },
    {
        "slug": "cloud",
        "term": {"fr": "Informatique en nuage", "en": "Cloud computing"},
        "definition": {
            "fr": (
                "Mode de fourniture de ressources informatiques (serveurs, stockage, "
                "logiciels) à la demande, à distance et par internet, généralement facturées "
                "selon l'usage. On distingue l'infrastructure (IaaS), la plateforme (PaaS) et "
                "le logiciel (SaaS) fournis en tant que service."
            ),
            "en": (
                "A way of providing computing resources (servers, storage, software) on "
                "demand, remotely and over the internet, usually billed according to use. A "
                "distinction is made between infrastructure (IaaS), platform (PaaS) and "
                "software (SaaS) provided as a service."
            ),
        },
        "synonyms": {"fr": ["cloud", "nuage"], "en": ["cloud"]},
        "related": ["saas", "hebergement", "centre-de-donnees", "souverainete-numerique"],
        "competencies": ["C6", "E2"],
        "source": {"fr": "NIST SP 800-145 (2011)", "en": "NIST SP 800-145 (2011)"},
    },
    {
        "slug": "saas",
        "term": {
            "fr": "SaaS (logiciel en tant que service)",
            "en": "SaaS (software as a service)",
        },
        "definition": {
            "fr": (
                "Logiciel utilisé directement dans un navigateur ou une application, sans "
                "installation, et exploité par un fournisseur qui l'héberge et le met à jour, "
                "le plus souvent contre un abonnement. Pratique, ce modèle rend la structure "
                "dépendante du fournisseur pour ses données et la continuité du service."
            ),
            "en": (
                "Software used directly in a browser or an app, without installation, and run "
                "by a provider who hosts and updates it, usually for a subscription. Convenient "
                "as it is, this model makes the organisation dependent on the provider for its "
                "data and for the continuity of the service."
            ),
        },
        "synonyms": {"fr": ["logiciel en ligne", "logiciel à la demande"], "en": ["web app"]},
        "related": ["cloud", "interoperabilite", "souverainete-numerique"],
        "competencies": ["E2", "E6"],
        "source": {"fr": "NIST SP 800-145 (2011)", "en": "NIST SP 800-145 (2011)"},
    },
    {
        "slug": "api",
        "term": {
            "fr": "API (interface de programmation)",
            "en": "API (application programming interface)",
        },
        "definition": {
            "fr": (
                "Ensemble documenté de règles qui permet à un logiciel d'échanger des données "
                "ou des services avec un autre, par exemple pour relier un outil de gestion des "
                "adhésions à un logiciel de comptabilité. Une API ouverte et documentée "
                "facilite l'interopérabilité."
            ),
            "en": (
                "A documented set of rules that lets one piece of software exchange data or "
                "services with another, for example to connect a membership management tool to "
                "accounting software. An open, documented API makes interoperability easier."
            ),
        },
        "synonyms": {"fr": ["interface de programmation applicative"], "en": ["web API"]},
        "related": ["interoperabilite", "donnees-ouvertes", "format-ouvert"],
        "competencies": ["C2", "E6"],
        "source": "",
    },
    # ---------------------------------------------------------------------------------------
    # Free software, licences, commons and data
    # ---------------------------------------------------------------------------------------
    {
        "slug": "logiciel-libre",
        "term": {"fr": "Logiciel libre", "en": "Free software"},
        "definition": {
            "fr": (
                "Logiciel dont la licence garantit à chacun quatre libertés : l'utiliser pour "
                "tout usage, étudier son fonctionnement, le redistribuer et le modifier, ce "
                "qui suppose l'accès à son code source. « Libre » renvoie à la liberté, pas à "
                "la gratuité."
            ),
            "en": (
                "Software whose licence guarantees everyone four freedoms: to use it for any "
                "purpose, to study how it works, to redistribute it and to modify it, which "
                'requires access to its source code. "Free" refers to freedom, not to price.'
            ),
        },
        "synonyms": {"fr": [], "en": ["libre software"]},
        "related": ["open-source", "licence", "copyleft", "communs-numeriques"],
        "competencies": ["E1"],
        "source": {
            "fr": "Free Software Foundation, définition du logiciel libre",
            "en": "Free Software Foundation, Free Software Definition",
        },
    },
    {
        "slug": "open-source",
        "term": {"fr": "Open source", "en": "Open source"},
        "definition": {
            "fr": (
                "Se dit d'un logiciel dont le code source est accessible et diffusé sous une "
                "licence conforme à la définition de l'Open Source Initiative, qui autorise "
                "notamment la redistribution et la modification. Logiciels libres et open "
                "source se recouvrent largement, mais le premier terme insiste sur l'éthique, "
                "le second sur la méthode de développement."
            ),
            "en": (
                "Describes software whose source code is available and distributed under a "
                "licence that meets the Open Source Initiative's definition, which in "
                "particular allows redistribution and modification. Free software and open "
                "source largely overlap, but the first term stresses ethics and the second the "
                "development method."
            ),
        },
        "synonyms": {"fr": ["code source ouvert"], "en": ["open-source software"]},
        "related": ["logiciel-libre", "licence", "communs-numeriques"],
        "competencies": ["E1"],
        "source": {
            "fr": "Open Source Initiative, Open Source Definition",
            "en": "Open Source Initiative, Open Source Definition",
        },
    },
    {
        "slug": "licence",
        "term": {"fr": "Licence", "en": "Licence"},
        "definition": {
            "fr": (
                "Contrat par lequel le titulaire des droits sur une œuvre, un logiciel ou une "
                "base de données indique ce que d'autres peuvent en faire et à quelles "
                "conditions. Sans licence, le droit d'auteur s'applique pleinement et presque "
                "toute réutilisation exige une autorisation."
            ),
            "en": (
                "A contract in which the holder of the rights to a work, software or a "
                "database states what others may do with it and on what conditions. Without a "
                "licence, copyright applies in full and almost any reuse requires permission."
            ),
        },
        "synonyms": {"fr": ["contrat de licence"], "en": ["license"]},
        "related": ["logiciel-libre", "creative-commons", "copyleft", "donnees-ouvertes"],
        "competencies": ["E1", "E5"],
        "source": {
            "fr": "Code de la propriété intellectuelle",
            "en": "French Intellectual Property Code",
        },
    },
    {
        "slug": "copyleft",
        "term": {"fr": "Copyleft", "en": "Copyleft"},
        "definition": {
            "fr": (
                "Clause d'une licence libre qui impose que les versions modifiées et "
                "redistribuées d'une œuvre ou d'un logiciel restent sous la même licence. La "
                "GNU GPL et la licence Creative Commons BY-SA en sont des exemples ; les "
                "licences dites permissives, comme la licence MIT, n'ont pas cette exigence."
            ),
            "en": (
                "A clause in a free licence requiring that modified and redistributed versions "
                "of a work or of software remain under the same licence. The GNU GPL and the "
                "Creative Commons BY-SA licence are examples; so-called permissive licences, "
                "such as the MIT licence, have no such requirement."
            ),
        },
        "synonyms": {"fr": ["partage à l'identique", "gauche d'auteur"], "en": ["share-alike"]},
        "related": ["licence", "logiciel-libre", "creative-commons"],
        "competencies": ["E1"],
        "source": {"fr": "Free Software Foundation", "en": "Free Software Foundation"},
    },
    {
        "slug": "creative-commons",
        "term": {"fr": "Licences Creative Commons", "en": "Creative Commons licences"},
        "definition": {
            "fr": (
                "Famille de licences publiées par l'organisation Creative Commons pour "
                "partager des œuvres (textes, images, vidéos, supports de formation) selon des "
                "conditions combinables : attribution (BY), partage à l'identique (SA), pas "
                "d'utilisation commerciale (NC), pas de modification (ND). L'outil CC0 permet "
                "de renoncer à ses droits autant que la loi le permet."
            ),
            "en": (
                "A family of licences published by the Creative Commons organisation for "
                "sharing works (texts, images, videos, training materials) on conditions that "
                "can be combined: attribution (BY), share-alike (SA), non-commercial (NC), no "
                "derivatives (ND). The CC0 tool lets authors waive their rights as far as the "
                "law allows."
            ),
        },
        "synonyms": {"fr": ["licences CC"], "en": ["CC licences"]},
        "related": ["licence", "copyleft", "communs-numeriques"],
        "competencies": ["E1", "E5"],
        "source": {"fr": "Creative Commons", "en": "Creative Commons"},
    },
    {
        "slug": "format-ouvert",
        "term": {"fr": "Format ouvert", "en": "Open format"},
        "definition": {
            "fr": (
                "Format de fichier ou de données dont les spécifications techniques sont "
                "publiques et peuvent être mises en œuvre sans restriction, comme "
                "OpenDocument pour la bureautique, CSV pour les tableaux ou PNG pour les "
                "images. Il permet de relire ses données sans dépendre d'un éditeur de "
                "logiciel."
            ),
            "en": (
                "A file or data format whose technical specifications are public and can be "
                "implemented without restriction, such as OpenDocument for office files, CSV "
                "for tables or PNG for images. It makes it possible to read one's data without "
                "depending on a software vendor."
            ),
        },
        "synonyms": {"fr": ["standard ouvert"], "en": ["open standard"]},
        "related": ["interoperabilite", "donnees-ouvertes", "logiciel-libre"],
        "competencies": ["E5", "E6"],
        "source": {
            "fr": "Loi pour la confiance dans l'économie numérique (2004), art. 4",
            "en": "French law on confidence in the digital economy (2004), art. 4",
        },
    },
    {
        "slug": "interoperabilite",
        "term": {"fr": "Interopérabilité", "en": "Interoperability"},
        "definition": {
            "fr": (
                "Capacité de systèmes, de logiciels ou d'organisations différents à échanger "
                "des informations et à s'en servir sans effort particulier ni perte. Elle "
                "repose sur des formats ouverts, des standards et des API documentées, et "
                "facilite le changement d'outil."
            ),
            "en": (
                "The ability of different systems, software or organisations to exchange "
                "information and use it without special effort or loss. It relies on open "
                "formats, standards and documented APIs, and makes it easier to change tools."
            ),
        },
        "synonyms": {"fr": [], "en": []},
        "related": ["format-ouvert", "api", "souverainete-numerique"],
        "competencies": ["E2", "E6"],
        "source": {
            "fr": "Référentiel général d'interopérabilité (RGI)",
            "en": "French general interoperability framework (RGI)",
        },
    },
    {
        "slug": "donnees-ouvertes",
        "term": {"fr": "Données ouvertes", "en": "Open data"},
        "definition": {
            "fr": (
                "Données publiées dans un format ouvert et sous une licence qui permet à "
                "chacun de les réutiliser librement, y compris à des fins commerciales. En "
                "France, la loi pour une République numérique de 2016 a fait de l'ouverture la "
                "règle pour de nombreuses données publiques."
            ),
            "en": (
                "Data published in an open format and under a licence that lets anyone reuse "
                "it freely, including for commercial purposes. In France, the 2016 Digital "
                "Republic Act made openness the rule for much public data."
            ),
        },
        "synonyms": {"fr": ["open data"], "en": ["open government data"]},
        "related": ["format-ouvert", "licence", "communs-numeriques", "api"],
        "competencies": ["E5"],
        "source": {
            "fr": "Loi n° 2016-1321 du 7 octobre 2016 pour une République numérique",
            "en": "French law no. 2016-1321 of 7 October 2016 (Digital Republic Act)",
        },
    },
    {
        "slug": "communs-numeriques",
        "term": {"fr": "Communs numériques", "en": "Digital commons"},
        "definition": {
            "fr": (
                "Ressources numériques (logiciels, encyclopédies, cartes, données) produites et "
                "entretenues collectivement par une communauté qui en fixe les règles de "
                "partage et de gouvernance. Wikipédia, OpenStreetMap et de nombreux logiciels "
                "libres en sont des exemples."
            ),
            "en": (
                "Digital resources (software, encyclopaedias, maps, data) produced and "
                "maintained collectively by a community that sets the rules for sharing and "
                "governing them. Wikipedia, OpenStreetMap and many free software projects are "
                "examples."
            ),
        },
        "synonyms": {"fr": ["communs"], "en": ["commons"]},
        "related": ["logiciel-libre", "donnees-ouvertes", "creative-commons", "ess"],
        "competencies": ["E5"],
        "source": {
            "fr": "Elinor Ostrom, Governing the Commons (1990)",
            "en": "Elinor Ostrom, Governing the Commons (1990)",
        },
    },
    {
        "slug": "chatons",
        "term": {"fr": "CHATONS", "en": "CHATONS"},
        "definition": {
            "fr": (
                "Collectif des hébergeurs alternatifs, transparents, ouverts, neutres et "
                "solidaires, lancé en 2016 à l'initiative de l'association Framasoft. Ses "
                "membres s'engagent, par une charte, à proposer des services en ligne fondés "
                "sur des logiciels libres, sans publicité ni exploitation des données "
                "personnelles."
            ),
            "en": (
                "A French collective of alternative, transparent, open, neutral and "
                "solidarity-based hosts, launched in 2016 on the initiative of the association "
                "Framasoft. Through a charter, its members commit to offering online services "
                "based on free software, without advertising or exploitation of personal data."
            ),
        },
        "synonyms": {
            "fr": [
                "Collectif des hébergeurs alternatifs, transparents, ouverts, neutres et solidaires"
            ],
            "en": ["community hosts collective"],
        },
        "related": ["hebergement", "logiciel-libre", "souverainete-numerique"],
        "competencies": ["E2", "E6"],
        "source": {"fr": "Framasoft, chatons.org (2016)", "en": "Framasoft, chatons.org (2016)"},
    },
    {
        "slug": "souverainete-numerique",
        "term": {"fr": "Souveraineté numérique", "en": "Digital sovereignty"},
        "definition": {
            "fr": (
                "Capacité d'un État, d'une organisation ou d'une personne à garder la maîtrise "
                "de ses outils, de ses données et de ses choix technologiques, sans dépendance "
                "subie envers un fournisseur ou un droit étranger. Pour une association, elle "
                "passe par des outils réversibles, des formats ouverts et des hébergeurs de "
                "confiance."
            ),
            "en": (
                "The ability of a State, an organisation or a person to keep control of their "
                "tools, data and technology choices, without an unwanted dependency on a "
                "provider or on foreign law. For an association, it involves tools it can move "
                "away from, open formats and trustworthy hosts."
            ),
        },
        "synonyms": {"fr": ["autonomie numérique"], "en": ["digital autonomy"]},
        "related": ["hebergement", "interoperabilite", "logiciel-libre", "cloud"],
        "competencies": ["E2", "E6"],
        "source": "",
    },
    # ---------------------------------------------------------------------------------------
    # Data protection and security
    # ---------------------------------------------------------------------------------------
    {
        "slug": "rgpd",
        "term": {
            "fr": "RGPD (règlement général sur la protection des données)",
            "en": "GDPR (General Data Protection Regulation)",
        },
        "definition": {
            "fr": (
                "Règlement européen applicable depuis le 25 mai 2018 qui encadre le traitement "
                "des données personnelles par toute organisation, associations comprises. Il "
                "repose sur des principes (finalité, minimisation, durée de conservation "
                "limitée, sécurité) et donne des droits aux personnes ; la CNIL veille à son "
                "application en France."
            ),
            "en": (
                "A European regulation, applicable since 25 May 2018, that governs the "
                "processing of personal data by any organisation, associations included. It "
                "rests on principles (purpose, minimisation, limited retention, security) and "
                "gives rights to individuals; the CNIL oversees its application in France."
            ),
        },
        "synonyms": {"fr": ["règlement (UE) 2016/679"], "en": ["Regulation (EU) 2016/679"]},
        "related": ["donnees-personnelles", "dpo", "cookie"],
        "competencies": ["A5", "E3"],
        "source": {"fr": "Règlement (UE) 2016/679", "en": "Regulation (EU) 2016/679"},
    },
    {
        "slug": "donnees-personnelles",
        "term": {"fr": "Données personnelles", "en": "Personal data"},
        "definition": {
            "fr": (
                "Informations qui permettent d'identifier une personne physique, directement "
                "(nom, photo) ou indirectement (numéro d'adhérent, adresse IP, recoupement de "
                "plusieurs informations). Les fichiers d'adhérent·es, de bénévoles ou de "
                "bénéficiaires d'une association en contiennent."
            ),
            "en": (
                "Information that makes it possible to identify a natural person, directly "
                "(name, photo) or indirectly (membership number, IP address, a combination of "
                "several pieces of information). An association's files of members, volunteers "
                "or beneficiaries contain such data."
            ),
        },
        "synonyms": {"fr": ["données à caractère personnel"], "en": ["personal information"]},
        "related": ["rgpd", "dpo", "cookie"],
        "competencies": ["E3"],
        "source": {"fr": "RGPD, article 4", "en": "GDPR, Article 4"},
    },
    {
        "slug": "dpo",
        "term": {
            "fr": "Délégué·e à la protection des données (DPO)",
            "en": "Data protection officer (DPO)",
        },
        "definition": {
            "fr": (
                "Personne chargée de conseiller une organisation sur le respect du RGPD et "
                "d'être l'interlocutrice de la CNIL. Sa désignation est obligatoire pour les "
                "organismes publics et pour ceux qui traitent à grande échelle des données "
                "sensibles ou suivent des personnes de façon régulière et systématique."
            ),
            "en": (
                "The person responsible for advising an organisation on GDPR compliance and "
                "acting as the contact point for the CNIL. Appointing one is mandatory for "
                "public bodies and for organisations that process sensitive data on a large "
                "scale or monitor people regularly and systematically."
            ),
        },
        "synonyms": {"fr": ["DPD", "délégué à la protection des données"], "en": ["DPO"]},
        "related": ["rgpd", "donnees-personnelles"],
        "competencies": ["E3"],
        "source": {"fr": "RGPD, article 37", "en": "GDPR, Article 37"},
    },
    {
        "slug": "cookie",
        "term": {"fr": "Cookie", "en": "Cookie"},
        "definition": {
            "fr": (
                "Petit fichier déposé par un site web dans le navigateur pour mémoriser des "
                "informations, comme une session ouverte ou des préférences, ou pour suivre la "
                "navigation. Hors cookies strictement nécessaires au service, leur dépôt exige "
                "le consentement préalable de la personne, qui doit pouvoir refuser aussi "
                "facilement qu'accepter."
            ),
            "en": (
                "A small file placed in the browser by a website to remember information, such "
                "as an open session or preferences, or to track browsing. Apart from cookies "
                "strictly necessary for the service, placing them requires the person's prior "
                "consent, and refusing must be as easy as accepting."
            ),
        },
        "synonyms": {"fr": ["traceur", "témoin de connexion"], "en": ["tracker", "HTTP cookie"]},
        "related": ["rgpd", "donnees-personnelles"],
        "competencies": ["E3"],
        "source": {
            "fr": "Directive 2002/58/CE (ePrivacy) ; lignes directrices de la CNIL (2020)",
            "en": "Directive 2002/58/EC (ePrivacy); CNIL guidelines (2020)",
        },
    },
    {
        "slug": "authentification-multifacteur",
        "term": {"fr": "Authentification multifacteur", "en": "Multi-factor authentication"},
        "definition": {
            "fr": (
                "Méthode de connexion qui exige au moins deux éléments de nature différente, "
                "par exemple un mot de passe et un code reçu sur un téléphone ou généré par une "
                "application. Elle protège un compte même si le mot de passe a été dérobé."
            ),
            "en": (
                "A sign-in method that requires at least two elements of different kinds, for "
                "example a password and a code received on a phone or generated by an app. It "
                "protects an account even if the password has been stolen."
            ),
        },
        "synonyms": {
            "fr": ["double authentification", "authentification à deux facteurs", "2FA"],
            "en": ["two-factor authentication", "2FA", "MFA"],
        },
        "related": ["donnees-personnelles", "rgpd"],
        "competencies": ["E4"],
        "source": {
            "fr": "ANSSI ; Cybermalveillance.gouv.fr",
            "en": "ANSSI (French cybersecurity agency); Cybermalveillance.gouv.fr",
        },
    },
    # ---------------------------------------------------------------------------------------
    # Accessibility and digital inclusion
    # ---------------------------------------------------------------------------------------
    {
        "slug": "accessibilite-numerique",
        "term": {"fr": "Accessibilité numérique", "en": "Digital accessibility"},
        "definition": {
            "fr": (
                "Qualité d'un service ou d'un contenu numérique qui peut être perçu, compris "
                "et utilisé par toutes les personnes, y compris en situation de handicap, "
                "quels que soient leur matériel ou leurs aides techniques. Elle profite aussi "
                "aux personnes âgées, aux connexions lentes et aux usages en mobilité."
            ),
            "en": (
                "The quality of a digital service or content that can be perceived, understood "
                "and used by everyone, including people with disabilities, whatever their "
                "device or assistive technology. It also benefits older people, slow "
                "connections and mobile use."
            ),
        },
        "synonyms": {"fr": ["accessibilité web", "a11y"], "en": ["web accessibility", "a11y"]},
        "related": [
            "rgaa",
            "wcag",
            "declaration-accessibilite",
            "lecteur-ecran",
            "inclusion-numerique",
        ],
        "competencies": ["D1", "D2"],
        "source": {
            "fr": "Loi n° 2005-102 du 11 février 2005, art. 47",
            "en": "French law no. 2005-102 of 11 February 2005, art. 47",
        },
    },
    {
        "slug": "rgaa",
        "term": {
            "fr": "RGAA (Référentiel général d'amélioration de l'accessibilité)",
            "en": "RGAA (French general accessibility improvement framework)",
        },
        "definition": {
            "fr": (
                "Référentiel technique publié par la DINUM qui traduit les exigences des WCAG "
                "en critères vérifiables pour contrôler l'accessibilité d'un site ou d'une "
                "application. Sa version 4.1 compte 106 critères répartis en 13 thématiques, "
                "dont les images, les couleurs, les formulaires et la navigation."
            ),
            "en": (
                "A technical framework published by DINUM that turns WCAG requirements into "
                "verifiable criteria for checking the accessibility of a website or an "
                "application. Version 4.1 contains 106 criteria grouped into 13 themes, "
                "including images, colours, forms and navigation."
            ),
        },
        "synonyms": {
            "fr": ["référentiel d'accessibilité"],
            "en": ["French accessibility framework"],
        },
        "related": ["wcag", "accessibilite-numerique", "declaration-accessibilite"],
        "competencies": ["D2", "D6"],
        "source": {"fr": "RGAA 4.1 (DINUM)", "en": "RGAA 4.1 (DINUM)"},
    },
    {
        "slug": "wcag",
        "term": {
            "fr": "WCAG (règles pour l'accessibilité des contenus web)",
            "en": "WCAG (Web Content Accessibility Guidelines)",
        },
        "definition": {
            "fr": (
                "Recommandations internationales du W3C pour rendre les contenus web "
                "accessibles, organisées autour de quatre principes (perceptible, utilisable, "
                "compréhensible, robuste) et de trois niveaux de conformité (A, AA, AAA). La "
                "version 2.2 date de 2023 ; la norme européenne EN 301 549 s'appuie sur elles."
            ),
            "en": (
                "International W3C recommendations for making web content accessible, built "
                "around four principles (perceivable, operable, understandable, robust) and "
                "three conformance levels (A, AA, AAA). Version 2.2 dates from 2023; the "
                "European standard EN 301 549 builds on them."
            ),
        },
        "synonyms": {"fr": [], "en": ["Web Content Accessibility Guidelines"]},
        "related": ["rgaa", "accessibilite-numerique"],
        "competencies": ["D1", "D2"],
        "source": {"fr": "W3C, WCAG 2.2 (2023)", "en": "W3C, WCAG 2.2 (2023)"},
    },
    {
        "slug": "declaration-accessibilite",
        "term": {"fr": "Déclaration d'accessibilité", "en": "Accessibility statement"},
        "definition": {
            "fr": (
                "Page publiée sur un service numérique qui indique son niveau de conformité au "
                "RGAA, la date de l'audit, les contenus non accessibles et un moyen de contact "
                "pour signaler un problème ou obtenir une alternative. Elle est obligatoire "
                "pour les organismes soumis à l'article 47 de la loi de 2005."
            ),
            "en": (
                "A page published on a digital service that states its level of compliance "
                "with the RGAA, the date of the audit, the content that is not accessible and a "
                "way to report a problem or obtain an alternative. It is mandatory for bodies "
                "covered by article 47 of the 2005 law."
            ),
        },
        "synonyms": {"fr": [], "en": ["accessibility declaration"]},
        "related": ["rgaa", "accessibilite-numerique", "declaration-ecoconception"],
        "competencies": ["D6"],
        "source": {
            "fr": "Loi n° 2005-102, art. 47 ; RGAA 4.1",
            "en": "French law no. 2005-102, art. 47; RGAA 4.1",
        },
    },
    {
        "slug": "lecteur-ecran",
        "term": {"fr": "Lecteur d'écran", "en": "Screen reader"},
        "definition": {
            "fr": (
                "Logiciel qui restitue le contenu de l'écran par synthèse vocale ou sur une "
                "plage braille, utilisé notamment par les personnes aveugles ou malvoyantes. "
                "NVDA (libre), VoiceOver et TalkBack en sont des exemples ; leur efficacité "
                "dépend d'un code bien structuré et d'alternatives textuelles."
            ),
            "en": (
                "Software that renders the content of the screen through speech synthesis or "
                "on a braille display, used in particular by blind or partially sighted "
                "people. NVDA (free software), VoiceOver and TalkBack are examples; how well "
                "they work depends on well-structured code and text alternatives."
            ),
        },
        "synonyms": {"fr": ["logiciel de lecture d'écran"], "en": ["screenreader"]},
        "related": ["alternative-textuelle", "accessibilite-numerique", "rgaa"],
        "competencies": ["D1", "D2"],
        "source": {
            "fr": "RGAA 4.1, environnement de test",
            "en": "RGAA 4.1, test environment",
        },
    },
    {
        "slug": "alternative-textuelle",
        "term": {"fr": "Alternative textuelle", "en": "Text alternative"},
        "definition": {
            "fr": (
                "Texte associé à une image ou à un autre contenu non textuel, qui en transmet "
                "l'information aux personnes qui ne peuvent pas le voir, par exemple au moyen "
                "d'un lecteur d'écran. Une image purement décorative reçoit une alternative "
                "vide afin d'être ignorée."
            ),
            "en": (
                "Text associated with an image or other non-text content, which conveys its "
                "information to people who cannot see it, for example through a screen reader. "
                "A purely decorative image is given an empty alternative so that it is ignored."
            ),
        },
        "synonyms": {"fr": ["texte alternatif", "attribut alt"], "en": ["alt text"]},
        "related": ["lecteur-ecran", "rgaa", "wcag"],
        "competencies": ["D2", "D3"],
        "source": {"fr": "RGAA 4.1, thématique Images", "en": "RGAA 4.1, Images theme"},
    },
    {
        "slug": "falc",
        "term": {
            "fr": "FALC (Facile à lire et à comprendre)",
            "en": "Easy-to-read (Easy Read)",
        },
        "definition": {
            "fr": (
                "Méthode de rédaction qui rend l'information accessible aux personnes ayant "
                "une déficience intellectuelle, et utile à bien d'autres : phrases courtes, "
                "mots simples, une idée par phrase, illustrations. Ses règles européennes ont "
                "été publiées par Inclusion Europe, et un document FALC est relu par des "
                "personnes concernées."
            ),
            "en": (
                "A writing method that makes information accessible to people with "
                "intellectual disabilities, and useful to many others: short sentences, simple "
                "words, one idea per sentence, pictures. Its European rules were published by "
                "Inclusion Europe, and an easy-to-read document is checked by people it is "
                "intended for."
            ),
        },
        "synonyms": {"fr": ["facile à lire"], "en": ["easy read", "easy-to-read language"]},
        "related": ["langage-clair", "accessibilite-numerique", "inclusion-numerique"],
        "competencies": ["D4"],
        "source": {
            "fr": "Inclusion Europe, L'information pour tous (2009)",
            "en": "Inclusion Europe, Information for all (2009)",
        },
    },
    {
        "slug": "langage-clair",
        "term": {"fr": "Langage clair", "en": "Plain language"},
        "definition": {
            "fr": (
                "Façon d'écrire qui permet au public visé de trouver facilement l'information "
                "dont il a besoin, de la comprendre et de s'en servir. La norme ISO 24495-1, "
                "publiée en 2023, en pose les principes généraux."
            ),
            "en": (
                "A way of writing that lets the intended readers easily find the information "
                "they need, understand it and use it. The ISO 24495-1 standard, published in "
                "2023, sets out its general principles."
            ),
        },
        "synonyms": {"fr": ["langage simple", "communication claire"], "en": ["plain English"]},
        "related": ["falc", "accessibilite-numerique"],
        "competencies": ["D4"],
        "source": {"fr": "Norme ISO 24495-1:2023", "en": "ISO 24495-1:2023"},
    },
    {
        "slug": "illectronisme",
        "term": {"fr": "Illectronisme", "en": "Digital illiteracy"},
        "definition": {
            "fr": (
                "Difficulté ou incapacité à utiliser les outils numériques courants, faute de "
                "compétences ou d'équipement. Selon l'Insee, environ 15 % des personnes de 15 "
                "ans ou plus étaient concernées en France en 2021."
            ),
            "en": (
                "Difficulty or inability to use everyday digital tools, for lack of skills or "
                "equipment. According to INSEE, about 15% of people aged 15 or over in France "
                "were affected in 2021."
            ),
        },
        "synonyms": {"fr": ["illettrisme numérique"], "en": ["lack of digital skills"]},
        "related": ["inclusion-numerique", "mediation-numerique", "france-services"],
        "competencies": ["A3", "D5"],
        "source": {"fr": "Insee (2023, données 2021)", "en": "INSEE (2023, 2021 data)"},
    },
    {
        "slug": "inclusion-numerique",
        "term": {"fr": "Inclusion numérique", "en": "Digital inclusion"},
        "definition": {
            "fr": (
                "Ensemble des actions qui permettent à chacun d'accéder au numérique et d'en "
                "tirer parti : équipement, connexion, compétences, accompagnement et services "
                "accessibles. Elle concerne autant le matériel et la connexion que les "
                "compétences et la confiance."
            ),
            "en": (
                "All the actions that enable everyone to access digital technology and benefit "
                "from it: equipment, connectivity, skills, support and accessible services. It "
                "concerns hardware and connectivity as much as skills and confidence."
            ),
        },
        "synonyms": {"fr": ["e-inclusion"], "en": ["e-inclusion"]},
        "related": [
            "illectronisme",
            "mediation-numerique",
            "accessibilite-numerique",
            "france-services",
        ],
        "competencies": ["D5"],
        "source": {
            "fr": "Agence nationale de la cohésion des territoires (ANCT)",
            "en": "French national agency for territorial cohesion (ANCT)",
        },
    },
    {
        "slug": "mediation-numerique",
        "term": {"fr": "Médiation numérique", "en": "Digital mediation"},
        "definition": {
            "fr": (
                "Accompagnement de personnes, seules ou en groupe, vers les usages numériques "
                "et l'autonomie : prise en main d'un appareil, démarches en ligne, esprit "
                "critique, protection des données. Elle est assurée par des professionnel·les "
                "et des bénévoles dans des lieux comme les espaces publics numériques, les "
                "centres sociaux ou les tiers-lieux."
            ),
            "en": (
                "Supporting people, individually or in groups, towards digital uses and "
                "autonomy: getting to grips with a device, online formalities, critical "
                "thinking, data protection. It is provided by professionals and volunteers in "
                "places such as public digital spaces, community centres or third places."
            ),
        },
        "synonyms": {"fr": ["accompagnement au numérique"], "en": ["digital support"]},
        "related": ["illectronisme", "inclusion-numerique", "conseiller-numerique", "pix"],
        "competencies": ["D5", "F6"],
        "source": {
            "fr": "Agence nationale de la cohésion des territoires (ANCT)",
            "en": "French national agency for territorial cohesion (ANCT)",
        },
    },
    {
        "slug": "conseiller-numerique",
        "term": {"fr": "Conseiller·e numérique", "en": "Digital adviser"},
        "definition": {
            "fr": (
                "Professionnel·le de la médiation numérique recruté·e dans le cadre d'un "
                "dispositif public lancé en 2021, qui finance des postes dans des "
                "collectivités, des associations et d'autres structures pour accompagner les "
                "habitant·es vers l'autonomie numérique."
            ),
            "en": (
                "A digital mediation professional recruited under a public scheme launched in "
                "2021, which funds posts in local authorities, associations and other "
                "organisations to help residents become digitally autonomous."
            ),
        },
        "synonyms": {"fr": ["conseiller numérique France Services"], "en": []},
        "related": ["mediation-numerique", "france-services", "inclusion-numerique"],
        "competencies": ["D5"],
        "source": {
            "fr": "ANCT, dispositif Conseiller numérique (2021)",
            "en": "ANCT, Conseiller numérique scheme (2021)",
        },
    },
    {
        "slug": "pix",
        "term": {"fr": "Pix", "en": "Pix"},
        "definition": {
            "fr": (
                "Service public en ligne qui permet d'évaluer, de développer et de certifier "
                "ses compétences numériques ; l'évaluation est gratuite pour les particuliers. "
                "Son référentiel s'inspire de DigComp."
            ),
            "en": (
                "A French online public service for assessing, developing and certifying "
                "digital skills; the assessment is free for individuals. Its framework is "
                "based on DigComp."
            ),
        },
        "synonyms": {"fr": ["certification Pix"], "en": ["Pix certification"]},
        "related": ["digcomp", "mediation-numerique"],
        "competencies": ["D5"],
        "source": {"fr": "GIP Pix", "en": "Pix (French public interest group)"},
    },
    # ---------------------------------------------------------------------------------------
    # Frameworks, certifications and laws
    # ---------------------------------------------------------------------------------------
    {
        "slug": "digcomp",
        "term": {"fr": "DigComp", "en": "DigComp"},
        "definition": {
            "fr": (
                "Cadre européen des compétences numériques des citoyens, publié par le Centre "
                "commun de recherche de la Commission européenne. Sa version 2.2 (2022) décrit "
                "21 compétences en 5 domaines et 8 niveaux de maîtrise ; la compétence 4.4 "
                "porte sur la protection de l'environnement."
            ),
            "en": (
                "The European framework of digital competences for citizens, published by the "
                "European Commission's Joint Research Centre. Version 2.2 (2022) describes 21 "
                "competences in 5 areas and 8 proficiency levels; competence 4.4 concerns "
                "protecting the environment."
            ),
        },
        "synonyms": {
            "fr": ["cadre européen des compétences numériques"],
            "en": ["Digital Competence Framework for Citizens"],
        },
        "related": ["greencomp", "pix", "rncp"],
        "competencies": ["F6"],
        "source": {
            "fr": "Commission européenne, JRC, DigComp 2.2 (2022)",
            "en": "European Commission, JRC, DigComp 2.2 (2022)",
        },
    },
    {
        "slug": "greencomp",
        "term": {"fr": "GreenComp", "en": "GreenComp"},
        "definition": {
            "fr": (
                "Cadre européen des compétences en matière de durabilité, publié en 2022 par le "
                "Centre commun de recherche. Il décrit 12 compétences en 4 domaines : incarner "
                "les valeurs de la durabilité, appréhender la complexité, envisager des futurs "
                "durables et agir pour la durabilité."
            ),
            "en": (
                "The European sustainability competence framework, published in 2022 by the "
                "Joint Research Centre. It describes 12 competences in 4 areas: embodying "
                "sustainability values, embracing complexity in sustainability, envisioning "
                "sustainable futures and acting for sustainability."
            ),
        },
        "synonyms": {
            "fr": ["cadre européen des compétences en durabilité"],
            "en": ["European sustainability competence framework"],
        },
        "related": ["digcomp", "rncp"],
        "competencies": ["A6", "F6"],
        "source": {
            "fr": "Commission européenne, JRC, GreenComp (2022)",
            "en": "European Commission, JRC, GreenComp (2022)",
        },
    },
    {
        "slug": "rncp",
        "term": {
            "fr": "RNCP (Répertoire national des certifications professionnelles)",
            "en": "RNCP (French national register of professional certifications)",
        },
        "definition": {
            "fr": (
                "Répertoire public, tenu par France compétences, qui recense les diplômes, "
                "titres et certificats professionnels reconnus par l'État. Chaque "
                "certification y est découpée en blocs de compétences qui peuvent être validés "
                "séparément, y compris par la validation des acquis de l'expérience (VAE)."
            ),
            "en": (
                "A public register, kept by France compétences, that lists the degrees, titles "
                "and professional certificates recognised by the State. Each certification is "
                "divided into competency blocks that can be validated separately, including "
                "through the accreditation of prior experience (VAE)."
            ),
        },
        "synonyms": {"fr": ["répertoire national"], "en": ["national certification register"]},
        "related": ["digcomp", "greencomp"],
        "competencies": [],
        "source": {
            "fr": "France compétences ; Code du travail, art. L. 6113-1",
            "en": "France compétences; French Labour Code, art. L. 6113-1",
        },
    },
    {
        "slug": "loi-agec",
        "term": {
            "fr": "Loi AGEC (anti-gaspillage pour une économie circulaire)",
            "en": "AGEC law (anti-waste law for a circular economy)",
        },
        "definition": {
            "fr": (
                "Loi n° 2020-105 du 10 février 2020 relative à la lutte contre le gaspillage et "
                "à l'économie circulaire. Pour le numérique, elle a notamment créé l'indice de "
                "réparabilité, renforcé l'information sur les pièces détachées et les mises à "
                "jour, et imposé aux acheteurs publics une part d'achats issus du réemploi ou "
                "intégrant des matières recyclées."
            ),
            "en": (
                "French law no. 2020-105 of 10 February 2020 on combating waste and on the "
                "circular economy. For digital technology, it notably created the repairability "
                "index, strengthened information on spare parts and updates, and required "
                "public buyers to make a share of their purchases from reuse or with recycled "
                "content."
            ),
        },
        "synonyms": {"fr": ["loi anti-gaspillage"], "en": ["anti-waste law"]},
        "related": ["indice-reparabilite", "economie-circulaire", "rep", "loi-reen"],
        "competencies": ["A5", "B5", "F3"],
        "source": {
            "fr": "Loi n° 2020-105 du 10 février 2020",
            "en": "French law no. 2020-105 of 10 February 2020",
        },
    },
    {
        "slug": "loi-reen",
        "term": {
            "fr": "Loi REEN (réduction de l'empreinte environnementale du numérique)",
            "en": "REEN law (reducing the environmental footprint of digital technology)",
        },
        "definition": {
            "fr": (
                "Loi n° 2021-1485 du 15 novembre 2021 visant à réduire l'empreinte "
                "environnementale du numérique en France. Elle prévoit notamment la "
                "sensibilisation à la sobriété numérique dès l'école, la lutte contre "
                "l'obsolescence logicielle, des objectifs de réemploi pour le secteur public et "
                "l'élaboration d'un référentiel d'écoconception des services numériques."
            ),
            "en": (
                "French law no. 2021-1485 of 15 November 2021 aimed at reducing the "
                "environmental footprint of digital technology in France. It provides in "
                "particular for awareness of digital sobriety from school onwards, action "
                "against software obsolescence, reuse targets for the public sector and the "
                "drafting of an eco-design framework for digital services."
            ),
        },
        "synonyms": {"fr": [], "en": []},
        "related": ["loi-agec", "rgesn", "obsolescence-logicielle", "sobriete-numerique"],
        "competencies": ["A5"],
        "source": {
            "fr": "Loi n° 2021-1485 du 15 novembre 2021",
            "en": "French law no. 2021-1485 of 15 November 2021",
        },
    },
    # ---------------------------------------------------------------------------------------
    # Social and solidarity economy
    # ---------------------------------------------------------------------------------------
    {
        "slug": "ess",
        "term": {
            "fr": "ESS (économie sociale et solidaire)",
            "en": "SSE (social and solidarity economy)",
        },
        "definition": {
            "fr": (
                "Ensemble des organisations qui concilient activité économique et utilité "
                "sociale, avec une gouvernance démocratique et une lucrativité limitée : "
                "associations, coopératives, mutuelles, fondations et sociétés commerciales "
                "qui respectent ces principes. La loi du 31 juillet 2014 en fixe le cadre en "
                "France."
            ),
            "en": (
                "All the organisations that combine economic activity with social utility, "
                "democratic governance and limited profit-making: associations, cooperatives, "
                "mutuals, foundations and commercial companies that follow these principles. "
                "The law of 31 July 2014 sets its framework in France."
            ),
        },
        "synonyms": {"fr": ["économie sociale"], "en": ["social economy", "SSE"]},
        "related": ["utilite-sociale", "scic", "scop", "agrement-esus", "association-loi-1901"],
        "competencies": ["F5"],
        "source": {
            "fr": "Loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire",
            "en": "French law no. 2014-856 of 31 July 2014 on the social and solidarity economy",
        },
    },
    {
        "slug": "association-loi-1901",
        "term": {"fr": "Association loi 1901", "en": "Association (1901 law)"},
        "definition": {
            "fr": (
                "Groupement de personnes qui s'unissent durablement autour d'un projet commun "
                "sans chercher à se partager des bénéfices, régi par la loi du 1er juillet 1901 "
                "(et par le droit local en Alsace-Moselle). C'est la forme la plus répandue de "
                "l'ESS ; beaucoup d'associations fonctionnent avec des bénévoles seulement, "
                "d'autres emploient des salarié·es."
            ),
            "en": (
                "A group of people who join together on a lasting basis around a shared "
                "project without seeking to share profits, governed by the law of 1 July 1901 "
                "(and by local law in Alsace-Moselle). It is the most widespread form in the "
                "social and solidarity economy; many associations rely on volunteers only, "
                "others employ staff."
            ),
        },
        "synonyms": {"fr": ["association"], "en": ["non-profit association"]},
        "related": ["ess", "utilite-sociale", "mecenat-de-competences"],
        "competencies": [],
        "source": {
            "fr": "Loi du 1er juillet 1901 relative au contrat d'association",
            "en": "French law of 1 July 1901 on the contract of association",
        },
    },
    {
        "slug": "scic",
        "term": {
            "fr": "SCIC (société coopérative d'intérêt collectif)",
            "en": "SCIC (collective interest cooperative)",
        },
        "definition": {
            "fr": (
                "Coopérative, créée par la loi du 17 juillet 2001, qui associe au capital et à "
                "la gouvernance au moins trois catégories de parties prenantes, dont "
                "obligatoirement ses salarié·es (ou producteurs) et ses bénéficiaires, et "
                "souvent des collectivités. Elle produit des biens ou des services d'intérêt "
                "collectif et applique le principe une personne, une voix."
            ),
            "en": (
                "A cooperative, created by the law of 17 July 2001, that brings at least three "
                "categories of stakeholders into its capital and governance, necessarily "
                "including its employees (or producers) and its beneficiaries, and often local "
                "authorities. It produces goods or services of collective interest and applies "
                "the one person, one vote principle."
            ),
        },
        "synonyms": {
            "fr": ["coopérative d'intérêt collectif"],
            "en": ["multi-stakeholder cooperative"],
        },
        "related": ["scop", "ess", "cae"],
        "competencies": ["F5"],
        "source": {
            "fr": "Loi n° 2001-624 du 17 juillet 2001",
            "en": "French law no. 2001-624 of 17 July 2001",
        },
    },
    {
        "slug": "scop",
        "term": {
            "fr": "SCOP (société coopérative et participative)",
            "en": "SCOP (worker cooperative)",
        },
        "definition": {
            "fr": (
                "Entreprise coopérative dont les salarié·es sont les associé·es majoritaires, "
                "avec au moins 51 % du capital et 65 % des droits de vote, et élisent leurs "
                "dirigeant·es. Une part importante des bénéfices est mise en réserve ou "
                "partagée entre les salarié·es."
            ),
            "en": (
                "A cooperative company whose employees are the majority members: they hold at "
                "least 51% of the capital and 65% of the voting rights, and elect their "
                "managers. A large share of profits is kept in reserves or shared among the "
                "employees."
            ),
        },
        "synonyms": {
            "fr": ["société coopérative ouvrière de production"],
            "en": ["workers' cooperative"],
        },
        "related": ["scic", "cae", "ess"],
        "competencies": [],
        "source": {
            "fr": "Loi n° 78-763 du 19 juillet 1978 portant statut des SCOP",
            "en": "French law no. 78-763 of 19 July 1978 on the status of SCOPs",
        },
    },
    {
        "slug": "cae",
        "term": {
            "fr": "CAE (coopérative d'activité et d'emploi)",
            "en": "CAE (business and employment cooperative)",
        },
        "definition": {
            "fr": (
                "Coopérative qui permet à des porteur·ses de projet de développer leur propre "
                "activité sous le statut d'entrepreneur·e salarié·e, en mutualisant la gestion "
                "administrative et comptable, puis de devenir associé·es. Ce statut a été "
                "reconnu par la loi ESS de 2014."
            ),
            "en": (
                "A cooperative that lets project holders develop their own business as "
                "employee-entrepreneurs, sharing administrative and accounting services, and "
                "then become members. This status was recognised by the 2014 social and "
                "solidarity economy law."
            ),
        },
        "synonyms": {"fr": ["coopérative d'activités et d'emploi"], "en": ["CAE"]},
        "related": ["scop", "scic", "ess"],
        "competencies": [],
        "source": {
            "fr": "Loi n° 2014-856 du 31 juillet 2014",
            "en": "French law no. 2014-856 of 31 July 2014",
        },
    },
    {
        "slug": "agrement-esus",
        "term": {"fr": "Agrément ESUS", "en": "ESUS approval"},
        "definition": {
            "fr": (
                "Agrément « entreprise solidaire d'utilité sociale » délivré par l'État aux "
                "entreprises de l'ESS dont l'objectif principal est l'utilité sociale et qui "
                "respectent notamment des limites d'écart de rémunération. Il ouvre l'accès à "
                "l'épargne salariale solidaire et à certains financements."
            ),
            "en": (
                'The "solidarity enterprise of social utility" approval granted by the State '
                "to social and solidarity economy companies whose main objective is social "
                "utility and which, among other things, respect limits on pay gaps. It opens "
                "access to solidarity employee savings and to certain funding."
            ),
        },
        "synonyms": {"fr": ["ESUS", "entreprise solidaire d'utilité sociale"], "en": ["ESUS"]},
        "related": ["ess", "utilite-sociale", "scic"],
        "competencies": [],
        "source": {
            "fr": "Code du travail, art. L. 3332-17-1",
            "en": "French Labour Code, art. L. 3332-17-1",
        },
    },
    {
        "slug": "utilite-sociale",
        "term": {"fr": "Utilité sociale", "en": "Social utility"},
        "definition": {
            "fr": (
                "Notion définie par la loi ESS de 2014 : une activité a une utilité sociale "
                "notamment lorsqu'elle soutient des personnes en situation de fragilité, lutte "
                "contre les exclusions et les inégalités, contribue à l'éducation à la "
                "citoyenneté ou concourt au développement durable. Elle conditionne "
                "l'agrément ESUS."
            ),
            "en": (
                "A notion defined by the 2014 social and solidarity economy law: an activity "
                "has social utility in particular when it supports vulnerable people, combats "
                "exclusion and inequality, contributes to citizenship education or helps "
                "sustainable development. It is a condition of ESUS approval."
            ),
        },
        "synonyms": {"fr": [], "en": ["social purpose"]},
        "related": ["ess", "agrement-esus", "iae"],
        "competencies": ["F4"],
        "source": {
            "fr": "Loi n° 2014-856 du 31 juillet 2014, art. 2",
            "en": "French law no. 2014-856 of 31 July 2014, art. 2",
        },
    },
    {
        "slug": "tiers-lieu",
        "term": {"fr": "Tiers-lieu", "en": "Third place"},
        "definition": {
            "fr": (
                "Lieu partagé, souvent géré de façon collective, qui mêle des activités "
                "variées : espace de travail partagé, fablab, atelier de réparation, médiation "
                "numérique, café associatif. Beaucoup sont portés par des associations ou des "
                "SCIC et animent la vie locale."
            ),
            "en": (
                "A shared space, often run collectively, that combines various activities: "
                "coworking, fablab, repair workshop, digital mediation, community café. Many "
                "are run by associations or SCICs and play a part in local community life."
            ),
        },
        "synonyms": {"fr": ["tiers lieu", "lieu hybride"], "en": ["community hub"]},
        "related": ["repair-cafe", "mediation-numerique", "scic"],
        "competencies": ["D5", "F6"],
        "source": {"fr": "France Tiers-Lieux", "en": "France Tiers-Lieux"},
    },
    {
        "slug": "france-services",
        "term": {"fr": "France Services", "en": "France Services"},
        "definition": {
            "fr": (
                "Label de l'État attribué depuis 2019 à des lieux d'accueil de proximité où "
                "des agent·es aident le public dans ses démarches auprès de plusieurs "
                "administrations et organismes (impôts, prestations sociales, retraite, "
                "emploi, etc.). Certains sont portés par des associations, d'autres par des "
                "collectivités ; beaucoup proposent aussi de la médiation numérique."
            ),
            "en": (
                "A State label awarded since 2019 to local service points where staff help "
                "the public with formalities involving several administrations and bodies "
                "(taxes, social benefits, pensions, employment, etc.). Some are run by "
                "associations, others by local authorities; many also offer digital mediation."
            ),
        },
        "synonyms": {"fr": ["espace France Services"], "en": ["France Services centre"]},
        "related": ["mediation-numerique", "conseiller-numerique", "inclusion-numerique"],
        "competencies": ["D5"],
        "source": {
            "fr": "ANCT, programme France Services (2019)",
            "en": "ANCT, France Services programme (2019)",
        },
    },
    {
        "slug": "iae",
        "term": {
            "fr": "IAE (insertion par l'activité économique)",
            "en": "Work integration through economic activity (IAE)",
        },
        "definition": {
            "fr": (
                "Dispositif qui permet à des personnes éloignées de l'emploi d'être salariées "
                "dans des structures conventionnées par l'État, avec un accompagnement social "
                "et professionnel. Il comprend les ateliers et chantiers d'insertion, les "
                "entreprises d'insertion, les associations intermédiaires et les entreprises "
                "de travail temporaire d'insertion."
            ),
            "en": (
                "A scheme that enables people far from employment to be employed by "
                "State-approved organisations, with social and professional support. It "
                "includes work integration workshops and worksites, integration enterprises, "
                "intermediary associations and temporary work integration agencies."
            ),
        },
        "synonyms": {"fr": ["SIAE", "insertion par l'économique"], "en": ["work integration"]},
        "related": ["atelier-chantier-insertion", "entreprise-adaptee", "ess", "ressourcerie"],
        "competencies": [],
        "source": {
            "fr": "Code du travail, art. L. 5132-1",
            "en": "French Labour Code, art. L. 5132-1",
        },
    },
    {
        "slug": "atelier-chantier-insertion",
        "term": {
            "fr": "Atelier et chantier d'insertion (ACI)",
            "en": "Work integration workshop and worksite (ACI)",
        },
        "definition": {
            "fr": (
                "Structure de l'IAE, le plus souvent associative, qui embauche des personnes "
                "en contrat à durée déterminée d'insertion sur une activité utile (réemploi, "
                "recyclage, entretien d'espaces naturels, etc.) et les accompagne vers un "
                "emploi durable ou une formation. Plusieurs ACI se consacrent au "
                "reconditionnement informatique."
            ),
            "en": (
                "An IAE organisation, usually an association, that hires people on "
                "fixed-term integration contracts for a useful activity (reuse, recycling, "
                "maintenance of natural areas, etc.) and supports them towards lasting "
                "employment or training. Several ACIs specialise in IT refurbishment."
            ),
        },
        "synonyms": {"fr": ["ACI", "chantier d'insertion"], "en": ["integration worksite"]},
        "related": ["iae", "reconditionnement", "ressourcerie"],
        "competencies": ["B4", "F6"],
        "source": {
            "fr": "Code du travail, art. L. 5132-15",
            "en": "French Labour Code, art. L. 5132-15",
        },
    },
    {
        "slug": "entreprise-adaptee",
        "term": {"fr": "Entreprise adaptée", "en": "Adapted enterprise"},
        "definition": {
            "fr": (
                "Entreprise du milieu ordinaire de travail qui emploie majoritairement des "
                "travailleur·ses reconnu·es handicapé·es et leur offre un accompagnement "
                "spécifique. Certaines sont actives dans le reconditionnement informatique, la "
                "numérisation de documents ou les tests d'accessibilité."
            ),
            "en": (
                "A company in the ordinary labour market that mostly employs workers with a "
                "recognised disability and offers them specific support. Some work in IT "
                "refurbishment, document digitisation or accessibility testing."
            ),
        },
        "synonyms": {"fr": ["EA"], "en": ["sheltered-work company"]},
        "related": ["iae", "accessibilite-numerique", "reconditionnement"],
        "competencies": [],
        "source": {
            "fr": "Code du travail, art. L. 5213-13",
            "en": "French Labour Code, art. L. 5213-13",
        },
    },
    {
        "slug": "mecenat-de-competences",
        "term": {"fr": "Mécénat de compétences", "en": "Skills-based sponsorship"},
        "definition": {
            "fr": (
                "Mise à disposition gratuite, par une entreprise, de salarié·es sur leur temps "
                "de travail au profit d'un organisme d'intérêt général, par exemple pour rendre "
                "un site accessible ou migrer des outils. Pour l'entreprise, il peut ouvrir "
                "droit à la réduction d'impôt prévue pour le mécénat."
            ),
            "en": (
                "A company making employees available free of charge, during their working "
                "time, to a public-interest organisation, for example to make a website "
                "accessible or to migrate tools. For the company, it may qualify for the tax "
                "reduction provided for sponsorship."
            ),
        },
        "synonyms": {"fr": [], "en": ["pro bono", "skills-based volunteering"]},
        "related": ["association-loi-1901", "ess"],
        "competencies": ["F5"],
        "source": {
            "fr": "Code général des impôts, art. 238 bis",
            "en": "French General Tax Code, art. 238 bis",
        },
    },
]


# Which competency each demo course develops, and up to which level. The beginner courses take
# learners to "Pratiquer" on their core competencies and introduce neighbouring ones at
# "Découvrir"; no demo course claims "Maîtriser" or "Transmettre", which require practice in a
# real organisation.
COURSE_MAPPING = {
    "impacts-du-numerique": [
        {"competency": "A1", "level": "2"},
        {"competency": "A2", "level": "2"},
        {"competency": "A3", "level": "2"},
        {"competency": "A4", "level": "2"},
        {"competency": "A6", "level": "1"},
        {"competency": "B1", "level": "1"},
        {"competency": "F1", "level": "2"},
        {"competency": "F2", "level": "1"},
    ],
    "reemploi-reparation": [
        {"competency": "A5", "level": "2"},
        {"competency": "B2", "level": "2"},
        {"competency": "B3", "level": "1"},
        {"competency": "B4", "level": "2"},
        {"competency": "B5", "level": "2"},
        {"competency": "B6", "level": "2"},
        {"competency": "F3", "level": "1"},
        {"competency": "F5", "level": "1"},
    ],
    "services-sobres-ecoconcus": [
        {"competency": "C1", "level": "2"},
        {"competency": "C2", "level": "1"},
        {"competency": "C3", "level": "2"},
        {"competency": "C4", "level": "2"},
        {"competency": "C5", "level": "2"},
        {"competency": "C6", "level": "1"},
        {"competency": "C7", "level": "2"},
        {"competency": "F4", "level": "1"},
    ],
    "services-accessibles-inclusifs": [
        {"competency": "D1", "level": "2"},
        {"competency": "D2", "level": "2"},
        {"competency": "D3", "level": "2"},
        {"competency": "D4", "level": "2"},
        {"competency": "D5", "level": "1"},
        {"competency": "D6", "level": "2"},
        {"competency": "A5", "level": "1"},
    ],
    "outils-libres-ethiques": [
        {"competency": "E1", "level": "2"},
        {"competency": "E2", "level": "2"},
        {"competency": "E3", "level": "2"},
        {"competency": "E5", "level": "1"},
        {"competency": "E6", "level": "2"},
        {"competency": "C6", "level": "1"},
        {"competency": "F5", "level": "1"},
    ],
}
