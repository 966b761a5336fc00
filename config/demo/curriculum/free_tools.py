"""Demo course: free (libre) and ethical tools for social and solidarity economy organisations.

Format: see FORMAT.md in this folder. French is the source text; English is a faithful
translation. Licence of the content: CC BY-SA 4.0.
"""

COURSE = {
    "slug": "outils-libres-ethiques",
    "title": {
        "fr": "Outils libres et éthiques pour les structures de l'ESS",
        "en": "Free and ethical tools for social and solidarity economy organisations",
    },
    "summary": {
        "fr": (
            "Comprendre le logiciel libre et les licences ouvertes, protéger les données de "
            "votre structure et choisir, pas à pas, des outils numériques cohérents avec les "
            "valeurs de l'économie sociale et solidaire."
        ),
        "en": (
            "Understand free software and open licences, protect your organisation's data and "
            "choose, step by step, digital tools that are consistent with the values of the "
            "social and solidarity economy."
        ),
    },
    "objectives": {
        "fr": [
            "Expliquer ce qu'est un logiciel libre et distinguer les grandes familles de licences",
            "Appliquer les bases du RGPD aux traitements courants d'une association",
            "Évaluer un outil numérique à l'aide d'une grille de critères partagée",
            "Identifier des alternatives libres et des hébergeurs de confiance",
            "Planifier une migration progressive et accompagner l'équipe",
        ],
        "en": [
            "Explain what free software is and tell apart the main families of licences",
            "Apply the basics of the GDPR to an association's everyday processing of data",
            "Assess a digital tool using a shared set of criteria",
            "Identify free alternatives and trustworthy hosting providers",
            "Plan a gradual migration and support the team",
        ],
    },
    "theme": "free-tools",
    "level": "beginner",
    "audience": {
        "fr": (
            "Salarié·es, bénévoles et dirigeant·es d'associations, de coopératives et "
            "d'entreprises sociales qui choisissent ou gèrent les outils numériques de leur "
            "structure. Aucun prérequis technique."
        ),
        "en": (
            "Staff, volunteers and leaders of associations, cooperatives and social enterprises "
            "who choose or manage their organisation's digital tools. No technical background "
            "required."
        ),
    },
    "licence": "CC BY-SA 4.0",
    "authors": "Équipe pédagogique Tremplin",
    "modules": [
        # ------------------------------------------------------------------------------
        # Module 1
        # ------------------------------------------------------------------------------
        {
            "slug": "comprendre-le-libre",
            "title": {
                "fr": "Comprendre le logiciel libre et les licences ouvertes",
                "en": "Understanding free software and open licences",
            },
            "intro": {
                "fr": (
                    "Avant de choisir des outils, il faut savoir ce que recouvrent les mots "
                    "« libre », « open source » et « licence ouverte ». Ce module pose ce "
                    "vocabulaire commun."
                ),
                "en": (
                    "Before choosing tools, you need to know what the words “free”, “open "
                    "source” and “open licence” actually cover. This module sets out this "
                    "shared vocabulary."
                ),
            },
            "items": [
                {
                    "type": "lesson",
                    "slug": "quatre-libertes",
                    "title": {
                        "fr": "Le logiciel libre et ses quatre libertés",
                        "en": "Free software and its four freedoms",
                    },
                    "minutes": 10,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Un logiciel est dit <b>libre</b> lorsque sa licence "
                                    "accorde à chaque personne qui l'utilise un ensemble de "
                                    "droits précis. Cette définition a été formulée au milieu "
                                    "des années 1980 par Richard Stallman, à l'origine du projet "
                                    "GNU (annoncé en 1983) et de la Free Software Foundation "
                                    "(fondée en 1985). Elle ne parle ni de prix ni de technique : "
                                    "elle décrit ce que l'utilisateur a le droit de faire.</p>"
                                ),
                                "en": (
                                    "<p>A piece of software is called <b>free</b> when its "
                                    "licence grants everyone who uses it a precise set of "
                                    "rights. This definition was formulated in the mid-1980s by "
                                    "Richard Stallman, who started the GNU project (announced in "
                                    "1983) and the Free Software Foundation (founded in 1985). "
                                    "It is about neither price nor technology: it describes what "
                                    "users are allowed to do.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {"fr": "Les quatre libertés", "en": "The four freedoms"},
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li><b>Liberté 0</b> : utiliser le logiciel pour tout "
                                    "usage, sans avoir à se justifier.</li>"
                                    "<li><b>Liberté 1</b> : étudier son fonctionnement et "
                                    "l'adapter à ses besoins, ce qui suppose l'accès au code "
                                    "source.</li>"
                                    "<li><b>Liberté 2</b> : redistribuer des copies, "
                                    "gratuitement ou non.</li>"
                                    "<li><b>Liberté 3</b> : distribuer des versions modifiées, "
                                    "pour que toute la communauté profite des "
                                    "améliorations.</li>"
                                    "</ul>"
                                    "<p>S'il manque une seule de ces libertés, le logiciel n'est "
                                    "pas libre : on parle alors de logiciel "
                                    "<b>propriétaire</b>, ou « privateur ».</p>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li><b>Freedom 0</b>: use the software for any purpose, "
                                    "without having to justify it.</li>"
                                    "<li><b>Freedom 1</b>: study how it works and adapt it to "
                                    "your needs, which requires access to the source "
                                    "code.</li>"
                                    "<li><b>Freedom 2</b>: redistribute copies, free of charge "
                                    "or not.</li>"
                                    "<li><b>Freedom 3</b>: distribute modified versions, so that "
                                    "the whole community benefits from the improvements.</li>"
                                    "</ul>"
                                    "<p>If even one of these freedoms is missing, the software "
                                    "is not free: it is then called <b>proprietary</b> (or "
                                    "“non-free”) software.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "key_figure",
                            "title": {
                                "fr": "4 libertés, numérotées de 0 à 3",
                                "en": "4 freedoms, numbered 0 to 3",
                            },
                            "text": {
                                "fr": (
                                    "La définition du logiciel libre, publiée et tenue à jour "
                                    "par la Free Software Foundation, repose sur quatre "
                                    "libertés : utiliser, étudier, redistribuer et améliorer. "
                                    "C'est la licence qui les garantit, pas le prix ni le statut "
                                    "de l'éditeur."
                                ),
                                "en": (
                                    "The free software definition, published and maintained by "
                                    "the Free Software Foundation, rests on four freedoms: to "
                                    "use, study, redistribute and improve. It is the licence "
                                    "that guarantees them, not the price or the status of the "
                                    "publisher."
                                ),
                            },
                            "source": {
                                "fr": (
                                    "Free Software Foundation – projet GNU, « Qu'est-ce que le "
                                    "logiciel libre ? », version en ligne consultée en 2025"
                                ),
                                "en": (
                                    "Free Software Foundation – GNU project, “What is Free "
                                    "Software?”, online version consulted in 2025"
                                ),
                            },
                            "source_url": "https://www.gnu.org/philosophy/free-sw.fr.html",
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Libre, gratuit, open source : ne pas confondre",
                                "en": "Free, free of charge, open source: don't mix them up",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>En anglais, <i>free</i> veut dire à la fois « libre » et "
                                    "« gratuit », d'où bien des confusions. Un logiciel libre "
                                    "peut être vendu, et un logiciel gratuit peut être "
                                    "totalement fermé : une application de visioconférence "
                                    "gratuite financée par la publicité n'offre aucune des "
                                    "quatre libertés.</p>"
                                    "<p>L'expression <b>open source</b> est apparue en 1998 avec "
                                    "l'Open Source Initiative. Elle couvre en pratique presque "
                                    "les mêmes licences, mais met en avant les bénéfices "
                                    "pratiques (qualité, collaboration) plutôt que l'éthique. "
                                    "Dans ce cours, nous parlons de « libre », car la liberté et "
                                    "le partage rejoignent directement les valeurs de l'ESS.</p>"
                                    "<p>Pour une association, le libre apporte aussi des "
                                    "garanties très concrètes : pas de licence par poste à "
                                    "renouveler, la possibilité de faire adapter l'outil par le "
                                    "prestataire de son choix et des documents toujours lisibles "
                                    "grâce aux formats ouverts.</p>"
                                ),
                                "en": (
                                    "<p>In English, <i>free</i> means both “libre” and “free of "
                                    "charge”, hence much confusion. Free software can be sold, "
                                    "and software that costs nothing can be completely closed: "
                                    "a free-of-charge video-call app funded by advertising "
                                    "offers none of the four freedoms.</p>"
                                    "<p>The term <b>open source</b> appeared in 1998 with the "
                                    "Open Source Initiative. In practice it covers almost the "
                                    "same licences, but it highlights practical benefits "
                                    "(quality, collaboration) rather than ethics. In this "
                                    "course we say “free” (libre), because freedom and sharing "
                                    "connect directly with the values of the social and "
                                    "solidarity economy.</p>"
                                    "<p>For an association, free software also brings very "
                                    "concrete guarantees: no per-seat licence to renew, the "
                                    "ability to have the tool adapted by the provider of your "
                                    "choice, and documents that stay readable thanks to open "
                                    "formats.</p>"
                                ),
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "fr": (
                                    "Pensez à « free » comme dans « liberté d'expression », pas "
                                    "comme dans « bière gratuite »."
                                ),
                                "en": (
                                    "Think of “free” as in “free speech”, not as in “free beer”."
                                ),
                            },
                            "attribution": {
                                "fr": "Richard Stallman, Free Software Foundation",
                                "en": "Richard Stallman, Free Software Foundation",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "À faire dans votre structure",
                                "en": "Try it in your organisation",
                            },
                            "text": {
                                "fr": (
                                    "Faites l'inventaire des logiciels installés sur un poste "
                                    "de travail et classez-les en trois colonnes : libre, "
                                    "gratuit mais propriétaire, payant et propriétaire. Cet "
                                    "exercice de dix minutes rend le sujet concret pour toute "
                                    "l'équipe."
                                ),
                                "en": (
                                    "List the software installed on one workstation and sort it "
                                    "into three columns: free (libre), free of charge but "
                                    "proprietary, paid and proprietary. This ten-minute "
                                    "exercise makes the topic concrete for the whole team."
                                ),
                            },
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "licences-copyleft-permissives",
                    "title": {
                        "fr": "Licences copyleft et licences permissives",
                        "en": "Copyleft and permissive licences",
                    },
                    "minutes": 10,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Un logiciel libre n'est pas « sans droits » : son auteur "
                                    "reste titulaire du droit d'auteur et choisit une "
                                    "<b>licence</b> pour dire ce que les autres peuvent faire de "
                                    "son travail. Il existe des centaines de licences, mais "
                                    "elles se rangent en deux grandes familles, qui répondent "
                                    "différemment à une question : que se passe-t-il quand "
                                    "quelqu'un redistribue une version modifiée ?</p>"
                                ),
                                "en": (
                                    "<p>Free software is not “rights-free”: its author still "
                                    "holds the copyright and chooses a <b>licence</b> to state "
                                    "what others may do with the work. There are hundreds of "
                                    "licences, but they fall into two broad families, which "
                                    "answer one question differently: what happens when "
                                    "someone redistributes a modified version?</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Le copyleft : une liberté qui se transmet",
                                "en": "Copyleft: freedom that is passed on",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Les licences <b>copyleft</b>, dites aussi « à "
                                    "réciprocité », imposent que toute version modifiée et "
                                    "redistribuée reste sous la même licence. Le code amélioré "
                                    "demeure ainsi un bien commun. La plus connue est la "
                                    "<b>GNU GPL</b>, créée en 1989 ; sa version 3 date de "
                                    "2007. La <b>GNU AGPL</b> va plus loin : si un logiciel "
                                    "modifié est proposé comme service en ligne, ses "
                                    "utilisateurs doivent pouvoir en obtenir le code source. "
                                    "C'est la licence de nombreux outils web collaboratifs. La "
                                    "<b>GNU LGPL</b>, plus souple, sert surtout aux "
                                    "bibliothèques de programmation.</p>"
                                ),
                                "en": (
                                    "<p><b>Copyleft</b> licences, also called “reciprocal” "
                                    "licences, require every modified and redistributed version "
                                    "to stay under the same licence. The improved code thus "
                                    "remains a common good. The best known is the <b>GNU "
                                    "GPL</b>, created in 1989; its version 3 dates from 2007. "
                                    "The <b>GNU AGPL</b> goes further: if modified software is "
                                    "offered as an online service, its users must be able to "
                                    "obtain the source code. Many collaborative web tools use "
                                    "it. The more flexible <b>GNU LGPL</b> is mainly used for "
                                    "programming libraries.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Les licences permissives : la liberté sans réciprocité",
                                "en": "Permissive licences: freedom without reciprocity",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Les licences <b>permissives</b>, comme <b>MIT</b>, "
                                    "<b>BSD</b> ou <b>Apache 2.0</b>, demandent surtout de "
                                    "conserver la mention de l'auteur et le texte de la "
                                    "licence. Elles autorisent l'intégration du code dans un "
                                    "produit propriétaire. Elles favorisent une très large "
                                    "diffusion, mais n'empêchent pas une entreprise de refermer "
                                    "une version améliorée.</p>"
                                    "<p>En France, le CEA, le CNRS et Inria ont créé la famille "
                                    "<b>CeCILL</b>, rédigée en droit français : la licence "
                                    "CeCILL est compatible avec la GPL, tandis que CeCILL-B est "
                                    "de type permissif.</p>"
                                ),
                                "en": (
                                    "<p><b>Permissive</b> licences, such as <b>MIT</b>, "
                                    "<b>BSD</b> or <b>Apache 2.0</b>, mainly require you to keep "
                                    "the author's notice and the licence text. They allow the "
                                    "code to be built into a proprietary product. They "
                                    "encourage very wide distribution, but they do not prevent "
                                    "a company from closing off an improved version.</p>"
                                    "<p>In France, CEA, CNRS and Inria created the "
                                    "<b>CeCILL</b> family, drafted under French law: the CeCILL "
                                    "licence is compatible with the GPL, while CeCILL-B is a "
                                    "permissive licence.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Quand votre structure fait développer un outil",
                                "en": "When your organisation commissions a tool",
                            },
                            "text": {
                                "fr": (
                                    "Si vous financez la création d'un site ou d'une "
                                    "application, précisez dans le devis la licence libre sous "
                                    "laquelle le code sera publié et qui en détient les droits. "
                                    "Sans cette clause, vous risquez de ne pas pouvoir changer "
                                    "de prestataire ni partager l'outil avec d'autres structures "
                                    "de votre réseau."
                                ),
                                "en": (
                                    "If you fund the creation of a website or an app, state in "
                                    "the quote the free licence under which the code will be "
                                    "published and who holds the rights. Without this clause, "
                                    "you may be unable to change provider or to share the tool "
                                    "with other organisations in your network."
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "fr": "« Open core » et faux amis",
                                "en": "“Open core” and false friends",
                            },
                            "text": {
                                "fr": (
                                    "Certains éditeurs proposent une version communautaire "
                                    "libre et réservent des fonctions essentielles (sauvegarde, "
                                    "gestion fine des droits, authentification) à une offre "
                                    "payante fermée. D'autres affichent un code « source "
                                    "disponible » sous une licence qui interdit l'usage "
                                    "commercial ou l'hébergement : ce n'est pas du libre. "
                                    "Vérifiez toujours le nom exact de la licence."
                                ),
                                "en": (
                                    "Some publishers offer a free community edition and keep "
                                    "essential features (backups, fine-grained permissions, "
                                    "authentication) for a closed paid offer. Others advertise "
                                    "“source-available” code under a licence that forbids "
                                    "commercial use or hosting: that is not free software. "
                                    "Always check the exact name of the licence."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "Projet GNU : liste commentée des licences",
                                        "en": "GNU project: annotated list of licences",
                                    },
                                    "url": "https://www.gnu.org/licenses/license-list.fr.html",
                                },
                                {
                                    "title": {
                                        "fr": "Open Source Initiative : licences approuvées",
                                        "en": "Open Source Initiative: approved licences",
                                    },
                                    "url": "https://opensource.org/licenses",
                                },
                            ],
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "creative-commons-donnees-ouvertes",
                    "title": {
                        "fr": "Licences ouvertes pour les contenus et les données",
                        "en": "Open licences for content and data",
                    },
                    "minutes": 10,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Les associations produisent beaucoup de contenus : "
                                    "guides pratiques, supports de formation, photos "
                                    "d'événements, affiches, podcasts. Par défaut, le droit "
                                    "d'auteur réserve tous les droits à leurs auteurs : "
                                    "personne ne peut les réutiliser sans autorisation. Les "
                                    "licences <b>Creative Commons</b> (CC), proposées par "
                                    "l'organisation du même nom fondée en 2001, permettent "
                                    "d'annoncer à l'avance ce qui est permis.</p>"
                                ),
                                "en": (
                                    "<p>Associations produce a great deal of content: practical "
                                    "guides, training materials, event photos, posters, "
                                    "podcasts. By default, copyright reserves all rights to "
                                    "their authors: nobody may reuse them without permission. "
                                    "<b>Creative Commons</b> (CC) licences, offered by the "
                                    "organisation of the same name founded in 2001, let you "
                                    "announce in advance what is allowed.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Quatre options à combiner",
                                "en": "Four options to combine",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li><b>BY</b> (Attribution) : citer l'auteur ; cette "
                                    "condition figure dans toutes les licences.</li>"
                                    "<li><b>SA</b> (Partage dans les mêmes conditions) : les "
                                    "œuvres dérivées gardent la même licence. C'est le "
                                    "copyleft appliqué aux contenus.</li>"
                                    "<li><b>NC</b> (Pas d'utilisation commerciale).</li>"
                                    "<li><b>ND</b> (Pas de modification).</li>"
                                    "</ul>"
                                    "<p>Ces options se combinent en six licences, de la plus "
                                    "ouverte (CC BY) à la plus restrictive (CC BY-NC-ND). S'y "
                                    "ajoute <b>CC0</b>, qui permet de renoncer autant que la loi "
                                    "le permet à ses droits. La version actuelle des licences "
                                    "est la 4.0, publiée en 2013.</p>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li><b>BY</b> (Attribution): credit the author; this "
                                    "condition appears in every licence.</li>"
                                    "<li><b>SA</b> (ShareAlike): derivative works keep the same "
                                    "licence. It is copyleft applied to content.</li>"
                                    "<li><b>NC</b> (NonCommercial).</li>"
                                    "<li><b>ND</b> (NoDerivatives).</li>"
                                    "</ul>"
                                    "<p>These options combine into six licences, from the most "
                                    "open (CC BY) to the most restrictive (CC BY-NC-ND). On top "
                                    "of these comes <b>CC0</b>, which lets you waive your rights "
                                    "as far as the law allows. The current version of the "
                                    "licences is 4.0, published in 2013.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "key_figure",
                            "title": {
                                "fr": "6 licences et un outil de domaine public",
                                "en": "6 licences and one public domain tool",
                            },
                            "text": {
                                "fr": (
                                    "Creative Commons propose six licences combinant BY, SA, NC "
                                    "et ND, ainsi que CC0. Seules CC BY, CC BY-SA et CC0 "
                                    "correspondent à la définition des œuvres culturelles "
                                    "libres : les options NC et ND restreignent la réutilisation."
                                ),
                                "en": (
                                    "Creative Commons offers six licences combining BY, SA, NC "
                                    "and ND, as well as CC0. Only CC BY, CC BY-SA and CC0 meet "
                                    "the definition of free cultural works: the NC and ND "
                                    "options restrict reuse."
                                ),
                            },
                            "source": {
                                "fr": (
                                    "Creative Commons, présentation des licences CC, version 4.0 "
                                    "(2013)"
                                ),
                                "en": (
                                    "Creative Commons, overview of the CC licences, version 4.0 "
                                    "(2013)"
                                ),
                            },
                            "source_url": "https://creativecommons.org/licenses/",
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Choisir une licence pour vos contenus",
                                "en": "Choosing a licence for your content",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Pour une structure de l'ESS qui veut voir ses "
                                    "ressources circuler, <b>CC BY-SA</b> est souvent un bon "
                                    "choix : chacun peut adapter votre guide, à condition de "
                                    "vous citer et de partager à son tour. C'est la licence de "
                                    "Wikipédia et celle de ce cours. L'option NC semble "
                                    "protectrice, mais elle bloque aussi des usages utiles : "
                                    "une coopérative de formation ou une librairie associative "
                                    "ne pourrait pas diffuser votre support. Réfléchissez avant "
                                    "de l'ajouter.</p>"
                                    "<p>Pour créditer correctement une œuvre que vous "
                                    "réutilisez, indiquez quatre éléments : le titre, l'auteur, "
                                    "la source (avec un lien) et la licence (avec un lien).</p>"
                                ),
                                "en": (
                                    "<p>For a social and solidarity economy organisation that "
                                    "wants its resources to circulate, <b>CC BY-SA</b> is often "
                                    "a good choice: anyone may adapt your guide, provided they "
                                    "credit you and share in turn. It is the licence of "
                                    "Wikipedia and of this course. The NC option looks "
                                    "protective, but it also blocks useful uses: a training "
                                    "cooperative or a community bookshop could not distribute "
                                    "your material. Think twice before adding it.</p>"
                                    "<p>To credit a work you reuse properly, give four "
                                    "elements: the title, the author, the source (with a link) "
                                    "and the licence (with a link).</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {"fr": "Et les données ?", "en": "What about data?"},
                            "text": {
                                "fr": (
                                    "Pour publier des données (annuaire de lieux solidaires, "
                                    "résultats d'une enquête), préférez des licences conçues "
                                    "pour cela : la Licence Ouverte d'Etalab (version 2.0 de "
                                    "2017), proche de CC BY, ou l'ODbL, à réciprocité, utilisée "
                                    "par OpenStreetMap. Retirez toujours les données "
                                    "personnelles avant publication."
                                ),
                                "en": (
                                    "To publish data (a directory of community venues, survey "
                                    "results), prefer licences designed for it: Etalab's "
                                    "Licence Ouverte (version 2.0 from 2017), close to CC BY, "
                                    "or the reciprocal ODbL used by OpenStreetMap. Always "
                                    "remove personal data before publishing."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "Creative Commons : les licences",
                                        "en": "Creative Commons: the licences",
                                    },
                                    "url": "https://creativecommons.org/licenses/",
                                },
                                {
                                    "title": {
                                        "fr": "Etalab : la Licence Ouverte 2.0",
                                        "en": "Etalab: the Licence Ouverte 2.0 (open licence)",
                                    },
                                    "url": (
                                        "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
                                    ),
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------------------
        # Module 2
        # ------------------------------------------------------------------------------
        {
            "slug": "souverainete-et-donnees",
            "title": {
                "fr": "Souveraineté numérique et protection des données",
                "en": "Digital sovereignty and data protection",
            },
            "intro": {
                "fr": (
                    "Qui contrôle vos outils et les données de vos adhérent·es ? Ce module relie "
                    "les enjeux de dépendance aux obligations concrètes du RGPD."
                ),
                "en": (
                    "Who controls your tools and your members' data? This module links "
                    "dependency issues to the concrete obligations of the GDPR."
                ),
            },
            "items": [
                {
                    "type": "lesson",
                    "slug": "souverainete-numerique",
                    "title": {
                        "fr": "La souveraineté numérique à l'échelle d'une association",
                        "en": "Digital sovereignty at the scale of an association",
                    },
                    "minutes": 9,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>On associe souvent la <b>souveraineté numérique</b> aux "
                                    "États. Pour une association ou une coopérative, l'idée est "
                                    "plus simple : garder la maîtrise de ses outils, de ses "
                                    "données et de ses choix. Une structure est dépendante "
                                    "lorsqu'elle ne peut plus changer d'outil sans perdre son "
                                    "historique, ou lorsqu'une décision prise très loin d'elle "
                                    "bouleverse son fonctionnement.</p>"
                                ),
                                "en": (
                                    "<p><b>Digital sovereignty</b> is often associated with "
                                    "states. For an association or a cooperative, the idea is "
                                    "simpler: keeping control over its tools, its data and its "
                                    "choices. An organisation is dependent when it can no "
                                    "longer change tools without losing its history, or when a "
                                    "decision taken far away upsets the way it works.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Quatre situations de dépendance fréquentes",
                                "en": "Four common dependency situations",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li><b>Changement de conditions</b> : une offre gratuite "
                                    "devient payante, ou son prix grimpe, une fois que toute "
                                    "l'équipe l'utilise.</li>"
                                    "<li><b>Fermeture de compte ou de service</b> : un compte "
                                    "suspendu par erreur, un service arrêté, et ce sont des "
                                    "années d'archives inaccessibles.</li>"
                                    "<li><b>Enfermement propriétaire</b> : des documents dans "
                                    "un format fermé, des données impossibles à exporter "
                                    "proprement.</li>"
                                    "<li><b>Droit étranger</b> : un prestataire soumis à la loi "
                                    "d'un pays tiers peut être contraint de communiquer des "
                                    "données, même stockées en Europe. C'est le cas des "
                                    "entreprises américaines visées par le <i>CLOUD Act</i> de "
                                    "2018.</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li><b>Changed terms</b>: a free-of-charge offer becomes "
                                    "paid, or its price climbs, once the whole team relies on "
                                    "it.</li>"
                                    "<li><b>Account or service closure</b>: an account "
                                    "suspended by mistake, a service discontinued, and years of "
                                    "archives become inaccessible.</li>"
                                    "<li><b>Proprietary lock-in</b>: documents in a closed "
                                    "format, data that cannot be exported cleanly.</li>"
                                    "<li><b>Foreign law</b>: a provider subject to the law of a "
                                    "non-EU country may be compelled to hand over data, even "
                                    "when it is stored in Europe. This applies to US companies "
                                    "covered by the 2018 <i>CLOUD Act</i>.</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "quote",
                            "text": {"fr": "Le code fait loi.", "en": "Code is law."},
                            "attribution": {
                                "fr": "Lawrence Lessig, « Code Is Law », Harvard Magazine, 2000",
                                "en": "Lawrence Lessig, “Code Is Law”, Harvard Magazine, 2000",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Autrement dit, les choix techniques d'un outil (ce qu'il "
                                    "permet, ce qu'il collecte, ce qu'il interdit) s'imposent à "
                                    "ses utilisateurs comme des règles. Choisir un outil, c'est "
                                    "donc aussi choisir des règles de fonctionnement pour sa "
                                    "structure.</p>"
                                    "<p>Le logiciel libre et les <b>formats ouverts</b> (ODT, "
                                    "ODS, CSV, PDF, HTML…) sont les meilleurs remparts : ils "
                                    "permettent de changer d'hébergeur ou de prestataire en "
                                    "emportant ses données. Le législateur l'a reconnu pour le "
                                    "secteur public : l'article 16 de la loi pour une "
                                    "République numérique du 7 octobre 2016 demande aux "
                                    "administrations d'encourager l'usage des logiciels libres "
                                    "et des formats ouverts.</p>"
                                ),
                                "en": (
                                    "<p>In other words, a tool's technical choices (what it "
                                    "allows, what it collects, what it forbids) are imposed on "
                                    "its users like rules. Choosing a tool therefore also means "
                                    "choosing operating rules for your organisation.</p>"
                                    "<p>Free software and <b>open formats</b> (ODT, ODS, CSV, "
                                    "PDF, HTML…) are the best safeguards: they let you change "
                                    "host or provider and take your data with you. Lawmakers "
                                    "have recognised this for the public sector: article 16 of "
                                    "the French Digital Republic Act of 7 October 2016 asks "
                                    "public administrations to encourage the use of free "
                                    "software and open formats.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "key_figure",
                            "title": {
                                "fr": "2020 : le Privacy Shield invalidé",
                                "en": "2020: the Privacy Shield struck down",
                            },
                            "text": {
                                "fr": (
                                    "Le 16 juillet 2020, dans l'arrêt dit « Schrems II », la "
                                    "Cour de justice de l'Union européenne a invalidé le cadre "
                                    "qui permettait les transferts de données vers les "
                                    "États-Unis. Un nouveau cadre a été adopté en 2023, mais la "
                                    "stabilité de ces accords reste incertaine : héberger ses "
                                    "données dans l'Union européenne reste l'option la plus "
                                    "sûre."
                                ),
                                "en": (
                                    "On 16 July 2020, in the so-called “Schrems II” judgment, "
                                    "the Court of Justice of the European Union invalidated the "
                                    "framework that allowed data transfers to the United "
                                    "States. A new framework was adopted in 2023, but the "
                                    "stability of such arrangements remains uncertain: hosting "
                                    "your data in the European Union is still the safest "
                                    "option."
                                ),
                            },
                            "source": {
                                "fr": (
                                    "Cour de justice de l'Union européenne, arrêt C-311/18 "
                                    "(« Schrems II »), 2020"
                                ),
                                "en": (
                                    "Court of Justice of the European Union, judgment C-311/18 "
                                    "(“Schrems II”), 2020"
                                ),
                            },
                            "source_url": "https://curia.europa.eu/",
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Le test de réversibilité en 30 minutes",
                                "en": "The 30-minute reversibility test",
                            },
                            "text": {
                                "fr": (
                                    "Pour chaque outil clé (fichier des adhérents, comptabilité, "
                                    "documents partagés), essayez dès aujourd'hui d'exporter vos "
                                    "données. Obtenez-vous un fichier lisible (CSV, ODS, ODT) "
                                    "avec tout l'historique ? Si ce n'est pas le cas, notez cet "
                                    "outil comme prioritaire dans votre plan de migration."
                                ),
                                "en": (
                                    "For each key tool (membership file, accounts, shared "
                                    "documents), try exporting your data today. Do you get a "
                                    "readable file (CSV, ODS, ODT) with the full history? If "
                                    "not, mark this tool as a priority in your migration plan."
                                ),
                            },
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "rgpd-principes-essentiels",
                    "title": {
                        "fr": "Le RGPD dans une association : les principes essentiels",
                        "en": "The GDPR in an association: the key principles",
                    },
                    "minutes": 12,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Le Règlement général sur la protection des données "
                                    "(RGPD), applicable depuis le 25 mai 2018, concerne toute "
                                    "structure qui traite des <b>données personnelles</b>, "
                                    "c'est-à-dire toute information se rapportant à une "
                                    "personne identifiable : nom, adresse e-mail, photo, numéro "
                                    "d'adhérent. Une petite association de quartier est "
                                    "concernée au même titre qu'une grande entreprise dès "
                                    "qu'elle tient un fichier d'adhérents, de bénévoles, de "
                                    "donateurs ou de personnes accompagnées.</p>"
                                ),
                                "en": (
                                    "<p>The General Data Protection Regulation (GDPR), which "
                                    "has applied since 25 May 2018, concerns every organisation "
                                    "that processes <b>personal data</b>, meaning any "
                                    "information relating to an identifiable person: name, "
                                    "email address, photo, membership number. A small "
                                    "neighbourhood association is concerned just as much as a "
                                    "large company as soon as it keeps a file of members, "
                                    "volunteers, donors or people it supports.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "key_figure",
                            "title": {
                                "fr": "Plus de 1,3 million d'associations",
                                "en": "More than 1.3 million associations",
                            },
                            "text": {
                                "fr": (
                                    "La CNIL rappelle que la France compte plus de 1,3 million "
                                    "d'associations, dont la plupart collectent des "
                                    "informations sur leurs membres, bénévoles, salariés ou "
                                    "bénéficiaires. Elle leur consacre un guide de "
                                    "sensibilisation spécifique."
                                ),
                                "en": (
                                    "The CNIL (the French data protection authority) points out "
                                    "that France has more than 1.3 million associations, most "
                                    "of which collect information about their members, "
                                    "volunteers, employees or beneficiaries. It has published "
                                    "a dedicated awareness guide for them."
                                ),
                            },
                            "source": {
                                "fr": (
                                    "CNIL, Guide de sensibilisation au RGPD pour les "
                                    "associations, 2021"
                                ),
                                "en": "CNIL, GDPR awareness guide for associations, 2021",
                            },
                            "source_url": "https://www.cnil.fr/fr",
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Une base légale pour chaque usage",
                                "en": "A lawful basis for each purpose",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Chaque traitement doit reposer sur l'une des six bases "
                                    "légales de l'article 6 : consentement, contrat, obligation "
                                    "légale, mission d'intérêt public, sauvegarde des intérêts "
                                    "vitaux ou intérêt légitime. Quelques exemples :</p>"
                                    "<ul>"
                                    "<li>gérer les adhésions et les cotisations : exécution du "
                                    "<b>contrat</b> d'adhésion ;</li>"
                                    "<li>conserver les pièces comptables liées aux dons : "
                                    "<b>obligation légale</b> ;</li>"
                                    "<li>envoyer la lettre d'information à des sympathisants "
                                    "non adhérents : <b>consentement</b> ;</li>"
                                    "<li>publier les photos d'un événement où l'on reconnaît "
                                    "des personnes : en général le <b>consentement</b>, en plus "
                                    "du droit à l'image.</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<p>Each processing operation must rest on one of the six "
                                    "lawful bases in Article 6: consent, contract, legal "
                                    "obligation, public interest task, vital interests or "
                                    "legitimate interest. A few examples:</p>"
                                    "<ul>"
                                    "<li>managing memberships and fees: performance of the "
                                    "membership <b>contract</b>;</li>"
                                    "<li>keeping accounting records linked to donations: "
                                    "<b>legal obligation</b>;</li>"
                                    "<li>sending the newsletter to supporters who are not "
                                    "members: <b>consent</b>;</li>"
                                    "<li>publishing event photos in which people can be "
                                    "recognised: usually <b>consent</b>, in addition to image "
                                    "rights.</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Minimiser, limiter, informer",
                                "en": "Minimise, limit, inform",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li><b>Minimisation</b> : ne collectez que ce qui sert "
                                    "vraiment. La date de naissance complète est-elle utile, ou "
                                    "seulement le fait d'être majeur ?</li>"
                                    "<li><b>Durées de conservation</b> : fixez une durée pour "
                                    "chaque fichier, par exemple pour les données d'un ancien "
                                    "adhérent, et appliquez-la.</li>"
                                    "<li><b>Information</b> : indiquez sur chaque formulaire qui "
                                    "collecte, pourquoi, sur quelle base, pour combien de temps "
                                    "et comment exercer ses droits.</li>"
                                    "<li><b>Droits des personnes</b> : accès, rectification, "
                                    "effacement, opposition… Répondez dans un délai d'un mois, "
                                    "prolongeable dans certains cas.</li>"
                                    "<li><b>Données sensibles</b> (santé, opinions politiques "
                                    "ou religieuses, appartenance syndicale…) : leur traitement "
                                    "est en principe interdit, sauf exceptions prévues à "
                                    "l'article 9, dont une pour les organismes à but non "
                                    "lucratif à finalité politique, philosophique, religieuse "
                                    "ou syndicale, limitée à leurs membres.</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li><b>Minimisation</b>: only collect what you really "
                                    "need. Is the full date of birth useful, or only the fact "
                                    "of being an adult?</li>"
                                    "<li><b>Retention periods</b>: set a period for each file, "
                                    "for instance for a former member's data, and apply "
                                    "it.</li>"
                                    "<li><b>Information</b>: state on every form who collects "
                                    "the data, why, on what basis, for how long and how to "
                                    "exercise one's rights.</li>"
                                    "<li><b>Data subjects' rights</b>: access, rectification, "
                                    "erasure, objection… Reply within one month, which can be "
                                    "extended in some cases.</li>"
                                    "<li><b>Sensitive data</b> (health, political or religious "
                                    "opinions, trade union membership…): processing it is "
                                    "prohibited in principle, except for the exceptions in "
                                    "Article 9, including one for not-for-profit bodies with a "
                                    "political, philosophical, religious or trade union aim, "
                                    "limited to their members.</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "data_figure",
                            "caption": {
                                "fr": (
                                    "Plafond des amendes administratives prévues par le RGPD "
                                    "(ou, s'il est plus élevé, 2 % ou 4 % du chiffre d'affaires "
                                    "annuel mondial)"
                                ),
                                "en": (
                                    "Ceiling of the administrative fines provided for by the "
                                    "GDPR (or, if higher, 2% or 4% of worldwide annual "
                                    "turnover)"
                                ),
                            },
                            "unit": {"fr": "millions d'euros", "en": "million euros"},
                            "rows": [
                                {
                                    "label": {
                                        "fr": (
                                            "Obligations du responsable de traitement et du "
                                            "sous-traitant (art. 83.4, ou 2 %)"
                                        ),
                                        "en": (
                                            "Obligations of the controller and the processor "
                                            "(Art. 83(4), or 2%)"
                                        ),
                                    },
                                    "value": 10,
                                },
                                {
                                    "label": {
                                        "fr": (
                                            "Principes de base, droits des personnes, "
                                            "transferts (art. 83.5, ou 4 %)"
                                        ),
                                        "en": (
                                            "Basic principles, data subjects' rights, "
                                            "transfers (Art. 83(5), or 4%)"
                                        ),
                                    },
                                    "value": 20,
                                },
                            ],
                            "source": {
                                "fr": (
                                    "Règlement (UE) 2016/679 (RGPD), article 83, 2016 ; texte "
                                    "publié par la CNIL"
                                ),
                                "en": (
                                    "Regulation (EU) 2016/679 (GDPR), Article 83, 2016; text "
                                    "published by the CNIL"
                                ),
                            },
                            "source_url": (
                                "https://www.cnil.fr/fr/reglement-europeen-protection-donnees"
                            ),
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "fr": "Les sanctions ne visent pas que les grandes entreprises",
                                "en": "Penalties don't only target large companies",
                            },
                            "text": {
                                "fr": (
                                    "La CNIL a déjà sanctionné des associations, notamment pour "
                                    "des défauts de sécurité. Les montants restent "
                                    "proportionnés à la taille de la structure, mais la perte "
                                    "de confiance des membres peut coûter bien plus cher."
                                ),
                                "en": (
                                    "The CNIL has already fined associations, notably for "
                                    "security failings. Amounts are proportionate to the size "
                                    "of the organisation, but the loss of members' trust can "
                                    "cost far more."
                                ),
                            },
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "registre-sous-traitants-transferts",
                    "title": {
                        "fr": "Registre, sous-traitants et transferts de données",
                        "en": "Records, processors and data transfers",
                    },
                    "minutes": 12,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Le RGPD repose sur une logique de "
                                    "<b>responsabilisation</b> : plus de déclaration préalable "
                                    "à la CNIL, mais la structure doit pouvoir démontrer à tout "
                                    "moment qu'elle respecte les règles. Trois outils "
                                    "documentaires y aident : le registre des traitements, les "
                                    "contrats avec les sous-traitants et une procédure en cas "
                                    "de violation de données.</p>"
                                ),
                                "en": (
                                    "<p>The GDPR is based on <b>accountability</b>: there is no "
                                    "longer any prior declaration to the CNIL, but the "
                                    "organisation must be able to show at any time that it "
                                    "complies with the rules. Three documents help: the record "
                                    "of processing activities, the contracts with processors "
                                    "and a procedure for data breaches.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Le registre des activités de traitement",
                                "en": "The record of processing activities",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Prévu par l'article 30, le registre décrit chaque "
                                    "traitement : finalité, catégories de personnes et de "
                                    "données, destinataires, durées de conservation, mesures de "
                                    "sécurité et éventuels transferts hors de l'Union "
                                    "européenne. Les structures de moins de 250 salariés "
                                    "bénéficient d'un allègement, qui ne s'applique pas aux "
                                    "traitements réguliers : la gestion des adhérents, des "
                                    "bénévoles ou de la paie doit donc y figurer. La CNIL "
                                    "propose un modèle simplifié au format tableur ouvert.</p>"
                                    "<p>Une association d'insertion pourrait ainsi lister : "
                                    "adhésions, dons, suivi des personnes accompagnées, "
                                    "recrutement, paie et lettre d'information.</p>"
                                ),
                                "en": (
                                    "<p>Required by Article 30, the record describes each "
                                    "processing operation: purpose, categories of people and "
                                    "data, recipients, retention periods, security measures and "
                                    "any transfers outside the European Union. Organisations "
                                    "with fewer than 250 employees benefit from an exemption, "
                                    "which does not apply to regular processing: managing "
                                    "members, volunteers or payroll must therefore be "
                                    "included. The CNIL offers a simplified template in an open "
                                    "spreadsheet format.</p>"
                                    "<p>A work-integration association could thus list: "
                                    "memberships, donations, follow-up of the people it "
                                    "supports, recruitment, payroll and newsletter.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Sous-traitants et transferts hors UE",
                                "en": "Processors and transfers outside the EU",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Un <b>sous-traitant</b> traite des données pour le "
                                    "compte de votre structure : hébergeur de votre cloud, "
                                    "outil d'envoi de courriels, plateforme de billetterie ou "
                                    "de dons, logiciel de paie en ligne. L'article 28 impose un "
                                    "contrat qui précise notamment l'objet et la durée du "
                                    "traitement, les mesures de sécurité, le sort des données en "
                                    "fin de contrat et l'aide apportée pour répondre aux "
                                    "demandes des personnes. Consultez aussi la liste des "
                                    "sous-traitants du prestataire : c'est souvent là que se "
                                    "cachent des transferts hors UE.</p>"
                                    "<p>Un <b>transfert</b> vers un pays tiers n'est possible "
                                    "que si ce pays est reconnu comme offrant une protection "
                                    "adéquate ou avec des garanties appropriées, comme les "
                                    "clauses contractuelles types de la Commission européenne. "
                                    "Pour une petite structure, le plus simple reste de choisir "
                                    "des prestataires qui hébergent et traitent les données dans "
                                    "l'Union européenne.</p>"
                                ),
                                "en": (
                                    "<p>A <b>processor</b> processes data on behalf of your "
                                    "organisation: the host of your cloud, an emailing tool, a "
                                    "ticketing or donation platform, online payroll software. "
                                    "Article 28 requires a contract that specifies, among other "
                                    "things, the subject and duration of the processing, the "
                                    "security measures, what happens to the data when the "
                                    "contract ends and the help provided to answer people's "
                                    "requests. Also check the provider's list of "
                                    "sub-processors: this is often where transfers outside the "
                                    "EU are hidden.</p>"
                                    "<p>A <b>transfer</b> to a non-EU country is only possible "
                                    "if that country is recognised as offering adequate "
                                    "protection, or with appropriate safeguards such as the "
                                    "European Commission's standard contractual clauses. For a "
                                    "small organisation, the simplest option is still to choose "
                                    "providers that host and process the data within the "
                                    "European Union.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "key_figure",
                            "title": {
                                "fr": "72 heures pour notifier une violation",
                                "en": "72 hours to report a breach",
                            },
                            "text": {
                                "fr": (
                                    "Ordinateur volé contenant le fichier des bénéficiaires, "
                                    "courriel envoyé à tous avec les adresses visibles, compte "
                                    "piraté : si la violation présente un risque pour les "
                                    "personnes, elle doit être notifiée à la CNIL dans les 72 "
                                    "heures après en avoir pris connaissance, et les personnes "
                                    "doivent être informées si le risque est élevé. Toute "
                                    "violation doit aussi être consignée en interne."
                                ),
                                "en": (
                                    "A stolen laptop holding the beneficiaries file, an email "
                                    "sent to everyone with visible addresses, a hacked "
                                    "account: if the breach poses a risk to people, it must be "
                                    "reported to the CNIL within 72 hours of becoming aware of "
                                    "it, and the people concerned must be informed if the risk "
                                    "is high. Every breach must also be recorded internally."
                                ),
                            },
                            "source": {
                                "fr": (
                                    "Règlement (UE) 2016/679 (RGPD), articles 33 et 34, 2016 ; "
                                    "texte publié par la CNIL"
                                ),
                                "en": (
                                    "Regulation (EU) 2016/679 (GDPR), Articles 33 and 34, 2016; "
                                    "text published by the CNIL"
                                ),
                            },
                            "source_url": (
                                "https://www.cnil.fr/fr/reglement-europeen-protection-donnees"
                            ),
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Check-list de la personne référente",
                                "en": "Checklist for the responsible digital lead",
                            },
                            "text": {
                                "fr": (
                                    "1) Le registre existe et a été mis à jour cette année. "
                                    "2) Chaque formulaire comporte une mention d'information. "
                                    "3) Un contrat conforme à l'article 28 existe pour chaque "
                                    "prestataire. 4) Les accès aux fichiers sont nominatifs et "
                                    "retirés au départ d'un·e salarié·e ou d'un·e bénévole. "
                                    "5) Une adresse dédiée reçoit les demandes d'exercice des "
                                    "droits."
                                ),
                                "en": (
                                    "1) The record exists and has been updated this year. "
                                    "2) Every form includes a privacy notice. 3) A contract "
                                    "meeting Article 28 exists for each provider. 4) Access to "
                                    "files is individual and removed when an employee or "
                                    "volunteer leaves. 5) A dedicated address receives requests "
                                    "to exercise data rights."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "CNIL : le texte du RGPD commenté par chapitre",
                                        "en": "CNIL: the GDPR text, chapter by chapter",
                                    },
                                    "url": (
                                        "https://www.cnil.fr/fr/reglement-europeen-protection-"
                                        "donnees"
                                    ),
                                },
                                {
                                    "title": {
                                        "fr": "EUR-Lex : texte officiel du règlement (UE) 2016/679",
                                        "en": "EUR-Lex: official text of Regulation (EU) 2016/679",
                                    },
                                    "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------------------
        # Module 3
        # ------------------------------------------------------------------------------
        {
            "slug": "choisir-et-migrer",
            "title": {
                "fr": "Choisir des outils libres et migrer pas à pas",
                "en": "Choosing free tools and migrating step by step",
            },
            "intro": {
                "fr": (
                    "Comment passer des principes à la pratique ? Ce module propose une grille "
                    "de choix, des alternatives concrètes et une méthode de migration qui "
                    "embarque toute l'équipe."
                ),
                "en": (
                    "How do you move from principles to practice? This module offers a "
                    "selection grid, concrete alternatives and a migration method that brings "
                    "the whole team on board."
                ),
            },
            "items": [
                {
                    "type": "lesson",
                    "slug": "criteres-de-choix",
                    "title": {
                        "fr": "Sept critères pour choisir un outil",
                        "en": "Seven criteria for choosing a tool",
                    },
                    "minutes": 12,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Un bon outil ne se résume pas à sa licence : il doit "
                                    "répondre aux besoins réels de l'équipe et des publics, être "
                                    "hébergé de façon fiable et rester utilisable dans la durée. "
                                    "Avant de comparer des logiciels, décrivez le besoin en une "
                                    "phrase (« partager et coéditer les comptes rendus du "
                                    "conseil d'administration ») et listez qui s'en servira : "
                                    "salariés, bénévoles occasionnels, personnes "
                                    "accompagnées.</p>"
                                ),
                                "en": (
                                    "<p>A good tool is more than its licence: it must meet the "
                                    "real needs of the team and the public, be reliably hosted "
                                    "and remain usable over time. Before comparing software, "
                                    "describe the need in one sentence (“share and co-edit the "
                                    "board meeting minutes”) and list who will use it: staff, "
                                    "occasional volunteers, people you support.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "La grille en sept critères",
                                "en": "The seven-criteria grid",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ol>"
                                    "<li><b>Licence</b> : libre ou propriétaire ? Les fonctions "
                                    "essentielles sont-elles dans la version libre ?</li>"
                                    "<li><b>Hébergement</b> : chez vous, chez un hébergeur "
                                    "associatif ou coopératif, ou chez un géant du cloud ? Qui "
                                    "assure mises à jour et sauvegardes ?</li>"
                                    "<li><b>Localisation des données</b> : dans l'Union "
                                    "européenne ? Avec quels sous-traitants ? Export possible "
                                    "dans un format ouvert ?</li>"
                                    "<li><b>Accessibilité</b> : utilisable au clavier et avec un "
                                    "lecteur d'écran, contrastes suffisants, interface en "
                                    "français ?</li>"
                                    "<li><b>Sobriété</b> : fonctionne-t-il sur des ordinateurs "
                                    "anciens, avec une connexion faible, sur mobile ?</li>"
                                    "<li><b>Communauté</b> : versions récentes, documentation "
                                    "en français, gouvernance ouverte (fondation, association, "
                                    "coopérative) ?</li>"
                                    "<li><b>Coût complet</b> : hébergement, maintenance, "
                                    "formation et temps humain, pas seulement le prix "
                                    "affiché.</li>"
                                    "</ol>"
                                ),
                                "en": (
                                    "<ol>"
                                    "<li><b>Licence</b>: free or proprietary? Are the essential "
                                    "features in the free version?</li>"
                                    "<li><b>Hosting</b>: on your premises, with a community or "
                                    "cooperative host, or with a cloud giant? Who handles "
                                    "updates and backups?</li>"
                                    "<li><b>Data location</b>: in the European Union? With which "
                                    "sub-processors? Can you export in an open format?</li>"
                                    "<li><b>Accessibility</b>: usable with a keyboard and a "
                                    "screen reader, sufficient contrast, interface in "
                                    "French?</li>"
                                    "<li><b>Sobriety</b>: does it run on older computers, on a "
                                    "weak connection, on mobile?</li>"
                                    "<li><b>Community</b>: recent releases, documentation in "
                                    "French, open governance (foundation, association, "
                                    "cooperative)?</li>"
                                    "<li><b>Full cost</b>: hosting, maintenance, training and "
                                    "staff time, not just the advertised price.</li>"
                                    "</ol>"
                                ),
                            },
                        },
                        {
                            "type": "data_figure",
                            "caption": {
                                "fr": (
                                    "Répartition de l'empreinte carbone du numérique en France "
                                    "en 2020, par composante"
                                ),
                                "en": (
                                    "Breakdown of the carbon footprint of digital technology in "
                                    "France in 2020, by component"
                                ),
                            },
                            "unit": {
                                "fr": "% de l'empreinte carbone du numérique",
                                "en": "% of the digital carbon footprint",
                            },
                            "rows": [
                                {
                                    "label": {
                                        "fr": "Terminaux (ordinateurs, smartphones, écrans…)",
                                        "en": "Devices (computers, smartphones, screens…)",
                                    },
                                    "value": 79,
                                },
                                {
                                    "label": {"fr": "Centres de données", "en": "Data centres"},
                                    "value": 16,
                                },
                                {
                                    "label": {"fr": "Réseaux", "en": "Networks"},
                                    "value": 5,
                                },
                            ],
                            "source": {
                                "fr": (
                                    "ADEME et Arcep, Évaluation de l'impact environnemental du "
                                    "numérique en France, 2022 (données 2020)"
                                ),
                                "en": (
                                    "ADEME and Arcep, Assessment of the environmental impact of "
                                    "digital technology in France, 2022 (2020 data)"
                                ),
                            },
                            "source_url": (
                                "https://www.arcep.fr/la-regulation/grands-dossiers-thematiques-"
                                "transverses/lempreinte-environnementale-des-reseaux.html"
                            ),
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Ces chiffres éclairent le critère de sobriété : "
                                    "l'essentiel de l'impact vient des équipements, surtout de "
                                    "leur fabrication. Un outil léger, qui tourne sur les "
                                    "ordinateurs existants sans imposer de renouveler le parc, "
                                    "compte donc beaucoup. Les systèmes et logiciels libres "
                                    "aident souvent à prolonger la vie de machines que des "
                                    "logiciels récents ne prennent plus en charge.</p>"
                                ),
                                "en": (
                                    "<p>These figures shed light on the sobriety criterion: most "
                                    "of the impact comes from devices, above all from their "
                                    "manufacture. A lightweight tool that runs on existing "
                                    "computers without requiring new equipment therefore "
                                    "matters a great deal. Free operating systems and software "
                                    "often help extend the life of machines that recent "
                                    "software no longer supports.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Noter, pondérer, décider à plusieurs",
                                "en": "Score, weight, decide together",
                            },
                            "text": {
                                "fr": (
                                    "Notez chaque outil de 0 à 2 sur chaque critère, puis donnez "
                                    "plus de poids aux critères décisifs pour votre structure, "
                                    "par exemple l'accessibilité si vous accueillez des "
                                    "personnes malvoyantes. Faites la notation en binôme "
                                    "salarié·e et bénévole : le choix sera mieux compris et "
                                    "mieux accepté."
                                ),
                                "en": (
                                    "Score each tool from 0 to 2 on each criterion, then give "
                                    "more weight to the criteria that matter most for your "
                                    "organisation, for example accessibility if you welcome "
                                    "visually impaired people. Do the scoring as a pair, one "
                                    "staff member and one volunteer: the choice will be better "
                                    "understood and better accepted."
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "fr": "Le piège du « gratuit »",
                                "en": "The “free of charge” trap",
                            },
                            "text": {
                                "fr": (
                                    "Un service gratuit proposé par une grande plateforme se "
                                    "finance souvent par l'exploitation des données ou prépare "
                                    "une future offre payante. Le libre n'est pas toujours "
                                    "gratuit non plus : prévoyez un budget d'hébergement et "
                                    "soutenez les projets que vous utilisez."
                                ),
                                "en": (
                                    "A free-of-charge service from a large platform is often "
                                    "funded by exploiting data or is paving the way for a "
                                    "future paid offer. Free software is not always free of "
                                    "charge either: plan a hosting budget and support the "
                                    "projects you use."
                                ),
                            },
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "alternatives-et-hebergeurs",
                    "title": {
                        "fr": "Alternatives libres et hébergeurs de confiance",
                        "en": "Free alternatives and trustworthy hosting providers",
                    },
                    "minutes": 12,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Pour la plupart des besoins d'une association, il "
                                    "existe des outils libres éprouvés. Les exemples ci-dessous "
                                    "sont à évaluer avec la grille de la leçon précédente : "
                                    "aucun n'est une recommandation universelle.</p>"
                                ),
                                "en": (
                                    "<p>For most of an association's needs, proven free tools "
                                    "exist. The examples below should be assessed with the grid "
                                    "from the previous lesson: none of them is a universal "
                                    "recommendation.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Des alternatives pour les besoins courants",
                                "en": "Alternatives for common needs",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li><b>Suite bureautique</b> : LibreOffice, qui utilise "
                                    "nativement le format ouvert OpenDocument (ODT, ODS, "
                                    "ODP).</li>"
                                    "<li><b>Documents partagés</b> : Nextcloud pour les "
                                    "fichiers, agendas et contacts, avec Collabora Online ou "
                                    "ONLYOFFICE pour l'édition à plusieurs ; Etherpad pour les "
                                    "notes en direct ; CryptPad pour des documents chiffrés de "
                                    "bout en bout.</li>"
                                    "<li><b>Visioconférence</b> : Jitsi Meet pour les réunions "
                                    "simples, BigBlueButton pour les formations.</li>"
                                    "<li><b>Formulaires</b> : LimeSurvey pour les enquêtes, "
                                    "Framaforms ou Nextcloud Forms pour les inscriptions, "
                                    "Framadate pour trouver une date.</li>"
                                    "<li><b>Listes de diffusion</b> : Sympa (qui fait tourner "
                                    "Framalistes) ou GNU Mailman ; Listmonk pour les lettres "
                                    "d'information.</li>"
                                    "<li><b>Gestion des adhérents</b> : Paheko (anciennement "
                                    "Garradin), pensé pour les associations avec une "
                                    "comptabilité intégrée, Galette, ou le module Adhérents de "
                                    "Dolibarr.</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li><b>Office suite</b>: LibreOffice, which natively uses "
                                    "the open OpenDocument format (ODT, ODS, ODP).</li>"
                                    "<li><b>Shared documents</b>: Nextcloud for files, "
                                    "calendars and contacts, with Collabora Online or "
                                    "ONLYOFFICE for co-editing; Etherpad for live notes; "
                                    "CryptPad for end-to-end encrypted documents.</li>"
                                    "<li><b>Video calls</b>: Jitsi Meet for simple meetings, "
                                    "BigBlueButton for training sessions.</li>"
                                    "<li><b>Forms</b>: LimeSurvey for surveys, Framaforms or "
                                    "Nextcloud Forms for registrations, Framadate to find a "
                                    "date.</li>"
                                    "<li><b>Mailing lists</b>: Sympa (which runs Framalistes) "
                                    "or GNU Mailman; Listmonk for newsletters.</li>"
                                    "<li><b>Membership management</b>: Paheko (formerly "
                                    "Garradin), designed for associations with built-in "
                                    "accounting, Galette, or Dolibarr's Members module.</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "CHATONS : des hébergeurs de proximité",
                                "en": "CHATONS: local hosting providers",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Installer et maintenir un serveur demande du temps et "
                                    "des compétences : une association a souvent intérêt à "
                                    "confier ses services à un hébergeur. Le collectif "
                                    "<b>CHATONS</b> (Collectif des hébergeurs alternatifs, "
                                    "transparents, ouverts, neutres et solidaires), lancé par "
                                    "l'association Framasoft en 2016, réunit des structures "
                                    "engagées par une charte commune : logiciels libres, pas de "
                                    "publicité ni d'exploitation des données, transparence. On "
                                    "y trouve des associations, des coopératives et de petites "
                                    "entreprises, que le site chatons.org permet de chercher "
                                    "par service.</p>"
                                    "<p>Framasoft propose aussi <b>Framaspace</b>, un espace "
                                    "Nextcloud gratuit réservé aux petites associations et "
                                    "collectifs, dans la limite des places disponibles.</p>"
                                ),
                                "en": (
                                    "<p>Installing and maintaining a server takes time and "
                                    "skills: an association is often better off entrusting its "
                                    "services to a host. The <b>CHATONS</b> collective "
                                    "(Collective of alternative, transparent, open, neutral and "
                                    "solidarity-based hosting providers), launched by the "
                                    "Framasoft association in 2016, brings together "
                                    "organisations bound by a shared charter: free software, "
                                    "no advertising or data exploitation, transparency. It "
                                    "includes associations, cooperatives and small businesses, "
                                    "which you can search by service on chatons.org.</p>"
                                    "<p>Framasoft also offers <b>Framaspace</b>, a free "
                                    "Nextcloud space reserved for small associations and "
                                    "collectives, while places last.</p>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "key_figure",
                            "title": {
                                "fr": "Plus de 80 structures membres",
                                "en": "More than 80 member organisations",
                            },
                            "text": {
                                "fr": (
                                    "Selon Framasoft, le collectif CHATONS comptait en 2024 plus "
                                    "de 80 structures, qui proposent notamment courriel, "
                                    "stockage en ligne, visioconférence, pads ou sites web."
                                ),
                                "en": (
                                    "According to Framasoft, the CHATONS collective had more "
                                    "than 80 member organisations in 2024, offering services "
                                    "such as email, online storage, video calls, pads or "
                                    "websites."
                                ),
                            },
                            "source": {
                                "fr": (
                                    "Framasoft, Framablog, « Dégooglisons Internet fête ses 10 "
                                    "ans », 2024"
                                ),
                                "en": (
                                    "Framasoft, Framablog, “De-google-ify Internet turns 10”, 2024"
                                ),
                            },
                            "source_url": (
                                "https://framablog.org/2024/06/13/"
                                "dorlotons2-des-nouveaux-services-pour-degooglisons"
                            ),
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Le SILL, une liste de référence",
                                "en": "The SILL, a reference list",
                            },
                            "text": {
                                "fr": (
                                    "Le Socle interministériel de logiciels libres (SILL), "
                                    "publié sur code.gouv.fr par la DINUM, recense des "
                                    "logiciels libres recommandés et utilisés dans les "
                                    "administrations. Il n'a pas été conçu pour l'ESS, mais il "
                                    "aide à vérifier qu'un logiciel est mûr et déjà déployé à "
                                    "grande échelle."
                                ),
                                "en": (
                                    "The SILL (the French government's interministerial "
                                    "baseline of free software), published on code.gouv.fr by "
                                    "DINUM, lists free software recommended and used in public "
                                    "administrations. It was not designed for the social and "
                                    "solidarity economy, but it helps check that a piece of "
                                    "software is mature and already deployed at scale."
                                ),
                            },
                        },
                        {
                            "type": "further",
                            "links": [
                                {
                                    "title": {
                                        "fr": "CHATONS : trouver un hébergeur",
                                        "en": "CHATONS: find a hosting provider",
                                    },
                                    "url": "https://www.chatons.org",
                                },
                                {
                                    "title": {
                                        "fr": "Framaspace : un cloud pour les associations",
                                        "en": "Framaspace: a cloud for associations",
                                    },
                                    "url": "https://www.frama.space",
                                },
                                {
                                    "title": {
                                        "fr": "Le SILL sur code.gouv.fr",
                                        "en": "The SILL on code.gouv.fr",
                                    },
                                    "url": "https://code.gouv.fr/sill",
                                },
                                {
                                    "title": {
                                        "fr": "Dégooglisons Internet (Framasoft)",
                                        "en": "De-google-ify Internet (Framasoft)",
                                    },
                                    "url": "https://degooglisons-internet.org",
                                },
                            ],
                        },
                    ],
                },
                {
                    "type": "lesson",
                    "slug": "migrer-et-accompagner",
                    "title": {
                        "fr": "Migrer pas à pas et accompagner l'équipe",
                        "en": "Migrating step by step and supporting the team",
                    },
                    "minutes": 12,
                    "required": True,
                    "body": [
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<p>Les migrations qui échouent butent rarement sur la "
                                    "technique : elles échouent parce qu'elles vont trop vite, "
                                    "qu'elles ne partent pas des usages ou qu'elles laissent "
                                    "l'équipe seule face au nouvel outil. La clé est d'avancer "
                                    "par petites étapes, en commençant par un usage visible mais "
                                    "peu risqué.</p>"
                                ),
                                "en": (
                                    "<p>Migrations that fail rarely stumble over technology: "
                                    "they fail because they go too fast, don't start from "
                                    "actual practices or leave the team alone with the new "
                                    "tool. The key is to move in small steps, starting with a "
                                    "visible but low-risk use.</p>"
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {
                                "fr": "Une méthode en six étapes",
                                "en": "A six-step method",
                            },
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ol>"
                                    "<li><b>Inventorier</b> : quels outils, utilisés par qui, "
                                    "pour quoi, et où sont les données ?</li>"
                                    "<li><b>Prioriser</b> : commencer par ce qui présente un "
                                    "risque (données sensibles hors UE, outil sans export) ou "
                                    "par ce qui est simple à remplacer (sondage de dates, prise "
                                    "de notes).</li>"
                                    "<li><b>Tester</b> : un pilote de quelques semaines avec un "
                                    "petit groupe volontaire, sur un vrai besoin.</li>"
                                    "<li><b>Faire cohabiter</b> : garder l'ancien outil en "
                                    "lecture seule pendant la transition, avec une date de fin "
                                    "annoncée.</li>"
                                    "<li><b>Migrer les données</b> : exporter, vérifier, "
                                    "archiver, fermer les comptes inutiles et mettre à jour le "
                                    "registre RGPD.</li>"
                                    "<li><b>Faire le bilan</b> : recueillir les retours, "
                                    "ajuster, puis passer à l'outil suivant.</li>"
                                    "</ol>"
                                ),
                                "en": (
                                    "<ol>"
                                    "<li><b>Take stock</b>: which tools, used by whom, for what, "
                                    "and where is the data?</li>"
                                    "<li><b>Prioritise</b>: start with what poses a risk "
                                    "(sensitive data outside the EU, a tool with no export) or "
                                    "with what is easy to replace (date polls, "
                                    "note-taking).</li>"
                                    "<li><b>Test</b>: a pilot of a few weeks with a small "
                                    "volunteer group, on a real need.</li>"
                                    "<li><b>Run both side by side</b>: keep the old tool "
                                    "read-only during the transition, with an announced end "
                                    "date.</li>"
                                    "<li><b>Migrate the data</b>: export, check, archive, close "
                                    "unused accounts and update the GDPR record.</li>"
                                    "<li><b>Review</b>: gather feedback, adjust, then move on "
                                    "to the next tool.</li>"
                                    "</ol>"
                                ),
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "tip",
                            "title": {
                                "fr": "Exemple : un centre social",
                                "en": "Example: a community centre",
                            },
                            "text": {
                                "fr": (
                                    "Un centre social pourrait commencer par remplacer son outil "
                                    "de sondage de dates par Framadate, puis rédiger ses comptes "
                                    "rendus sur un pad. Six mois plus tard, l'équipe déplacerait "
                                    "ses fichiers vers un Nextcloud hébergé par un membre de "
                                    "CHATONS, en gardant l'ancien espace en lecture seule "
                                    "pendant un trimestre. La gestion des adhérents, plus "
                                    "sensible, basculerait l'année suivante."
                                ),
                                "en": (
                                    "A community centre could start by replacing its date-poll "
                                    "tool with Framadate, then write its minutes on a pad. Six "
                                    "months later, the team would move its files to a Nextcloud "
                                    "hosted by a CHATONS member, keeping the old space "
                                    "read-only for three months. Membership management, which "
                                    "is more sensitive, would switch over the following year."
                                ),
                            },
                        },
                        {
                            "type": "heading",
                            "text": {"fr": "Accompagner les personnes", "en": "Supporting people"},
                        },
                        {
                            "type": "rich_text",
                            "html": {
                                "fr": (
                                    "<ul>"
                                    "<li>Expliquer le <b>pourquoi</b> en lien avec le projet "
                                    "associatif, pas seulement le comment.</li>"
                                    "<li>Identifier des <b>personnes relais</b> dans chaque "
                                    "équipe, y compris parmi les bénévoles.</li>"
                                    "<li>Proposer des formations courtes sur les tâches réelles "
                                    "et des fiches pas à pas illustrées.</li>"
                                    "<li>Accepter une période d'inconfort et garder des "
                                    "solutions de repli.</li>"
                                    "<li>Veiller aux personnes éloignées du numérique : un "
                                    "changement d'outil ne doit exclure personne.</li>"
                                    "<li>Contribuer en retour : signaler un bogue, traduire une "
                                    "page d'aide, faire un don au projet ou à "
                                    "l'hébergeur.</li>"
                                    "</ul>"
                                ),
                                "en": (
                                    "<ul>"
                                    "<li>Explain the <b>why</b> in relation to the "
                                    "organisation's mission, not just the how.</li>"
                                    "<li>Identify <b>champions</b> in each team, including "
                                    "among volunteers.</li>"
                                    "<li>Offer short training sessions on real tasks and "
                                    "illustrated step-by-step guides.</li>"
                                    "<li>Accept a period of discomfort and keep fallback "
                                    "options.</li>"
                                    "<li>Look after people who are less at ease with digital "
                                    "tools: a change of tool must leave no one out.</li>"
                                    "<li>Give back: report a bug, translate a help page, "
                                    "donate to the project or the host.</li>"
                                    "</ul>"
                                ),
                            },
                        },
                        {
                            "type": "quote",
                            "text": {
                                "fr": "La route est longue, mais la voie est libre.",
                                "en": "The road is long, but the way is free.",
                            },
                            "attribution": {
                                "fr": "Devise de l'association Framasoft",
                                "en": "Motto of the Framasoft association",
                            },
                        },
                        {
                            "type": "callout",
                            "kind": "warning",
                            "title": {
                                "fr": "Ne migrez pas dans l'urgence",
                                "en": "Don't migrate in a rush",
                            },
                            "text": {
                                "fr": (
                                    "Évitez de changer d'outil pendant un temps fort (assemblée "
                                    "générale, clôture des comptes, période des inscriptions). "
                                    "Vérifiez toujours l'intégrité des données importées avant "
                                    "de fermer l'ancien service."
                                ),
                                "en": (
                                    "Avoid changing tools during a busy period (general "
                                    "meeting, year-end accounts, registration season). Always "
                                    "check the integrity of imported data before closing the "
                                    "old service."
                                ),
                            },
                        },
                    ],
                },
                {
                    "type": "quiz",
                    "slug": "quiz-outils-libres",
                    "title": {
                        "fr": "Quiz : outils libres et éthiques",
                        "en": "Quiz: free and ethical tools",
                    },
                    "intro": {
                        "fr": (
                            "Six questions pour vérifier vos acquis sur l'ensemble du cours. Il "
                            "faut 70 % de bonnes réponses pour valider ; vous disposez de trois "
                            "tentatives."
                        ),
                        "en": (
                            "Six questions to check what you have learnt across the whole "
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
                                "fr": "Laquelle de ces propositions définit un logiciel libre ?",
                                "en": "Which of these statements defines free software?",
                            },
                            "explanation": {
                                "fr": (
                                    "Un logiciel est libre quand sa licence garantit les quatre "
                                    "libertés : l'utiliser, l'étudier (accès au code source), le "
                                    "redistribuer et en distribuer des versions modifiées. Il "
                                    "peut être payant, et son éditeur peut être une entreprise."
                                ),
                                "en": (
                                    "Software is free when its licence guarantees the four "
                                    "freedoms: to use it, study it (access to the source code), "
                                    "redistribute it and distribute modified versions. It may "
                                    "be sold, and its publisher may be a company."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": "Un logiciel téléchargeable gratuitement",
                                        "en": "Software that can be downloaded free of charge",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "La gratuité ne garantit aucune liberté : beaucoup "
                                            "de logiciels gratuits sont propriétaires."
                                        ),
                                        "en": (
                                            "Being free of charge guarantees no freedom: much "
                                            "free-of-charge software is proprietary."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "fr": (
                                            "Un logiciel dont la licence permet de l'utiliser, "
                                            "de l'étudier, de le redistribuer et de le modifier"
                                        ),
                                        "en": (
                                            "Software whose licence lets you use, study, "
                                            "redistribute and modify it"
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": (
                                            "Exact : ce sont les quatre libertés définies par la "
                                            "Free Software Foundation."
                                        ),
                                        "en": (
                                            "Correct: these are the four freedoms defined by the "
                                            "Free Software Foundation."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "fr": "Un logiciel développé par une association",
                                        "en": "Software developed by an association",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Le statut de l'éditeur ne compte pas : c'est la "
                                            "licence qui rend un logiciel libre."
                                        ),
                                        "en": (
                                            "The publisher's status does not matter: it is the "
                                            "licence that makes software free."
                                        ),
                                    },
                                },
                            ],
                        },
                        {
                            "kind": "multiple",
                            "text": {
                                "fr": (
                                    "Quelles licences sont de type copyleft (à réciprocité) ? "
                                    "Plusieurs réponses possibles."
                                ),
                                "en": (
                                    "Which licences are copyleft (reciprocal) licences? More "
                                    "than one answer is possible."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Les licences copyleft imposent que les versions modifiées "
                                    "et redistribuées restent sous la même licence : GPL et AGPL "
                                    "pour le code, CC BY-SA pour les contenus. La licence MIT "
                                    "est permissive."
                                ),
                                "en": (
                                    "Copyleft licences require modified and redistributed "
                                    "versions to stay under the same licence: GPL and AGPL for "
                                    "code, CC BY-SA for content. The MIT licence is "
                                    "permissive."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {"fr": "GNU GPL", "en": "GNU GPL"},
                                    "correct": True,
                                    "feedback": {
                                        "fr": "Oui, c'est la licence copyleft de référence.",
                                        "en": "Yes, it is the reference copyleft licence.",
                                    },
                                },
                                {
                                    "text": {"fr": "GNU AGPL", "en": "GNU AGPL"},
                                    "correct": True,
                                    "feedback": {
                                        "fr": (
                                            "Oui, et elle étend la réciprocité aux logiciels "
                                            "proposés comme services en ligne."
                                        ),
                                        "en": (
                                            "Yes, and it extends reciprocity to software "
                                            "offered as an online service."
                                        ),
                                    },
                                },
                                {
                                    "text": {"fr": "MIT", "en": "MIT"},
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Non : la licence MIT est permissive, elle autorise "
                                            "l'intégration dans un produit fermé."
                                        ),
                                        "en": (
                                            "No: the MIT licence is permissive and allows use "
                                            "in a closed product."
                                        ),
                                    },
                                },
                                {
                                    "text": {"fr": "CC BY-SA", "en": "CC BY-SA"},
                                    "correct": True,
                                    "feedback": {
                                        "fr": (
                                            "Oui : l'option SA (partage dans les mêmes "
                                            "conditions) est le copyleft des contenus."
                                        ),
                                        "en": (
                                            "Yes: the SA (ShareAlike) option is copyleft for "
                                            "content."
                                        ),
                                    },
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "Une association de moins de 250 salariés n'a jamais besoin "
                                    "de tenir un registre des activités de traitement."
                                ),
                                "en": (
                                    "An association with fewer than 250 employees never needs "
                                    "to keep a record of processing activities."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "L'article 30 du RGPD prévoit un allègement pour les "
                                    "structures de moins de 250 salariés, mais il ne vaut pas "
                                    "pour les traitements réguliers, à risque ou portant sur "
                                    "des données sensibles. La gestion courante des adhérents "
                                    "doit donc figurer au registre."
                                ),
                                "en": (
                                    "Article 30 of the GDPR provides an exemption for "
                                    "organisations with fewer than 250 employees, but it does "
                                    "not cover regular or risky processing, or processing of "
                                    "sensitive data. Day-to-day membership management must "
                                    "therefore be in the record."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {"fr": "Vrai", "en": "True"},
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Non : l'allègement ne s'applique pas aux "
                                            "traitements réguliers comme la gestion des "
                                            "adhérents."
                                        ),
                                        "en": (
                                            "No: the exemption does not apply to regular "
                                            "processing such as membership management."
                                        ),
                                    },
                                },
                                {
                                    "text": {"fr": "Faux", "en": "False"},
                                    "correct": True,
                                    "feedback": {
                                        "fr": (
                                            "Exact : dès qu'un traitement est régulier, il doit "
                                            "être inscrit au registre, quelle que soit la taille "
                                            "de la structure."
                                        ),
                                        "en": (
                                            "Correct: as soon as processing is regular, it must "
                                            "be in the record, whatever the size of the "
                                            "organisation."
                                        ),
                                    },
                                },
                            ],
                        },
                        {
                            "kind": "true_false",
                            "text": {
                                "fr": (
                                    "Si une violation de données présente un risque pour les "
                                    "personnes, l'association doit la notifier à la CNIL dans "
                                    "les 72 heures après en avoir pris connaissance."
                                ),
                                "en": (
                                    "If a data breach poses a risk to people, the association "
                                    "must report it to the CNIL within 72 hours of becoming "
                                    "aware of it."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "C'est l'article 33 du RGPD. Si le risque est élevé, les "
                                    "personnes concernées doivent aussi être informées "
                                    "(article 34), et toute violation doit être consignée en "
                                    "interne."
                                ),
                                "en": (
                                    "This is Article 33 of the GDPR. If the risk is high, the "
                                    "people concerned must also be informed (Article 34), and "
                                    "every breach must be recorded internally."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {"fr": "Vrai", "en": "True"},
                                    "correct": True,
                                    "feedback": {
                                        "fr": (
                                            "Exact : le délai court à partir du moment où la "
                                            "structure a connaissance de la violation."
                                        ),
                                        "en": (
                                            "Correct: the deadline runs from the moment the "
                                            "organisation becomes aware of the breach."
                                        ),
                                    },
                                },
                                {
                                    "text": {"fr": "Faux", "en": "False"},
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Si : le RGPD fixe bien un délai de 72 heures pour "
                                            "notifier l'autorité de contrôle."
                                        ),
                                        "en": (
                                            "It is true: the GDPR does set a 72-hour deadline "
                                            "for notifying the supervisory authority."
                                        ),
                                    },
                                },
                            ],
                        },
                        {
                            "kind": "multiple",
                            "text": {
                                "fr": (
                                    "Votre coopérative compare deux services de partage de "
                                    "fichiers. Quels éléments vérifiez-vous pour garder la "
                                    "maîtrise de vos données ? Plusieurs réponses possibles."
                                ),
                                "en": (
                                    "Your cooperative is comparing two file-sharing services. "
                                    "What do you check to stay in control of your data? More "
                                    "than one answer is possible."
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Le lieu d'hébergement, les sous-traitants, la possibilité "
                                    "d'exporter dans un format ouvert et les engagements de "
                                    "l'hébergeur sur l'usage des données sont décisifs. La "
                                    "popularité d'un service ne dit rien de la protection des "
                                    "données."
                                ),
                                "en": (
                                    "Hosting location, sub-processors, the ability to export in "
                                    "an open format and the host's commitments on the use of "
                                    "data are decisive. A service's popularity says nothing "
                                    "about data protection."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": (
                                            "Le lieu d'hébergement des données et la liste des "
                                            "sous-traitants"
                                        ),
                                        "en": (
                                            "Where the data is hosted and the list of "
                                            "sub-processors"
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": (
                                            "Oui : c'est là que se repèrent les transferts hors "
                                            "de l'Union européenne."
                                        ),
                                        "en": (
                                            "Yes: this is where transfers outside the European "
                                            "Union show up."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "fr": (
                                            "La possibilité d'exporter toutes les données dans un "
                                            "format ouvert"
                                        ),
                                        "en": "The ability to export all data in an open format",
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": (
                                            "Oui : la réversibilité vous permet de changer "
                                            "d'outil sans tout perdre."
                                        ),
                                        "en": (
                                            "Yes: reversibility lets you change tools without "
                                            "losing everything."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "fr": (
                                            "Le nombre d'abonnés du service sur les réseaux sociaux"
                                        ),
                                        "en": (
                                            "The number of followers the service has on social "
                                            "media"
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Non : la notoriété ne garantit ni la sécurité ni le "
                                            "respect des données."
                                        ),
                                        "en": (
                                            "No: popularity guarantees neither security nor "
                                            "respect for your data."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "fr": (
                                            "L'engagement de l'hébergeur, par exemple via la "
                                            "charte CHATONS, à ne pas exploiter vos données"
                                        ),
                                        "en": (
                                            "The host's commitment, for example through the "
                                            "CHATONS charter, not to exploit your data"
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": (
                                            "Oui : un engagement écrit et public est un bon "
                                            "signal, à compléter par un contrat conforme à "
                                            "l'article 28 du RGPD."
                                        ),
                                        "en": (
                                            "Yes: a written, public commitment is a good sign, "
                                            "to be backed up by a contract that meets Article 28 "
                                            "of the GDPR."
                                        ),
                                    },
                                },
                            ],
                        },
                        {
                            "kind": "single",
                            "text": {
                                "fr": (
                                    "Pour lancer la migration de votre association vers des "
                                    "outils libres, quelle première démarche est la plus "
                                    "judicieuse ?"
                                ),
                                "en": (
                                    "To start moving your association to free tools, which "
                                    "first step is the wisest?"
                                ),
                            },
                            "explanation": {
                                "fr": (
                                    "Une migration réussie part d'un inventaire des outils et "
                                    "des usages, puis avance par étapes, avec un pilote sur un "
                                    "usage peu risqué et une période de cohabitation."
                                ),
                                "en": (
                                    "A successful migration starts from an inventory of tools "
                                    "and practices, then moves in stages, with a pilot on a "
                                    "low-risk use and a period where both tools coexist."
                                ),
                            },
                            "choices": [
                                {
                                    "text": {
                                        "fr": (
                                            "Remplacer tous les outils le même week-end pour "
                                            "éviter la cohabitation"
                                        ),
                                        "en": (
                                            "Replace every tool over the same weekend to avoid "
                                            "running both"
                                        ),
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Trop risqué : l'équipe perd ses repères et aucune "
                                            "solution de repli n'existe en cas de problème."
                                        ),
                                        "en": (
                                            "Too risky: the team loses its bearings and there is "
                                            "no fallback if something goes wrong."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "fr": (
                                            "Faire l'inventaire des outils et des usages, puis "
                                            "tester un premier outil peu risqué avec un groupe "
                                            "pilote"
                                        ),
                                        "en": (
                                            "Take stock of tools and practices, then test a "
                                            "first low-risk tool with a pilot group"
                                        ),
                                    },
                                    "correct": True,
                                    "feedback": {
                                        "fr": (
                                            "Exact : on part des usages réels et on avance pas à "
                                            "pas."
                                        ),
                                        "en": (
                                            "Correct: you start from real practices and move "
                                            "step by step."
                                        ),
                                    },
                                },
                                {
                                    "text": {
                                        "fr": (
                                            "Fermer les anciens comptes avant d'avoir exporté les "
                                            "données"
                                        ),
                                        "en": "Close the old accounts before exporting the data",
                                    },
                                    "correct": False,
                                    "feedback": {
                                        "fr": (
                                            "Non : vous risqueriez de perdre définitivement vos "
                                            "archives. On exporte et on vérifie d'abord."
                                        ),
                                        "en": (
                                            "No: you could lose your archives for good. Export "
                                            "and check first."
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
