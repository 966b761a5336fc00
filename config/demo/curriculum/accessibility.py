"""Demo course: accessible and inclusive digital services (RGAA).

Original teaching content for the Tremplin learning path
"Référent·e numérique responsable dans une structure de l'ESS".
See FORMAT.md in this folder for the data format.
"""

COURSE = {
    "slug": "services-accessibles-inclusifs",
    "title": {
        "fr": "Services numériques accessibles et inclusifs",
        "en": "Accessible and inclusive digital services",
    },
    "summary": {
        "fr": (
            "Comprenez les enjeux et les obligations de l’accessibilité numérique, apprenez à "
            "repérer vous-même les principaux obstacles grâce au RGAA, et faites de l’inclusion "
            "une pratique quotidienne de votre structure."
        ),
        "en": (
            "Understand what is at stake in digital accessibility and the obligations that "
            "apply, learn to spot the main barriers yourself using the RGAA, and make inclusion "
            "an everyday practice in your organisation."
        ),
    },
    "objectives": {
        "fr": [
            "Décrire la diversité des situations de handicap et leurs besoins face au numérique",
            "Situer le RGAA, les WCAG et les obligations légales françaises et européennes",
            "Réaliser les vérifications essentielles sur une page web ou un document",
            "Rédiger en langage clair et organiser une médiation numérique inclusive",
        ],
        "en": [
            "Describe the diversity of disability situations and their digital needs",
            "Place the RGAA, the WCAG and French and European legal obligations in context",
            "Carry out the essential checks on a web page or a document",
            "Write in plain language and organise inclusive digital mediation",
        ],
    },
    "theme": "accessibility",
    "level": "intermediate",
    "audience": {
        "fr": (
            "Référent·es numérique responsable, chargé·es de communication, coordinateurs et "
            "bénévoles qui publient des contenus ou pilotent des outils numériques dans une "
            "association, une coopérative ou une entreprise sociale."
        ),
        "en": (
            "Responsible-digital leads, communications officers, coordinators and volunteers "
            "who publish content or manage digital tools in an association, a cooperative or a "
            "social enterprise."
        ),
    },
    "licence": "CC BY-SA 4.0",
    "authors": "Équipe pédagogique Tremplin",
    "modules": [
        # ------------------------------------------------------------------
        # Module 1
        # ------------------------------------------------------------------
        {
            "slug": "comprendre-accessibilite-numerique",
            "title": {
                "fr": "Comprendre l’accessibilité numérique",
                "en": "Understanding digital accessibility",
            },
            "intro": {
                "fr": (
                    "Qui est concerné, quels référentiels servent de boussole, et ce que la loi "
                    "demande en France et en Europe."
                ),
                "en": (
                    "Who is affected, which frameworks act as a compass, and what the law "
                    "requires in France and in Europe."
                ),
            },
            "items": [
                {
                    "type": "lesson",
                    "slug": "handicaps-et-situations",
                    "title": {
                        "fr": "Des handicaps et des situations très divers",
                        "en": "A wide diversity of disabilities and situations",
                    },
                    "minutes": 8,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Un service numérique est <b>accessible</b> lorsque les "
                                    "personnes handicapées peuvent le percevoir, le comprendre, "
                                    "y naviguer et interagir avec lui, au même titre que les "
                                    "autres. En France, la loi du 11 février 2005 définit le "
                                    "handicap comme une limitation d’activité ou de "
                                    "participation vécue <b>dans un environnement donné</b>. "
                                    "Autrement dit, un site mal conçu crée lui-même une "
                                    "situation de handicap.</p>"
                                    "<p>Pour une structure de l’ESS, l’enjeu est direct : les "
                                    "personnes que vous accompagnez, vos bénévoles et vos "
                                    "salariés comptent des personnes handicapées, souvent sans "
                                    "que cela se voie.</p>"
                                ),
                                "en": (
                                    "<p>A digital service is <b>accessible</b> when people with "
                                    "disabilities can perceive, understand, navigate and "
                                    "interact with it on an equal basis with others. In France, "
                                    "the law of 11 February 2005 defines disability as a "
                                    "limitation of activity or participation experienced "
                                    "<b>in a given environment</b>. In other words, a poorly "
                                    "designed website itself creates a disabling situation.</p>"
                                    "<p>For a social and solidarity economy organisation, the "
                                    "stakes are direct: the people you support, your "
                                    "volunteers and your staff include people with "
                                    "disabilities, often without it being visible.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "key_figure",
                            "title": {
                                "fr": "Environ une personne sur six dans le monde",
                                "en": "About one person in six worldwide",
                            },
                            "text": {
                                "fr": (
                                    "L’Organisation mondiale de la santé estime qu’environ "
                                    "1,3 milliard de personnes, soit près de 16 % de la "
                                    "population mondiale, vivent avec un handicap important."
                                ),
                                "en": (
                                    "The World Health Organization estimates that about 1.3 "
                                    "billion people, or nearly 16% of the world’s population, "
                                    "live with a significant disability."
                                ),
                            },
                            "source": {
                                "fr": (
                                    "Organisation mondiale de la santé, rapport mondial sur "
                                    "l’équité en santé pour les personnes handicapées (2022) et "
                                    "aide-mémoire « Handicap » (2023)"
                                ),
                                "en": (
                                    "World Health Organization, Global report on health equity "
                                    "for persons with disabilities (2022) and “Disability” fact "
                                    "sheet (2023)"
                                ),
                            },
                            "source_url": (
                                "https://www.who.int/news-room/fact-sheets/detail/"
                                "disability-and-health"
                            ),
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Quels besoins, quelles aides techniques ?",
                                "en": "What needs, what assistive technologies?",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li><b>Handicap visuel</b> : les personnes aveugles "
                                    "utilisent un lecteur d’écran, qui lit la page à voix haute "
                                    "ou l’affiche sur une plage braille ; les personnes "
                                    "malvoyantes agrandissent l’affichage ou renforcent les "
                                    "contrastes. Les personnes daltoniennes distinguent mal "
                                    "certaines couleurs.</li>"
                                    "<li><b>Handicap auditif</b> : sous-titres, transcriptions "
                                    "et, pour certaines personnes sourdes, contenus en langue "
                                    "des signes française (LSF).</li>"
                                    "<li><b>Handicap moteur</b> : navigation au clavier seul, "
                                    "contacteurs, commande vocale ou oculaire ; besoin de zones "
                                    "cliquables assez grandes et de temps suffisant.</li>"
                                    "<li><b>Handicaps cognitifs, intellectuels, psychiques et "
                                    "troubles « dys »</b> : besoin de textes simples, d’une "
                                    "navigation cohérente, d’interfaces prévisibles et sans "
                                    "distractions.</li>"
                                    "<li><b>Épilepsie photosensible</b> : les contenus qui "
                                    "clignotent rapidement peuvent déclencher des crises.</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li><b>Visual impairment</b>: blind people use a screen "
                                    "reader, which reads the page aloud or displays it on a "
                                    "braille display; partially sighted people enlarge the "
                                    "display or increase contrast. Colour-blind people have "
                                    "difficulty telling certain colours apart.</li>"
                                    "<li><b>Hearing impairment</b>: captions, transcripts and, "
                                    "for some deaf people, content in French Sign Language "
                                    "(LSF).</li>"
                                    "<li><b>Motor impairment</b>: keyboard-only navigation, "
                                    "switches, voice or eye-gaze control; a need for large "
                                    "enough clickable areas and sufficient time.</li>"
                                    "<li><b>Cognitive, intellectual and psychosocial "
                                    "disabilities, and specific learning disorders such as "
                                    "dyslexia</b>: a need for simple texts, consistent "
                                    "navigation, predictable interfaces without "
                                    "distractions.</li>"
                                    "<li><b>Photosensitive epilepsy</b>: content that flashes "
                                    "rapidly can trigger seizures.</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p><b>Permanent, temporaire ou situationnel.</b> Un bras "
                                    "dans le plâtre, un bébé dans les bras, un écran en plein "
                                    "soleil, un bus bruyant, une langue que l’on maîtrise mal : "
                                    "chacun rencontre un jour des limitations proches de "
                                    "celles d’une personne handicapée. Avec l’âge, la vue, "
                                    "l’audition et la dextérité évoluent aussi. Concevoir "
                                    "accessible, c’est donc concevoir pour tout le monde : les "
                                    "sous-titres servent autant aux personnes sourdes qu’à "
                                    "celles qui regardent une vidéo sans le son.</p>"
                                ),
                                "en": (
                                    "<p><b>Permanent, temporary or situational.</b> An arm in a "
                                    "cast, a baby in your arms, a screen in bright sunlight, a "
                                    "noisy bus, a language you do not speak well: everyone "
                                    "meets, at some point, limitations close to those of a "
                                    "disabled person. With age, sight, hearing and dexterity "
                                    "change too. Designing for accessibility therefore means "
                                    "designing for everyone: captions serve deaf people as much "
                                    "as those watching a video with the sound off.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Essayez par vous-même",
                                "en": "Try it yourself",
                            },
                            "text": {
                                "fr": (
                                    "Activez le lecteur d’écran de votre téléphone (VoiceOver "
                                    "sur iPhone, TalkBack sur Android) et tentez de trouver "
                                    "les horaires d’accueil sur le site de votre structure. "
                                    "Apprenez d’abord le geste pour le désactiver ! Dix minutes "
                                    "suffisent pour comprendre l’importance des titres, des "
                                    "liens explicites et des textes alternatifs."
                                ),
                                "en": (
                                    "Turn on your phone’s screen reader (VoiceOver on iPhone, "
                                    "TalkBack on Android) and try to find the opening hours on "
                                    "your organisation’s website. Learn the gesture to turn it "
                                    "off first! Ten minutes are enough to understand why "
                                    "headings, explicit links and alternative texts matter."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "W3C WAI : comment les personnes handicapées "
                                        "utilisent le Web",
                                        "en": "W3C WAI: How people with disabilities use the Web",
                                    },
                                    "url": "https://www.w3.org/WAI/people-use-web/",
                                },
                                {
                                    "title": {
                                        "fr": "OMS : aide-mémoire sur le handicap (en anglais)",
                                        "en": "WHO: disability fact sheet",
                                    },
                                    "url": (
                                        "https://www.who.int/news-room/fact-sheets/detail/"
                                        "disability-and-health"
                                    ),
                                },
                            ],
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "rgaa-et-wcag",
                    "title": {
                        "fr": "Les référentiels : WCAG et RGAA",
                        "en": "The frameworks: WCAG and RGAA",
                    },
                    "minutes": 9,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Les <b>WCAG</b> (Web Content Accessibility Guidelines) "
                                    "sont publiées par le W3C, l’organisme qui élabore les "
                                    "standards du Web. Après les versions 2.0 (2008) et 2.1 "
                                    "(2018), la version 2.2 a été publiée en 2023. Elles "
                                    "s’organisent en critères de succès classés en trois "
                                    "niveaux, A, AA et AAA ; le niveau <b>AA</b> est la cible "
                                    "habituelle des réglementations.</p>"
                                    "<p>Les WCAG reposent sur quatre principes :</p>"
                                    "<ul>"
                                    "<li><b>Perceptible</b> : textes alternatifs, sous-titres, "
                                    "contrastes suffisants ;</li>"
                                    "<li><b>Utilisable</b> : tout fonctionne au clavier, on "
                                    "dispose d’assez de temps, rien ne clignote "
                                    "dangereusement ;</li>"
                                    "<li><b>Compréhensible</b> : textes clairs, comportement "
                                    "prévisible, aide à la saisie ;</li>"
                                    "<li><b>Robuste</b> : un code propre, compatible avec les "
                                    "technologies d’assistance.</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<p>The <b>WCAG</b> (Web Content Accessibility Guidelines) "
                                    "are published by the W3C, the body that develops Web "
                                    "standards. After versions 2.0 (2008) and 2.1 (2018), "
                                    "version 2.2 was published in 2023. They are organised into "
                                    "success criteria ranked on three levels, A, AA and AAA; "
                                    "level <b>AA</b> is the usual target of regulations.</p>"
                                    "<p>The WCAG rest on four principles:</p>"
                                    "<ul>"
                                    "<li><b>Perceivable</b>: alternative texts, captions, "
                                    "sufficient contrast;</li>"
                                    "<li><b>Operable</b>: everything works with a keyboard, "
                                    "there is enough time, nothing flashes dangerously;</li>"
                                    "<li><b>Understandable</b>: clear texts, predictable "
                                    "behaviour, help with input;</li>"
                                    "<li><b>Robust</b>: clean code that works with assistive "
                                    "technologies.</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Le RGAA, la méthode française",
                                "en": "The RGAA, the French method",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Le <b>Référentiel général d’amélioration de "
                                    "l’accessibilité</b> (RGAA), publié par la DINUM, traduit "
                                    "les exigences des WCAG 2.1 de niveau AA en critères et en "
                                    "tests concrets. Ses thématiques couvrent les images, les "
                                    "cadres, les couleurs, le multimédia, les tableaux, les "
                                    "liens, les scripts, les éléments obligatoires, la "
                                    "structuration et la présentation de l’information, les "
                                    "formulaires, la navigation et la consultation.</p>"
                                    "<p>Un audit RGAA porte sur un <b>échantillon de pages</b> "
                                    "(accueil, contact, mentions légales, pages les plus "
                                    "utilisées, démarches clés). Chaque critère y est jugé "
                                    "conforme, non conforme ou non applicable, ce qui donne un "
                                    "taux de conformité. Ces exigences sont cohérentes avec la "
                                    "norme européenne EN 301 549.</p>"
                                ),
                                "en": (
                                    "<p>The <b>General Accessibility Improvement Framework</b> "
                                    "(RGAA), published by DINUM, the French interministerial "
                                    "digital directorate, turns the WCAG 2.1 level AA "
                                    "requirements into concrete criteria and tests. Its themes "
                                    "cover images, frames, colours, multimedia, tables, links, "
                                    "scripts, mandatory elements, structuring and presentation "
                                    "of information, forms, navigation and consultation.</p>"
                                    "<p>An RGAA audit covers a <b>sample of pages</b> (home, "
                                    "contact, legal notice, most used pages, key procedures). "
                                    "Each criterion is rated as met, not met or not applicable, "
                                    "which gives a compliance rate. These requirements are "
                                    "consistent with the European standard EN 301 549.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "key_figure",
                            "title": {
                                "fr": "106 critères, 13 thématiques",
                                "en": "106 criteria, 13 themes",
                            },
                            "text": {
                                "fr": (
                                    "Le RGAA dans sa version 4.1 compte 106 critères de "
                                    "contrôle répartis en 13 thématiques, chacun décliné en "
                                    "tests précis."
                                ),
                                "en": (
                                    "Version 4.1 of the RGAA contains 106 control criteria "
                                    "grouped into 13 themes, each broken down into precise "
                                    "tests."
                                ),
                            },
                            "source": {
                                "fr": (
                                    "DINUM, Référentiel général d’amélioration de "
                                    "l’accessibilité (RGAA), version 4.1.2, 2023"
                                ),
                                "en": (
                                    "DINUM, General Accessibility Improvement Framework (RGAA), "
                                    "version 4.1.2, 2023"
                                ),
                            },
                            "source_url": "https://accessibilite.numerique.gouv.fr/",
                        },
                        {
                            "type": "data_figure",
                            "caption": {
                                "fr": (
                                    "Part des pages d’accueil du million de sites les plus "
                                    "visités présentant des erreurs WCAG détectées "
                                    "automatiquement"
                                ),
                                "en": (
                                    "Share of home pages of the top one million websites with "
                                    "automatically detected WCAG failures"
                                ),
                            },
                            "unit": {"fr": "% des pages d’accueil", "en": "% of home pages"},
                            "rows": [
                                {"label": {"fr": "2019", "en": "2019"}, "value": 97.8},
                                {"label": {"fr": "2023", "en": "2023"}, "value": 96.3},
                                {"label": {"fr": "2024", "en": "2024"}, "value": 95.9},
                            ],
                            "source": {
                                "fr": "WebAIM, The WebAIM Million, éditions 2019, 2023 et 2024",
                                "en": "WebAIM, The WebAIM Million, 2019, 2023 and 2024 editions",
                            },
                            "source_url": "https://webaim.org/projects/million/",
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "fr": "Les outils automatiques ne suffisent pas",
                                "en": "Automated tools are not enough",
                            },
                            "text": {
                                "fr": (
                                    "Un outil automatique repère une partie seulement des "
                                    "problèmes : il voit qu’un texte alternatif manque, pas "
                                    "qu’il est faux. Méfiez-vous aussi des « surcouches » qui "
                                    "promettent un site accessible en ajoutant une ligne de "
                                    "code : elles ne rendent pas un site conforme et peuvent "
                                    "gêner les technologies d’assistance des utilisateurs."
                                ),
                                "en": (
                                    "An automated tool only detects some of the problems: it "
                                    "can see that an alternative text is missing, not that it "
                                    "is wrong. Also be wary of “overlays” that promise an "
                                    "accessible site by adding one line of code: they do not "
                                    "make a site compliant and can interfere with users’ "
                                    "assistive technologies."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "Le RGAA sur le site de la DINUM",
                                        "en": "The RGAA on the DINUM website (in French)",
                                    },
                                    "url": "https://accessibilite.numerique.gouv.fr/",
                                },
                                {
                                    "title": {
                                        "fr": "W3C WAI : présentation des WCAG",
                                        "en": "W3C WAI: WCAG overview",
                                    },
                                    "url": "https://www.w3.org/WAI/standards-guidelines/wcag/",
                                },
                                {
                                    "title": {
                                        "fr": "WebAIM : rapport The WebAIM Million (en anglais)",
                                        "en": "WebAIM: The WebAIM Million report",
                                    },
                                    "url": "https://webaim.org/projects/million/",
                                },
                            ],
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "obligations-legales",
                    "title": {
                        "fr": "Ce que dit la loi",
                        "en": "What the law says",
                    },
                    "minutes": 10,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>En France, l’obligation d’accessibilité numérique "
                                    "découle de l’<b>article 47 de la loi du 11 février "
                                    "2005</b>, modifié à plusieurs reprises depuis, et du "
                                    "décret du 24 juillet 2019 qui en précise les modalités. "
                                    "Sont notamment concernés :</p>"
                                    "<ul>"
                                    "<li>les personnes morales de droit public (État, "
                                    "collectivités, établissements publics) ;</li>"
                                    "<li>certains organismes privés chargés d’une mission de "
                                    "service public, ou créés pour répondre à des besoins "
                                    "d’intérêt général et financés ou contrôlés majoritairement "
                                    "par des acteurs publics ;</li>"
                                    "<li>les entreprises dont le chiffre d’affaires en France "
                                    "dépasse 250 millions d’euros.</li>"
                                    "</ul>"
                                    "<p>Le RGAA sert de méthode pour vérifier le respect de "
                                    "cette obligation.</p>"
                                ),
                                "en": (
                                    "<p>In France, the digital accessibility obligation stems "
                                    "from <b>article 47 of the law of 11 February 2005</b>, "
                                    "amended several times since, and from the decree of 24 "
                                    "July 2019 that sets out how it applies. Those covered "
                                    "include:</p>"
                                    "<ul>"
                                    "<li>public-law bodies (the State, local authorities, public "
                                    "institutions);</li>"
                                    "<li>certain private bodies entrusted with a public service "
                                    "mission, or set up to meet needs of general interest and "
                                    "mostly funded or controlled by public bodies;</li>"
                                    "<li>companies whose turnover in France exceeds 250 million "
                                    "euros.</li>"
                                    "</ul>"
                                    "<p>The RGAA is the method used to check compliance with "
                                    "this obligation.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Les obligations concrètes",
                                "en": "The practical obligations",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li>Afficher dès la page d’accueil la mention "
                                    "« Accessibilité : totalement, partiellement ou non "
                                    "conforme ». Un site est totalement conforme si tous les "
                                    "critères applicables sont respectés, partiellement "
                                    "conforme à partir de 50 %, non conforme en dessous ou en "
                                    "l’absence d’audit.</li>"
                                    "<li>Publier une <b>déclaration d’accessibilité</b> : état de "
                                    "conformité, contenus non accessibles, moyen de signaler un "
                                    "problème et d’obtenir une alternative, voies de recours "
                                    "auprès du Défenseur des droits.</li>"
                                    "<li>Adopter un <b>schéma pluriannuel</b> de mise en "
                                    "accessibilité, de trois ans au plus, décliné en plans "
                                    "d’action annuels.</li>"
                                    "</ul>"
                                    "<p>Des sanctions financières sont prévues en cas de "
                                    "manquement, par exemple en l’absence de déclaration.</p>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li>Display on the home page the statement “Accessibility: "
                                    "fully, partially or not compliant”. A site is fully "
                                    "compliant if all applicable criteria are met, partially "
                                    "compliant from 50%, and not compliant below that or if no "
                                    "audit has been carried out.</li>"
                                    "<li>Publish an <b>accessibility statement</b>: compliance "
                                    "status, non-accessible content, a way to report a problem "
                                    "and obtain an alternative, and avenues of redress through "
                                    "the Défenseur des droits (the French rights "
                                    "ombudsman).</li>"
                                    "<li>Adopt a <b>multi-year plan</b> for accessibility, "
                                    "covering three years at most, broken down into annual "
                                    "action plans.</li>"
                                    "</ul>"
                                    "<p>Financial penalties are provided for in case of "
                                    "non-compliance, for example when there is no "
                                    "statement.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "fr": "Votre structure est-elle concernée ?",
                                "en": "Is your organisation covered?",
                            },
                            "text": {
                                "fr": (
                                    "Beaucoup d’associations ne relèvent pas directement de "
                                    "l’article 47, mais certaines oui : celles qui gèrent un "
                                    "service public par délégation, ou dont l’activité "
                                    "d’intérêt général est majoritairement financée par des "
                                    "fonds publics. Vérifiez votre situation au cas par cas, "
                                    "avec vos financeurs si besoin. Et même sans obligation, "
                                    "vos publics, eux, ont besoin d’un service accessible."
                                ),
                                "en": (
                                    "Many associations are not directly covered by article 47, "
                                    "but some are: those that run a public service under "
                                    "delegation, or whose general-interest activity is mostly "
                                    "publicly funded. Check your situation case by case, with "
                                    "your funders if needed. And even without an obligation, "
                                    "your audiences still need an accessible service."
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "L’Acte européen sur l’accessibilité",
                                "en": "The European Accessibility Act",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>La directive européenne 2019/882, dite <b>Acte européen "
                                    "sur l’accessibilité</b>, a été transposée en droit "
                                    "français. Elle vise des produits (ordinateurs, "
                                    "smartphones, distributeurs de billets, liseuses) et des "
                                    "services destinés aux consommateurs : commerce "
                                    "électronique, services bancaires, livres numériques, "
                                    "communications électroniques, certains services de "
                                    "transport de voyageurs. Une coopérative ou une "
                                    "association qui vend en ligne et qui n’est pas une "
                                    "microentreprise peut donc être concernée, indépendamment "
                                    "de l’article 47. Des périodes de transition existent : "
                                    "renseignez-vous précisément.</p>"
                                ),
                                "en": (
                                    "<p>European Directive 2019/882, known as the <b>European "
                                    "Accessibility Act</b>, has been transposed into French "
                                    "law. It covers products (computers, smartphones, cash "
                                    "machines, e-readers) and consumer services: e-commerce, "
                                    "banking services, e-books, electronic communications, "
                                    "certain passenger transport services. A cooperative or an "
                                    "association that sells online and is not a "
                                    "micro-enterprise may therefore be covered, independently "
                                    "of article 47. Transition periods exist: check the details "
                                    "carefully.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "key_figure",
                            "title": {
                                "fr": "28 juin 2025",
                                "en": "28 June 2025",
                            },
                            "text": {
                                "fr": (
                                    "C’est la date à partir de laquelle les exigences de la "
                                    "directive s’appliquent. Les microentreprises qui "
                                    "fournissent des services (moins de 10 personnes et chiffre "
                                    "d’affaires annuel ou total du bilan ne dépassant pas 2 "
                                    "millions d’euros) en sont exemptées."
                                ),
                                "en": (
                                    "This is the date from which the directive’s requirements "
                                    "apply. Micro-enterprises that provide services (fewer than "
                                    "10 people and an annual turnover or balance sheet total "
                                    "not exceeding 2 million euros) are exempt."
                                ),
                            },
                            "source": {
                                "fr": (
                                    "Union européenne, directive (UE) 2019/882 du 17 avril 2019 "
                                    "relative aux exigences en matière d’accessibilité des "
                                    "produits et services"
                                ),
                                "en": (
                                    "European Union, Directive (EU) 2019/882 of 17 April 2019 on "
                                    "the accessibility requirements for products and services"
                                ),
                            },
                            "source_url": "https://eur-lex.europa.eu/eli/dir/2019/882/oj",
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "Légifrance : loi n° 2005-102 du 11 février 2005",
                                        "en": "Légifrance: Law no. 2005-102 of 11 February 2005 "
                                        "(in French)",
                                    },
                                    "url": (
                                        "https://www.legifrance.gouv.fr/loda/id/"
                                        "JORFTEXT000000809647"
                                    ),
                                },
                                {
                                    "title": {
                                        "fr": "Légifrance : décret n° 2019-768 du 24 juillet 2019",
                                        "en": "Légifrance: Decree no. 2019-768 of 24 July 2019 "
                                        "(in French)",
                                    },
                                    "url": (
                                        "https://www.legifrance.gouv.fr/loda/id/"
                                        "JORFTEXT000038811937"
                                    ),
                                },
                                {
                                    "title": {
                                        "fr": "EUR-Lex : directive (UE) 2019/882",
                                        "en": "EUR-Lex: Directive (EU) 2019/882",
                                    },
                                    "url": "https://eur-lex.europa.eu/eli/dir/2019/882/oj",
                                },
                                {
                                    "title": {
                                        "fr": "Défenseur des droits",
                                        "en": "Défenseur des droits (French rights ombudsman)",
                                    },
                                    "url": "https://www.defenseurdesdroits.fr/",
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
            "slug": "verifications-essentielles",
            "title": {
                "fr": "Vérifier soi-même : les contrôles essentiels",
                "en": "Checking for yourself: the essential checks",
            },
            "intro": {
                "fr": (
                    "Des vérifications simples, faisables sans compétence technique, qui "
                    "repèrent une grande partie des obstacles les plus fréquents."
                ),
                "en": (
                    "Simple checks, feasible without technical skills, that catch a large share "
                    "of the most common barriers."
                ),
            },
            "items": [
                {
                    "type": "lesson",
                    "slug": "alternatives-et-contrastes",
                    "title": {
                        "fr": "Alternatives textuelles et contrastes",
                        "en": "Text alternatives and contrast",
                    },
                    "minutes": 9,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Un lecteur d’écran ne voit pas les images : il lit leur "
                                    "<b>alternative textuelle</b> (l’attribut <i>alt</i> en "
                                    "HTML, ou le champ « texte alternatif » de votre CMS). "
                                    "Trois cas se présentent :</p>"
                                    "<ul>"
                                    "<li><b>Image informative</b> : l’alternative transmet "
                                    "l’information utile, sans commencer par « image de ».</li>"
                                    "<li><b>Image décorative</b> : l’alternative doit rester "
                                    "vide pour que le lecteur d’écran l’ignore.</li>"
                                    "<li><b>Image complexe</b> (graphique, infographie, carte) : "
                                    "une alternative courte, complétée par une description "
                                    "détaillée ou un tableau de données à proximité.</li>"
                                    "</ul>"
                                    "<p>Évitez les images de texte, comme une affiche "
                                    "d’événement publiée seule : reprenez toujours son contenu "
                                    "dans la page.</p>"
                                ),
                                "en": (
                                    "<p>A screen reader cannot see images: it reads their "
                                    "<b>text alternative</b> (the <i>alt</i> attribute in HTML, "
                                    "or the “alternative text” field in your CMS). There are "
                                    "three cases:</p>"
                                    "<ul>"
                                    "<li><b>Informative image</b>: the alternative conveys the "
                                    "useful information, without starting with “image "
                                    "of”.</li>"
                                    "<li><b>Decorative image</b>: the alternative must be left "
                                    "empty so that the screen reader ignores it.</li>"
                                    "<li><b>Complex image</b> (chart, infographic, map): a short "
                                    "alternative, complemented by a detailed description or a "
                                    "data table nearby.</li>"
                                    "</ul>"
                                    "<p>Avoid images of text, such as an event poster published "
                                    "on its own: always repeat its content in the page.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Rédiger une bonne alternative",
                                "en": "Writing a good alternative",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li>Photo d’un article sur une distribution alimentaire : "
                                    "« Cinq bénévoles remettent des paniers de légumes aux "
                                    "familles, samedi matin » plutôt que « photo1.jpg » ou "
                                    "« image ».</li>"
                                    "<li>Logo servant de lien vers l’accueil : « Épicerie "
                                    "solidaire Le Panier – accueil ».</li>"
                                    "<li>Pictogramme de téléphone placé à côté du numéro : "
                                    "image décorative, alternative vide.</li>"
                                    "</ul>"
                                    "<p>Posez-vous la question : si je lisais la page au "
                                    "téléphone à quelqu’un, que dirais-je de cette image ?</p>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li>Photo in an article about a food distribution: “Five "
                                    "volunteers hand out vegetable baskets to families on "
                                    "Saturday morning” rather than “photo1.jpg” or "
                                    "“image”.</li>"
                                    "<li>Logo used as a link to the home page: “Le Panier "
                                    "community grocery – home”.</li>"
                                    "<li>Telephone icon placed next to the number: a decorative "
                                    "image, empty alternative.</li>"
                                    "</ul>"
                                    "<p>Ask yourself: if I were reading the page to someone "
                                    "over the phone, what would I say about this image?</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Contrastes et couleurs",
                                "en": "Contrast and colour",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Un texte gris clair sur fond blanc est pénible pour "
                                    "beaucoup de monde, et illisible pour une personne "
                                    "malvoyante. Selon le rapport WebAIM de 2024, un contraste "
                                    "insuffisant a été détecté sur environ 81 % des pages "
                                    "d’accueil analysées : c’est l’erreur la plus répandue. "
                                    "Vérifiez vos couleurs avec un outil de calcul de "
                                    "contraste, y compris pour les textes posés sur des "
                                    "photos.</p>"
                                    "<p>Autre règle : ne jamais transmettre une information "
                                    "<b>par la couleur seule</b>. Des champs obligatoires "
                                    "signalés uniquement en rouge, ou un graphique dont la "
                                    "légende repose seulement sur des couleurs, excluent les "
                                    "personnes daltoniennes.</p>"
                                ),
                                "en": (
                                    "<p>Light grey text on a white background is tiring for "
                                    "many people, and unreadable for a partially sighted "
                                    "person. According to WebAIM’s 2024 report, insufficient "
                                    "contrast was detected on about 81% of the home pages "
                                    "analysed: it is the most widespread error. Check your "
                                    "colours with a contrast calculator, including for text "
                                    "placed over photos.</p>"
                                    "<p>Another rule: never convey information <b>by colour "
                                    "alone</b>. Required fields marked only in red, or a chart "
                                    "whose legend relies only on colours, exclude colour-blind "
                                    "people.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "key_figure",
                            "title": {
                                "fr": "Un rapport de contraste d’au moins 4,5:1",
                                "en": "A contrast ratio of at least 4.5:1",
                            },
                            "text": {
                                "fr": (
                                    "Au niveau AA des WCAG, le texte courant doit présenter un "
                                    "rapport de contraste d’au moins 4,5:1 avec son arrière-plan. "
                                    "Le seuil descend à 3:1 pour les grands textes (au moins 18 "
                                    "points, ou 14 points en gras), ainsi que pour les "
                                    "composants d’interface et les éléments graphiques "
                                    "porteurs d’information."
                                ),
                                "en": (
                                    "At WCAG level AA, body text must have a contrast ratio of "
                                    "at least 4.5:1 with its background. The threshold drops to "
                                    "3:1 for large text (at least 18 points, or 14 points bold), "
                                    "and for interface components and graphical elements that "
                                    "carry information."
                                ),
                            },
                            "source": {
                                "fr": (
                                    "W3C, WCAG 2.1 (2018), critères de succès 1.4.3 "
                                    "« Contraste (minimum) » et 1.4.11 « Contraste du contenu "
                                    "non textuel »"
                                ),
                                "en": (
                                    "W3C, WCAG 2.1 (2018), success criteria 1.4.3 “Contrast "
                                    "(Minimum)” and 1.4.11 “Non-text Contrast”"
                                ),
                            },
                            "source_url": (
                                "https://www.w3.org/WAI/WCAG21/Understanding/contrast-minimum.html"
                            ),
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Le test du noir et blanc",
                                "en": "The black-and-white test",
                            },
                            "text": {
                                "fr": (
                                    "Affichez votre page ou votre affiche en niveaux de gris "
                                    "(réglage d’accessibilité du téléphone ou impression en noir "
                                    "et blanc). Si une information disparaît ou devient "
                                    "ambiguë, c’est qu’elle reposait sur la couleur seule."
                                ),
                                "en": (
                                    "Display your page or poster in greyscale (a phone "
                                    "accessibility setting, or a black-and-white print). If a "
                                    "piece of information disappears or becomes ambiguous, it "
                                    "was relying on colour alone."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "WebAIM : calculateur de contraste",
                                        "en": "WebAIM: contrast checker",
                                    },
                                    "url": "https://webaim.org/resources/contrastchecker/",
                                },
                                {
                                    "title": {
                                        "fr": "W3C : comprendre le critère 1.4.3 (en anglais)",
                                        "en": "W3C: Understanding success criterion 1.4.3",
                                    },
                                    "url": (
                                        "https://www.w3.org/WAI/WCAG21/Understanding/"
                                        "contrast-minimum.html"
                                    ),
                                },
                            ],
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "clavier-titres-liens",
                    "title": {
                        "fr": "Navigation au clavier, titres et liens",
                        "en": "Keyboard navigation, headings and links",
                    },
                    "minutes": 9,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>De nombreuses personnes naviguent sans souris : "
                                    "clavier, contacteur, commande vocale. Les lecteurs d’écran "
                                    "s’appuient eux aussi sur les interactions du clavier. Si "
                                    "un menu, un bouton ou un formulaire ne fonctionne qu’à la "
                                    "souris, il est tout simplement inaccessible pour ces "
                                    "personnes.</p>"
                                    "<p>Les touches à connaître : <b>Tab</b> pour avancer "
                                    "d’élément en élément, <b>Maj + Tab</b> pour reculer, "
                                    "<b>Entrée</b> pour activer un lien ou un bouton, "
                                    "<b>Espace</b> pour cocher une case, les <b>flèches</b> dans "
                                    "les menus et les listes de choix, <b>Échap</b> pour fermer "
                                    "une fenêtre.</p>"
                                ),
                                "en": (
                                    "<p>Many people browse without a mouse: keyboard, switch, "
                                    "voice control. Screen readers also rely on keyboard "
                                    "interactions. If a menu, a button or a form only works "
                                    "with a mouse, it is simply inaccessible to these "
                                    "people.</p>"
                                    "<p>The keys to know: <b>Tab</b> to move from one element to "
                                    "the next, <b>Shift + Tab</b> to go back, <b>Enter</b> to "
                                    "activate a link or button, <b>Space</b> to tick a box, the "
                                    "<b>arrow keys</b> in menus and option lists, <b>Esc</b> to "
                                    "close a window.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Le test du clavier en cinq minutes",
                                "en": "The five-minute keyboard test",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Posez la souris, placez-vous dans la barre d’adresse et "
                                    "appuyez sur Tab. Vérifiez que :</p>"
                                    "<ol>"
                                    "<li>l’élément actif est <b>toujours visible</b> (contour, "
                                    "soulignement, changement de couleur) ;</li>"
                                    "<li>l’ordre de passage suit l’ordre logique de "
                                    "lecture ;</li>"
                                    "<li>menus, boutons, formulaires, bandeau cookies et "
                                    "lecteurs vidéo sont atteignables et utilisables ;</li>"
                                    "<li>on n’est jamais <b>piégé</b> : on peut sortir d’une "
                                    "fenêtre modale ou d’un lecteur ;</li>"
                                    "<li>un lien d’évitement, du type « Aller au contenu », "
                                    "permet de sauter le menu.</li>"
                                    "</ol>"
                                ),
                                "en": (
                                    "<p>Put the mouse aside, click in the address bar and press "
                                    "Tab. Check that:</p>"
                                    "<ol>"
                                    "<li>the active element is <b>always visible</b> (outline, "
                                    "underline, change of colour);</li>"
                                    "<li>the tab order follows the logical reading order;</li>"
                                    "<li>menus, buttons, forms, the cookie banner and video "
                                    "players can be reached and used;</li>"
                                    "<li>you are never <b>trapped</b>: you can leave a modal "
                                    "window or a player;</li>"
                                    "<li>a skip link, such as “Skip to content”, lets you jump "
                                    "over the menu.</li>"
                                    "</ol>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "fr": "Le focus invisible, un défaut fréquent",
                                "en": "Invisible focus, a common flaw",
                            },
                            "text": {
                                "fr": (
                                    "Pour des raisons esthétiques, certains thèmes suppriment "
                                    "le contour qui signale l’élément actif. Sans lui, une "
                                    "personne qui navigue au clavier ne sait plus où elle se "
                                    "trouve. Demandez à votre prestataire de le rétablir, bien "
                                    "visible."
                                ),
                                "en": (
                                    "For aesthetic reasons, some themes remove the outline that "
                                    "shows the active element. Without it, a person browsing "
                                    "with a keyboard no longer knows where they are. Ask your "
                                    "provider to restore it, clearly visible."
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Des titres qui structurent, des liens explicites",
                                "en": "Headings that structure, links that explain",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Les utilisateurs de lecteurs d’écran parcourent souvent "
                                    "une page <b>par ses titres</b>, comme une table des "
                                    "matières. Chaque page doit avoir un titre principal "
                                    "unique (niveau 1), puis des sous-titres hiérarchisés "
                                    "(niveaux 2, 3…). Choisissez le niveau selon la structure, "
                                    "pas selon la taille du texte, et n’imitez pas un titre "
                                    "avec du simple gras.</p>"
                                    "<p>L’intitulé d’un <b>lien</b> doit avoir du sens hors "
                                    "contexte. Dix liens « En savoir plus » ou « Cliquez ici » "
                                    "sont indiscernables pour qui les écoute en liste. "
                                    "Préférez « Télécharger le programme des ateliers (PDF, "
                                    "450 Ko) » : la destination, le format et le poids sont "
                                    "annoncés.</p>"
                                ),
                                "en": (
                                    "<p>Screen reader users often scan a page <b>by its "
                                    "headings</b>, like a table of contents. Each page should "
                                    "have a single main heading (level 1), then hierarchical "
                                    "subheadings (levels 2, 3…). Choose the level according to "
                                    "the structure, not the text size, and do not fake a "
                                    "heading with plain bold text.</p>"
                                    "<p>The text of a <b>link</b> should make sense out of "
                                    "context. Ten “Read more” or “Click here” links cannot be "
                                    "told apart by someone listening to them as a list. Prefer "
                                    "“Download the workshop programme (PDF, 450 KB)”: the "
                                    "destination, format and size are all stated.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Accessibilité et sobriété se rejoignent",
                                "en": "Accessibility and sobriety meet",
                            },
                            "text": {
                                "fr": (
                                    "Annoncer le format et le poids d’un fichier, structurer "
                                    "les pages avec de vrais titres, limiter les scripts et les "
                                    "animations : ces bonnes pratiques servent à la fois "
                                    "l’accessibilité et l’écoconception."
                                ),
                                "en": (
                                    "Stating a file’s format and size, structuring pages with "
                                    "real headings, limiting scripts and animations: these good "
                                    "practices serve both accessibility and eco-design."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "W3C WAI : premières vérifications d’accessibilité "
                                        "(en anglais)",
                                        "en": "W3C WAI: Easy Checks – a first review of web "
                                        "accessibility",
                                    },
                                    "url": "https://www.w3.org/WAI/test-evaluate/preliminary/",
                                },
                                {
                                    "title": {
                                        "fr": "RGAA : critères de navigation et de structure",
                                        "en": "RGAA: navigation and structure criteria (in French)",
                                    },
                                    "url": "https://accessibilite.numerique.gouv.fr/",
                                },
                            ],
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "formulaires-et-documents",
                    "title": {
                        "fr": "Formulaires et documents bureautiques",
                        "en": "Forms and office documents",
                    },
                    "minutes": 9,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Adhésion, don, inscription à un atelier, demande "
                                    "d’aide : les formulaires sont souvent le cœur de vos "
                                    "services en ligne. Quelques points à vérifier :</p>"
                                    "<ul>"
                                    "<li>chaque champ a une <b>étiquette visible</b>, reliée au "
                                    "champ ; un texte d’exemple grisé dans le champ ne suffit "
                                    "pas, car il disparaît à la saisie ;</li>"
                                    "<li>les champs obligatoires sont signalés en toutes "
                                    "lettres, pas seulement par une couleur ou un astérisque "
                                    "non expliqué ;</li>"
                                    "<li>le format attendu est indiqué (par exemple, une date "
                                    "au format jj/mm/aaaa) ;</li>"
                                    "<li>les <b>erreurs</b> sont décrites clairement, à côté du "
                                    "champ concerné, avec une piste de correction ;</li>"
                                    "<li>les boutons radio et cases à cocher sont regroupés "
                                    "sous une question commune ;</li>"
                                    "<li>les champs d’informations personnelles (nom, adresse, "
                                    "courriel) acceptent la saisie automatique du "
                                    "navigateur.</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<p>Membership, donations, workshop registration, "
                                    "requests for help: forms are often at the heart of your "
                                    "online services. A few points to check:</p>"
                                    "<ul>"
                                    "<li>each field has a <b>visible label</b>, linked to the "
                                    "field; greyed-out example text inside the field is not "
                                    "enough, because it disappears when typing;</li>"
                                    "<li>required fields are stated in words, not only by a "
                                    "colour or an unexplained asterisk;</li>"
                                    "<li>the expected format is given (for example, a date in "
                                    "dd/mm/yyyy format);</li>"
                                    "<li><b>errors</b> are described clearly, next to the "
                                    "relevant field, with a hint on how to fix them;</li>"
                                    "<li>radio buttons and checkboxes are grouped under a "
                                    "shared question;</li>"
                                    "<li>personal information fields (name, address, email) "
                                    "accept the browser’s autofill.</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "fr": "Les CAPTCHA visuels excluent",
                                "en": "Visual CAPTCHAs exclude people",
                            },
                            "text": {
                                "fr": (
                                    "Les tests « Je ne suis pas un robot » à base d’images "
                                    "bloquent de nombreuses personnes aveugles, malvoyantes ou "
                                    "ayant des troubles cognitifs. Privilégiez des protections "
                                    "anti-spam invisibles pour l’utilisateur, ou proposez "
                                    "toujours une alternative."
                                ),
                                "en": (
                                    "Image-based “I am not a robot” tests block many blind, "
                                    "partially sighted or cognitively impaired people. Favour "
                                    "anti-spam protection that is invisible to the user, or "
                                    "always offer an alternative."
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Documents : traitement de texte, PDF, diaporamas",
                                "en": "Documents: word processing, PDF, slide decks",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Rapport d’activité, lettre d’information, compte rendu "
                                    "d’assemblée générale : l’accessibilité d’un document se "
                                    "joue dans le <b>fichier source</b>.</p>"
                                    "<ul>"
                                    "<li>Utilisez les <b>styles de titre</b> intégrés (Titre 1, "
                                    "Titre 2) et les vraies listes à puces.</li>"
                                    "<li>Ajoutez un texte alternatif aux images.</li>"
                                    "<li>Construisez des tableaux simples, avec une ligne "
                                    "d’en-tête déclarée.</li>"
                                    "<li>Renseignez la langue et le titre du document.</li>"
                                    "<li>Lancez le vérificateur d’accessibilité intégré à "
                                    "LibreOffice ou à Word.</li>"
                                    "<li>Exportez en <b>PDF balisé</b>, en vérifiant l’option "
                                    "correspondante.</li>"
                                    "</ul>"
                                    "<p>Pour une information importante, une page web bien "
                                    "structurée reste souvent plus accessible, et plus légère, "
                                    "qu’un PDF.</p>"
                                ),
                                "en": (
                                    "<p>Annual report, newsletter, general assembly minutes: a "
                                    "document’s accessibility is decided in the <b>source "
                                    "file</b>.</p>"
                                    "<ul>"
                                    "<li>Use the built-in <b>heading styles</b> (Heading 1, "
                                    "Heading 2) and real bulleted lists.</li>"
                                    "<li>Add alternative text to images.</li>"
                                    "<li>Build simple tables with a declared header row.</li>"
                                    "<li>Set the document’s language and title.</li>"
                                    "<li>Run the accessibility checker built into LibreOffice "
                                    "or Word.</li>"
                                    "<li>Export as a <b>tagged PDF</b>, making sure the "
                                    "corresponding option is ticked.</li>"
                                    "</ul>"
                                    "<p>For important information, a well-structured web page "
                                    "is often more accessible, and lighter, than a PDF.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Un PDF scanné n’est qu’une image",
                                "en": "A scanned PDF is just an image",
                            },
                            "text": {
                                "fr": (
                                    "Essayez de sélectionner une phrase dans le PDF. Si c’est "
                                    "impossible, le document est une image : un lecteur "
                                    "d’écran n’y lira rien. Repartez du fichier d’origine, ou "
                                    "ressaisissez le texte."
                                ),
                                "en": (
                                    "Try to select a sentence in the PDF. If you cannot, the "
                                    "document is an image: a screen reader will read nothing "
                                    "in it. Go back to the original file, or retype the "
                                    "text."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "W3C WAI : tutoriel sur les formulaires (en anglais)",
                                        "en": "W3C WAI: Forms tutorial",
                                    },
                                    "url": "https://www.w3.org/WAI/tutorials/forms/",
                                },
                                {
                                    "title": {
                                        "fr": "RGAA : thématique Formulaires",
                                        "en": "RGAA: Forms theme (in French)",
                                    },
                                    "url": "https://accessibilite.numerique.gouv.fr/",
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
            "slug": "inclusion-langage-clair-mediation",
            "title": {
                "fr": "Langage clair, médiation et plan d’action",
                "en": "Plain language, mediation and action plan",
            },
            "intro": {
                "fr": (
                    "Aller au-delà de la technique : des contenus compréhensibles, un "
                    "accompagnement humain et une démarche organisée dans la durée."
                ),
                "en": (
                    "Going beyond technology: understandable content, human support and an "
                    "approach organised over time."
                ),
            },
            "items": [
                {
                    "type": "lesson",
                    "slug": "langage-clair-et-falc",
                    "title": {
                        "fr": "Langage clair et FALC",
                        "en": "Plain language and Easy-to-Read",
                    },
                    "minutes": 9,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Une page peut respecter tous les critères techniques "
                                    "et rester incompréhensible. Le <b>langage clair</b> vise à "
                                    "ce que chacun trouve, comprenne et utilise l’information "
                                    "du premier coup. Il profite à tous : personnes peu à "
                                    "l’aise avec l’écrit, personnes dont le français n’est pas "
                                    "la langue maternelle, personnes fatiguées ou "
                                    "stressées.</p>"
                                    "<p>Le <b>FALC</b>, « facile à lire et à comprendre », va "
                                    "plus loin. C’est une méthode fondée sur des règles "
                                    "européennes publiées par Inclusion Europe, conçue d’abord "
                                    "avec et pour les personnes ayant une déficience "
                                    "intellectuelle, et portée en France notamment par "
                                    "l’Unapei.</p>"
                                ),
                                "en": (
                                    "<p>A page can meet every technical criterion and still be "
                                    "impossible to understand. <b>Plain language</b> aims to "
                                    "help everyone find, understand and use information the "
                                    "first time. It benefits everyone: people who are not "
                                    "comfortable with reading and writing, people whose first "
                                    "language is not French, people who are tired or "
                                    "stressed.</p>"
                                    "<p><b>FALC</b> (the French name for Easy-to-Read) goes "
                                    "further. It is a method based on European rules published "
                                    "by Inclusion Europe, designed first with and for people "
                                    "with intellectual disabilities, and promoted in France in "
                                    "particular by Unapei.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "key_figure",
                            "title": {
                                "fr": "7 % des adultes en situation d’illettrisme",
                                "en": "7% of adults with low literacy",
                            },
                            "text": {
                                "fr": (
                                    "Selon l’enquête Information et vie quotidienne de l’INSEE "
                                    "(2011-2012), exploitée par l’ANLCI, 7 % des personnes de "
                                    "18 à 65 ans ayant été scolarisées en France étaient en "
                                    "situation d’illettrisme, soit environ 2,5 millions de "
                                    "personnes."
                                ),
                                "en": (
                                    "According to INSEE’s Information and Everyday Life survey "
                                    "(2011-2012), analysed by ANLCI, 7% of people aged 18 to 65 "
                                    "who went to school in France had low literacy "
                                    "(illettrisme), or about 2.5 million people."
                                ),
                            },
                            "source": {
                                "fr": (
                                    "ANLCI (Agence nationale de lutte contre l’illettrisme), "
                                    "d’après l’enquête IVQ de l’INSEE, 2011-2012"
                                ),
                                "en": (
                                    "ANLCI (French national agency against illiteracy), based "
                                    "on INSEE’s IVQ survey, 2011-2012"
                                ),
                            },
                            "source_url": "https://www.anlci.gouv.fr/",
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Les réflexes du langage clair",
                                "en": "Plain language habits",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li>Mettre l’information la plus importante en "
                                    "premier.</li>"
                                    "<li>Une idée par phrase, des phrases courtes.</li>"
                                    "<li>Des mots courants ; expliquer les sigles (CAF, MDPH, "
                                    "ESS) à leur première apparition.</li>"
                                    "<li>S’adresser directement au lecteur (« vous ») et "
                                    "préférer la voix active.</li>"
                                    "<li>Donner des exemples concrets.</li>"
                                    "<li>Structurer avec des titres et des listes.</li>"
                                    "<li>Éviter les doubles négations et les expressions "
                                    "imagées.</li>"
                                    "<li>Écrire les nombres en chiffres et garder les mêmes "
                                    "mots pour les mêmes choses.</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li>Put the most important information first.</li>"
                                    "<li>One idea per sentence, short sentences.</li>"
                                    "<li>Everyday words; explain acronyms (CAF, MDPH, ESS) the "
                                    "first time they appear.</li>"
                                    "<li>Address the reader directly (“you”) and prefer the "
                                    "active voice.</li>"
                                    "<li>Give concrete examples.</li>"
                                    "<li>Structure with headings and lists.</li>"
                                    "<li>Avoid double negatives and figurative "
                                    "expressions.</li>"
                                    "<li>Write numbers as digits and keep the same words for "
                                    "the same things.</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Avant, après : un exemple",
                                "en": "Before and after: an example",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p><b>Avant</b> : « Les bénéficiaires souhaitant solliciter "
                                    "l’octroi d’une aide alimentaire sont invités à se "
                                    "présenter munis des justificatifs afférents. »</p>"
                                    "<p><b>Après</b> : « Vous avez besoin d’aide pour vos "
                                    "courses ? Venez à l’épicerie le mardi ou le jeudi, de "
                                    "14 h à 17 h. Apportez votre pièce d’identité et votre "
                                    "dernière attestation de la CAF. »</p>"
                                    "<p>La seconde version dit qui, quoi, quand et avec quels "
                                    "papiers. En FALC, on irait plus loin : phrases encore plus "
                                    "courtes, une information par ligne, une image pour "
                                    "illustrer chaque idée importante, et surtout une "
                                    "relecture par des personnes concernées.</p>"
                                ),
                                "en": (
                                    "<p><b>Before</b>: “Beneficiaries wishing to apply for the "
                                    "granting of food assistance are requested to present "
                                    "themselves with the relevant supporting documents.”</p>"
                                    "<p><b>After</b>: “Do you need help with your shopping? "
                                    "Come to the grocery on Tuesday or Thursday, from 2 pm to "
                                    "5 pm. Bring your ID and your latest certificate from the "
                                    "CAF (family benefits office).”</p>"
                                    "<p>The second version says who, what, when and which "
                                    "papers to bring. In Easy-to-Read, you would go further: "
                                    "even shorter sentences, one piece of information per "
                                    "line, an image to illustrate each important idea, and "
                                    "above all a review by the people concerned.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Faites relire par les personnes concernées",
                                "en": "Have it reviewed by the people concerned",
                            },
                            "text": {
                                "fr": (
                                    "Un document FALC n’est validé que s’il a été relu par des "
                                    "personnes ayant une déficience intellectuelle. Certains "
                                    "ESAT et associations proposent des services de "
                                    "transcription et de relecture : c’est aussi une belle "
                                    "occasion de coopération entre structures de l’ESS."
                                ),
                                "en": (
                                    "An Easy-to-Read document is only validated once it has "
                                    "been reviewed by people with intellectual disabilities. "
                                    "Some ESATs (sheltered work establishments) and "
                                    "associations offer transcription and review services: it "
                                    "is also a great opportunity for cooperation between "
                                    "social economy organisations."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "Inclusion Europe : le facile à lire et à "
                                        "comprendre (en anglais)",
                                        "en": "Inclusion Europe: Easy-to-Read",
                                    },
                                    "url": "https://www.inclusion-europe.eu/easy-to-read/",
                                },
                                {
                                    "title": {
                                        "fr": "Unapei : ressources sur le FALC",
                                        "en": "Unapei: Easy-to-Read resources (in French)",
                                    },
                                    "url": "https://www.unapei.org/",
                                },
                                {
                                    "title": {
                                        "fr": "ANLCI : comprendre l’illettrisme",
                                        "en": "ANLCI: understanding low literacy (in French)",
                                    },
                                    "url": "https://www.anlci.gouv.fr/",
                                },
                            ],
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "inclusion-et-mediation-numerique",
                    "title": {
                        "fr": "Inclusion et médiation numérique",
                        "en": "Digital inclusion and mediation",
                    },
                    "minutes": 9,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Un service accessible ne suffit pas si une partie du "
                                    "public n’a ni équipement, ni connexion, ni compétences, ni "
                                    "confiance pour l’utiliser. L’INSEE parle "
                                    "d’<b>illectronisme</b> pour désigner les personnes qui "
                                    "n’ont pas utilisé internet récemment ou qui ne disposent "
                                    "pas des compétences numériques de base.</p>"
                                ),
                                "en": (
                                    "<p>An accessible service is not enough if part of the "
                                    "audience has no device, no connection, no skills or no "
                                    "confidence to use it. INSEE, the French statistics "
                                    "institute, uses the term <b>illectronisme</b> (digital "
                                    "illiteracy) for people who have not used the internet "
                                    "recently or who lack basic digital skills.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "key_figure",
                            "title": {
                                "fr": "15 % de la population en situation d’illectronisme",
                                "en": "15% of the population digitally excluded",
                            },
                            "text": {
                                "fr": (
                                    "En 2021, 15,4 % des personnes de 15 ans ou plus résidant en "
                                    "France étaient en situation d’illectronisme. La part est "
                                    "bien plus élevée chez les personnes âgées et parmi les "
                                    "ménages modestes."
                                ),
                                "en": (
                                    "In 2021, 15.4% of people aged 15 or over living in France "
                                    "were digitally illiterate. The share is much higher among "
                                    "older people and low-income households."
                                ),
                            },
                            "source": {
                                "fr": "INSEE, Insee Première n° 1953, juin 2023 (données 2021)",
                                "en": "INSEE, Insee Première no. 1953, June 2023 (2021 data)",
                            },
                            "source_url": "https://www.insee.fr/fr/statistiques/7633654",
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Toujours garder une porte non numérique",
                                "en": "Always keep a non-digital door open",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Dans une structure de l’ESS, le numérique ne doit "
                                    "jamais devenir le seul chemin vers un droit ou un "
                                    "service. Gardez un numéro de téléphone tenu par une "
                                    "personne, des horaires d’accueil, des formulaires papier "
                                    "pour l’adhésion ou les demandes d’aide. Un centre social "
                                    "qui ouvre les inscriptions en ligne peut, par exemple, "
                                    "réserver une matinée d’inscriptions au guichet, avec une "
                                    "personne pour aider à remplir le formulaire.</p>"
                                ),
                                "en": (
                                    "<p>In a social and solidarity economy organisation, "
                                    "digital must never become the only way to access a right "
                                    "or a service. Keep a phone number answered by a person, "
                                    "reception hours, and paper forms for membership or "
                                    "requests for help. A community centre that opens online "
                                    "registration can, for example, set aside a morning for "
                                    "in-person registration, with someone to help fill in the "
                                    "form.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Accompagner plutôt que faire à la place",
                                "en": "Support rather than do it for them",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>La <b>médiation numérique</b> aide les personnes à "
                                    "gagner en autonomie : conseillers numériques, espaces "
                                    "France Services, tiers-lieux et lieux de médiation "
                                    "associatifs. Pour vos équipes, quelques principes : "
                                    "laisser la personne tenir la souris ou le téléphone, "
                                    "expliquer chaque étape, noter le parcours sur une fiche "
                                    "qu’elle garde, respecter la confidentialité.</p>"
                                    "<p>Lorsqu’un professionnel doit réaliser une démarche en "
                                    "ligne à la place d’une personne, le service public "
                                    "<b>Aidants Connect</b> permet de le faire dans un cadre "
                                    "sécurisé, avec un mandat, sans manipuler ses "
                                    "identifiants.</p>"
                                    "<p>Enfin, associez vos publics : faites tester vos "
                                    "services par des personnes accompagnées, y compris des "
                                    "personnes handicapées, et reconnaissez la valeur de leur "
                                    "expertise.</p>"
                                ),
                                "en": (
                                    "<p><b>Digital mediation</b> helps people become more "
                                    "independent: digital advisers, France Services centres, "
                                    "third places and community-run mediation venues. For your "
                                    "teams, a few principles: let the person hold the mouse or "
                                    "phone, explain each step, write down the process on a "
                                    "sheet they keep, respect confidentiality.</p>"
                                    "<p>When a professional has to carry out an online "
                                    "procedure on someone’s behalf, the public service "
                                    "<b>Aidants Connect</b> makes it possible to do so in a "
                                    "secure framework, with a mandate, without handling the "
                                    "person’s login details.</p>"
                                    "<p>Finally, involve your audiences: have your services "
                                    "tested by the people you support, including people with "
                                    "disabilities, and recognise the value of their "
                                    "expertise.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "fr": "Jamais de mots de passe dans un carnet",
                                "en": "Never keep passwords in a notebook",
                            },
                            "text": {
                                "fr": (
                                    "Conserver les identifiants des personnes accompagnées, "
                                    "même pour rendre service, les expose à des abus et engage "
                                    "la responsabilité de votre structure. Faites saisir les "
                                    "codes par la personne elle-même, ou utilisez un dispositif "
                                    "prévu pour cela."
                                ),
                                "en": (
                                    "Keeping the login details of the people you support, even "
                                    "to help them, exposes them to abuse and makes your "
                                    "organisation liable. Have people type in their codes "
                                    "themselves, or use a scheme designed for this purpose."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "Aidants Connect",
                                        "en": "Aidants Connect (in French)",
                                    },
                                    "url": "https://aidantsconnect.beta.gouv.fr/",
                                },
                                {
                                    "title": {
                                        "fr": "INSEE : l’illectronisme en 2021",
                                        "en": "INSEE: digital illiteracy in 2021 (in French)",
                                    },
                                    "url": "https://www.insee.fr/fr/statistiques/7633654",
                                },
                            ],
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "plan-action-structure",
                    "title": {
                        "fr": "Construire le plan d’action de votre structure",
                        "en": "Building your organisation’s action plan",
                    },
                    "minutes": 10,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>L’accessibilité progresse rarement par un grand soir. "
                                    "Elle avance par une démarche suivie, portée par une "
                                    "personne référente et soutenue par la direction ou le "
                                    "conseil d’administration. N’oubliez pas les outils "
                                    "internes : intranet, logiciel de planning, formations en "
                                    "ligne doivent aussi être utilisables par vos salariés et "
                                    "bénévoles handicapés.</p>"
                                ),
                                "en": (
                                    "<p>Accessibility rarely improves overnight. It moves "
                                    "forward through a sustained approach, led by a designated "
                                    "person and backed by management or the board. Do not "
                                    "forget internal tools: intranet, scheduling software and "
                                    "online training must also be usable by your staff and "
                                    "volunteers with disabilities.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Un plan en quatre temps",
                                "en": "A four-stage plan",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ol>"
                                    "<li><b>Inventorier et prioriser</b> : site, formulaires, "
                                    "lettre d’information, documents, réseaux sociaux, outils "
                                    "internes. Commencez par ce qui donne accès à un droit ou "
                                    "à un service : don, adhésion, demande d’aide.</li>"
                                    "<li><b>Corriger les obstacles majeurs</b> : textes "
                                    "alternatifs, contrastes, titres, étiquettes de "
                                    "formulaires, intitulés de liens, PDF remplacés par des "
                                    "pages web.</li>"
                                    "<li><b>Intégrer l’accessibilité aux achats</b> : cahier "
                                    "des charges, recette, thèmes et extensions choisis en "
                                    "connaissance de cause.</li>"
                                    "<li><b>Former et documenter</b> : former les personnes "
                                    "qui publient, diffuser une fiche réflexe, publier une "
                                    "déclaration d’accessibilité même sans obligation, avec un "
                                    "contact pour signaler un problème.</li>"
                                    "</ol>"
                                    "<p>Pour suivre les progrès, quelques indicateurs "
                                    "suffisent : nombre de pages vérifiées, part d’images "
                                    "correctement décrites, documents remplacés, signalements "
                                    "reçus et délai de réponse.</p>"
                                ),
                                "en": (
                                    "<ol>"
                                    "<li><b>Take stock and prioritise</b>: website, forms, "
                                    "newsletter, documents, social media, internal tools. "
                                    "Start with whatever gives access to a right or a service: "
                                    "donations, membership, requests for help.</li>"
                                    "<li><b>Fix the major barriers</b>: alternative texts, "
                                    "contrast, headings, form labels, link texts, PDFs replaced "
                                    "by web pages.</li>"
                                    "<li><b>Build accessibility into purchasing</b>: "
                                    "specifications, acceptance testing, themes and plugins "
                                    "chosen with full knowledge.</li>"
                                    "<li><b>Train and document</b>: train those who publish, "
                                    "share a quick checklist, publish an accessibility "
                                    "statement even without an obligation, with a contact for "
                                    "reporting problems.</li>"
                                    "</ol>"
                                    "<p>To track progress, a few indicators are enough: number "
                                    "of pages checked, share of correctly described images, "
                                    "documents replaced, reports received and response "
                                    "time.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Une clause type pour votre cahier des charges",
                                "en": "A model clause for your specifications",
                            },
                            "text": {
                                "fr": (
                                    "« Le prestataire garantit que les gabarits livrés "
                                    "respectent le RGAA dans sa version en vigueur, ce qu’il "
                                    "justifie par un audit sur un échantillon de pages. Il "
                                    "forme l’équipe à la publication de contenus accessibles. » "
                                    "Prévoyez le temps et le budget correspondants."
                                ),
                                "en": (
                                    "“The provider guarantees that the templates delivered "
                                    "comply with the version of the RGAA in force, as shown by "
                                    "an audit on a sample of pages. The provider trains the "
                                    "team to publish accessible content.” Plan the "
                                    "corresponding time and budget."
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "fr": "Pas de conformité annoncée sans audit",
                                "en": "No claimed compliance without an audit",
                            },
                            "text": {
                                "fr": (
                                    "N’affichez pas « totalement conforme » sur la foi d’une "
                                    "impression ou d’un outil automatique. Un niveau de "
                                    "conformité s’appuie sur un audit RGAA. En attendant, une "
                                    "déclaration honnête, qui décrit les limites connues et les "
                                    "alternatives proposées, est bien plus utile."
                                ),
                                "en": (
                                    "Do not display “fully compliant” based on an impression or "
                                    "an automated tool. A compliance level relies on an RGAA "
                                    "audit. In the meantime, an honest statement that describes "
                                    "the known limitations and the alternatives offered is far "
                                    "more useful."
                                ),
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "fr": (
                                    "La puissance du Web réside dans son universalité. L’accès "
                                    "de tous, quel que soit le handicap, en est un aspect "
                                    "essentiel."
                                ),
                                "en": (
                                    "The power of the Web is in its universality. Access by "
                                    "everyone regardless of disability is an essential aspect."
                                ),
                            },
                            "attribution": {
                                "fr": (
                                    "Tim Berners-Lee, inventeur du Web, au lancement de la Web "
                                    "Accessibility Initiative du W3C, 1997"
                                ),
                                "en": (
                                    "Tim Berners-Lee, inventor of the Web, at the launch of the "
                                    "W3C Web Accessibility Initiative, 1997"
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "Accessibilité numérique : le site de la DINUM",
                                        "en": "Digital accessibility: the DINUM website "
                                        "(in French)",
                                    },
                                    "url": "https://accessibilite.numerique.gouv.fr/",
                                },
                                {
                                    "title": {
                                        "fr": "W3C WAI : introduction à l’accessibilité du Web",
                                        "en": "W3C WAI: Introduction to Web Accessibility",
                                    },
                                    "url": (
                                        "https://www.w3.org/WAI/fundamentals/accessibility-intro/"
                                    ),
                                },
                            ],
                        },
                    ],
                },
                {
                    "type": "quiz",
                    "slug": "quiz-services-accessibles",
                    "title": {
                        "fr": "Quiz : services accessibles et inclusifs",
                        "en": "Quiz: accessible and inclusive services",
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
                                "fr": "Quel est le lien entre le RGAA et les WCAG ?",
                                "en": "What is the relationship between the RGAA and the WCAG?",
                            },
                            "explanation": {
                                "fr": (
                                    "Le RGAA, publié par la DINUM, est la méthode française qui "
                                    "permet de vérifier la conformité aux WCAG 2.1 de niveau "
                                    "AA, à l’aide de critères et de tests concrets."
                                ),
                                "en": (
                                    "The RGAA, published by DINUM, is the French method for "
                                    "checking compliance with WCAG 2.1 level AA, using concrete "
                                    "criteria and tests."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": (
                                            "Le RGAA traduit les WCAG 2.1 de niveau AA en "
                                            "critères et tests vérifiables"
                                        ),
                                        "en": (
                                            "The RGAA turns WCAG 2.1 level AA into verifiable "
                                            "criteria and tests"
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": "Exact : c’est sa raison d’être.",
                                        "en": "Correct: that is its purpose.",
                                    },
                                },
                                {
                                    "text": {
                                        "fr": "Le RGAA remplace les WCAG, qui sont obsolètes",
                                        "en": "The RGAA replaces the WCAG, which are obsolete",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Non : les WCAG restent la référence "
                                            "internationale, régulièrement mise à jour."
                                        ),
                                        "en": (
                                            "No: the WCAG remain the international reference "
                                            "and are regularly updated."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "fr": "Ils n’ont aucun rapport entre eux",
                                        "en": "They are unrelated",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "fr": "Non : le RGAA est directement fondé sur les WCAG.",
                                        "en": "No: the RGAA is directly based on the WCAG.",
                                    },
                                },
                            ],
                        },
                        {
                            "kind": "multiple",
                            "text": {
                                "fr": (
                                    "Un organisme soumis à l’article 47 de la loi de 2005 doit "
                                    "notamment… (plusieurs réponses)"
                                ),
                                "en": (
                                    "An organisation covered by article 47 of the 2005 law must, "
                                    "among other things… (several answers)"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Les obligations comprennent la mention du niveau de "
                                    "conformité, la déclaration d’accessibilité avec un moyen "
                                    "de contact, et un schéma pluriannuel décliné en plans "
                                    "annuels. Aucun justificatif de handicap ne peut être "
                                    "exigé des utilisateurs."
                                ),
                                "en": (
                                    "The obligations include stating the compliance level, an "
                                    "accessibility statement with a means of contact, and a "
                                    "multi-year plan broken down into annual plans. Users can "
                                    "never be required to provide proof of disability."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Publier une déclaration d’accessibilité",
                                        "en": "Publish an accessibility statement",
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": "Oui, avec l’état de conformité du service.",
                                        "en": "Yes, including the service’s compliance status.",
                                    },
                                },
                                {
                                    "text": {
                                        "fr": (
                                            "Proposer un moyen de signaler un problème "
                                            "d’accessibilité"
                                        ),
                                        "en": "Offer a way to report an accessibility problem",
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": (
                                            "Oui, ainsi que les voies de recours auprès du "
                                            "Défenseur des droits."
                                        ),
                                        "en": (
                                            "Yes, as well as avenues of redress through the "
                                            "Défenseur des droits."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "fr": "Adopter un schéma pluriannuel de mise en "
                                        "accessibilité",
                                        "en": "Adopt a multi-year accessibility plan",
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": "Oui, de trois ans au plus, avec des plans annuels.",
                                        "en": "Yes, for three years at most, with annual plans.",
                                    },
                                },
                                {
                                    "text": {
                                        "fr": (
                                            "Demander un justificatif de handicap avant de "
                                            "fournir une alternative"
                                        ),
                                        "en": (
                                            "Ask for proof of disability before providing an "
                                            "alternative"
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Non : une telle exigence serait discriminatoire "
                                            "et n’est prévue nulle part."
                                        ),
                                        "en": (
                                            "No: such a requirement would be discriminatory "
                                            "and is not provided for anywhere."
                                        ),
                                    },
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "Une image purement décorative doit recevoir une "
                                    "alternative textuelle détaillée."
                                ),
                                "en": (
                                    "A purely decorative image must be given a detailed text "
                                    "alternative."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Faux. Une image décorative reçoit une alternative vide, "
                                    "afin que les lecteurs d’écran l’ignorent. Une description "
                                    "inutile alourdit l’écoute."
                                ),
                                "en": (
                                    "False. A decorative image gets an empty alternative, so "
                                    "that screen readers ignore it. An unnecessary description "
                                    "makes listening more tedious."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {"fr": "Vrai", "en": "True"},
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Non : décrire une décoration fait perdre du "
                                            "temps aux utilisateurs de lecteurs d’écran."
                                        ),
                                        "en": (
                                            "No: describing a decoration wastes screen reader "
                                            "users’ time."
                                        ),
                                    },
                                },
                                {
                                    "text": {"fr": "Faux", "en": "False"},
                                    "correct": True,
                                    "feedback": {
                                        "fr": "Exact : l’alternative doit rester vide.",
                                        "en": "Correct: the alternative should be left empty.",
                                    },
                                },
                            ],
                        },
                        {
                            "kind": "single",
                            "text": {
                                "fr": (
                                    "Quel rapport de contraste minimal les WCAG (niveau AA) "
                                    "exigent-elles pour un texte courant ?"
                                ),
                                "en": (
                                    "What minimum contrast ratio do the WCAG (level AA) "
                                    "require for body text?"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Le texte courant doit atteindre 4,5:1. Le seuil de 3:1 "
                                    "s’applique aux grands textes et aux composants "
                                    "d’interface ; 7:1 correspond au niveau AAA."
                                ),
                                "en": (
                                    "Body text must reach 4.5:1. The 3:1 threshold applies to "
                                    "large text and interface components; 7:1 corresponds to "
                                    "level AAA."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {"fr": "2:1", "en": "2:1"},
                                    "correct": False,
                                    "feedback": {
                                        "fr": "Non, c’est bien trop faible.",
                                        "en": "No, that is far too low.",
                                    },
                                },
                                {
                                    "text": {"fr": "4,5:1", "en": "4.5:1"},
                                    "correct": True,
                                    "feedback": {
                                        "fr": "Exact, pour le texte de taille courante.",
                                        "en": "Correct, for normal-sized text.",
                                    },
                                },
                                {
                                    "text": {"fr": "7:1", "en": "7:1"},
                                    "correct": False,
                                    "feedback": {
                                        "fr": "Non, c’est l’exigence du niveau AAA.",
                                        "en": "No, that is the level AAA requirement.",
                                    },
                                },
                            ],
                        },
                        {
                            "kind": "multiple",
                            "text": {
                                "fr": (
                                    "Parmi ces vérifications, lesquelles pouvez-vous faire "
                                    "vous-même, sans outil spécialisé ? (plusieurs réponses)"
                                ),
                                "en": (
                                    "Which of these checks can you do yourself, without a "
                                    "specialised tool? (several answers)"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Parcourir la page avec la touche Tab, vérifier la "
                                    "sélection du texte d’un PDF ou relire les intitulés de "
                                    "liens ne demande aucun outil. En revanche, ajouter une "
                                    "surcouche d’accessibilité ne constitue pas une "
                                    "vérification et ne rend pas un site conforme."
                                ),
                                "en": (
                                    "Going through the page with the Tab key, checking that "
                                    "text in a PDF can be selected or rereading link texts "
                                    "requires no tool. Adding an accessibility overlay, on the "
                                    "other hand, is not a check and does not make a site "
                                    "compliant."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Parcourir la page avec la touche Tab",
                                        "en": "Go through the page with the Tab key",
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": (
                                            "Oui : focus visible, ordre logique, absence de piège."
                                        ),
                                        "en": "Yes: visible focus, logical order, no traps.",
                                    },
                                },
                                {
                                    "text": {
                                        "fr": "Essayer de sélectionner le texte d’un PDF",
                                        "en": "Try to select the text in a PDF",
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": "Oui : si c’est impossible, le PDF est une image.",
                                        "en": "Yes: if you cannot, the PDF is an image.",
                                    },
                                },
                                {
                                    "text": {
                                        "fr": "Repérer les liens « Cliquez ici » et « En savoir "
                                        "plus »",
                                        "en": "Spot “Click here” and “Read more” links",
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": "Oui : un intitulé doit avoir du sens seul.",
                                        "en": "Yes: a link text must make sense on its own.",
                                    },
                                },
                                {
                                    "text": {
                                        "fr": "Installer une surcouche d’accessibilité en une "
                                        "ligne de code",
                                        "en": "Install a one-line accessibility overlay",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Non : ce n’est pas une vérification, et cela ne "
                                            "corrige pas les problèmes de fond."
                                        ),
                                        "en": (
                                            "No: it is not a check, and it does not fix the "
                                            "underlying problems."
                                        ),
                                    },
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "Le FALC a d’abord été conçu pour les personnes ayant une "
                                    "déficience intellectuelle, mais un document en FALC peut "
                                    "aussi aider bien d’autres publics."
                                ),
                                "en": (
                                    "Easy-to-Read was first designed for people with "
                                    "intellectual disabilities, but an Easy-to-Read document "
                                    "can also help many other audiences."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Vrai. Le FALC est conçu avec et pour les personnes ayant "
                                    "une déficience intellectuelle, qui relisent les "
                                    "documents ; il aide aussi les personnes en situation "
                                    "d’illettrisme ou qui apprennent le français."
                                ),
                                "en": (
                                    "True. Easy-to-Read is designed with and for people with "
                                    "intellectual disabilities, who review the documents; it "
                                    "also helps people with low literacy or who are learning "
                                    "French."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {"fr": "Vrai", "en": "True"},
                                    "correct": True,
                                    "feedback": {
                                        "fr": (
                                            "Exact : conçu pour un public précis, il profite à "
                                            "beaucoup."
                                        ),
                                        "en": (
                                            "Correct: designed for a specific audience, it "
                                            "benefits many."
                                        ),
                                    },
                                },
                                {
                                    "text": {"fr": "Faux", "en": "False"},
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Non : ses bénéfices dépassent largement son "
                                            "public d’origine."
                                        ),
                                        "en": (
                                            "No: its benefits go well beyond its original audience."
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
