"""Demo course: reuse, repair, refurbished equipment and local reuse chains (beginner).

Original teaching content, French source with English translation. See FORMAT.md.
"""

ARCEP_FOOTPRINT_URL = (
    "https://www.arcep.fr/la-regulation/grands-dossiers-thematiques-transverses/"
    "lempreinte-environnementale-des-reseaux.html"
)
AGEC_URL = "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000041553759"
REEN_URL = "https://www.legifrance.gouv.fr/eli/loi/2021/11/15/2021-1485/jo/texte"
DECREE_REFURBISHED_URL = "https://www.legifrance.gouv.fr/eli/decret/2022/2/17/ECOC2114295D/jo/texte"
DECREE_REEN_REUSE_URL = "https://www.legifrance.gouv.fr/eli/decret/2023/4/12/2023-266/jo/texte"
DECREE_PROCUREMENT_URL = "https://www.legifrance.gouv.fr/eli/decret/2024/2/21/2024-134/jo/texte"
ECOLOGIE_URL = "https://www.ecologie.gouv.fr/"
ADEME_URL = "https://www.ademe.fr/"
SERVICE_PUBLIC_URL = "https://www.service-public.fr/"
HOP_URL = "https://www.halteobsolescence.org/"
REPAIR_CAFE_URL = "https://www.repaircafe.org/"
QUALIREPAR_URL = "https://www.label-qualirepar.fr/"
IFIXIT_URL = "https://fr.ifixit.com/"
EMMAUS_CONNECT_URL = "https://emmaus-connect.org/"
LACOLLECTE_URL = "https://lacollecte.tech/"
CNIL_URL = "https://www.cnil.fr/"
CYBERMALVEILLANCE_URL = "https://www.cybermalveillance.gouv.fr/"

ADEME_REFURBISHED_2022 = {
    "fr": (
        "ADEME, Évaluation de l'impact environnemental d'un ensemble de produits "
        "reconditionnés, 2022"
    ),
    "en": "ADEME, Assessment of the environmental impact of a set of refurbished products, 2022",
}


# ---------------------------------------------------------------------------
# Module 1: making equipment last
# ---------------------------------------------------------------------------

LESSON_WHY_LAST = {
    "type": "lesson",
    "slug": "pourquoi-et-comment-faire-durer",
    "title": {
        "fr": "Pourquoi et comment faire durer ses équipements",
        "en": "Why and how to make your equipment last",
    },
    "minutes": 10,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Un appareil numérique « coûte » à la planète surtout avant d'être "
                    "allumé : extraction des métaux, fabrication des composants, assemblage, "
                    "transport. Chaque année d'utilisation supplémentaire répartit cet impact "
                    "initial sur une plus longue période et repousse l'achat d'un appareil "
                    "neuf. Faire durer est donc le geste le plus efficace à la portée d'une "
                    "association.</p>"
                    "<p>Le droit français le reconnaît : la hiérarchie des modes de traitement "
                    "des déchets place la <b>prévention</b> (ne pas produire de déchet, donc "
                    "faire durer) et le <b>réemploi</b> avant le recyclage, lui-même préférable "
                    "à l'incinération ou à la mise en décharge.</p>"
                ),
                "en": (
                    "<p>A digital device “costs” the planet mostly before it is switched on: "
                    "metal extraction, component manufacturing, assembly, transport. Each "
                    "extra year of use spreads this initial impact over a longer period and "
                    "postpones the purchase of a new device. Making things last is therefore "
                    "the most effective step within an association's reach.</p>"
                    "<p>French law recognises this: the waste hierarchy puts "
                    "<b>prevention</b> (not producing waste, hence making things last) and "
                    "<b>reuse</b> before recycling, which is itself preferable to incineration "
                    "or landfill.</p>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "key_figure",
            "title": {
                "fr": "Pourquoi la durée de vie compte autant",
                "en": "Why lifetime matters so much",
            },
            "text": {
                "fr": (
                    "Selon l'étude ADEME–Arcep publiée en janvier 2022, la fabrication "
                    "représente environ 78 % de l'empreinte carbone du numérique en France. "
                    "Retarder un renouvellement, c'est éviter directement une partie de cet "
                    "impact."
                ),
                "en": (
                    "According to the ADEME–Arcep study published in January 2022, "
                    "manufacturing accounts for about 78% of the carbon footprint of digital "
                    "technology in France. Delaying a replacement directly avoids part of this "
                    "impact."
                ),
            },
            "source": {
                "fr": (
                    "ADEME et Arcep, Évaluation de l'impact environnemental du numérique en "
                    "France, janvier 2022 (données 2020)"
                ),
                "en": (
                    "ADEME and Arcep, Assessment of the environmental impact of digital "
                    "technology in France, January 2022 (2020 data)"
                ),
            },
            "source_url": ARCEP_FOOTPRINT_URL,
        },
        {
            "type": "heading",
            "text": {
                "fr": "Des remplacements souvent évitables",
                "en": "Replacements that can often be avoided",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Dans une structure, on remplace rarement un appareil parce qu'il est "
                    "irréparable. Les motifs les plus fréquents sont la <b>lenteur</b> (souvent "
                    "logicielle), une <b>batterie fatiguée</b>, un <b>écran cassé</b>, la "
                    "<b>fin des mises à jour</b> du système ou simplement l'envie d'un modèle "
                    "plus récent. La plupart de ces situations ont une solution moins coûteuse "
                    "que l'achat neuf.</p>"
                    "<p>Quand un produit est volontairement conçu pour durer moins longtemps, "
                    "on parle d'obsolescence programmée : c'est un délit en France depuis "
                    "2015. L'association HOP (Halte à l'obsolescence programmée) documente ces "
                    "pratiques et plaide pour des produits plus durables.</p>"
                ),
                "en": (
                    "<p>In an organisation, devices are rarely replaced because they cannot be "
                    "repaired. The most common reasons are <b>slowness</b> (often "
                    "software-related), a <b>worn battery</b>, a <b>broken screen</b>, the "
                    "<b>end of system updates</b> or simply the wish for a newer model. Most "
                    "of these situations have a cheaper solution than buying new.</p>"
                    "<p>When a product is deliberately designed to last less long, this is "
                    "called planned obsolescence: it has been an offence in France since 2015. "
                    "The association HOP (Stop planned obsolescence) documents these practices "
                    "and campaigns for more durable products.</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Entretenir et mettre à niveau",
                "en": "Maintaining and upgrading",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<ul>"
                    "<li><b>Batteries</b> : éviter la chaleur, ne pas laisser un portable "
                    "branché en permanence à 100 % quand un réglage de limitation de charge "
                    "existe, remplacer la batterie plutôt que l'appareil.</li>"
                    "<li><b>Protection</b> : coques, verres de protection et sacoches "
                    "rembourrées coûtent bien moins qu'un écran.</li>"
                    "<li><b>Propreté</b> : dépoussiérer les grilles d'aération évite la "
                    "surchauffe et le bruit des ventilateurs.</li>"
                    "<li><b>Mises à niveau</b> : remplacer un disque dur mécanique par un SSD "
                    "ou ajouter de la mémoire redonne souvent plusieurs années de vie à un "
                    "ordinateur.</li>"
                    "<li><b>Logiciels</b> : quand le système n'est plus mis à jour (comme "
                    "Windows 10, dont le support standard a pris fin en octobre 2025), "
                    "installer un système libre léger comme une distribution GNU/Linux peut "
                    "prolonger l'usage en sécurité, notamment pour des postes de bureautique "
                    "ou de formation.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li><b>Batteries</b>: avoid heat, do not leave a laptop plugged in at "
                    "100% all the time when a charge-limit setting exists, replace the battery "
                    "rather than the device.</li>"
                    "<li><b>Protection</b>: cases, screen protectors and padded bags cost far "
                    "less than a screen.</li>"
                    "<li><b>Cleanliness</b>: dusting air vents prevents overheating and noisy "
                    "fans.</li>"
                    "<li><b>Upgrades</b>: replacing a mechanical hard drive with an SSD or "
                    "adding memory often gives a computer several more years of life.</li>"
                    "<li><b>Software</b>: when the system is no longer updated (like Windows "
                    "10, whose standard support ended in October 2025), installing a "
                    "lightweight free system such as a GNU/Linux distribution can extend safe "
                    "use, especially for office or training workstations.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "fr": "Une routine de maintenance trimestrielle",
                "en": "A quarterly maintenance routine",
            },
            "text": {
                "fr": (
                    "Tous les trois mois : appliquer les mises à jour, vérifier l'état des "
                    "batteries et l'espace disque, dépoussiérer, noter les problèmes dans "
                    "l'inventaire. Une heure par trimestre, souvent prise en charge par un·e "
                    "bénévole, évite bien des remplacements précipités."
                ),
                "en": (
                    "Every three months: apply updates, check battery health and disk space, "
                    "dust, note problems in the inventory. One hour per quarter, often handled "
                    "by a volunteer, prevents many hasty replacements."
                ),
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
                    "url": HOP_URL,
                },
                {
                    "title": {
                        "fr": "ADEME, l'Agence de la transition écologique",
                        "en": "ADEME, the French agency for ecological transition",
                    },
                    "url": ADEME_URL,
                },
            ],
        },
    ],
}

LESSON_INDEXES = {
    "type": "lesson",
    "slug": "indices-reparabilite-durabilite",
    "title": {
        "fr": "Lire l'indice de réparabilité et l'indice de durabilité",
        "en": "Reading the repairability and durability indexes",
    },
    "minutes": 8,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Comment savoir, au moment de l'achat, si un appareil pourra être réparé "
                    "facilement ? La loi anti-gaspillage pour une économie circulaire (AGEC) "
                    "de 2020 a créé en France un <b>indice de réparabilité</b> : une note sur "
                    "10, accompagnée d'un code couleur, affichée en magasin et sur les sites "
                    "de vente en ligne.</p>"
                ),
                "en": (
                    "<p>How can you tell, when buying, whether a device will be easy to "
                    "repair? France's 2020 anti-waste law for a circular economy (AGEC) "
                    "created a <b>repairability index</b>: a score out of 10 with a colour "
                    "code, displayed in shops and on online sales sites.</p>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "key_figure",
            "title": {
                "fr": "Une note sur 10 depuis 2021",
                "en": "A score out of 10 since 2021",
            },
            "text": {
                "fr": (
                    "Depuis le 1er janvier 2021, l'indice de réparabilité doit être affiché "
                    "pour plusieurs catégories d'appareils, dont les smartphones, les "
                    "ordinateurs portables et les téléviseurs ; la liste a été élargie à "
                    "d'autres catégories en novembre 2022."
                ),
                "en": (
                    "Since 1 January 2021, the repairability index must be displayed for "
                    "several categories of devices, including smartphones, laptops and "
                    "televisions; the list was extended to other categories in November 2022."
                ),
            },
            "source": {
                "fr": (
                    "Ministère de la Transition écologique, indice de réparabilité (loi AGEC), 2021"
                ),
                "en": (
                    "French Ministry for Ecological Transition, repairability index (AGEC "
                    "law), 2021"
                ),
            },
            "source_url": ECOLOGIE_URL,
        },
        {
            "type": "heading",
            "text": {
                "fr": "Ce que mesure la note",
                "en": "What the score measures",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>La note combine cinq familles de critères :</p>"
                    "<ol>"
                    "<li>la <b>documentation</b> technique mise à disposition ;</li>"
                    "<li>la facilité de <b>démontage</b> (nombre d'étapes, outils "
                    "nécessaires, type de fixations) ;</li>"
                    "<li>la <b>disponibilité des pièces détachées</b> et sa durée ;</li>"
                    "<li>le <b>prix des pièces</b> par rapport au prix du produit ;</li>"
                    "<li>un critère <b>propre à chaque catégorie</b>, par exemple "
                    "l'information sur les mises à jour logicielles.</li>"
                    "</ol>"
                    "<p>Elle ne dit rien de la consommation d'énergie, qui relève de "
                    "l'étiquette énergie, ni de la qualité générale du produit.</p>"
                ),
                "en": (
                    "<p>The score combines five families of criteria:</p>"
                    "<ol>"
                    "<li>the technical <b>documentation</b> made available;</li>"
                    "<li>ease of <b>disassembly</b> (number of steps, tools needed, type of "
                    "fasteners);</li>"
                    "<li>the <b>availability of spare parts</b> and for how long;</li>"
                    "<li>the <b>price of parts</b> relative to the product price;</li>"
                    "<li>a <b>category-specific</b> criterion, for example information on "
                    "software updates.</li>"
                    "</ol>"
                    "<p>It says nothing about energy consumption, which is covered by the "
                    "energy label, nor about the overall quality of the product.</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Depuis 2025 : indice de durabilité et étiquette européenne",
                "en": "Since 2025: durability index and EU label",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Le dispositif évolue. Depuis janvier 2025 pour les téléviseurs, puis "
                    "avril 2025 pour les lave-linge, un <b>indice de durabilité</b> remplace "
                    "l'indice de réparabilité : il ajoute à la réparabilité des critères de "
                    "<b>fiabilité</b> (résistance à l'usure, facilité d'entretien, garantie "
                    "commerciale). Pour les smartphones et les tablettes, c'est une "
                    "<b>étiquette européenne</b> comprenant une classe de réparabilité qui "
                    "s'applique depuis juin 2025. D'autres catégories pourraient suivre : "
                    "vérifiez les informations officielles au moment de l'achat.</p>"
                ),
                "en": (
                    "<p>The scheme is evolving. Since January 2025 for televisions, then April "
                    "2025 for washing machines, a <b>durability index</b> replaces the "
                    "repairability index: it adds <b>reliability</b> criteria (resistance to "
                    "wear, ease of maintenance, commercial warranty) to repairability. For "
                    "smartphones and tablets, a <b>European label</b> including a "
                    "repairability class has applied since June 2025. Other categories may "
                    "follow: check official information when you buy.</p>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "fr": "L'utiliser dans un achat",
                "en": "Using it when buying",
            },
            "text": {
                "fr": (
                    "Présélectionnez deux ou trois modèles qui répondent au besoin, puis "
                    "départagez-les avec l'indice. Le fabricant doit pouvoir fournir le détail "
                    "de la note : regardez en particulier la durée de disponibilité des pièces "
                    "et des mises à jour. Et pensez à chercher le même modèle en reconditionné."
                ),
                "en": (
                    "Shortlist two or three models that meet the need, then use the index to "
                    "decide between them. The manufacturer must be able to provide the "
                    "breakdown of the score: look in particular at how long parts and updates "
                    "will be available. And remember to look for the same model refurbished."
                ),
            },
        },
        {
            "type": "further",
            "links": [
                {
                    "title": {
                        "fr": "Ministère de la Transition écologique",
                        "en": "French Ministry for Ecological Transition (in French)",
                    },
                    "url": ECOLOGIE_URL,
                },
                {
                    "title": {
                        "fr": "Loi AGEC du 10 février 2020 sur Légifrance",
                        "en": "AGEC law of 10 February 2020 on Légifrance (in French)",
                    },
                    "url": AGEC_URL,
                },
            ],
        },
    ],
}

LESSON_REPAIR = {
    "type": "lesson",
    "slug": "reparer-seul-ou-accompagne",
    "title": {
        "fr": "Réparer : seul·e, accompagné·e ou chez un pro",
        "en": "Repairing: on your own, with help, or at a professional",
    },
    "minutes": 9,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Quand un appareil tombe en panne, commencez par un <b>diagnostic</b> : "
                    "de quoi s'agit-il exactement, depuis quand, après quel événement ? "
                    "Ensuite, plusieurs voies existent, de la plus autonome à la plus "
                    "encadrée :</p>"
                    "<ul>"
                    "<li><b>Réparer soi-même</b> avec des guides illustrés en ligne, comme "
                    "ceux de la communauté iFixit, pour les opérations simples (batterie, "
                    "écran, clavier, SSD).</li>"
                    "<li><b>Se faire accompagner</b> dans un Repair Café ou un atelier "
                    "associatif : des bénévoles aident gratuitement à réparer, en transmettant "
                    "leur savoir-faire. Le concept est né à Amsterdam en 2009 et compte "
                    "aujourd'hui de nombreux lieux en France.</li>"
                    "<li><b>Passer par un professionnel</b> : réparateur indépendant, "
                    "structure d'insertion, service après-vente. Les réparateurs labellisés "
                    "QualiRépar appliquent, depuis décembre 2022, un bonus réparation déduit "
                    "directement de la facture des particuliers, financé par les "
                    "éco-organismes de la filière.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>When a device breaks down, start with a <b>diagnosis</b>: what exactly "
                    "is wrong, since when, after what event? Then several routes exist, from "
                    "the most independent to the most supported:</p>"
                    "<ul>"
                    "<li><b>Repair it yourself</b> with illustrated online guides, such as "
                    "those from the iFixit community, for simple operations (battery, screen, "
                    "keyboard, SSD).</li>"
                    "<li><b>Get support</b> at a Repair Café or a community workshop: "
                    "volunteers help repair for free, passing on their know-how. The concept "
                    "was born in Amsterdam in 2009 and now has many venues in France.</li>"
                    "<li><b>Go to a professional</b>: independent repairer, work integration "
                    "organisation, after-sales service. Since December 2022, repairers "
                    "labelled QualiRépar apply a repair bonus deducted directly from private "
                    "customers' bills, funded by the sector's producer responsibility "
                    "organisations.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "fr": "Avant tout : vérifier la garantie légale",
                "en": "First of all: check the legal guarantee",
            },
            "text": {
                "fr": (
                    "Un bien neuf acheté auprès d'un professionnel bénéficie de deux ans de "
                    "garantie légale de conformité, et d'au moins un an pour un bien "
                    "d'occasion ou reconditionné. Si le produit est réparé dans ce cadre, la "
                    "garantie est prolongée de six mois. Gardez les factures dans un dossier "
                    "partagé, classées par appareil."
                ),
                "en": (
                    "A new item bought from a professional seller has a two-year legal "
                    "guarantee of conformity, and at least one year for a second-hand or "
                    "refurbished item. If the product is repaired under this guarantee, the "
                    "guarantee is extended by six months. Keep invoices in a shared folder, "
                    "filed by device."
                ),
            },
            "source": {
                "fr": "Service-Public.fr, garantie légale de conformité",
                "en": "Service-Public.fr, legal guarantee of conformity",
            },
            "source_url": SERVICE_PUBLIC_URL,
        },
        {
            "type": "heading",
            "text": {
                "fr": "Accueillir un atelier de réparation",
                "en": "Hosting a repair workshop",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Une association peut aussi devenir un lieu de réparation pour ses "
                    "publics et son quartier. Quelques repères pour se lancer :</p>"
                    "<ul>"
                    "<li>s'associer à un Repair Café ou un atelier existant plutôt que tout "
                    "créer seul ;</li>"
                    "<li>vérifier l'assurance responsabilité civile pour l'activité ;</li>"
                    "<li>prévoir un espace sécurisé, des outils de base et un registre des "
                    "objets accueillis ;</li>"
                    "<li>poser une règle claire sur les données : on ne consulte pas le "
                    "contenu des appareils, et leur propriétaire reste présent ;</li>"
                    "<li>orienter vers un professionnel ce qui dépasse les compétences des "
                    "bénévoles.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>An association can also become a place of repair for the people it "
                    "serves and its neighbourhood. Some pointers to get started:</p>"
                    "<ul>"
                    "<li>partner with an existing Repair Café or workshop rather than "
                    "building everything alone;</li>"
                    "<li>check the civil liability insurance for the activity;</li>"
                    "<li>provide a safe space, basic tools and a log of the items brought "
                    "in;</li>"
                    "<li>set a clear rule on data: no one looks at the contents of devices, "
                    "and their owner stays present;</li>"
                    "<li>refer anything beyond the volunteers' skills to a "
                    "professional.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "warning",
            "title": {
                "fr": "Batteries lithium : prudence",
                "en": "Lithium batteries: be careful",
            },
            "text": {
                "fr": (
                    "Une batterie gonflée, chaude ou percée présente un risque d'incendie. Ne "
                    "la rechargez pas, ne la percez pas, ne la jetez pas à la poubelle : "
                    "isolez-la dans un contenant non inflammable et déposez-la rapidement dans "
                    "un point de collecte adapté."
                ),
                "en": (
                    "A swollen, hot or punctured battery is a fire risk. Do not charge it, do "
                    "not pierce it, do not put it in the bin: isolate it in a non-flammable "
                    "container and take it promptly to a suitable collection point."
                ),
            },
        },
        {
            "type": "quote",
            "text": {
                "fr": (
                    "La moitié des ordinateurs qu'on nous apporte ont juste besoin d'un "
                    "nettoyage et d'un disque plus rapide. Le plus beau, c'est quand la "
                    "personne repart en sachant le refaire."
                ),
                "en": (
                    "Half the computers people bring us just need cleaning and a faster "
                    "drive. The best part is when the person leaves knowing how to do it "
                    "again."
                ),
            },
            "attribution": {
                "fr": "Bénévole d'un Repair Café (témoignage fictif, à visée pédagogique)",
                "en": "Repair Café volunteer (fictional testimony, for teaching)",
            },
        },
        {
            "type": "further",
            "links": [
                {
                    "title": {"fr": "Repair Café", "en": "Repair Café"},
                    "url": REPAIR_CAFE_URL,
                },
                {
                    "title": {
                        "fr": "Label QualiRépar et bonus réparation",
                        "en": "QualiRépar label and repair bonus (in French)",
                    },
                    "url": QUALIREPAR_URL,
                },
                {
                    "title": {
                        "fr": "iFixit : guides de réparation",
                        "en": "iFixit: repair guides",
                    },
                    "url": IFIXIT_URL,
                },
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Module 2: refurbished equipment and the legal framework
# ---------------------------------------------------------------------------

LESSON_REFURBISHED = {
    "type": "lesson",
    "slug": "acheter-reconditionne",
    "title": {
        "fr": "Acheter reconditionné plutôt que neuf",
        "en": "Buying refurbished rather than new",
    },
    "minutes": 10,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Un appareil <b>d'occasion</b> est simplement revendu en l'état. Un "
                    "appareil <b>reconditionné</b> a, en plus, été contrôlé et remis en état. "
                    "Depuis un décret de février 2022, ce terme est encadré en France : le "
                    "produit doit avoir été testé sur toutes ses fonctionnalités, remis en état "
                    "si nécessaire, et <b>toutes les données du précédent utilisateur doivent "
                    "avoir été supprimées</b>. Les mentions « comme neuf » ou « état neuf » "
                    "sont interdites, et « reconditionné en France » est réservé aux "
                    "opérations réalisées entièrement sur le territoire.</p>"
                ),
                "en": (
                    "<p>A <b>second-hand</b> device is simply resold as it is. A "
                    "<b>refurbished</b> device has, in addition, been checked and restored. "
                    "Since a February 2022 decree, the term is regulated in France: the "
                    "product must have been tested on all its functions, restored if needed, "
                    "and <b>all the previous user's data must have been deleted</b>. Claims "
                    "such as “like new” or “as new” are prohibited, and “refurbished in "
                    "France” is reserved for operations carried out entirely in the "
                    "country.</p>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "key_figure",
            "title": {
                "fr": "Un smartphone reconditionné, un impact bien moindre",
                "en": "A refurbished smartphone, a much smaller impact",
            },
            "text": {
                "fr": (
                    "Selon l'ADEME (2022), acheter un smartphone reconditionné plutôt que neuf "
                    "réduit son impact environnemental annuel d'environ 77 à 91 % selon les "
                    "indicateurs. Le bénéfice dépend du nombre de pièces remplacées, du lieu de "
                    "reconditionnement et de la durée d'utilisation."
                ),
                "en": (
                    "According to ADEME (2022), buying a refurbished smartphone rather than a "
                    "new one reduces its annual environmental impact by about 77 to 91% "
                    "depending on the indicator. The benefit depends on how many parts are "
                    "replaced, where the refurbishment takes place and how long the device is "
                    "used."
                ),
            },
            "source": ADEME_REFURBISHED_2022,
            "source_url": ADEME_URL,
        },
        {
            "type": "data_figure",
            "caption": {
                "fr": (
                    "Matières premières dont on évite l'extraction, par année d'usage, en "
                    "choisissant un appareil reconditionné plutôt que neuf"
                ),
                "en": (
                    "Raw materials whose extraction is avoided, per year of use, by choosing "
                    "a refurbished rather than a new device"
                ),
            },
            "unit": {"fr": "kg par an", "en": "kg per year"},
            "rows": [
                {"label": {"fr": "Smartphone", "en": "Smartphone"}, "value": 76.9},
                {
                    "label": {"fr": "Ordinateur portable", "en": "Laptop"},
                    "value": 127,
                },
            ],
            "source": ADEME_REFURBISHED_2022,
            "source_url": ADEME_URL,
        },
        {
            "type": "heading",
            "text": {
                "fr": "Bien choisir : la check-list",
                "en": "Choosing well: the checklist",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<ul>"
                    "<li><b>Le grade</b> décrit l'aspect esthétique, pas le fonctionnement : "
                    "un grade moins bon peut être un bon calcul pour un poste de travail.</li>"
                    "<li><b>La garantie</b> : au moins un an de garantie légale auprès d'un "
                    "vendeur professionnel, parfois complétée par une garantie "
                    "commerciale.</li>"
                    "<li><b>La batterie</b> : demandez sa capacité restante ou si elle a été "
                    "remplacée.</li>"
                    "<li><b>Les mises à jour</b> : vérifiez jusqu'à quand le modèle recevra "
                    "des correctifs de sécurité.</li>"
                    "<li><b>Le vendeur</b> : privilégiez les reconditionneurs de l'ESS et le "
                    "reconditionnement local, qui limitent les transports et créent de "
                    "l'emploi.</li>"
                    "<li><b>Les accessoires</b> : ne prenez chargeur et câbles neufs que si "
                    "vous en avez réellement besoin.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li><b>The grade</b> describes appearance, not function: a lower grade "
                    "can be a smart choice for a workstation.</li>"
                    "<li><b>The guarantee</b>: at least one year of legal guarantee from a "
                    "professional seller, sometimes topped up by a commercial warranty.</li>"
                    "<li><b>The battery</b>: ask for its remaining capacity or whether it has "
                    "been replaced.</li>"
                    "<li><b>Updates</b>: check until when the model will receive security "
                    "patches.</li>"
                    "<li><b>The seller</b>: favour ESS refurbishers and local refurbishment, "
                    "which limit transport and create jobs.</li>"
                    "<li><b>Accessories</b>: only take a new charger and cables if you really "
                    "need them.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "warning",
            "title": {
                "fr": "Le reconditionné n'est pas un prétexte pour renouveler plus souvent",
                "en": "Refurbished is not an excuse to replace more often",
            },
            "text": {
                "fr": (
                    "L'ADEME le souligne : le bénéfice n'existe que si l'appareil reconditionné "
                    "remplace vraiment un achat neuf et qu'il est utilisé longtemps. Changer "
                    "chaque année de téléphone, même reconditionné, entretient la demande "
                    "d'appareils neufs en amont."
                ),
                "en": (
                    "ADEME stresses this: the benefit only exists if the refurbished device "
                    "really replaces a new purchase and is used for a long time. Changing "
                    "phones every year, even refurbished ones, keeps up the demand for new "
                    "devices upstream."
                ),
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p><b>Et la location ?</b> Des coopératives proposent de louer sur longue "
                    "durée des appareils choisis pour leur durabilité, maintenance comprise. "
                    "Ce modèle, dit d'économie de la fonctionnalité, incite le loueur à faire "
                    "durer le matériel. Il peut convenir à une structure qui n'a pas de "
                    "compétences techniques en interne.</p>"
                ),
                "en": (
                    "<p><b>What about leasing?</b> Some cooperatives offer long-term leasing "
                    "of devices chosen for their durability, maintenance included. This model, "
                    "known as the functional economy, gives the lessor an incentive to make "
                    "equipment last. It can suit an organisation without in-house technical "
                    "skills.</p>"
                ),
            },
        },
        {
            "type": "further",
            "links": [
                {
                    "title": {
                        "fr": "Décret n° 2022-190 sur le terme « reconditionné » (Légifrance)",
                        "en": "Decree no. 2022-190 on the term “refurbished” (Légifrance, in "
                        "French)",
                    },
                    "url": DECREE_REFURBISHED_URL,
                },
                {
                    "title": {
                        "fr": "ADEME, l'Agence de la transition écologique",
                        "en": "ADEME, the French agency for ecological transition",
                    },
                    "url": ADEME_URL,
                },
            ],
        },
    ],
}

LESSON_LAW = {
    "type": "lesson",
    "slug": "lois-agec-reen-et-achats-publics",
    "title": {
        "fr": "Lois AGEC et REEN : ce qui change pour le réemploi",
        "en": "The AGEC and REEN laws: what changes for reuse",
    },
    "minutes": 10,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>La <b>loi relative à la lutte contre le gaspillage et à l'économie "
                    "circulaire</b> (AGEC), du 10 février 2020, veut faire passer la France "
                    "d'un modèle « produire, consommer, jeter » à une économie circulaire. "
                    "Pour le numérique, plusieurs mesures comptent particulièrement :</p>"
                    "<ul>"
                    "<li>l'indice de réparabilité, puis de durabilité ;</li>"
                    "<li>une meilleure information sur la disponibilité des pièces "
                    "détachées ;</li>"
                    "<li>un fonds de soutien à la réparation (le bonus réparation) ;</li>"
                    "<li>l'interdiction de détruire les invendus non alimentaires, qui doivent "
                    "être donnés, réemployés ou recyclés ;</li>"
                    "<li>des obligations pour les achats publics.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>The <b>law on combating waste and on the circular economy</b> (AGEC) "
                    "of 10 February 2020 aims to move France from a “make, use, throw away” "
                    "model to a circular economy. For digital technology, several measures "
                    "matter in particular:</p>"
                    "<ul>"
                    "<li>the repairability index, then the durability index;</li>"
                    "<li>better information on the availability of spare parts;</li>"
                    "<li>a fund to support repair (the repair bonus);</li>"
                    "<li>a ban on destroying unsold non-food products, which must be donated, "
                    "reused or recycled;</li>"
                    "<li>obligations for public purchasing.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Achats publics : une part obligatoire de réemploi",
                "en": "Public purchasing: a mandatory share of reuse",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>L'article 58 de la loi AGEC impose à l'État et aux collectivités "
                    "territoriales d'acheter chaque année une part de biens issus du réemploi "
                    "ou de la réutilisation, ou intégrant des matières recyclées, de 20 à "
                    "100 % selon les produits. Le matériel informatique fait partie des "
                    "catégories visées. Un décret de février 2024, applicable depuis juillet "
                    "2024, distingue désormais la part de réemploi de celle des matières "
                    "recyclées et fixe des objectifs croissants jusqu'en 2030.</p>"
                    "<p>C'est une opportunité pour les reconditionneurs de l'ESS : répondre à "
                    "des marchés publics, seuls ou en groupement, et faire valoir les marchés "
                    "réservés aux structures d'insertion ou aux entreprises adaptées.</p>"
                ),
                "en": (
                    "<p>Article 58 of the AGEC law requires the State and local authorities to "
                    "buy each year a share of goods that come from reuse, or that contain "
                    "recycled materials, ranging from 20 to 100% depending on the product. IT "
                    "equipment is among the categories covered. A February 2024 decree, in "
                    "force since July 2024, now separates the reuse share from the "
                    "recycled-content share and sets rising targets up to 2030.</p>"
                    "<p>This is an opportunity for ESS refurbishers: bidding for public "
                    "contracts, alone or in consortia, and making use of contracts reserved "
                    "for work integration organisations or sheltered companies.</p>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "key_figure",
            "title": {
                "fr": "50 % du matériel réformé orienté vers le réemploi",
                "en": "50% of decommissioned equipment sent for reuse",
            },
            "text": {
                "fr": (
                    "En application de la loi REEN du 15 novembre 2021, un décret d'avril "
                    "2023 fixe l'objectif suivant pour l'État et les collectivités : orienter "
                    "vers le réemploi ou la réutilisation 25 % de leur matériel informatique "
                    "réformé en 2023, 35 % en 2024, puis 50 % à partir de 2025 (hors "
                    "matériel de plus de dix ans)."
                ),
                "en": (
                    "Under the REEN law of 15 November 2021, an April 2023 decree sets the "
                    "following target for the State and local authorities: send 25% of their "
                    "decommissioned IT equipment for reuse in 2023, 35% in 2024, then 50% from "
                    "2025 (excluding equipment more than ten years old)."
                ),
            },
            "source": {
                "fr": (
                    "Décret n° 2023-266 du 12 avril 2023, pris pour l'application de l'article "
                    "16 de la loi n° 2021-1485 (REEN), Légifrance"
                ),
                "en": (
                    "Decree no. 2023-266 of 12 April 2023, implementing article 16 of law no. "
                    "2021-1485 (REEN), Légifrance"
                ),
            },
            "source_url": DECREE_REEN_REUSE_URL,
        },
        {
            "type": "heading",
            "text": {
                "fr": "Ce que cela ouvre pour les associations",
                "en": "What this opens up for associations",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Pour atteindre ces objectifs, les personnes publiques peuvent céder "
                    "leur matériel à une autre administration, le vendre, ou le <b>donner</b>, "
                    "notamment à des associations. Le don est encadré : il vise en particulier "
                    "les associations d'intérêt général ou reconnues d'utilité publique dont "
                    "l'objet est l'équipement, la formation ou l'accompagnement de personnes en "
                    "situation de précarité, et le bénéficiaire doit s'engager à réemployer le "
                    "matériel.</p>"
                    "<p>Une association d'inclusion numérique ou un atelier de "
                    "reconditionnement peut donc devenir un partenaire naturel de sa mairie, "
                    "de son intercommunalité ou de son département.</p>"
                ),
                "en": (
                    "<p>To meet these targets, public bodies can transfer their equipment to "
                    "another administration, sell it, or <b>donate</b> it, in particular to "
                    "associations. Donation is regulated: it targets in particular "
                    "public-interest associations or those recognised as being of public "
                    "utility whose purpose is to equip, train or support people in precarious "
                    "situations, and the recipient must commit to reusing the equipment.</p>"
                    "<p>A digital inclusion association or a refurbishment workshop can "
                    "therefore become a natural partner of its town hall, its group of "
                    "municipalities or its département.</p>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "fr": "Approcher sa collectivité",
                "en": "Approaching your local authority",
            },
            "text": {
                "fr": (
                    "Identifiez le service informatique et le ou la responsable des achats ; "
                    "présentez votre projet en une page (publics, volumes, effacement des "
                    "données, traçabilité) ; proposez une convention ; et référencez-vous sur "
                    "les plateformes de don solidaire comme LaCollecte.tech."
                ),
                "en": (
                    "Identify the IT department and the purchasing manager; present your "
                    "project on one page (people served, volumes, data wiping, traceability); "
                    "propose an agreement; and register on solidarity donation platforms such "
                    "as LaCollecte.tech."
                ),
            },
        },
        {
            "type": "further",
            "links": [
                {
                    "title": {
                        "fr": "Loi AGEC du 10 février 2020 (Légifrance)",
                        "en": "AGEC law of 10 February 2020 (Légifrance, in French)",
                    },
                    "url": AGEC_URL,
                },
                {
                    "title": {
                        "fr": "Loi REEN du 15 novembre 2021 (Légifrance)",
                        "en": "REEN law of 15 November 2021 (Légifrance, in French)",
                    },
                    "url": REEN_URL,
                },
                {
                    "title": {
                        "fr": "Décret n° 2024-134 sur les achats publics (Légifrance)",
                        "en": "Decree no. 2024-134 on public purchasing (Légifrance, in French)",
                    },
                    "url": DECREE_PROCUREMENT_URL,
                },
            ],
        },
    ],
}

LESSON_ESS_ACTORS = {
    "type": "lesson",
    "slug": "acteurs-ess-du-reemploi",
    "title": {
        "fr": "Les acteurs de l'ESS du réemploi et du reconditionnement",
        "en": "ESS actors of reuse and refurbishment",
    },
    "minutes": 9,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>L'économie sociale et solidaire est pionnière du réemploi, bien avant "
                    "que le mot ne devienne à la mode. Plusieurs familles d'acteurs coexistent "
                    "sur les territoires :</p>"
                    "<ul>"
                    "<li><b>Les Repair Cafés et ateliers de réparation associatifs</b>, animés "
                    "par des bénévoles, qui transmettent des savoir-faire.</li>"
                    "<li><b>Les ressourceries et recycleries</b>, qui collectent, valorisent, "
                    "revendent à petit prix et sensibilisent.</li>"
                    "<li><b>Les structures d'insertion par l'activité économique</b> "
                    "(ateliers et chantiers d'insertion, entreprises d'insertion), qui "
                    "reconditionnent ordinateurs, téléphones ou électroménager tout en "
                    "accompagnant vers l'emploi des personnes qui en sont éloignées. Le réseau "
                    "Envie dans l'électroménager, ou les Ateliers du Bocage (mouvement Emmaüs) "
                    "dans la téléphonie et l'informatique, en sont des exemples connus.</li>"
                    "<li><b>Les entreprises adaptées et les ESAT</b>, qui emploient des "
                    "personnes en situation de handicap sur des activités de tri, de test et "
                    "de reconditionnement.</li>"
                    "<li><b>Les acteurs de l'inclusion numérique</b>, comme Emmaüs Connect, qui "
                    "redistribuent du matériel et accompagnent les personnes.</li>"
                    "<li><b>Les coopératives</b> qui proposent la location d'appareils "
                    "durables.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>The social and solidarity economy pioneered reuse long before the word "
                    "became fashionable. Several families of actors coexist locally:</p>"
                    "<ul>"
                    "<li><b>Repair Cafés and community repair workshops</b>, run by volunteers "
                    "who pass on know-how.</li>"
                    "<li><b>Reuse and recycling centres</b> (ressourceries, recycleries), "
                    "which collect, upgrade, resell at low prices and raise awareness.</li>"
                    "<li><b>Work integration organisations</b> (integration workshops and "
                    "sites, integration enterprises), which refurbish computers, phones or "
                    "household appliances while supporting people far from employment back "
                    "into work. The Envie network in household appliances, or the Ateliers du "
                    "Bocage (Emmaüs movement) in phones and computing, are well-known "
                    "examples.</li>"
                    "<li><b>Sheltered companies and ESATs</b>, which employ people with "
                    "disabilities in sorting, testing and refurbishment activities.</li>"
                    "<li><b>Digital inclusion actors</b>, such as Emmaüs Connect, which "
                    "redistribute equipment and support people.</li>"
                    "<li><b>Cooperatives</b> offering leases of durable devices.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Pourquoi travailler avec eux",
                "en": "Why work with them",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Choisir un acteur de l'ESS, c'est obtenir un <b>double impact</b> : "
                    "environnemental, parce qu'un appareil est sauvé, et social, parce que "
                    "l'activité crée des emplois accessibles et ancrés localement. C'est aussi "
                    "une relation de proximité : on peut visiter l'atelier, comprendre les "
                    "procédures d'effacement des données et de test, et suivre ce que "
                    "deviennent les équipements donnés.</p>"
                ),
                "en": (
                    "<p>Choosing an ESS actor means getting a <b>double impact</b>: "
                    "environmental, because a device is saved, and social, because the "
                    "activity creates accessible jobs rooted in the local area. It is also a "
                    "close relationship: you can visit the workshop, understand the data "
                    "wiping and testing procedures, and follow what becomes of donated "
                    "equipment.</p>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "fr": "Où les trouver ?",
                "en": "Where to find them?",
            },
            "text": {
                "fr": (
                    "Interrogez la chambre régionale de l'ESS (CRESS) de votre région, le "
                    "réseau des ressourceries, les conseillers numériques de votre territoire, "
                    "ainsi que les annuaires de réparateurs comme celui des réparateurs "
                    "labellisés QualiRépar."
                ),
                "en": (
                    "Ask your regional chamber of the social and solidarity economy (CRESS), "
                    "the reuse centre network, the digital advisers in your area, and "
                    "directories of repairers such as the one for QualiRépar-labelled "
                    "repairers."
                ),
            },
        },
        {
            "type": "callout",
            "kind": "warning",
            "title": {
                "fr": "Vérifiez les engagements",
                "en": "Check the commitments",
            },
            "text": {
                "fr": (
                    "Avant de confier du matériel, demandez : quelle méthode d'effacement des "
                    "données, avec quel justificatif ? Que deviennent les appareils non "
                    "réparables (filière DEEE agréée) ? Quel bilan annuel pouvez-vous nous "
                    "transmettre ?"
                ),
                "en": (
                    "Before handing over equipment, ask: which data wiping method, with what "
                    "proof? What happens to devices that cannot be repaired (approved WEEE "
                    "channel)? What annual report can you send us?"
                ),
            },
        },
        {
            "type": "quote",
            "text": {
                "fr": (
                    "Chaque ordinateur qui passe par l'atelier, c'est un appareil qui repart "
                    "et quelques heures de travail qui redonnent confiance à un salarié en "
                    "insertion."
                ),
                "en": (
                    "Every computer that goes through the workshop is a device that gets a new "
                    "life and a few hours of work that rebuild the confidence of an employee "
                    "on an integration pathway."
                ),
            },
            "attribution": {
                "fr": (
                    "Encadrant technique d'un atelier d'insertion (témoignage fictif, à visée "
                    "pédagogique)"
                ),
                "en": "Technical supervisor in an integration workshop (fictional testimony, "
                "for teaching)",
            },
        },
        {
            "type": "further",
            "links": [
                {
                    "title": {"fr": "Emmaüs Connect", "en": "Emmaüs Connect (in French)"},
                    "url": EMMAUS_CONNECT_URL,
                },
                {
                    "title": {
                        "fr": "LaCollecte.tech : donner du matériel informatique",
                        "en": "LaCollecte.tech: donating IT equipment (in French)",
                    },
                    "url": LACOLLECTE_URL,
                },
                {
                    "title": {"fr": "Repair Café", "en": "Repair Café"},
                    "url": REPAIR_CAFE_URL,
                },
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Module 3: organising a local reuse chain
# ---------------------------------------------------------------------------

LESSON_DATA_WIPING = {
    "type": "lesson",
    "slug": "effacer-les-donnees",
    "title": {
        "fr": "Effacer les données avant un don ou une revente",
        "en": "Wiping data before donating or reselling",
    },
    "minutes": 10,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Les appareils d'une association contiennent souvent des données "
                    "sensibles : coordonnées de bénévoles, dossiers de personnes accompagnées, "
                    "informations de santé ou de situation sociale. Au sens du RGPD, la "
                    "structure est responsable de ces données jusqu'au bout, y compris quand "
                    "l'appareil quitte ses locaux. <b>Supprimer des fichiers, vider la "
                    "corbeille ou formater un disque ne suffit pas</b> : des logiciels "
                    "gratuits permettent souvent de récupérer ce qui semblait effacé.</p>"
                    "<p>Avant tout effacement, <b>préparez l'appareil</b> :</p>"
                    "<ul>"
                    "<li>sauvegarder ce qui doit être conservé, selon vos durées de "
                    "conservation ;</li>"
                    "<li>se déconnecter de tous les comptes et désactiver les fonctions de "
                    "localisation et d'antivol liées au compte du fabricant ;</li>"
                    "<li>retirer la carte SIM, les cartes mémoire et les clés USB "
                    "oubliées ;</li>"
                    "<li>noter le numéro de série pour la traçabilité.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>An association's devices often hold sensitive data: volunteers' "
                    "contact details, files on the people it supports, health or social "
                    "information. Under the GDPR, the organisation is responsible for this "
                    "data to the very end, including when the device leaves its premises. "
                    "<b>Deleting files, emptying the recycle bin or formatting a drive is not "
                    "enough</b>: free software can often recover what seemed to be "
                    "deleted.</p>"
                    "<p>Before any wiping, <b>prepare the device</b>:</p>"
                    "<ul>"
                    "<li>back up what must be kept, according to your retention periods;</li>"
                    "<li>sign out of all accounts and disable the location and anti-theft "
                    "features tied to the manufacturer's account;</li>"
                    "<li>remove the SIM card, memory cards and any forgotten USB sticks;</li>"
                    "<li>write down the serial number for traceability.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Effacer selon le type de support",
                "en": "Wiping according to the type of storage",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<ul>"
                    "<li><b>Disque dur mécanique</b> : réécrire l'intégralité du disque avec un "
                    "outil d'effacement dédié, démarré depuis une clé USB. Une passe complète "
                    "suffit généralement pour les disques récents.</li>"
                    "<li><b>SSD et mémoire flash</b> : la réécriture n'atteint pas toutes les "
                    "cellules. Utilisez la fonction d'effacement sécurisé intégrée au disque "
                    "(via l'outil du fabricant ou le BIOS), ou, si le disque était chiffré, "
                    "l'effacement cryptographique qui détruit la clé.</li>"
                    "<li><b>Smartphones et tablettes</b> : les modèles récents sont chiffrés "
                    "par défaut ; après déconnexion des comptes, une réinitialisation d'usine "
                    "rend les données inexploitables.</li>"
                    "<li><b>Support en panne</b> : s'il ne peut pas être effacé, faites-le "
                    "détruire par un prestataire qui délivre un certificat, avant "
                    "recyclage.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li><b>Mechanical hard drive</b>: overwrite the whole drive with a "
                    "dedicated wiping tool booted from a USB stick. One full pass is generally "
                    "enough for modern drives.</li>"
                    "<li><b>SSD and flash memory</b>: overwriting does not reach every cell. "
                    "Use the drive's built-in secure erase function (through the "
                    "manufacturer's tool or the BIOS) or, if the drive was encrypted, "
                    "cryptographic erasure, which destroys the key.</li>"
                    "<li><b>Smartphones and tablets</b>: recent models are encrypted by "
                    "default; after signing out of accounts, a factory reset makes the data "
                    "unusable.</li>"
                    "<li><b>Faulty storage</b>: if it cannot be wiped, have it destroyed by a "
                    "provider who issues a certificate, before recycling.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "warning",
            "title": {
                "fr": "Formater n'est pas effacer",
                "en": "Formatting is not wiping",
            },
            "text": {
                "fr": (
                    "Un formatage rapide ou une réinstallation du système laisse les données "
                    "en place sur le disque. Ne donnez jamais un appareil sans effacement "
                    "vérifié, même à un bénévole de confiance."
                ),
                "en": (
                    "A quick format or a system reinstall leaves the data on the drive. Never "
                    "give away a device without verified wiping, even to a trusted volunteer."
                ),
            },
        },
        {
            "type": "heading",
            "text": {"fr": "Garder une trace", "en": "Keeping a record"},
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Tenez un <b>registre d'effacement</b> : numéro de série, date, méthode "
                    "utilisée, personne qui l'a réalisée, vérification. Si vous confiez "
                    "l'effacement à un reconditionneur, la loi l'oblige à supprimer les données "
                    "avant revente, mais demandez un certificat par appareil et inscrivez "
                    "cette responsabilité dans la convention : c'est votre preuve en cas de "
                    "question.</p>"
                    "<p>La CNIL et Cybermalveillance.gouv.fr publient des fiches pratiques sur "
                    "l'effacement des données avant de se séparer d'un appareil : joignez-les "
                    "à votre procédure interne.</p>"
                ),
                "en": (
                    "<p>Keep a <b>wiping log</b>: serial number, date, method used, who did it, "
                    "verification. If you entrust wiping to a refurbisher, the law requires it "
                    "to delete data before resale, but ask for a certificate for each device "
                    "and write this responsibility into the agreement: it is your proof if "
                    "questions arise.</p>"
                    "<p>The CNIL and Cybermalveillance.gouv.fr publish practical guides on "
                    "wiping data before parting with a device: attach them to your internal "
                    "procedure.</p>"
                ),
            },
        },
        {
            "type": "further",
            "links": [
                {
                    "title": {
                        "fr": "CNIL : protection des données personnelles",
                        "en": "CNIL: personal data protection (in French)",
                    },
                    "url": CNIL_URL,
                },
                {
                    "title": {
                        "fr": "Cybermalveillance.gouv.fr",
                        "en": "Cybermalveillance.gouv.fr (in French)",
                    },
                    "url": CYBERMALVEILLANCE_URL,
                },
            ],
        },
    ],
}

LESSON_COLLECTION = {
    "type": "lesson",
    "slug": "organiser-une-collecte",
    "title": {
        "fr": "Organiser une collecte d'équipements",
        "en": "Organising an equipment collection",
    },
    "minutes": 10,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Dans les foyers des adhérent·es, les bureaux des entreprises "
                    "partenaires ou les services des collectivités, des dizaines d'appareils "
                    "dorment dans des tiroirs. Une collecte leur redonne une utilité. Mais une "
                    "collecte réussie se prépare <b>à l'envers</b> : on commence par savoir "
                    "où iront les appareils, avant d'en récupérer un seul.</p>"
                ),
                "en": (
                    "<p>In members' homes, partner companies' offices and local authority "
                    "departments, dozens of devices are sleeping in drawers. A collection gives "
                    "them a use again. But a successful collection is planned <b>backwards</b>: "
                    "you start by knowing where the devices will go, before picking up a "
                    "single one.</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {"fr": "Les étapes clés", "en": "The key steps"},
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<ol>"
                    "<li><b>Choisir le partenaire de réemploi</b> et convenir de ce qu'il "
                    "accepte : types d'appareils, âge maximal, état, accessoires.</li>"
                    "<li><b>Fixer la période et les lieux de dépôt</b>, avec des horaires où "
                    "quelqu'un est présent.</li>"
                    "<li><b>Communiquer</b> clairement : ce qui est accepté, ce qui ne l'est "
                    "pas, et à quoi servira le matériel.</li>"
                    "<li><b>Accueillir et trier</b> : réemployable, pièces détachées, "
                    "recyclage.</li>"
                    "<li><b>Sécuriser les données</b> : effacement par vos soins ou remise "
                    "tracée au partenaire.</li>"
                    "<li><b>Transporter</b> en regroupant les trajets.</li>"
                    "<li><b>Faire le bilan et remercier</b> : nombre d'appareils, "
                    "destinations, personnes équipées.</li>"
                    "</ol>"
                ),
                "en": (
                    "<ol>"
                    "<li><b>Choose the reuse partner</b> and agree on what it accepts: types "
                    "of devices, maximum age, condition, accessories.</li>"
                    "<li><b>Set the period and drop-off points</b>, with opening hours when "
                    "someone is present.</li>"
                    "<li><b>Communicate</b> clearly: what is accepted, what is not, and what "
                    "the equipment will be used for.</li>"
                    "<li><b>Receive and sort</b>: reusable, spare parts, recycling.</li>"
                    "<li><b>Secure the data</b>: wipe it yourselves or hand devices over to "
                    "the partner with a record.</li>"
                    "<li><b>Transport</b> by grouping trips.</li>"
                    "<li><b>Review and thank</b>: number of devices, destinations, people "
                    "equipped.</li>"
                    "</ol>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "fr": "La fiche de dépôt",
                "en": "The drop-off form",
            },
            "text": {
                "fr": (
                    "Pour chaque appareil : nom du donateur ou de la donatrice, type et numéro "
                    "de série, mot de passe retiré ou non, accessoires fournis, et une case "
                    "confirmant que la personne accepte l'effacement complet des données et "
                    "cède l'appareil."
                ),
                "en": (
                    "For each device: the donor's name, type and serial number, whether the "
                    "password has been removed, accessories provided, and a box confirming "
                    "that the person accepts full data wiping and gives up the device."
                ),
            },
        },
        {
            "type": "callout",
            "kind": "warning",
            "title": {
                "fr": "Ne pas devenir une déchetterie",
                "en": "Don't become a waste dump",
            },
            "text": {
                "fr": (
                    "Refusez poliment ce que votre partenaire n'accepte pas, limitez la durée "
                    "de stockage et ne gardez pas de batteries abîmées. Tout ce qui n'est pas "
                    "réemployable doit partir vers un point de collecte DEEE agréé."
                ),
                "en": (
                    "Politely refuse what your partner does not accept, limit storage time "
                    "and do not keep damaged batteries. Anything that cannot be reused must go "
                    "to an approved WEEE collection point."
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Quand une entreprise ou une collectivité donne du matériel",
                "en": "When a company or local authority donates equipment",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Les dons de parc entier (dix, cinquante, deux cents postes) se "
                    "préparent avec une <b>convention de don</b> : liste des appareils, état "
                    "déclaré, partie chargée de l'effacement et preuve fournie, devenir des "
                    "appareils non réutilisables, calendrier d'enlèvement. Pour une "
                    "entreprise, un don à une association d'intérêt général peut relever du "
                    "mécénat en nature : le traitement fiscal dépend de la valeur du bien et "
                    "se vérifie avec un expert-comptable.</p>"
                    "<p>Exemple : une mutuelle renouvelle quarante portables. Plutôt que de "
                    "les vendre à un courtier, elle les confie à un atelier d'insertion, qui "
                    "les efface, les reconditionne et en remet une partie à une épicerie "
                    "solidaire pour ses ateliers numériques.</p>"
                ),
                "en": (
                    "<p>Donations of an entire set of equipment (ten, fifty, two hundred "
                    "workstations) are prepared with a <b>donation agreement</b>: list of "
                    "devices, declared condition, which party handles wiping and what proof "
                    "is provided, what happens to devices that cannot be reused, pick-up "
                    "schedule. For a company, a donation to a public-interest association may "
                    "qualify as in-kind sponsorship: the tax treatment depends on the value of "
                    "the goods and should be checked with an accountant.</p>"
                    "<p>Example: a mutual insurer replaces forty laptops. Rather than selling "
                    "them to a broker, it entrusts them to an integration workshop, which "
                    "wipes and refurbishes them and passes some of them on to a community "
                    "grocery for its digital workshops.</p>"
                ),
            },
        },
        {
            "type": "further",
            "links": [
                {
                    "title": {
                        "fr": "LaCollecte.tech : plateforme de don de matériel",
                        "en": "LaCollecte.tech: equipment donation platform (in French)",
                    },
                    "url": LACOLLECTE_URL,
                },
                {
                    "title": {
                        "fr": "Emmaüs Connect",
                        "en": "Emmaüs Connect (in French)",
                    },
                    "url": EMMAUS_CONNECT_URL,
                },
            ],
        },
    ],
}

LESSON_PARTNERSHIP = {
    "type": "lesson",
    "slug": "partenariat-local",
    "title": {
        "fr": "Construire un partenariat local durable",
        "en": "Building a lasting local partnership",
    },
    "minutes": 9,
    "required": True,
    "body": [
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Une collecte ponctuelle, c'est bien ; une <b>boucle locale</b> qui "
                    "fonctionne toute l'année, c'est mieux. L'idée est de relier des acteurs "
                    "complémentaires du territoire :</p>"
                    "<ul>"
                    "<li>des <b>donateurs</b> : entreprises, collectivités, habitant·es ;</li>"
                    "<li>un <b>reconditionneur</b> de l'ESS qui efface, teste, répare ;</li>"
                    "<li>des <b>bénéficiaires</b> : publics d'associations, via les acteurs de "
                    "l'inclusion numérique qui accompagnent la prise en main ;</li>"
                    "<li>des lieux de <b>réparation</b> pour prolonger la vie des appareils "
                    "redistribués ;</li>"
                    "<li>une <b>filière DEEE</b> agréée pour ce qui ne peut plus servir.</li>"
                    "</ul>"
                ),
                "en": (
                    "<p>A one-off collection is good; a <b>local loop</b> that works all year "
                    "round is better. The idea is to connect complementary local actors:</p>"
                    "<ul>"
                    "<li><b>donors</b>: companies, local authorities, residents;</li>"
                    "<li>an ESS <b>refurbisher</b> that wipes, tests and repairs;</li>"
                    "<li><b>recipients</b>: the people associations serve, through digital "
                    "inclusion actors who help them get started;</li>"
                    "<li><b>repair</b> venues to extend the life of redistributed "
                    "devices;</li>"
                    "<li>an approved <b>WEEE channel</b> for whatever can no longer be "
                    "used.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Cartographier les acteurs du territoire",
                "en": "Mapping local actors",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Sur une feuille, placez les acteurs que vous connaissez déjà, puis "
                    "complétez avec la CRESS, un éventuel pôle territorial de coopération "
                    "économique (PTCE), les ressourceries, les structures d'insertion, les "
                    "conseillers numériques, le service déchets et le service informatique des "
                    "collectivités, les entreprises engagées dans une démarche RSE, les "
                    "établissements scolaires. Repérez qui donne, qui transforme, qui "
                    "redistribue, et où sont les maillons manquants.</p>"
                ),
                "en": (
                    "<p>On a sheet of paper, place the actors you already know, then add the "
                    "CRESS, any local economic cooperation hub (PTCE), reuse centres, work "
                    "integration organisations, digital advisers, the waste and IT "
                    "departments of local authorities, companies with a CSR approach, and "
                    "schools. Identify who gives, who transforms, who redistributes, and where "
                    "the missing links are.</p>"
                ),
            },
        },
        {
            "type": "callout",
            "kind": "tip",
            "title": {
                "fr": "Les clauses d'une convention de partenariat",
                "en": "The clauses of a partnership agreement",
            },
            "text": {
                "fr": (
                    "Objet et durée ; engagements de chaque partie ; flux attendus et critères "
                    "d'acceptation ; effacement des données et preuves ; traçabilité et "
                    "destination finale ; conditions financières (gratuité, prix solidaire) ; "
                    "communication ; bilan annuel et comité de suivi."
                ),
                "en": (
                    "Purpose and duration; each party's commitments; expected flows and "
                    "acceptance criteria; data wiping and proof; traceability and final "
                    "destination; financial terms (free of charge, solidarity price); "
                    "communication; annual review and steering committee."
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "fr": "Suivre et valoriser les résultats",
                "en": "Tracking and showcasing results",
            },
        },
        {
            "type": "rich_text",
            "html": {
                "fr": (
                    "<p>Quelques indicateurs partagés suffisent à piloter et à convaincre de "
                    "nouveaux partenaires :</p>"
                    "<ul>"
                    "<li>nombre d'appareils collectés, réemployés, recyclés ;</li>"
                    "<li>nombre de personnes équipées et accompagnées ;</li>"
                    "<li>heures de travail en insertion générées ;</li>"
                    "<li>ordre de grandeur des impacts évités, calculé avec les données "
                    "publiques de l'ADEME et présenté avec prudence.</li>"
                    "</ul>"
                    "<p>Partagez ce bilan chaque année avec les donateurs : c'est souvent ce "
                    "qui les décide à renouveler leur don.</p>"
                ),
                "en": (
                    "<p>A few shared indicators are enough to steer the partnership and "
                    "convince new partners:</p>"
                    "<ul>"
                    "<li>number of devices collected, reused, recycled;</li>"
                    "<li>number of people equipped and supported;</li>"
                    "<li>hours of integration work generated;</li>"
                    "<li>order of magnitude of impacts avoided, calculated with ADEME's public "
                    "data and presented with caution.</li>"
                    "</ul>"
                    "<p>Share this report every year with donors: it is often what convinces "
                    "them to donate again.</p>"
                ),
            },
        },
        {
            "type": "quote",
            "text": {
                "fr": (
                    "Au début, nous étions trois structures qui ne se parlaient pas. "
                    "Aujourd'hui, la mairie nous confie ses ordinateurs, l'atelier les remet en "
                    "état, et nos ateliers numériques les remettent entre les mains de ceux "
                    "qui en ont besoin."
                ),
                "en": (
                    "At first, we were three organisations that didn't talk to each other. "
                    "Today, the town hall gives us its computers, the workshop restores them, "
                    "and our digital workshops put them in the hands of those who need them."
                ),
            },
            "attribution": {
                "fr": (
                    "Directrice d'une association d'inclusion numérique (témoignage fictif, à "
                    "visée pédagogique)"
                ),
                "en": (
                    "Director of a digital inclusion association (fictional testimony, for "
                    "teaching)"
                ),
            },
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
    "slug": "quiz-reemploi-reparation",
    "title": {
        "fr": "Quiz : réemploi, réparation et reconditionné",
        "en": "Quiz: reuse, repair and refurbished equipment",
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
                "fr": "En France, depuis 2022, que garantit l'usage du terme « reconditionné » ?",
                "en": "In France, since 2022, what does the term “refurbished” guarantee?",
            },
            "explanation": {
                "fr": (
                    "Le décret n° 2022-190 réserve ce terme aux produits d'occasion testés sur "
                    "toutes leurs fonctionnalités, remis en état si besoin, et dont les "
                    "données du précédent utilisateur ont été supprimées. Il interdit les "
                    "mentions du type « comme neuf »."
                ),
                "en": (
                    "Decree no. 2022-190 reserves the term for second-hand products tested on "
                    "all their functions, restored if needed, and from which the previous "
                    "user's data has been deleted. It prohibits claims such as “like new”."
                ),
            },
            "choices": [
                {
                    "text": {
                        "fr": (
                            "Le produit a été testé sur toutes ses fonctionnalités et les "
                            "données du précédent utilisateur supprimées"
                        ),
                        "en": (
                            "The product has been tested on all its functions and the previous "
                            "user's data deleted"
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "fr": "Exact : ce sont les deux exigences principales du décret.",
                        "en": "Correct: these are the two main requirements of the decree.",
                    },
                },
                {
                    "text": {
                        "fr": "Le produit est dans un état neuf",
                        "en": "The product is in new condition",
                    },
                    "correct": False,
                    "feedback": {
                        "fr": "Non, les mentions « état neuf » ou « comme neuf » sont interdites.",
                        "en": "No, claims like “as new” or “like new” are prohibited.",
                    },
                },
                {
                    "text": {
                        "fr": "Le produit a été reconditionné en France",
                        "en": "The product was refurbished in France",
                    },
                    "correct": False,
                    "feedback": {
                        "fr": "Non, il faut pour cela la mention spécifique « reconditionné en "
                        "France ».",
                        "en": "No, that requires the specific mention “refurbished in France”.",
                    },
                },
                {
                    "text": {
                        "fr": "Le produit est vendu par son fabricant d'origine",
                        "en": "The product is sold by its original manufacturer",
                    },
                    "correct": False,
                    "feedback": {
                        "fr": "Non, tout vendeur peut le proposer s'il respecte les conditions.",
                        "en": "No, any seller may offer it if the conditions are met.",
                    },
                },
            ],
        },
        {
            "kind": "true_false",
            "text": {
                "fr": (
                    "Formater le disque d'un ordinateur suffit à rendre ses données "
                    "irrécupérables avant un don."
                ),
                "en": (
                    "Formatting a computer's drive is enough to make its data unrecoverable "
                    "before donating it."
                ),
            },
            "explanation": {
                "fr": (
                    "Un formatage laisse les données physiquement présentes. Il faut une "
                    "réécriture complète (disque dur), un effacement sécurisé ou "
                    "cryptographique (SSD), ou une réinitialisation d'usine d'un appareil "
                    "chiffré (smartphone), puis garder une trace."
                ),
                "en": (
                    "Formatting leaves the data physically present. You need a full overwrite "
                    "(hard drive), a secure or cryptographic erase (SSD), or a factory reset of "
                    "an encrypted device (smartphone), and then keep a record."
                ),
            },
            "choices": _tf_choices(
                False,
                {
                    "fr": "Non : des outils gratuits peuvent récupérer les données formatées.",
                    "en": "No: free tools can recover formatted data.",
                },
                {
                    "fr": "Bonne réponse : il faut un effacement sécurisé et tracé.",
                    "en": "Right: a secure, recorded wipe is needed.",
                },
            ),
        },
        {
            "kind": "multiple",
            "text": {
                "fr": (
                    "Quels critères entrent dans le calcul de l'indice de réparabilité ? "
                    "(plusieurs réponses)"
                ),
                "en": "Which criteria go into the repairability index? (several answers)",
            },
            "explanation": {
                "fr": (
                    "L'indice combine documentation, démontabilité, disponibilité et prix des "
                    "pièces détachées, et un critère propre à la catégorie. La consommation "
                    "d'énergie relève de l'étiquette énergie."
                ),
                "en": (
                    "The index combines documentation, ease of disassembly, availability and "
                    "price of spare parts, and a category-specific criterion. Energy "
                    "consumption is covered by the energy label."
                ),
            },
            "choices": [
                {
                    "text": {
                        "fr": "La documentation technique disponible",
                        "en": "The technical documentation available",
                    },
                    "correct": True,
                    "feedback": {"fr": "Oui.", "en": "Yes."},
                },
                {
                    "text": {
                        "fr": "La facilité de démontage",
                        "en": "Ease of disassembly",
                    },
                    "correct": True,
                    "feedback": {"fr": "Oui.", "en": "Yes."},
                },
                {
                    "text": {
                        "fr": "La disponibilité et le prix des pièces détachées",
                        "en": "Availability and price of spare parts",
                    },
                    "correct": True,
                    "feedback": {"fr": "Oui.", "en": "Yes."},
                },
                {
                    "text": {
                        "fr": "La consommation d'énergie de l'appareil",
                        "en": "The device's energy consumption",
                    },
                    "correct": False,
                    "feedback": {
                        "fr": "Non, c'est le rôle de l'étiquette énergie.",
                        "en": "No, that is the role of the energy label.",
                    },
                },
            ],
        },
        {
            "kind": "single",
            "text": {
                "fr": (
                    "Selon le décret d'application de la loi REEN, quelle part de leur matériel "
                    "informatique réformé l'État et les collectivités doivent-ils orienter vers "
                    "le réemploi ou la réutilisation à partir de 2025 ?"
                ),
                "en": (
                    "Under the decree implementing the REEN law, what share of their "
                    "decommissioned IT equipment must the State and local authorities send "
                    "for reuse from 2025 onwards?"
                ),
            },
            "explanation": {
                "fr": (
                    "Le décret n° 2023-266 fixe une montée en charge : 25 % en 2023, 35 % en "
                    "2024, puis 50 % à partir de 2025, hors matériel de plus de dix ans."
                ),
                "en": (
                    "Decree no. 2023-266 sets a gradual increase: 25% in 2023, 35% in 2024, "
                    "then 50% from 2025, excluding equipment more than ten years old."
                ),
            },
            "choices": [
                {
                    "text": {"fr": "25 %", "en": "25%"},
                    "correct": False,
                    "feedback": {
                        "fr": "C'était l'objectif de 2023.",
                        "en": "That was the 2023 target.",
                    },
                },
                {
                    "text": {"fr": "35 %", "en": "35%"},
                    "correct": False,
                    "feedback": {
                        "fr": "C'était l'objectif de 2024.",
                        "en": "That was the 2024 target.",
                    },
                },
                {
                    "text": {"fr": "50 %", "en": "50%"},
                    "correct": True,
                    "feedback": {
                        "fr": "Exact : la moitié du matériel réformé à partir de 2025.",
                        "en": "Correct: half of decommissioned equipment from 2025.",
                    },
                },
                {
                    "text": {"fr": "100 %", "en": "100%"},
                    "correct": False,
                    "feedback": {
                        "fr": "Non, l'objectif n'est pas la totalité du matériel.",
                        "en": "No, the target does not cover all equipment.",
                    },
                },
            ],
        },
        {
            "kind": "true_false",
            "text": {
                "fr": (
                    "Selon l'ADEME, le bénéfice environnemental d'un appareil reconditionné est "
                    "d'autant plus grand qu'il remplace réellement un achat neuf et qu'il est "
                    "utilisé longtemps."
                ),
                "en": (
                    "According to ADEME, the environmental benefit of a refurbished device is "
                    "all the greater when it really replaces a new purchase and is used for a "
                    "long time."
                ),
            },
            "explanation": {
                "fr": (
                    "C'est vrai : le reconditionné évite une fabrication neuve seulement s'il "
                    "se substitue à un achat neuf. Plus il est utilisé longtemps et moins on "
                    "change de pièces, plus le gain est important."
                ),
                "en": (
                    "True: refurbished equipment only avoids new manufacturing if it replaces "
                    "a new purchase. The longer it is used and the fewer parts are replaced, "
                    "the greater the gain."
                ),
            },
            "choices": _tf_choices(
                True,
                {
                    "fr": "Bonne réponse : substitution et durée d'usage font le bénéfice.",
                    "en": "Right: substitution and length of use make the benefit.",
                },
                {
                    "fr": "Non, c'est vrai : sans substitution ni usage long, le gain fond.",
                    "en": "No, it is true: without substitution and long use, the gain shrinks.",
                },
            ),
        },
        {
            "kind": "multiple",
            "text": {
                "fr": (
                    "Votre association organise une collecte d'équipements. Quelles pratiques "
                    "sont recommandées ? (plusieurs réponses)"
                ),
                "en": (
                    "Your association is organising an equipment collection. Which practices "
                    "are recommended? (several answers)"
                ),
            },
            "explanation": {
                "fr": (
                    "Une collecte se prépare en partant de la destination : partenaire choisi "
                    "à l'avance, fiche de dépôt et registre pour la traçabilité, filière DEEE "
                    "pour ce qui ne peut pas être réemployé. Tout accepter et stocker sans "
                    "limite crée des risques et des coûts."
                ),
                "en": (
                    "A collection is planned starting from the destination: partner chosen in "
                    "advance, drop-off form and log for traceability, WEEE channel for what "
                    "cannot be reused. Accepting everything and storing it indefinitely "
                    "creates risks and costs."
                ),
            },
            "choices": [
                {
                    "text": {
                        "fr": "Trouver le partenaire de réemploi avant de collecter",
                        "en": "Find the reuse partner before collecting",
                    },
                    "correct": True,
                    "feedback": {
                        "fr": "Oui, c'est la première étape.",
                        "en": "Yes, it is the first step.",
                    },
                },
                {
                    "text": {
                        "fr": "Utiliser une fiche de dépôt et un registre d'effacement",
                        "en": "Use a drop-off form and a wiping log",
                    },
                    "correct": True,
                    "feedback": {
                        "fr": "Oui, ils assurent la traçabilité.",
                        "en": "Yes, they ensure traceability.",
                    },
                },
                {
                    "text": {
                        "fr": (
                            "Tout accepter, y compris les batteries gonflées, et stocker sans "
                            "limite de durée"
                        ),
                        "en": (
                            "Accept everything, including swollen batteries, and store it "
                            "indefinitely"
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "fr": "Non : risque d'incendie et encombrement.",
                        "en": "No: fire risk and clutter.",
                    },
                },
                {
                    "text": {
                        "fr": "Orienter le non-réemployable vers une filière DEEE agréée",
                        "en": "Send what cannot be reused to an approved WEEE channel",
                    },
                    "correct": True,
                    "feedback": {
                        "fr": "Oui, c'est une obligation et une garantie.",
                        "en": "Yes, it is both an obligation and a safeguard.",
                    },
                },
            ],
        },
    ],
}


COURSE = {
    "slug": "reemploi-reparation",
    "title": {
        "fr": "Réemploi, réparation et reconditionné : faire durer le numérique",
        "en": "Reuse, repair and refurbished: making digital equipment last",
    },
    "summary": {
        "fr": (
            "Faire durer ses équipements est le levier le plus efficace pour réduire "
            "l'empreinte du numérique. Ce cours montre comment entretenir, réparer, acheter "
            "reconditionné, donner en toute sécurité et construire avec les acteurs de l'ESS "
            "une filière locale de réemploi."
        ),
        "en": (
            "Making equipment last is the most effective lever for reducing the footprint of "
            "digital technology. This course shows how to maintain, repair, buy refurbished, "
            "donate safely and build a local reuse chain with ESS actors."
        ),
    },
    "objectives": {
        "fr": [
            "Mettre en place des pratiques simples pour prolonger la durée de vie des équipements",
            "Lire l'indice de réparabilité ou de durabilité et comparer neuf et reconditionné",
            "Connaître les principales obligations des lois AGEC et REEN sur le réemploi",
            "Effacer les données de façon sécurisée avant un don ou une revente",
            "Organiser une collecte et un partenariat local avec les acteurs de l'ESS",
        ],
        "en": [
            "Put simple practices in place to extend the lifetime of equipment",
            "Read the repairability or durability index and compare new and refurbished",
            "Know the main reuse obligations of the AGEC and REEN laws",
            "Wipe data securely before donating or reselling",
            "Organise a collection and a local partnership with ESS actors",
        ],
    },
    "theme": "reuse",
    "level": "beginner",
    "audience": {
        "fr": (
            "Référent·es numérique responsable, salarié·es et bénévoles d'associations, de "
            "coopératives et d'entreprises sociales qui gèrent ou achètent du matériel "
            "informatique. Aucun prérequis technique."
        ),
        "en": (
            "Responsible-digital leads, staff and volunteers of associations, cooperatives "
            "and social enterprises who manage or buy IT equipment. No technical "
            "prerequisites."
        ),
    },
    "licence": "CC BY-SA 4.0",
    "authors": "Équipe pédagogique Tremplin",
    "modules": [
        {
            "slug": "faire-durer-les-equipements",
            "title": {
                "fr": "Faire durer les équipements",
                "en": "Making equipment last",
            },
            "intro": {
                "fr": (
                    "Entretien, mises à niveau, indices de réparabilité et réparation : les "
                    "bases pour garder ses appareils plus longtemps."
                ),
                "en": (
                    "Maintenance, upgrades, repairability indexes and repair: the basics for "
                    "keeping your devices longer."
                ),
            },
            "items": [LESSON_WHY_LAST, LESSON_INDEXES, LESSON_REPAIR],
        },
        {
            "slug": "reconditionne-et-cadre-legal",
            "title": {
                "fr": "Reconditionné et cadre légal",
                "en": "Refurbished equipment and the legal framework",
            },
            "intro": {
                "fr": (
                    "Acheter reconditionné en connaissance de cause, comprendre les lois AGEC "
                    "et REEN, et identifier les acteurs de l'ESS du réemploi."
                ),
                "en": (
                    "Buying refurbished with full knowledge, understanding the AGEC and REEN "
                    "laws, and identifying ESS reuse actors."
                ),
            },
            "items": [LESSON_REFURBISHED, LESSON_LAW, LESSON_ESS_ACTORS],
        },
        {
            "slug": "organiser-une-filiere-locale",
            "title": {
                "fr": "Organiser une filière locale de réemploi",
                "en": "Organising a local reuse chain",
            },
            "intro": {
                "fr": (
                    "Effacer les données, organiser une collecte et construire un partenariat "
                    "durable, puis valider ses acquis avec le quiz final."
                ),
                "en": (
                    "Wiping data, organising a collection and building a lasting partnership, "
                    "then checking what you have learnt with the final quiz."
                ),
            },
            "items": [LESSON_DATA_WIPING, LESSON_COLLECTION, LESSON_PARTNERSHIP, QUIZ],
        },
    ],
}
