<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>CameraCoverage</name>
    <message>
      <location filename="camera_coverage/algorithms/base.py" />
      <source>Coverage</source>
      <translation>Couverture</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_coverage_algorithm.py" />
      <source>BUILDING_HEIGHT_FIELD: the buildings' height in metres (default: the first of hauteur, height and HAUTEUR, else building:levels × 3 m); a building lower than a camera of known height_m hides only the ground its top shadows, one of unknown height hides everything behind it, as in 2D, and the log counts them.</source>
      <translation>BUILDING_HEIGHT_FIELD : la hauteur des bâtiments en mètres (par défaut : le premier de hauteur, height et HAUTEUR, sinon building:levels × 3 m) ; un bâtiment plus bas qu’une caméra de height_m connue ne cache que le sol que son sommet met à l’ombre, un bâtiment de hauteur inconnue cache tout ce qui est derrière lui, comme en 2D, et le journal les compte.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_coverage_algorithm.py" />
      <source>DEM (optional, advanced): an elevation model in metres, in a CRS in metres (RGE ALTI, a reprojected SRTM tile...); each view is cut by the ground the relief hides from the camera's eye, height_m above the ground under it; a camera without height_m or over the DEM's no-data keeps its view, and the log counts them.</source>
      <translation>DEM (facultatif, avancé) : un modèle numérique de terrain en mètres, dans un SCR en mètres (RGE ALTI, une dalle SRTM reprojetée...) ; chaque vue est coupée par le sol que le relief cache à l’œil de la caméra, à height_m au-dessus du sol sous elle ; une caméra sans height_m ou au-dessus d’une cellule sans donnée du MNT garde sa vue, et le journal les compte.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_coverage_algorithm.py" />
      <source>Camera coverage (field of view)</source>
      <translation>Couverture des caméras (champ de vision)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_coverage_algorithm.py" />
      <source>Draws what each camera can see on the ground: a sector from its direction (degrees clockwise from north; 0 is north), its field of view and its range, or a full disc when the direction is empty or the field of view is 360°. A camera that turns (pan_deg field) covers its whole turning arc widened by its field of view. Missing field of view and range take the defaults below, and the values used are written on every output feature (fov_used, range_used). Areas (covered_m2) are in square metres, measured in the layer's CRS when it is projected in metres, else in Lambert-93 for metropolitan France, the official CRS of the overseas departments, or the local UTM zone elsewhere. Cameras with unusable values (field of view above 360°, negative range, no location...) are listed in the rejected output with the reason. With a buildings layer, what the buildings hide is removed exactly (a building hides all behind it, or, when its height (hauteur, height, building:levels × 3 m) and the camera's height_m are known and it is the lower, only the ground its top shadows), and no coverage falls inside a building; a camera on a façade is not blinded by its own wall. With height_m and tilt_deg, the footprint is the ground in the camera's picture: where the rays through its four corners meet the ground, from the blind zone under the camera, H / tan(tilt + vfov/2), to the feet of its upper corners, or to the range when the top of the picture reaches the horizon (vfov from the field of view and a 16:9 image). Pixel density (EN 62676-4) from the horizontal resolution and field of view: distance = pixels / (2 × px/m × tan(fov/2)) for identification (250 px/m), recognition (125), observation (62.5) and detection (25); the range mode can stop the footprint at one of these distances, and the DORI output gives one polygon per camera and level.</source>
      <translation>Dessine ce que chaque caméra peut voir au sol : un secteur défini par sa direction (degrés dans le sens horaire depuis le nord ; 0 est le nord), son champ de vision et sa portée, ou un disque complet quand la direction est vide ou que le champ de vision vaut 360°. Une caméra qui pivote (champ pan_deg) couvre tout son arc de rotation élargi de son champ de vision. Le champ de vision et la portée manquants prennent les valeurs par défaut ci-dessous, et les valeurs utilisées sont écrites sur chaque entité en sortie (fov_used, range_used). Les surfaces (covered_m2) sont en mètres carrés, mesurées dans le SCR de la couche quand il est projeté en mètres, sinon en Lambert-93 pour la France métropolitaine, dans le SCR officiel des départements d'outre-mer, ou dans la zone UTM locale ailleurs. Les caméras aux valeurs inutilisables (champ de vision supérieur à 360°, portée négative, pas d'emplacement...) sont listées dans la sortie des rejets avec le motif. Avec une couche de bâtiments, ce que cachent les bâtiments est retiré exactement (un bâtiment cache tout ce qui est derrière lui, ou, quand sa hauteur (hauteur, height, building:levels × 3 m) et la height_m de la caméra sont connues et qu'il est le plus bas, seulement le sol que son sommet met à l'ombre), et aucune couverture ne tombe à l'intérieur d'un bâtiment ; une caméra posée sur une façade n'est pas aveuglée par son propre mur. Avec height_m et tilt_deg, l'emprise est le sol dans l'image de la caméra : là où les rayons passant par ses quatre coins rencontrent le sol, de la zone aveugle sous la caméra, H / tan(inclinaison + vfov/2), jusqu'au pied de ses coins supérieurs, ou jusqu'à la portée quand le haut de l'image atteint l'horizon (vfov déduit du champ de vision et d'une image 16:9). Densité de pixels (EN 62676-4) à partir de la résolution horizontale et du champ de vision : distance = pixels / (2 × px/m × tan(champ/2)) pour l'identification (250 px/m), la reconnaissance (125), l'observation (62,5) et la détection (25) ; le mode de portée peut arrêter l'emprise à l'une de ces distances, et la sortie DORI donne un polygone par caméra et par niveau.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_coverage_algorithm.py" />
      <source>{} footprints written in {}.</source>
      <translation>{} emprises écrites (SCR de travail : {}).</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Public data of a commune</source>
      <translation>Données publiques d'une commune</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>BUILDINGS_SOURCE BD TOPO takes the buildings within NEIGHBOURS_M of the commune from IGN's BD TOPO (Géoplateforme WFS, read page by page) with their heights (hauteur), uses (usage_1) and dwellings (nombre_de_logements); when the WFS cannot be reached, the Etalab cadastre's buildings are taken and the log and the sources table say so. WFS_URL (or CAMERA_COVERAGE_WFS_URL) may point at another WFS, or at a GeoJSON file saved from it.</source>
      <translation>BUILDINGS_SOURCE BD TOPO prend les bâtiments à moins de NEIGHBOURS_M de la commune dans la BD TOPO de l'IGN (WFS de la Géoplateforme, lu page par page), avec leur hauteur (hauteur), leur usage (usage_1) et leurs logements (nombre_de_logements) ; quand le WFS ne répond pas, les bâtiments du cadastre Etalab sont pris et le journal et la table des sources le disent. WFS_URL (ou CAMERA_COVERAGE_WFS_URL) peut désigner un autre WFS, ou un fichier GeoJSON enregistré depuis le WFS.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Owners: the DGFiP file of legal entities' parcels of the département (a CSV on disk, or its URL)</source>
      <translation>Propriétaires : le fichier DGFiP des parcelles des personnes morales du département (un CSV sur le disque, ou son URL)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Fetches a commune's public data by its INSEE code (or its name, looked up in the French geo API, which also gives its population) into one GeoPackage ready for the coverage audit: the Etalab cadastre's parcels, buildings and the commune's outline; the parcels and buildings of the neighbouring communes within NEIGHBOURS_M of the outline, so that cameras at the edge are audited against real parcels; from OpenStreetMap (Overpass API), the surveillance cameras within the outline and NEIGHBOURS_M (normalised as Import cameras does, with its rejected layer), the entrances, and each cadastre building's OSM use (building=house...), which tells dwellings; and a sources table (source, URL, licence, date retrieved, features) that every dossier made from these layers credits. Downloads go through QGIS's network settings (proxy, authentication), are retried when a service is busy, and are kept in a cache in the user's profile (REFRESH fetches them again). Offline, each service's location (advanced parameters, or the environment variables CAMERA_COVERAGE_CADASTRE_URL, CAMERA_COVERAGE_OVERPASS_URL, CAMERA_COVERAGE_GEO_API_URL) may be a local folder laid out as the service or a file.</source>
      <translation>Récupère les données publiques d'une commune par son code INSEE (ou son nom, cherché dans l'API Géo, qui donne aussi sa population) dans un GeoPackage prêt pour l'audit de couverture : les parcelles, les bâtiments et le contour de la commune du cadastre Etalab ; les parcelles et bâtiments des communes voisines à moins de NEIGHBOURS_M du contour, pour que les caméras en limite soient auditées sur de vraies parcelles ; depuis OpenStreetMap (API Overpass), les caméras de surveillance dans le contour et NEIGHBOURS_M (normalisées comme le fait Importer des caméras, avec sa couche des rejets), les entrées, et l'usage OSM de chaque bâtiment du cadastre (building=house...), qui distingue les habitations ; et une table des sources (source, URL, licence, date de récupération, entités) que tout dossier fait de ces couches cite. Les téléchargements passent par les réglages réseau de QGIS (proxy, authentification), sont réessayés quand un service est occupé et gardés dans un cache du profil de l'utilisateur (REFRESH les récupère de nouveau). Hors ligne, l'emplacement de chaque service (paramètres avancés, ou variables d'environnement CAMERA_COVERAGE_CADASTRE_URL, CAMERA_COVERAGE_OVERPASS_URL, CAMERA_COVERAGE_GEO_API_URL) peut être un dossier local organisé comme le service, ou un fichier.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Commune: INSEE code (e.g. 91216) or name</source>
      <translation>Commune : code INSEE (p. ex. 91216) ou nom</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Read the neighbouring communes' land within (m)</source>
      <translation>Lire le foncier des communes voisines à moins de (m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Download again (ignore the cache)</source>
      <translation>Télécharger de nouveau (ignorer le cache)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Buildings</source>
      <translation>Bâtiments</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Etalab cadastre (URL or local folder)</source>
      <translation>Cadastre Etalab (URL ou dossier local)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Overpass API (URL or local JSON file)</source>
      <translation>API Overpass (URL ou fichier JSON local)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>French geo API (URL or local folder)</source>
      <translation>API Géo (URL ou dossier local)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>IGN Géoplateforme WFS, for BD TOPO (URL or local file)</source>
      <translation>WFS de la Géoplateforme de l'IGN, pour la BD TOPO (URL ou fichier local)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Commune data</source>
      <translation>Données de la commune</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Cameras written</source>
      <translation>Caméras écrites</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Camera features rejected</source>
      <translation>Entités de caméras rejetées</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Parcels written</source>
      <translation>Parcelles écrites</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Population (geo API)</source>
      <translation>Population (API Géo)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Commune's name</source>
      <translation>Nom de la commune</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Commune's INSEE code</source>
      <translation>Code INSEE de la commune</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Neighbouring communes read</source>
      <translation>Communes voisines lues</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Sources that could not be read</source>
      <translation>Sources qui n'ont pas pu être lues</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Give the commune: its INSEE code (e.g. 91216) or its name.</source>
      <translation>Indiquez la commune : son code INSEE (p. ex. 91216) ou son nom.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Owners ({})</source>
      <translation>Propriétaires ({})</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Owners: {} rows of {} are on the parcels read ({} rows whose parcel reference cannot be read).</source>
      <translation>Propriétaires : {} lignes sur {} portent sur les parcelles lues ({} lignes dont la référence de parcelle est illisible).</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>No camera: OpenStreetMap could not be read.</source>
      <translation>Aucune caméra : OpenStreetMap n'a pas pu être lu.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Etalab cadastre</source>
      <translation>Cadastre Etalab</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>BD TOPO, with heights and uses (IGN Géoplateforme WFS)</source>
      <translation>BD TOPO, avec hauteurs et usages (WFS de la Géoplateforme de l'IGN)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>The output {} is a folder: give a GeoPackage file name (.gpkg).</source>
      <translation>La sortie {} est un dossier : donnez un nom de fichier GeoPackage (.gpkg).</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Commune: {} ({}).</source>
      <translation>Commune : {} ({}).</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>Owners: no row of {} is on the parcels read: check that the file is the département's of this commune.</source>
      <translation>Propriétaires : aucune ligne de {} ne porte sur les parcelles lues : vérifiez que le fichier est celui du département de cette commune.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>To work offline, download these files by hand into one folder, laid out as on the service, and give that folder as CADASTRE_URL (and a saved Overpass answer as OVERPASS_URL):</source>
      <translation>Pour travailler hors ligne, téléchargez ces fichiers à la main dans un dossier, rangés comme sur le service, et donnez ce dossier comme CADASTRE_URL (et une réponse Overpass enregistrée comme OVERPASS_URL) :</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>The owners file {} is not the DGFiP file: {}</source>
      <translation>Le fichier des propriétaires {} n'est pas le fichier DGFiP : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_data_algorithm.py" />
      <source>No surveillance camera is mapped in OpenStreetMap within the commune and {} m around it.</source>
      <translation>Aucune caméra de surveillance n'est cartographiée dans OpenStreetMap dans la commune et à {} m autour.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_dossier_algorithm.py" />
      <source>Dossier of a commune</source>
      <translation>Dossier d'une commune</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_dossier_algorithm.py" />
      <source>From a commune's INSEE code or name to its dossier in one step: the public data of the commune (Public data of a commune: the cadastre, the neighbours' parcels within reach, the OpenStreetMap cameras, entrances and building uses), then the coverage audit with the commune's outline as the study area, its population from the geo API and, when given, the DGFiP owners file of its département; the dossier is titled with the commune's name and credits every source. The folder receives the dossier (dossier.pdf, report.html, map.html, project.qgz, cameras.csv), commune-data.gpkg and audit.gpkg. A commune where OpenStreetMap maps no camera gets a dossier that says so.</source>
      <translation>Du code INSEE ou du nom d'une commune à son dossier en une étape : les données publiques de la commune (Données publiques d'une commune : le cadastre, les parcelles voisines à portée, les caméras, entrées et usages des bâtiments d'OpenStreetMap), puis l'audit de couverture avec le contour de la commune comme zone d'étude, sa population de l'API Géo et, s'il est donné, le fichier DGFiP des propriétaires de son département ; le dossier porte le nom de la commune et cite chaque source. Le dossier reçoit dossier.pdf, report.html, map.html, project.qgz, cameras.csv, commune-data.gpkg et audit.gpkg. Une commune où OpenStreetMap ne cartographie aucune caméra reçoit un dossier qui le dit.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_dossier_algorithm.py" />
      <source>The commune's public data</source>
      <translation>Les données publiques de la commune</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_dossier_algorithm.py" />
      <source>The coverage audit and its dossier</source>
      <translation>L'audit de couverture et son dossier</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_dossier_algorithm.py" />
      <source>Dossier folder</source>
      <translation>Dossier de sortie</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_dossier_algorithm.py" />
      <source>OpenStreetMap maps no surveillance camera in {} or within {} m of it: there is nothing to audit.</source>
      <translation>OpenStreetMap ne cartographie aucune caméra de surveillance à {} ni à moins de {} m : il n'y a rien à auditer.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_dossier_algorithm.py" />
      <source>The dossier folder {} is a file: choose a folder.</source>
      <translation>Le dossier de sortie {} est un fichier : choisissez un dossier.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/commune_dossier_algorithm.py" />
      <source>OpenStreetMap could not be read, so there is no camera to audit. The commune's cadastre is kept in {}; run again later.</source>
      <translation>OpenStreetMap n'a pas pu être lu : il n'y a donc aucune caméra à auditer. Le cadastre de la commune est gardé dans {} ; relancez plus tard.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Coverage audit (one step)</source>
      <translation>Audit de couverture (en une étape)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>With building heights, dwelling_floors_seen gives the storeys of dwellings whose windows are in each camera's picture, 0 the ground floor, 3 m a storey, as runs ("0-2", "0, 3"); NULL where nothing tells (a camera without height, tilt or a fixed direction, façades of unknown height), and the façade masks stop at the roof line in the picture.</source>
      <translation>Avec les hauteurs des bâtiments, dwelling_floors_seen donne les étages d’habitation dont les fenêtres sont dans l’image de chaque caméra, 0 le rez-de-chaussée, 3 m par étage, en plages (« 0-2 », « 0, 3 ») ; NULL là où rien ne permet de le dire (une caméra sans hauteur, inclinaison ou direction fixe, des façades de hauteur inconnue), et les masques de façade s’arrêtent à la ligne du toit dans l’image.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>each camera's range (range_m)</source>
      <translation>la portée de chaque caméra</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>the identification distance (250 px/m)</source>
      <translation>la distance d'identification (250 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>the recognition distance (125 px/m)</source>
      <translation>la distance de reconnaissance (125 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>the observation distance (62.5 px/m)</source>
      <translation>la distance d'observation (62,5 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>the detection distance (25 px/m)</source>
      <translation>la distance de détection (25 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>none: open ground, an upper bound of what cameras see</source>
      <translation>aucun : terrain dégagé, estimation par excès de ce que voient les caméras</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Audited cameras</source>
      <translation>Caméras auditées</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Pieces per parcel</source>
      <translation>Portions par parcelle</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Audit report</source>
      <translation>Rapport d'audit</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>HTML files (*.html)</source>
      <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Field of view where none is given</source>
      <translation>Champ de vision si non renseigné</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Range where none is given</source>
      <translation>Portée si non renseignée</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Cameras that used the default field of view</source>
      <translation>Caméras avec le champ de vision par défaut</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Cameras whose field of view comes from their lens, 2 atan(w / 2f)</source>
      <translation>Caméras dont le champ de vision est déduit de l'objectif, 2 atan(l / 2f)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Cameras that used the default range</source>
      <translation>Caméras avec la portée par défaut</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Cameras whose field of view or range are importcameras' defaults per camera type (defaults_used)</source>
      <translation>Caméras dont le champ de vision ou la portée sont les valeurs par défaut de leur type de caméra, données à l'import des caméras</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Each footprint stops at</source>
      <translation>Chaque emprise s'arrête à</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Horizontal resolution where none is given</source>
      <translation>Résolution horizontale quand aucune n'est indiquée</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Pixel density</source>
      <translation>Densité de pixels</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>EN 62676-4: distance = pixels / (2 × px/m × tan(fov/2)); identification 250 px/m, recognition 125, observation 62.5, detection 25; all-round cameras take the default field of view for their lens</source>
      <translation>EN 62676-4 : distance = pixels / (2 × px/m × tan(champ/2)) ; identification 250 px/m, reconnaissance 125, observation 62,5, détection 25 ; les caméras à 360° prennent le champ de vision par défaut pour leur objectif</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Height and tilt</source>
      <translation>Hauteur et inclinaison</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>the ground in the picture, where the rays through its four corners meet the ground: from H / tan(tilt + vfov/2) (the blind zone) to the upper corners' feet, or to the range when tilt &lt;= vfov/2; vfov from the field of view and a 16:9 image; unknown height or tilt: a sector to the range</source>
      <translation>le sol dans l'image, là où les rayons passant par ses quatre coins rencontrent le sol : de H / tan(inclinaison + vfov/2) (la zone aveugle) jusqu'au pied des coins supérieurs, ou jusqu'à la portée quand l'inclinaison est inférieure ou égale à vfov/2 ; vfov déduit du champ de vision et d'une image 16:9 ; hauteur ou inclinaison inconnue : un secteur jusqu'à la portée</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Private area tolerated before masking</source>
      <translation>Surface privée tolérée avant masquage</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Public parcels</source>
      <translation>Parcelles publiques</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Parcels selected as public</source>
      <translation>Parcelles retenues comme publiques</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Invalid parcel geometries repaired</source>
      <translation>Géométries de parcelles invalides réparées</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Working CRS (areas in m²)</source>
      <translation>SCR de travail (surfaces en m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Arc step of the footprints</source>
      <translation>Pas angulaire des arcs des emprises</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Direction</source>
      <translation>Direction</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Cameras</source>
      <translation>Caméras</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Parcels</source>
      <translation>Parcelles</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>The legal reading: an owners table (the DGFiP file of legal entities' parcels as published, joined by the Etalab parcel id) makes the parcels of public bodies public (PUBLIC_GROUPS); coverage outside the study area (default: the ground the parcels span, streets included) is unknown_m2, neither public nor private, so covered = public + private + unknown. With buildings: the dwelling façade each camera sees (dwelling_facade_m, dwellings_seen, within identification and recognition distance), buildings of unknown use counted apart as possibly dwellings, and entrance_seen (an entrance point near visible ground, or a dwelling façade seen on the public domain): CSI L251-3. Cameras of private operators filming public domain beyond their immediate surroundings: private_operator_public_m2, CSI L251-2. Information signs: sign_distance_m. flag_rules lists the rules each camera breaks and flag_reason gives, per rule, the evidence and the source. The masks layer gives, per flagged camera, each zone to mask with its bearings from true north (from_deg, to_deg), its share of the view and, when height and tilt are known, its outline in the picture (0..1 across and down).</source>
      <translation>La lecture juridique : une table des propriétaires (le fichier DGFiP des parcelles des personnes morales tel que publié, joint par l'identifiant de parcelle Etalab) rend publiques les parcelles des personnes publiques (PUBLIC_GROUPS) ; la couverture hors de la zone d'étude (par défaut : le terrain que couvrent les parcelles, rues comprises) est unknown_m2, ni publique ni privée, donc couvert = public + privé + inconnu. Avec les bâtiments : la façade d'habitation que voit chaque caméra (dwelling_facade_m, dwellings_seen, à distance d'identification et de reconnaissance), les bâtiments d'usage inconnu comptés à part comme peut-être des habitations, et entrance_seen (un point d'entrée près du sol visible, ou une façade d'habitation vue sur le domaine public) : CSI L251-3. Caméras d'opérateurs privés filmant le domaine public au-delà de leurs abords immédiats : private_operator_public_m2, CSI L251-2. Panneaux d'information : sign_distance_m. flag_rules liste les règles que chaque caméra enfreint et flag_reason donne, par règle, les éléments et la source. La couche des masques donne, par caméra signalée, chaque zone à masquer avec ses azimuts depuis le nord géographique (from_deg, to_deg), sa part de la vue et, quand la hauteur et l'inclinaison sont connues, son contour dans l'image (0..1 en largeur et en hauteur).</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>{} cameras audited, {} need masking; not audited: {} with no parcel within reach, {} seeing no ground of the study area, {} rejected.</source>
      <translation>{} caméras auditées, {} à masquer ; non auditées : {} sans parcelle à portée, {} ne voyant aucun terrain de la zone d'étude, {} rejetées.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Timing: {}</source>
      <translation>Durées : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>{} buildings hide the view ({} repaired)</source>
      <translation>{} bâtiments masquent la vue ({} réparés)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>none: every parcel is private</source>
      <translation>aucune : toutes les parcelles sont privées</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>{} invalid parcel geometries repaired.</source>
      <translation>{} géométries de parcelles invalides réparées.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>degrees clockwise from north; empty = all round. {}</source>
      <translation>degrés dans le sens horaire depuis le nord ; vide = vue à 360°. {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>buildings</source>
      <translation>bâtiments</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>read</source>
      <translation>lecture</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>footprints</source>
      <translation>champs de vue</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>occlusion</source>
      <translation>occultation</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>overlay</source>
      <translation>superposition</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>write</source>
      <translation>écriture</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>land</source>
      <translation>terrains</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>dwellings</source>
      <translation>habitations</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>masks</source>
      <translation>masques</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>The whole audit in one step. For each camera: the ground it can see (a sector from its direction, field of view and range, or a disc when the direction is empty), how much of it is public domain and how much is private land, and whether the law requires masking. French cadastre: roads and squares are not parcelled, so what a camera sees outside every parcel is public domain; parcels selected by the public expression are public; all other parcels are private. A camera is flagged (masking_required) when it sees more private land than the tolerance: CSI L251-3 forbids a public-road camera to show the inside of dwellings and their entrances. flag_reason says why in plain words, with the area and the first parcel ids. With a buildings layer, what the buildings hide is removed exactly; with height and tilt, the ground seen is the ground in the camera's picture, from the blind zone under it to the feet of its upper corners. private_ident_m2, private_recog_m2, private_observ_m2 and private_detect_m2 give the private area within the distance where the camera can identify (250 px/m), recognise (125), observe (62.5) and detect (25) people (EN 62676-4), from its horizontal resolution and field of view. Outputs: the cameras with their figures, their coverage, the pieces per parcel, the DORI polygons, the cameras rejected for unusable values with the reason, and an HTML report with the assumptions and defaults used. Areas are in m², measured in a metric CRS chosen for the place (Lambert-93 in metropolitan France).</source>
      <translation>L'audit complet en une étape. Pour chaque caméra : le sol qu'elle peut voir (un secteur défini par sa direction, son champ de vision et sa portée, ou un disque quand la direction est vide), la part de domaine public et la part de terrain privé, et si la loi impose un masquage. Cadastre français : les voies et places ne sont pas cadastrées, donc ce qu'une caméra voit hors de toute parcelle est du domaine public ; les parcelles choisies par l'expression sont publiques ; toutes les autres sont privées. Une caméra est signalée (masking_required) quand elle voit plus de terrain privé que la tolérance : l'article L251-3 du CSI interdit à une caméra filmant la voie publique de visualiser l'intérieur des habitations et, de façon spécifique, leurs entrées. flag_reason en donne la raison en clair, avec la surface et les premiers identifiants de parcelles. Avec une couche de bâtiments, ce qu'ils cachent est retiré exactement ; avec la hauteur et l'inclinaison, le sol vu est le sol dans l'image de la caméra, de la zone aveugle sous elle jusqu'au pied de ses coins supérieurs. private_ident_m2, private_recog_m2, private_observ_m2 et private_detect_m2 donnent la surface privée à la distance où la caméra peut identifier (250 px/m), reconnaître (125), observer (62,5) et détecter (25) les personnes (EN 62676-4), d'après sa résolution horizontale et son champ de vision. Sorties : les caméras avec leurs chiffres, leur couverture, les portions par parcelle, les polygones DORI, les caméras rejetées pour valeurs inutilisables avec le motif, et un rapport HTML avec les hypothèses et valeurs par défaut utilisées. Les surfaces sont en m², mesurées dans un SCR métrique choisi pour le lieu (Lambert-93 en France métropolitaine).</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Import cameras</source>
      <translation>Importer des caméras</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Turns a camera source into the normalised camera layer the other algorithms read: an OpenStreetMap .osm/.pbf file (points layer, tags in other_tags), an Overpass or overpass-turbo GeoJSON export, a QuickOSM layer, a CSV table with longitude/latitude or x/y columns (detected, or named below; decimal commas accepted), or a survey layer. Direction is read from camera:direction, else direction, else surveillance:direction: degrees (0 is north), compass points (N, NNE...), English or French words, several values separated by ; or , (one camera each, ids suffixed -1, -2...), and ranges a-b read clockwise (the arc a panning camera turns through: 270-90 is the northern half). Tilt from camera:tilt or camera:angle, height from height. Field of view and range come from the defaults per camera type below (no OpenStreetMap tag is in real use for them); defaults_used names them. Every input feature ends either as one or more cameras or in the rejected output with its reason (for instance surveillance:type=guard, or an unreadable direction), and the tally imported + rejected = input is logged. For other sources, name the direction, type and height fields and the angle convention (some French municipal files count counter-clockwise from east). The direction written is always a bearing from true north: angles counted counter-clockwise from east are map angles, and so are a direction field's when its angles were measured from grid north; both are turned at each camera by the meridian convergence of the layer's CRS.</source>
      <translation>Transforme une source de caméras en couche de caméras normalisée, celle que lisent les autres algorithmes : un fichier OpenStreetMap .osm/.pbf (couche points, balises dans other_tags), un export GeoJSON d'Overpass ou d'overpass-turbo, une couche QuickOSM, une table CSV avec des colonnes longitude/latitude ou x/y (détectées, ou indiquées ci-dessous ; virgules décimales acceptées), ou une couche de relevé. La direction est lue dans camera:direction, sinon direction, sinon surveillance:direction : degrés (0 est le nord), points cardinaux (N, NNE...), mots anglais ou français, plusieurs valeurs séparées par ; ou , (une caméra chacune, identifiants suffixés -1, -2...), et plages a-b lues dans le sens horaire (l'arc que parcourt une caméra orientable : 270-90 est la moitié nord). Inclinaison depuis camera:tilt ou camera:angle, hauteur depuis height. Le champ de vision et la portée viennent des valeurs par défaut par type de caméra ci-dessous (aucune balise OpenStreetMap n'est réellement utilisée pour eux) ; defaults_used les nomme. Chaque entité en entrée devient une ou plusieurs caméras ou va dans la sortie des rejets avec son motif (par exemple surveillance:type=guard, ou une direction illisible), et le décompte importées + rejetées = entrée est journalisé. Pour les autres sources, indiquez les champs de direction, de type et de hauteur et la convention d'angle (certains fichiers municipaux français comptent dans le sens antihoraire depuis l'est). La direction écrite est toujours un azimut depuis le nord géographique : les angles comptés dans le sens antihoraire depuis l'est sont des angles mesurés sur la carte, tout comme ceux d'un champ de direction mesurés depuis le nord du quadrillage ; les uns et les autres sont tournés, à chaque caméra, de la convergence des méridiens du SCR de la couche.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Field of view of fixed and unknown cameras (degrees)</source>
      <translation>Champ de vision des caméras fixes et de type inconnu (degrés)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Range of fixed cameras (metres)</source>
      <translation>Portée des caméras fixes (mètres)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Range of dome cameras, all round (metres)</source>
      <translation>Portée des caméras dômes, vue à 360° (mètres)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Range of panning cameras, all round (metres)</source>
      <translation>Portée des caméras orientables, vue à 360° (mètres)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Range of cameras of unknown type (metres)</source>
      <translation>Portée des caméras de type inconnu (mètres)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Camera source (OSM, GeoJSON, QuickOSM, CSV, survey)</source>
      <translation>Source des caméras (OSM, GeoJSON, QuickOSM, CSV, relevé)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Camera id field (default: the OSM id or the feature id)</source>
      <translation>Champ contenant l'identifiant de la caméra (par défaut : l'identifiant OSM ou celui de l'entité)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Direction field (default: the OSM tags)</source>
      <translation>Champ contenant la direction (par défaut : les balises OSM)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Camera type field: fixed, dome, panning</source>
      <translation>Champ contenant le type de caméra : fixed, dome, panning</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Mounting height field (metres)</source>
      <translation>Champ contenant la hauteur de pose (mètres)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Longitude or x field of a table (default: detected)</source>
      <translation>Champ de longitude ou de x d'une table (par défaut : détecté)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Latitude or y field of a table (default: detected)</source>
      <translation>Champ de latitude ou de y d'une table (par défaut : détecté)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Angle convention of the direction</source>
      <translation>Convention d'angle de la direction</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>CRS of a table's coordinates (default: EPSG:4326 for lon/lat)</source>
      <translation>SCR des coordonnées d'une table (par défaut : EPSG:4326 pour lon/lat)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Import cameras with an unreadable direction as all round (flagged)</source>
      <translation>Importer les caméras à la direction illisible avec une vue à 360° (signalées)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Rejected features (with the reason)</source>
      <translation>Entités rejetées (avec le motif)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Input features</source>
      <translation>Entités en entrée</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Input features imported</source>
      <translation>Entités importées</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Input features rejected</source>
      <translation>Entités rejetées</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Coordinates read from columns {} and {} in {}.</source>
      <translation>Coordonnées lues dans les colonnes {} et {} en {}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Angles measured on a map need the map's CRS, and the source has none: set the layer's CRS in its properties (or SOURCE_CRS for a table).</source>
      <translation>Des angles mesurés sur une carte exigent le SCR de cette carte, et la source n'en a pas : définissez le SCR de la couche dans ses propriétés (ou SOURCE_CRS pour une table).</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Internal error: features were lost.</source>
      <translation>Erreur interne : des entités ont été perdues.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Degrees clockwise from north (OpenStreetMap)</source>
      <translation>Degrés dans le sens horaire depuis le nord (OpenStreetMap)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Degrees counter-clockwise from east</source>
      <translation>Degrés dans le sens antihoraire depuis l'est</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Source read as: {}.</source>
      <translation>Source lue comme : {}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>{input} input features: {imported} imported as {cameras} cameras, {rejected} rejected; {imported} + {rejected} = {input}.</source>
      <translation>{input} entités en entrée : {imported} importées en {cameras} caméras, {rejected} rejetées ; {imported} + {rejected} = {input}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Camera ids read from the column {} (ID_FIELD names another).</source>
      <translation>Identifiants des caméras lus dans la colonne {} (ID_FIELD en désigne une autre).</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Directions are map angles on the grid of {}: each is turned by the meridian convergence at its camera into a bearing from true north.</source>
      <translation>Les directions sont des angles mesurés sur le quadrillage de {} : chacune est tournée de la convergence des méridiens à sa caméra pour donner un azimut depuis le nord géographique.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>{} features are not surveillance features (other map objects).</source>
      <translation>{} entités ne sont pas des éléments de surveillance (autres objets de la carte).</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>The table has no geometry and no column looks like longitude/latitude or x/y (columns: {}). Name them in the x and y field parameters.</source>
      <translation>La table n'a pas de géométrie et aucune colonne ne ressemble à longitude/latitude ou x/y (colonnes : {}). Indiquez-les dans les paramètres de champ x et y.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>The columns {} and {} are not named like longitude/latitude: give the CRS of the coordinates.</source>
      <translation>Les colonnes {} et {} ne sont pas nommées comme longitude/latitude : indiquez le SCR des coordonnées.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>The source has no field named {}.</source>
      <translation>La source n'a pas de champ nommé {}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Feature {} rejected: {}</source>
      <translation>Entité {} rejetée : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/new_plan_algorithm.py" />
      <source>New camera plan to digitise (GeoPackage)</source>
      <translation>Nouveau plan de caméras à numériser (GeoPackage)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/new_plan_algorithm.py" />
      <source>Plans</source>
      <translation>Plans</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/new_plan_algorithm.py" />
      <source>Creates a GeoPackage to digitise a school's camera implantation plan over a georeferenced floor plan or an aerial image, then check it with the plan check algorithm. Layers: cameras (camera_id, direction in degrees from north or empty for a dome that sees all round, fov, range_m, height_m, tilt_deg, camera_type, source_ref, schedule: always or outside_opening_hours, room, h_resolution), perimeter (the establishment's outline), zones (zone_type: entrance, exit, corridor, hall, stairs, car_park, perimeter_fence, playground, covered_yard, classroom, canteen, common_room, study_room, sports_ground, staff_room, toilets, changing_room, other) and walls (lines: draw the partitions, leave gaps for open doors). Each layer has a form with drop-down lists (labels in your language, codes stored in English), ranges for angles and defaults for new features, and a style; both French and English styles are stored in the GeoPackage. Run from the toolbox, the layers are added to the project.</source>
      <translation>Crée un GeoPackage pour numériser le plan d'implantation des caméras d'un établissement scolaire sur un plan de masse géoréférencé ou une image aérienne, puis le vérifier avec l'algorithme de vérification de plan. Couches : cameras (camera_id, direction en degrés depuis le nord ou vide pour un dôme qui voit tout autour, fov, range_m, height_m, tilt_deg, camera_type, source_ref, schedule : always (en permanence) ou outside_opening_hours (hors des heures d'ouverture), room, h_resolution), perimeter (l'enceinte de l'établissement), zones (zone_type : entrance, exit, corridor, hall, stairs, car_park, perimeter_fence, playground, covered_yard, classroom, canteen, common_room, study_room, sports_ground, staff_room, toilets, changing_room, other) et walls (lignes : dessinez les cloisons, laissez un vide aux portes ouvertes). Chaque couche a un formulaire avec des listes déroulantes (libellés dans votre langue, codes enregistrés en anglais), des bornes pour les angles et des valeurs par défaut pour les nouvelles entités, et un style ; les styles français et anglais sont tous deux enregistrés dans le GeoPackage. Lancé depuis la boîte à outils, les couches sont ajoutées au projet.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/new_plan_algorithm.py" />
      <source>Digitise the perimeter, the zones (one zone_type each), the walls (leave the doors open where they usually are) and the cameras, then run the plan check.</source>
      <translation>Numérisez l'enceinte, les zones (un zone_type chacune), les murs (laissez les portes ouvertes là où elles le sont d'habitude) et les caméras, puis lancez la vérification du plan.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/new_plan_algorithm.py" />
      <source>Coordinate reference system (metres)</source>
      <translation>Système de coordonnées (en mètres)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/new_plan_algorithm.py" />
      <source>Plan GeoPackage</source>
      <translation>GeoPackage du plan</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/new_plan_algorithm.py" />
      <source>Choose a projected CRS in metres (Lambert-93, EPSG:2154, in metropolitan France): a plan is drawn and measured in metres.</source>
      <translation>Choisissez un SCR projeté en mètres (Lambert-93, EPSG:2154, en France métropolitaine) : un plan se dessine et se mesure en mètres.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/new_plan_algorithm.py" />
      <source>Could not write layer {} to {}: {}</source>
      <translation>Impossible d'écrire la couche {} dans {} : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/new_plan_algorithm.py" />
      <source>Could not open layer {} of {}</source>
      <translation>Impossible d'ouvrir la couche {} de {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/new_plan_algorithm.py" />
      <source>Plan form and style ({})</source>
      <translation>Formulaire et style du plan ({})</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/new_plan_algorithm.py" />
      <source>Could not store the style of {}: {}</source>
      <translation>Impossible d'enregistrer le style de {} : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_exposure_algorithm.py" />
      <source>Parcel exposure (public / private split)</source>
      <translation>Exposition des parcelles (partage public / privé)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_exposure_algorithm.py" />
      <source>Splits each coverage polygon (for instance the output of Camera coverage) between the public domain and private land parcels. The French cadastre leaves roads and squares un-parcelled, so what lies outside every parcel is public domain; parcels selected by the public expression (for instance those owned by the commune or the State) are public too; every other parcel is private. Pieces: one polygon per camera and parcel seen, plus the un-parcelled public part, with its area in m². Summary: per camera, covered_m2 = public_m2 + private_m2, the private share, and whether masking is required (private area above the tolerance, CSI L251-3) with the reason in plain words. Invalid parcel geometries are repaired (the number is logged); the input layers are not modified.</source>
      <translation>Partage chaque polygone de couverture (par exemple la sortie de « Couverture des caméras ») entre le domaine public et les parcelles privées. Le cadastre français ne découpe pas les rues et les places en parcelles : ce qui se trouve hors de toute parcelle relève donc du domaine public ; les parcelles sélectionnées par l'expression des parcelles publiques (par exemple celles appartenant à la commune ou à l'État) sont également publiques ; toutes les autres parcelles sont privées. Portions : un polygone par caméra et par parcelle vue, plus la partie du domaine non cadastré, avec sa surface en m². Synthèse : pour chaque caméra, covered_m2 = public_m2 + private_m2, la part privée, et si un masquage est requis (surface privée au-delà de la tolérance, CSI L251-3), avec la raison en termes simples. Les géométries de parcelles invalides sont réparées (leur nombre est indiqué dans le journal) ; les couches en entrée ne sont pas modifiées.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_exposure_algorithm.py" />
      <source>coverage</source>
      <translation>de couverture</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_exposure_algorithm.py" />
      <source>polygons</source>
      <translation>des polygones</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_exposure_algorithm.py" />
      <source>Coverage (polygons)</source>
      <translation>Couverture (polygones)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_exposure_algorithm.py" />
      <source>Camera id field (default: camera_id)</source>
      <translation>Champ contenant l'identifiant de la caméra (par défaut : camera_id)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_exposure_algorithm.py" />
      <source>Pieces</source>
      <translation>Portions</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_exposure_algorithm.py" />
      <source>Per-camera summary</source>
      <translation>Synthèse par caméra</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_exposure_algorithm.py" />
      <source>{} of {} cameras see private land beyond the tolerance.</source>
      <translation>{} caméras sur {} voient du terrain privé au-delà de la tolérance.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_exposure_algorithm.py" />
      <source>Camera id {} is used {} times: the later ones are named {}.</source>
      <translation>L'identifiant de caméra {} est utilisé {} fois : les suivantes sont nommées {}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_exposure_algorithm.py" />
      <source>{} coverage features have no geometry and are left out: {}</source>
      <translation>{} entités de couverture n'ont pas de géométrie et sont écartées : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Check a school's camera plan (CNIL)</source>
      <translation>Vérifier le plan de caméras d'un établissement scolaire (CNIL)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Checks a lycée's (or any school's) camera implantation plan against the CNIL's rules for schools. Entrances, exits and circulation areas (corridors, halls, stairs, car park, fence) may be filmed; the places where pupils and staff live their day (playground, covered yard, classrooms, canteen, common room, study room, sports ground) may not be filmed during opening hours: a camera whose schedule is outside_opening_hours may cover them; toilets, changing rooms and the staff room never; a camera may take in only a little beyond the perimeter (the public road at the entrances): beyond both tolerances, masking is required. Each camera's view is a sector from its direction, field of view and range (all round without a direction: dome cameras), cut by the walls (lines of the floor plan: a wall hides what lies behind it, an open door lets the view through; with the wall height field, a wall lower than the camera's height_m, a balustrade, hides only the strip its top shadows) and by buildings (likewise with their heights). For each camera: covered_m2, outside_m2 and outside_pct beyond the perimeter, the area seen of each zone type (&lt;type&gt;_m2), unzoned_m2 (ground inside the perimeter that no zone of a known type describes), forbidden_m2 (zones it may not film at its schedule) and forbidden_ident_m2 (the same within the distance where it can identify people, 250 px/m), verdict (compliant, masking_required, not_compliant, or incomplete_plan when it sees more than 1 m² and 1 % of its view of unzoned ground: the plan must be completed), verdict_rules (rule codes) and verdict_reason (the evidence, in your language). Where zones overlap, the stricter rule holds and the ground is counted once. Cameras without direction, outside the perimeter, with an unknown schedule or seeing zones of unknown type are kept and named in notes; cameras with unusable values go to the rejected output. Outputs: the cameras, the pieces seen (camera, zone, type or unzoned, allowed, area; a camera's pieces add up to its view), the masks (bearings from true north, share of the view and outline in the picture when height and tilt are known) and an HTML report for the board.</source>
      <translation>Vérifie le plan d'implantation des caméras d'un lycée (ou de tout établissement scolaire) au regard des règles de la CNIL pour les établissements scolaires. Les entrées, sorties et espaces de circulation (couloirs, halls, escaliers, parking, clôture) peuvent être filmés ; les lieux de vie des élèves et des personnels (cour de récréation, préau, salles de classe, cantine, foyer, salle d'étude, terrain de sport) ne peuvent pas être filmés pendant les heures d'ouverture : une caméra dont l'horaire (schedule) est outside_opening_hours peut les couvrir ; les toilettes, les vestiaires et la salle des professeurs jamais ; une caméra ne peut voir que peu de chose au-delà de l'enceinte (la voie publique aux entrées) : au-delà des deux tolérances, un masquage est requis. La vue de chaque caméra est un secteur tiré de sa direction, de son champ de vision et de sa portée (tout autour sans direction : caméras dôme), coupé par les murs (lignes du plan : un mur cache ce qui est derrière lui, une porte ouverte laisse passer la vue ; avec le champ de hauteur des murs, un mur plus bas que la caméra (height_m), une balustrade, ne cache que la bande que son sommet ombre) et par les bâtiments (de même avec leurs hauteurs). Pour chaque caméra : covered_m2, outside_m2 et outside_pct hors de l'enceinte, la surface vue de chaque type de zone (&lt;type&gt;_m2), unzoned_m2 (sol de l'enceinte qu'aucune zone d'un type connu ne décrit), forbidden_m2 (zones qu'elle ne peut pas filmer à son horaire) et forbidden_ident_m2 (la même chose à la distance où elle peut identifier les personnes, 250 px/m), verdict (compliant conforme, masking_required masquage requis, not_compliant non conforme, ou incomplete_plan plan à compléter quand elle voit plus de 1 m² et de 1 % de sa vue de sol hors de toute zone : le plan doit être complété), verdict_rules (codes des règles) et verdict_reason (les éléments, dans votre langue). Là où des zones se chevauchent, la règle la plus stricte s'applique et le sol est compté une seule fois. Les caméras sans direction, hors de l'enceinte, à l'horaire inconnu ou qui voient des zones de type inconnu sont gardées et signalées dans notes ; les caméras aux valeurs inutilisables vont dans la sortie des rejets. Sorties : les caméras, les morceaux vus (caméra, zone, type ou unzoned hors zone, permis ou non, surface ; les morceaux d'une caméra font ensemble toute sa vue), les masques (gisements depuis le nord géographique, part de la vue et contour dans l'image quand la hauteur et l'inclinaison sont connues) et un rapport HTML pour le conseil d'administration.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>WALL_HEIGHT_FIELD: the walls' height in metres (default: none, every wall hides everything behind it).</source>
      <translation>WALL_HEIGHT_FIELD : la hauteur des murs en mètres (par défaut : aucune, chaque mur cache tout ce qui est derrière lui).</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>walls</source>
      <translation>murs</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>lines</source>
      <translation>des lignes</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>zones</source>
      <translation>zones</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>perimeter</source>
      <translation>enceinte</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>camera</source>
      <translation>des caméras</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>none: indoor cameras are taken to see through every partition</source>
      <translation>aucun : les caméras intérieures sont supposées voir à travers toutes les cloisons</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Schedule field: always or outside_opening_hours (default: schedule)</source>
      <translation>Champ de l'horaire : always ou outside_opening_hours (par défaut : schedule)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Perimeter of the establishment (polygons)</source>
      <translation>Enceinte de l'établissement (polygones)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Zones (polygons)</source>
      <translation>Zones (polygones)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Zone type field (default: zone_type)</source>
      <translation>Champ du type de zone (par défaut : zone_type)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Walls that hide the view (lines, optional)</source>
      <translation>Murs qui cachent la vue (lignes, facultatif)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Wall height field, metres (default: none, walls of unlimited height)</source>
      <translation>Champ de hauteur des murs, en mètres (par défaut : aucun, murs de hauteur illimitée)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Area beyond the perimeter tolerated before masking (m²)</source>
      <translation>Surface hors de l'enceinte tolérée avant masquage (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Share of the view beyond the perimeter tolerated before masking (%)</source>
      <translation>Part de la vue hors de l'enceinte tolérée avant masquage (%)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Checked cameras</source>
      <translation>Caméras vérifiées</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>What each camera sees, per zone</source>
      <translation>Ce que voit chaque caméra, par zone</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Masks to apply</source>
      <translation>Masques à appliquer</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Report for the board</source>
      <translation>Rapport pour le conseil d'administration</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>The walls layer is empty: no walls hide the view.</source>
      <translation>La couche des murs est vide : aucun mur ne cache la vue.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>The camera layer has no schedule field: every camera is taken as filming always, the strict reading.</source>
      <translation>La couche des caméras n'a pas de champ d'horaire (schedule) : chaque caméra est supposée filmer en permanence, la lecture la plus stricte.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Tolerated beyond the perimeter before masking</source>
      <translation>Toléré hors de l'enceinte avant masquage</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Schedule</source>
      <translation>Horaire</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>always or outside_opening_hours; a camera with no or an unreadable schedule is taken as filming always</source>
      <translation>« En permanence » ou « Hors des heures d'ouverture seulement » ; une caméra sans horaire ou à l'horaire illisible est supposée filmer en permanence</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>not judged: no CNIL rule names them</source>
      <translation>non jugées : aucune règle de la CNIL ne les nomme</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Ground in no zone of a known type</source>
      <translation>Sol hors de toute zone d'un type connu</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Zones that overlap</source>
      <translation>Zones qui se chevauchent</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>the stricter rule holds on the shared ground, counted once</source>
      <translation>la règle la plus stricte s'applique au sol commun, compté une seule fois</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Smallest area counted</source>
      <translation>Plus petite surface comptée</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Identification distance</source>
      <translation>Distance d'identification</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>250 px/m (EN 62676-4): distance = pixels / (500 × tan(fov/2)); all-round cameras take the default field of view for their lens</source>
      <translation>250 px/m (EN 62676-4) : distance = pixels / (500 × tan(fov/2)) ; les caméras qui voient tout autour prennent le champ de vision par défaut pour leur objectif</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Walls</source>
      <translation>Murs</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Zones</source>
      <translation>Zones</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Perimeter</source>
      <translation>Enceinte</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>{} cameras checked: {} compliant, {} require masking, {} not compliant, {} plan to complete; {} rejected ({:.1f} s).</source>
      <translation>{} caméras vérifiées : {} conformes, {} à masquer, {} non conformes, {} plan à compléter ; {} rejetées ({:.1f} s).</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>{} walls hide the view; a camera on a wall line sees both ways</source>
      <translation>{} murs cachent la vue ; une caméra posée sur la ligne d'un mur voit des deux côtés</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>The zones layer has no field named {}: choose the field that holds the zone type (entrance, corridor, playground...).</source>
      <translation>La couche des zones n'a pas de champ nommé {} : choisissez le champ qui contient le type de zone (entrance, corridor, playground…).</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>{} walls hide the view.</source>
      <translation>{} murs cachent la vue.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>{} zone or perimeter outlines are invalid (drawn crossing themselves, for instance) and were repaired: the plan reads as the parts they enclose, which may not be what was meant. Check and redraw them.</source>
      <translation>{} contours de zone ou d'enceinte sont invalides (tracés en se croisant eux-mêmes, par exemple) et ont été réparés : le plan se lit comme les parties qu'ils entourent, ce qui n'est peut-être pas ce qui était voulu. Vérifiez-les et redessinez-les.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Zones {} ({}) and {} ({}) overlap on {} m²: the stricter rule, that of {}, holds there, and that ground is counted once.</source>
      <translation>Les zones {} ({}) et {} ({}) se chevauchent sur {} m² : la règle la plus stricte, celle de la zone {}, s'y applique, et ce sol est compté une seule fois.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>{} m² of the perimeter lie in no zone of a known type ({} m² of it in view of a camera); {} cameras see too much of it to be judged: plan to complete.</source>
      <translation>{} m² de l'enceinte ne sont dans aucune zone d'un type connu (dont {} m² dans le champ d'une caméra) ; {} caméras en voient trop pour être jugées : plan à compléter.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>{} m² and {} % of the view (masking when both are exceeded)</source>
      <translation>{} m² et {} % de la vue (masquage quand les deux sont dépassés)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>Zones of type “{}”</source>
      <translation>Zones de type « {} »</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>a zone with no type or a type not in the list counts as none; a camera that sees more than {} m² and {} % of its view of such ground is not judged: plan to complete</source>
      <translation>une zone sans type ou d'un type hors de la liste ne compte pas ; une caméra qui voit plus de {} m² et de {} % de sa vue d'un tel sol n'est pas jugée : plan à compléter</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/plan_check_algorithm.py" />
      <source>{} m² (less is drawing noise)</source>
      <translation>{} m² (en dessous, c'est une imprécision du dessin)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/audit.py" />
      <source>Base map under the dossier's maps (optional)</source>
      <translation>Fond de carte sous les cartes du dossier (facultatif)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/audit.py" />
      <source>Figures for the council</source>
      <translation>Chiffres pour le conseil municipal</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/audit.py" />
      <source>Population of the study area (for cameras per 1,000 inhabitants)</source>
      <translation>Population de la zone étudiée (pour les caméras pour 1 000 habitants)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/audit.py" />
      <source>Cost of installing one camera (€, an assumption)</source>
      <translation>Coût d'installation d'une caméra (€, hypothèse)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/audit.py" />
      <source>Yearly cost of running one camera (€, an assumption)</source>
      <translation>Coût annuel de fonctionnement d'une caméra (€, hypothèse)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/audit.py" />
      <source>Yearly cost of one municipal police officer (€, an assumption)</source>
      <translation>Coût annuel d'un policier municipal (€, hypothèse)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/audit.py" />
      <source>Dossier (PDF, HTML report, web map, QGIS project, CSV)</source>
      <translation>Dossier (PDF, rapport HTML, carte web, projet QGIS, CSV)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/audit.py" />
      <source>Title of the study (e.g. the commune or the lycée; default: from the layers)</source>
      <translation>Titre de l'étude (par ex. la commune ou le lycée ; par défaut : d'après les couches)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/audited.py" />
      <source>Private land</source>
      <translation>Terrain privé</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/audited.py" />
      <source>Dwelling façade</source>
      <translation>Façade d'habitation</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/audited.py" />
      <source>Dwelling entrance</source>
      <translation>Entrée d'habitation</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/audited.py" />
      <source>Public domain beyond the operator's surroundings</source>
      <translation>Domaine public au-delà des abords de l'opérateur</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/audited.py" />
      <source>Beyond the establishment's perimeter</source>
      <translation>Au-delà de l'enceinte de l'établissement</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/audited.py" />
      <source>{} ({} more given, not audited)</source>
      <translation>{} ({} autres fournies, non auditées)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Cameras and their verdict</source>
      <translation>Caméras et leur verdict</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Rejected cameras</source>
      <translation>Caméras rejetées</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Zones to mask</source>
      <translation>Zones à masquer</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Dwellings seen</source>
      <translation>Habitations vues</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>What the cameras see, by land class</source>
      <translation>Ce que voient les caméras, par statut du terrain</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>DORI levels</source>
      <translation>Niveaux DORI</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Camera views</source>
      <translation>Champs de vue des caméras</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Ground seen</source>
      <translation>Surface vue</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Public domain seen</source>
      <translation>Domaine public vu</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Private land seen</source>
      <translation>Terrain privé vu</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Land of unknown status seen</source>
      <translation>Terrain de statut inconnu vu</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Share of the view on private land</source>
      <translation>Part de la vue sur terrain privé</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Private land where people are identifiable</source>
      <translation>Terrain privé où les personnes sont identifiables</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Dwelling façades seen</source>
      <translation>Façades d'habitation vues</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Seen outside the perimeter</source>
      <translation>Vu hors du périmètre</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Seen in forbidden zones</source>
      <translation>Vu dans des zones interdites</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Flagged cameras (atlas)</source>
      <translation>Caméras signalées (atlas)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Made with QGIS and the camera_coverage plugin.</source>
      <translation>Réalisé avec QGIS et l'extension camera_coverage.</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Surveillance cameras: what they see</source>
      <translation>Caméras de surveillance : ce qu’elles voient</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Dossier</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>{}: {}</source>
      <translation>{} : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Cadastre: Etalab / DGFiP, Licence Ouverte 2.0 (https://www.etalab.gouv.fr/licence-ouverte-open-licence).</source>
      <translation>Cadastre : Etalab / DGFiP, Licence Ouverte 2.0 (https://www.etalab.gouv.fr/licence-ouverte-open-licence).</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>OpenStreetMap data © OpenStreetMap contributors, under the Open Database Licence (ODbL 1.0, https://www.openstreetmap.org/copyright).</source>
      <translation>Données OpenStreetMap © les contributeurs d’OpenStreetMap, sous licence Open Database License (ODbL 1.0, https://www.openstreetmap.org/copyright).</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Dossier: copying the layers</source>
      <translation>Dossier : copie des couches</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Dossier: the project</source>
      <translation>Dossier : le projet</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Dossier: the pages</source>
      <translation>Dossier : les pages</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Legal reading: Code de la sécurité intérieure, art. L251-2 and L251-3.</source>
      <translation>Lecture juridique : Code de la sécurité intérieure, art. L251-2 et L251-3.</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Dossier: writing the PDF</source>
      <translation>Dossier : écriture du PDF</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Dossier: the HTML report</source>
      <translation>Dossier : le rapport HTML</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Overview</source>
      <translation>Vue d'ensemble</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Dossier: the web map</source>
      <translation>Dossier : la carte web</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Dossier: the camera table</source>
      <translation>Dossier : le tableau des caméras</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Dossier: saving the project</source>
      <translation>Dossier : enregistrement du projet</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Camera {}</source>
      <translation>Caméra {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Rules cited:</source>
      <translation>Règles citées :</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Why: {}</source>
      <translation>Motif : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Storeys of dwellings in its picture</source>
      <translation>Étages d’habitation dans son image</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/build.py" />
      <source>Masks to configure:</source>
      <translation>Masques à configurer :</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Camera</source>
      <translation>Caméra</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Ground seen (m²)</source>
      <translation>Surface vue (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Public domain seen (m²)</source>
      <translation>Domaine public vu (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Private land seen (m²)</source>
      <translation>Terrain privé vu (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Share of the view on private land (%)</source>
      <translation>Part de la vue sur terrain privé (%)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Masking required</source>
      <translation>Masquage requis</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Why</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Land of unknown status seen (m²)</source>
      <translation>Terrain de statut inconnu vu (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Rules cited (codes)</source>
      <translation>Règles citées (codes)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Dwelling façades seen (m)</source>
      <translation>Façades d'habitation vues (m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Dwellings seen (ids)</source>
      <translation>Habitations vues (identifiants)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Dwelling façades within identification distance (m)</source>
      <translation>Façades d'habitation à distance d'identification (m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Dwelling façades within recognition distance (m)</source>
      <translation>Façades d'habitation à distance de reconnaissance (m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Storeys of dwellings in the picture (0: ground floor)</source>
      <translation>Étages d'habitation dans l'image (0 : rez-de-chaussée)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Buildings of unknown use seen (possibly dwellings)</source>
      <translation>Bâtiments d'usage inconnu vus (habitations possibles)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Façades of buildings of unknown use seen (m)</source>
      <translation>Façades de bâtiments d'usage inconnu vues (m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Dwelling entrance seen</source>
      <translation>Entrée d'habitation vue</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Entrances seen (ids)</source>
      <translation>Entrées vues (identifiants)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Private operator</source>
      <translation>Opérateur privé</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Public domain a private operator films (m²)</source>
      <translation>Domaine public filmé par un opérateur privé (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Distance to the nearest information sign (m)</source>
      <translation>Distance au panneau d'information le plus proche (m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Share of the view to mask</source>
      <translation>Part de la vue à masquer</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Mostly masked</source>
      <translation>Masquée en majeure partie</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Direction (° from true north)</source>
      <translation>Direction (° depuis le nord géographique)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Field of view (°)</source>
      <translation>Angle de champ (°)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Range (m)</source>
      <translation>Portée (m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Private land where people are identifiable (m²)</source>
      <translation>Terrain privé où les personnes sont identifiables (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Private land where people are recognisable (m²)</source>
      <translation>Terrain privé où les personnes sont reconnaissables (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Private land where people can be observed (m²)</source>
      <translation>Terrain privé où les personnes peuvent être observées (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Private land where people can be detected (m²)</source>
      <translation>Terrain privé où les personnes peuvent être détectées (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Blind zone under the camera, up to (m)</source>
      <translation>Zone aveugle sous la caméra, jusqu'à (m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Reach of the view (m)</source>
      <translation>Portée de la vue (m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Identification distance (m)</source>
      <translation>Distance d'identification (m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Recognition distance (m)</source>
      <translation>Distance de reconnaissance (m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Observation distance (m)</source>
      <translation>Distance d'observation (m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/columns.py" />
      <source>Detection distance (m)</source>
      <translation>Distance de détection (m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Default: the order of magnitude public reports on municipal video surveillance cite for one camera (about 37,500 € to install, 7,500 € a year to run); replace it with the town's own budget figures.</source>
      <translation>Par défaut : l'ordre de grandeur que citent les rapports publics sur la vidéosurveillance municipale pour une caméra (environ 37 500 € d'installation, 7 500 € de fonctionnement par an) ; remplacez-le par les chiffres du budget de la commune.</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Assumption: yearly cost to the town of one municipal police officer (salary and employer contributions); replace it with the town's figure.</source>
      <translation>Hypothèse : coût annuel pour la commune d'un policier municipal (salaire et charges patronales) ; remplacez-le par le chiffre de la commune.</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Cameras that see private land (CSI art. L251-3)</source>
      <translation>Caméras qui voient un terrain privé (CSI, art. L251-3)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Cameras that see dwelling façades (CSI art. L251-3)</source>
      <translation>Caméras qui voient des façades d'habitation (CSI, art. L251-3)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Cameras that see dwelling entrances (CSI art. L251-3)</source>
      <translation>Caméras qui voient des entrées d'habitation (CSI, art. L251-3)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Cameras with no information sign near what they film (CSI art. L251-3)</source>
      <translation>Caméras sans panneau d'information près de ce qu'elles filment (CSI, art. L251-3)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Private operators' cameras that film the public road (CSI art. L251-2)</source>
      <translation>Caméras d'opérateurs privés qui filment la voie publique (CSI, art. L251-2)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Cameras that see dwelling façades within recognition distance (CNIL)</source>
      <translation>Caméras qui voient des façades d'habitation à distance de reconnaissance (CNIL)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Cameras flagged under {}</source>
      <translation>Caméras signalées au titre du {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Study area: the polygons given as the audit's study area (STUDY_AREA).</source>
      <translation>Zone étudiée : les polygones donnés comme zone étudiée de l’audit (STUDY_AREA).</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Study area: the ground the parcels span, streets included (no study area given).</source>
      <translation>Zone étudiée : le terrain que couvrent les parcelles, rues comprises (aucune zone donnée).</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Study area: the convex hull of the parcels (no study area given).</source>
      <translation>Zone étudiée : l'enveloppe convexe des parcelles (aucune zone donnée).</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Density and cost count the {} cameras standing in the study area, audited or not, of the {} given.</source>
      <translation>La densité et le coût comptent les {} caméras implantées dans la zone d'étude, auditées ou non, sur les {} fournies.</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Cameras audited</source>
      <translation>Caméras auditées</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Cameras whose view must be masked</source>
      <translation>Caméras dont la vue doit être masquée</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Share of the public domain under camera view</source>
      <translation>Part du domaine public sous l’œil des caméras</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Share of the public domain where cameras can identify people (250 px/m)</source>
      <translation>Part du domaine public où les caméras peuvent identifier les personnes (250 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Public domain under camera view</source>
      <translation>Domaine public sous l’œil des caméras</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Public domain of the study area</source>
      <translation>Domaine public de la zone étudiée</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Study area</source>
      <translation>Zone d'étude</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Cameras standing in the study area</source>
      <translation>Caméras implantées dans la zone d'étude</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Cameras per km²</source>
      <translation>Caméras par km²</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Cost of installing the network</source>
      <translation>Coût d'installation du réseau</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Yearly cost of running the network</source>
      <translation>Coût annuel de fonctionnement du réseau</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Yearly running cost, in municipal police officers</source>
      <translation>Coût annuel de fonctionnement, en policiers municipaux</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Installation cost, in years of a municipal police officer</source>
      <translation>Coût d'installation, en années de policier municipal</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Cameras not audited: land status unknown</source>
      <translation>Caméras non auditées : statut du terrain inconnu</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Cameras not audited: rejected for unusable values</source>
      <translation>Caméras non auditées : rejetées pour valeurs inutilisables</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Cameras per 1,000 inhabitants</source>
      <translation>Caméras pour 1 000 habitants</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>Population given to the audit (POPULATION): {}</source>
      <translation>Population donnée à l’audit (POPULATION) : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>{} € per camera, for the {} cameras standing in the study area. </source>
      <translation>{} € par caméra, pour les {} caméras implantées dans la zone d'étude. </translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>{} € per camera and year, for the {} cameras standing in the study area. </source>
      <translation>{} € par caméra et par an, pour les {} caméras implantées dans la zone d'étude. </translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/figures.py" />
      <source>{} € per officer and year. </source>
      <translation>{} € par policier et par an. </translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/layout.py" />
      <source>Legend</source>
      <translation>Légende</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/no_camera.py" />
      <source>To audit the commune's cameras, map them in OpenStreetMap (man_made=surveillance) or survey them, then run the coverage audit on that layer.</source>
      <translation>Pour auditer les caméras de la commune, cartographiez-les dans OpenStreetMap (man_made=surveillance) ou relevez-les, puis lancez l'audit de couverture sur cette couche.</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/no_camera.py" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/pages.py" />
      <source>Figures (continued)</source>
      <translation>Chiffres (suite)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/pages.py" />
      <source>Assumptions behind these figures:</source>
      <translation>Hypothèses derrière ces chiffres :</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/pages.py" />
      <source>Assumptions and sources</source>
      <translation>Hypothèses et sources</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/pages.py" />
      <source>Assumptions and sources (continued)</source>
      <translation>Hypothèses et sources (suite)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/pages.py" />
      <source>page {} / {}</source>
      <translation>page {} / {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/pages.py" />
      <source>{} (continued)</source>
      <translation>{} (suite)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>What each camera sees</source>
      <translation>Ce que voit chaque caméra</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Records</source>
      <translation>Enregistre</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Seen outside the perimeter (m²)</source>
      <translation>Vu hors de l'enceinte (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Share of the view outside the perimeter (%)</source>
      <translation>Part de la vue hors de l'enceinte (%)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Seen in zones of unknown type (m²)</source>
      <translation>Vu dans des zones de type inconnu (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Seen inside the perimeter in no zone (m²)</source>
      <translation>Vu dans l'enceinte hors de toute zone (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Seen in forbidden zones (m²)</source>
      <translation>Vu dans des zones interdites (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Seen in forbidden zones, people identifiable (m²)</source>
      <translation>Vu dans des zones interdites, personnes identifiables (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Verdict</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Notes</source>
      <translation>Remarques</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Tolerance beyond the perimeter (m²)</source>
      <translation>Tolérance hors de l'enceinte (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Tolerance beyond the perimeter (%)</source>
      <translation>Tolérance hors de l'enceinte (%)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Cameras checked</source>
      <translation>Caméras vérifiées</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Cameras to correct</source>
      <translation>Caméras à corriger</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Compliant cameras</source>
      <translation>Caméras conformes</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Cameras that require masking</source>
      <translation>Caméras à masquer</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Cameras not compliant</source>
      <translation>Caméras non conformes</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Cameras that cannot be judged until the plan is completed</source>
      <translation>Caméras impossibles à juger tant que le plan n'est pas complété</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Opening hours: every camera whose schedule is not “{}” (no or an unreadable schedule counts as filming always).</source>
      <translation>Heures d'ouverture : toute caméra dont l'horaire n'est pas « {} » (un horaire absent ou illisible compte comme filmant toujours).</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Share of the playground under view</source>
      <translation>Part de la cour de récréation filmée</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Share of the playground under view during opening hours</source>
      <translation>Part de la cour de récréation filmée pendant les heures d'ouverture</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Share of the living spaces under view</source>
      <translation>Part des lieux de vie filmée</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Share of the living spaces under view during opening hours</source>
      <translation>Part des lieux de vie filmée pendant les heures d'ouverture</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Cadastre: Etalab / DGFiP, Licence Ouverte 2.0</source>
      <translation>Cadastre : Etalab / DGFiP, Licence Ouverte 2.0</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>The school's camera plan</source>
      <translation>Le plan de caméras de l'établissement</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Legal reading: the CNIL's rules for video surveillance in schools; each camera's page cites its rules.</source>
      <translation>Lecture juridique : les règles de la CNIL pour la vidéosurveillance dans les établissements scolaires ; la page de chaque caméra cite ses règles.</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Ground of the perimeter in no zone of a known type</source>
      <translation>Sol de l'enceinte hors de toute zone d'un type connu</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Seen: {} (m²)</source>
      <translation>Vu : {} (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Rules cited</source>
      <translation>Règles citées</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/plan.py" />
      <source>Figures for the board</source>
      <translation>Chiffres pour le conseil d'administration</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/report.py" />
      <source>Identification (250 px/m)</source>
      <translation>Identification (250 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/report.py" />
      <source>Recognition (125 px/m)</source>
      <translation>Reconnaissance (125 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/report.py" />
      <source>Observation (62.5 px/m)</source>
      <translation>Observation (62,5 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/report.py" />
      <source>Detection (25 px/m)</source>
      <translation>Détection (25 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/report.py" />
      <source>{} cameras see no private land.</source>
      <translation>{} caméras ne voient aucun terrain privé.</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/report.py" />
      <source>Map</source>
      <translation>Carte</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/report.py" />
      <source>Share of each camera’s view on private land</source>
      <translation>Part de la vue de chaque caméra sur terrain privé</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/report.py" />
      <source>Public domain under view, by what cameras can do</source>
      <translation>Domaine public sous l’œil des caméras, selon ce qu’elles permettent</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/report.py" />
      <source>Figure</source>
      <translation>Chiffre</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/report.py" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/storey_words.py" />
      <source>ground floor</source>
      <translation>rez-de-chaussée</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/storey_words.py" />
      <source>{} floor</source>
      <translation>{} étage</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/storey_words.py" />
      <source>{} to {}</source>
      <translation>du {} au {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/webmap.py" />
      <source>Not audited (land status unknown)</source>
      <translation>Non auditée (statut du terrain inconnu)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/webmap.py" />
      <source>No masking required</source>
      <translation>Pas de masquage requis</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/webmap.py" />
      <source>Share on private land (%)</source>
      <translation>Part sur terrain privé (%)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/webmap.py" />
      <source>Private land, people identifiable (m²)</source>
      <translation>Terrain privé, personnes identifiables (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/webmap.py" />
      <source>Direction (°)</source>
      <translation>Direction (°)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/webmap.py" />
      <source>Data © OpenStreetMap contributors, ODbL</source>
      <translation>Données © les contributeurs d’OpenStreetMap, ODbL</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/webmap.py" />
      <source>OpenStreetMap background (online)</source>
      <translation>Fond OpenStreetMap (en ligne)</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/webmap.py" />
      <source>Map tiles © OpenStreetMap contributors</source>
      <translation>Tuiles © les contributeurs d’OpenStreetMap</translation>
    </message>
    <message>
      <location filename="camera_coverage/dossier/webmap.py" />
      <source>Click a camera for its figures.</source>
      <translation>Cliquez sur une caméra pour ses chiffres.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Direction field, degrees clockwise from north, empty = all round (default: direction)</source>
      <translation>Champ contenant la direction, en degrés dans le sens horaire depuis le nord, vide = vue à 360° (par défaut : direction)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Field of view field, degrees (default: fov)</source>
      <translation>Champ contenant le champ de vision, en degrés (par défaut : fov)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Range field, metres (default: range_m)</source>
      <translation>Champ contenant la portée, en mètres (par défaut : range_m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Mounting height field, metres (default: height_m)</source>
      <translation>Champ contenant la hauteur de pose, en mètres (par défaut : height_m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Tilt field, degrees below horizontal (default: tilt_deg)</source>
      <translation>Champ contenant l'inclinaison, en degrés sous l'horizontale (par défaut : tilt_deg)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Horizontal resolution field, pixels (default: h_resolution)</source>
      <translation>Champ contenant la résolution horizontale, en pixels (par défaut : h_resolution)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Sensor width field, mm, for a field of view from the lens (default: sensor_width_mm)</source>
      <translation>Champ contenant la largeur du capteur, en mm, pour déduire le champ de vision de l'objectif (par défaut : sensor_width_mm)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Focal length field, mm (default: focal_mm)</source>
      <translation>Champ contenant la focale, en mm (par défaut : focal_mm)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Vertical field of view field, degrees (default: vfov_deg; else from the field of view and a 16:9 image)</source>
      <translation>Champ contenant le champ de vision vertical, en degrés (par défaut : vfov_deg ; sinon déduit du champ de vision et d'une image 16:9)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>west</source>
      <translation>à l'ouest</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>east</source>
      <translation>à l'est</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>bearings from true north</source>
      <translation>des azimuts depuis le nord géographique</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>angles from the grid north of the camera layer's CRS, turned to true north</source>
      <translation>des angles depuis le nord du quadrillage du SCR de la couche des caméras, ramenés au nord géographique</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>points</source>
      <translation>des points</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>building</source>
      <translation>des bâtiments</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>{} of {} buildings read (only those within the cameras' reach are needed).</source>
      <translation>{} bâtiments lus sur {} (seuls ceux à portée des caméras sont utiles).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source> (building:levels: 3 m a storey)</source>
      <translation> (building:levels : 3 m par étage)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Cameras (points)</source>
      <translation>Caméras (points)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Field of view where none is given (degrees)</source>
      <translation>Champ de vision si non renseigné (degrés)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Range where none is given (metres)</source>
      <translation>Portée si non renseignée (mètres)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Horizontal resolution where none is given (pixels)</source>
      <translation>Résolution horizontale quand aucune n'est indiquée (pixels)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>How far each camera sees</source>
      <translation>Jusqu'où voit chaque caméra</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Buildings that hide the view (polygons, optional)</source>
      <translation>Bâtiments qui masquent la vue (polygones, facultatif)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Building height field, metres (default: hauteur, height or HAUTEUR, else building:levels × 3 m)</source>
      <translation>Champ de hauteur des bâtiments, en mètres (par défaut : hauteur, height ou HAUTEUR, sinon building:levels × 3 m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Directions are measured from</source>
      <translation>Les directions sont mesurées depuis</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Directions were read as {}; sectors are drawn to true north, turned at each camera by the meridian convergence: here grid north of {} lies {}° {} of true north.</source>
      <translation>Les directions ont été lues comme {} ; les secteurs sont tracés par rapport au nord géographique, tournés à chaque caméra de la convergence des méridiens : ici le nord du quadrillage de {} est à {}° {} du nord géographique.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Heights of the {}</source>
      <translation>Hauteurs des {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>none known: each hides everything behind it, as a wall of unlimited height</source>
      <translation>aucune connue : chacun cache tout ce qui est derrière lui, comme un mur de hauteur illimitée</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Rejected cameras (with the reason)</source>
      <translation>Caméras rejetées (avec le motif)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Its range (range_m)</source>
      <translation>Sa portée (range_m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>As far as it can identify people (250 px/m)</source>
      <translation>Jusqu'où elle peut identifier les personnes (250 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>As far as it can recognise people (125 px/m)</source>
      <translation>Jusqu'où elle peut reconnaître les personnes (125 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>As far as it can observe (62.5 px/m)</source>
      <translation>Jusqu'où elle peut observer (62,5 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>As far as it can detect people (25 px/m)</source>
      <translation>Jusqu'où elle peut détecter les personnes (25 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>True north (compass, OpenStreetMap, data sheets)</source>
      <translation>Le nord géographique (boussole, OpenStreetMap, fiches techniques)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Grid north of the camera layer's CRS (angles measured on a projected map)</source>
      <translation>Le nord du quadrillage du SCR de la couche des caméras (angles mesurés sur une carte projetée)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Heights of the {} read from {}{}.</source>
      <translation>Hauteurs des {} lues dans {}{}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>from {}; one lower than a camera hides only the ground its top shadows from it (exact); {} of {} have no usable height and, like all seen from a camera without height_m, hide everything behind them</source>
      <translation>lues dans {} ; plus bas qu'une caméra, il ne lui cache que le sol que son sommet ombre (exact) ; {} sur {} n'ont pas de hauteur utilisable et, comme tous ceux vus d'une caméra sans height_m, cachent tout ce qui est derrière eux</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>The field {} mixes numbers and text, and QGIS cannot read it from this layer: import the layer with the Import cameras algorithm, or save it as a GeoPackage with that field as text.</source>
      <translation>Le champ {} mélange des nombres et du texte, et QGIS ne peut pas le lire dans cette couche : importez la couche avec l'algorithme Importer des caméras, ou enregistrez-la en GeoPackage avec ce champ en texte.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>{} attribute values of the camera layer are not finite numbers (inf, NaN): they are left empty in the outputs.</source>
      <translation>{} valeurs attributaires de la couche des caméras ne sont pas des nombres finis (inf, NaN) : elles sont laissées vides dans les sorties.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>The buildings layer has no height field ({}): every building hides everything behind it, as in 2D.</source>
      <translation>La couche des bâtiments n'a pas de champ de hauteur ({}) : chaque bâtiment cache tout ce qui est derrière lui, comme en 2D.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>{} of {} {} have no usable height: they hide everything behind them, as in 2D.</source>
      <translation>{} sur {} {} n'ont pas de hauteur utilisable : ils cachent tout ce qui est derrière eux, comme en 2D.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>{} of {} cameras have no height (height_m): from them every building and wall hides everything behind it, as in 2D.</source>
      <translation>{} sur {} caméras n'ont pas de hauteur (height_m) : pour elles, chaque bâtiment et chaque mur cache tout ce qui est derrière lui, comme en 2D.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>{} buildings hide the view; {} invalid building geometries repaired.</source>
      <translation>{} bâtiments masquent la vue ; {} géométries de bâtiments invalides réparées.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>{} cameras see no ground, their picture lying wholly above the horizon ({}): tilt_deg is in degrees below the horizontal, positive looking down (OpenStreetMap's camera:tilt is negative looking down).</source>
      <translation>{} caméras ne voient aucun sol, leur image étant tout entière au-dessus de l’horizon ({}) : tilt_deg se donne en degrés sous l’horizontale, positif vers le bas (le camera:tilt d’OpenStreetMap est négatif vers le bas).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>Camera {} rejected: {}</source>
      <translation>Caméra {} rejetée : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>{} of {} cameras rejected, see the rejected output.</source>
      <translation>{} caméras sur {} rejetées, voir la sortie des caméras rejetées.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/camera_input.py" />
      <source>The field {} has no value for any camera: treated as absent (defaults apply).</source>
      <translation>Le champ {} n'a de valeur pour aucune caméra : il est traité comme absent (valeurs par défaut appliquées).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>Commune names and populations ({})</source>
      <translation>Noms et populations des communes ({})</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>Outlines of the communes of département {} ({})</source>
      <translation>Contours des communes du département {} ({})</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>Parcels of {} ({})</source>
      <translation>Parcelles de {} ({})</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>Buildings of {} ({})</source>
      <translation>Bâtiments de {} ({})</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>Buildings, heights and uses ({})</source>
      <translation>Bâtiments, hauteurs et usages ({})</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>Cameras, entrances and building uses ({})</source>
      <translation>Caméras, entrées et usages des bâtiments ({})</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>Commune outline ({})</source>
      <translation>Contour de la commune ({})</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>Parcels ({})</source>
      <translation>Parcelles ({})</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>Neighbouring communes within {} m: {}.</source>
      <translation>Communes voisines à moins de {} m : {}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>{}, page {}</source>
      <translation>{}, page {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>IGN's BD TOPO could not be read: the buildings are the Etalab cadastre's, without heights.</source>
      <translation>La BD TOPO de l'IGN n'a pas pu être lue : les bâtiments sont ceux du cadastre Etalab, sans hauteurs.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>BD TOPO: {} buildings within {} m of the commune, of {} in the box read.</source>
      <translation>BD TOPO : {} bâtiments à moins de {} m de la commune, sur {} dans l'emprise lue.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>OpenStreetMap could not be read: no camera, entrance or building use. The cadastre is kept; run again later (the cadastre then comes from the cache).</source>
      <translation>OpenStreetMap n'a pas pu être lu : ni caméra, ni entrée, ni usage des bâtiments. Le cadastre est gardé ; relancez plus tard (le cadastre viendra alors du cache).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>OpenStreetMap: {} cameras within {} m of the commune ({} further out left aside), {} entrances, {} of {} cadastre buildings with a use.</source>
      <translation>OpenStreetMap : {} caméras à moins de {} m de la commune ({} plus loin laissées de côté), {} entrées, {} bâtiments du cadastre sur {} avec un usage.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>No commune is named '{}'. Closest names: {}.</source>
      <translation>Aucune commune ne s'appelle « {} ». Noms les plus proches : {}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>The cadastre's outline file of {} holds no outline.</source>
      <translation>Le fichier des contours du cadastre de {} ne contient aucun contour.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>Buildings ({})</source>
      <translation>Bâtiments ({})</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>{}, {} WFS page(s)</source>
      <translation>{}, {} page(s) du WFS</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>{} ({}) is not a GeoJSON FeatureCollection ({}): the download or the file is damaged. Run again with REFRESH, or download it by hand.</source>
      <translation>{} ({}) n'est pas une FeatureCollection GeoJSON ({}) : le téléchargement ou le fichier est abîmé. Relancez avec REFRESH, ou téléchargez-le à la main.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>'{}' is not an INSEE code ({}). Give the code or the commune's name.</source>
      <translation>« {} » n'est pas un code INSEE ({}). Indiquez le code ou le nom de la commune.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>The commune '{}' cannot be looked up by its name: {} Give its INSEE code.</source>
      <translation>La commune « {} » ne peut pas être cherchée par son nom : {} Indiquez son code INSEE.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>Several communes are named '{}': {}. Give the INSEE code.</source>
      <translation>Plusieurs communes s'appellent « {} » : {}. Indiquez le code INSEE.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>{}: page {}, {} buildings read of {}.</source>
      <translation>{} : page {}, {} bâtiments lus sur {}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/commune_sources.py" />
      <source>No commune has the INSEE code {} (the geo API answers 'not found'). The INSEE code is not the postal code: look it up, or type the commune's name.</source>
      <translation>Aucune commune n'a le code INSEE {} (l'API Géo répond « non trouvée »). Le code INSEE n'est pas le code postal : cherchez-le, ou tapez le nom de la commune.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/dem_input.py" />
      <source>Elevation model (DEM, metres, in a CRS in metres; optional): the relief hides ground</source>
      <translation>Modèle numérique de terrain (MNT, en mètres, dans un SCR en mètres ; facultatif) : le relief cache le sol</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/dem_input.py" />
      <source>The elevation model's cells are not square: resample it first.</source>
      <translation>Les cellules du modèle numérique de terrain ne sont pas carrées : rééchantillonnez-le d'abord.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/dem_input.py" />
      <source>The elevation model's first band does not hold numbers.</source>
      <translation>La première bande du modèle numérique de terrain ne contient pas de nombres.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/dem_input.py" />
      <source>The elevation model (DEM) cannot be read.</source>
      <translation>Le modèle numérique de terrain (MNT) ne peut pas être lu.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/dem_input.py" />
      <source>The relief hides {:.0f} m² of the {:.0f} m² the cameras would see ({:.1f} %).</source>
      <translation>Le relief cache {:.0f} m² des {:.0f} m² que verraient les caméras ({:.1f} %).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/dem_input.py" />
      <source>{} buildings of known height stand on the relief: each hides what its top shadows on the level of its base, seen from the camera's eye above that level.</source>
      <translation>{} bâtiments de hauteur connue reposent sur le relief : chacun masque ce que son sommet ombre au niveau de sa base, vu de l’œil de la caméra au-dessus de ce niveau.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/dem_input.py" />
      <source>{} cameras have no height (height_m): the relief is not taken into account for them.</source>
      <translation>{} caméras n'ont pas de hauteur (height_m) : le relief n'est pas pris en compte pour elles.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/dem_input.py" />
      <source>{} cameras stand where the elevation model has no data: the relief is not taken into account for them.</source>
      <translation>{} caméras se trouvent là où le modèle numérique de terrain n'a pas de données : le relief n'est pas pris en compte pour elles.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>the file is incomplete (truncated download)</source>
      <translation>le fichier est incomplet (téléchargement tronqué)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>{}: the service at {} is busy or unreachable: no usable answer after {} tries (the last: {}), and no copy of the file is in the cache ({}). Download {} by hand (in a web browser) and give the file, or a folder laid out like the service, as the local source.</source>
      <translation>{} : le service {} est occupé ou injoignable : aucune réponse utilisable après {} essais (le dernier : {}), et aucune copie du fichier n'est dans le cache ({}). Téléchargez {} à la main (dans un navigateur) et donnez le fichier, ou un dossier organisé comme le service, comme source locale.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>The local file {} does not exist (nor {}).</source>
      <translation>Le fichier local {} n'existe pas (ni {}).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>Fetching {}: {}</source>
      <translation>Récupération de {} : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>{}: {} received</source>
      <translation>{} : {} reçus</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>Reading {}: {}</source>
      <translation>Lecture de {} : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>HTTP {} ({})</source>
      <translation>HTTP {} ({})</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>no answer within QGIS's network time-out ({} s, Settings &gt; Options &gt; Network)</source>
      <translation>pas de réponse dans le délai réseau de QGIS ({} s, Préférences &gt; Options &gt; Réseau)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>{}: {} of {}</source>
      <translation>{} : {} sur {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>Cancelled before fetching {}</source>
      <translation>Annulé avant de récupérer {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>Cancelled while fetching {}</source>
      <translation>Annulé pendant la récupération de {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>no answer for {} s</source>
      <translation>pas de réponse depuis {} s</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>{}: {} ({}).</source>
      <translation>{} : {} ({}).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>{}: from the cache (retrieved {}), {}</source>
      <translation>{} : depuis le cache (récupéré le {}), {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>{}: could not be refreshed; using the copy retrieved {}</source>
      <translation>{} : n'a pas pu être mis à jour ; utilisation de la copie récupérée le {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>Cancelled while waiting to fetch {}</source>
      <translation>Annulé en attendant de récupérer {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>{}: {}; trying again in {} s (try {} of {}).</source>
      <translation>{} : {} ; nouvel essai dans {} s (essai {} sur {}).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/download.py" />
      <source>{}: {} answered HTTP {} ({}).</source>
      <translation>{} : {} a répondu HTTP {} ({}).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/exposure_output.py" />
      <source>DORI levels: ground where people can be identified, recognised, observed, detected</source>
      <translation>Niveaux DORI : sol où les personnes peuvent être identifiées, reconnues, observées, détectées</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/input_notes.py" />
      <source>Duplicate camera ids, later uses renamed</source>
      <translation>Identifiants de caméra en double, utilisations suivantes renommées</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/input_notes.py" />
      <source>Overlapping parcels (seen ground counted once in private_m2)</source>
      <translation>Parcelles qui se chevauchent (surface vue comptée une fois dans le terrain privé vu)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/input_notes.py" />
      <source>Cameras not audited (no parcel within reach, or no ground of the study area seen)</source>
      <translation>Caméras non auditées (aucune parcelle à portée, ou aucun terrain de la zone d'étude vu)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/input_notes.py" />
      <source>{} parcels seen by the cameras overlap one another, by {:.2f} m² in all: private_m2 counts that ground once, but the pieces overlap there.</source>
      <translation>{} parcelles vues par les caméras se chevauchent, sur {:.2f} m² au total : private_m2 compte cette surface une fois, mais les morceaux s'y chevauchent.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/input_notes.py" />
      <source>{} cameras are not audited: no parcel lies within their reach (the cadastre does not cover them), or they see no ground of the study area (masking_required is empty, flag_reason says why).</source>
      <translation>{} caméras ne sont pas auditées : aucune parcelle n'est à leur portée (le cadastre ne les couvre pas), ou elles ne voient aucun terrain de la zone d'étude (masking_required est vide, flag_reason dit pourquoi).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/input_notes.py" />
      <source>{} parcels, {} m² of overlap</source>
      <translation>{} parcelles, {} m² de chevauchement</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>Owners table joined to the parcels (the DGFiP file of legal entities' parcels, as published, or any table)</source>
      <translation>Table des propriétaires jointe aux parcelles (le fichier DGFiP des parcelles des personnes morales tel que publié, ou toute table)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>Study area (e.g. the commune's outline; default: the ground the parcels span, streets included)</source>
      <translation>Zone d'étude (p. ex. le contour de la commune ; par défaut : le terrain que couvrent les parcelles, rues comprises)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>Name both the owners' parcel id field and their group field.</source>
      <translation>Nommez à la fois le champ d'identifiant de parcelle et le champ de groupe des propriétaires.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>study area</source>
      <translation>zone d'étude</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>Owners: parcel id field (Etalab id; not needed for the DGFiP file)</source>
      <translation>Propriétaires : champ d'identifiant de parcelle (identifiant Etalab ; inutile pour le fichier DGFiP)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>Owners: owner group field (DGFiP group code 0-9; not needed for the DGFiP file)</source>
      <translation>Propriétaires : champ du groupe de personne (code DGFiP 0-9 ; inutile pour le fichier DGFiP)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>Owner groups that are public (1 State, 2 région, 3 département, 4 commune, 9 public bodies)</source>
      <translation>Groupes de propriétaires publics (1 État, 2 région, 3 département, 4 commune, 9 établissements publics)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>Study area: the commune's outline {}, found beside the Etalab parcels file (give STUDY_AREA to choose another).</source>
      <translation>Zone d'étude : le contour de la commune {}, trouvé à côté du fichier des parcelles Etalab (indiquez STUDY_AREA pour en choisir une autre).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>The study area layer must contain polygons.</source>
      <translation>La couche de zone d'étude doit contenir des polygones.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>The study area layer has no polygon with an area: choose the commune's outline, or leave the study area empty to use the ground the parcels span.</source>
      <translation>La couche de zone d'étude n'a aucun polygone ayant une surface : choisissez le contour de la commune, ou laissez la zone d'étude vide pour utiliser le terrain que couvrent les parcelles.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>The owners table is not the DGFiP file (missing columns: {}) and no owners id and group fields are named. Columns found: {}. Name the parcel id field (OWNERS_ID_FIELD) and the owner group field (OWNERS_GROUP_FIELD).</source>
      <translation>La table des propriétaires n'est pas le fichier DGFiP (colonnes manquantes : {}) et aucun champ d'identifiant ni de groupe n'est nommé. Colonnes trouvées : {}. Nommez le champ d'identifiant de parcelle (OWNERS_ID_FIELD) et le champ de groupe de personne (OWNERS_GROUP_FIELD).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>Owners: {} rows, {} on the loaded parcels ({} duplicates counted once), {} on parcels not loaded, {} unusable; {} parcels listed.</source>
      <translation>Propriétaires : {} lignes, {} sur les parcelles chargées ({} doublons comptés une fois), {} sur des parcelles non chargées, {} inutilisables ; {} parcelles listées.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>The owners table has no field named {}.</source>
      <translation>La table des propriétaires n'a pas de champ nommé {}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>Public owner groups '{}' cannot be read: write digits from 0 to 9 separated by commas, e.g. 1,2,3,4,9.</source>
      <translation>Groupes de propriétaires publics « {} » illisibles : écrivez des chiffres de 0 à 9 séparés par des virgules, p. ex. 1,2,3,4,9.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>… and {} more owner rows with problems.</source>
      <translation>… et {} autres lignes de propriétaires posant problème.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>Owners: no row of the owners file is on a loaded parcel ({} rows in all): no parcel is public by its owners. Check that the file is the département's of these parcels.</source>
      <translation>Propriétaires : aucune ligne du fichier des propriétaires ne porte sur une parcelle chargée ({} lignes en tout) : aucune parcelle n'est publique par ses propriétaires. Vérifiez que le fichier est celui du département de ces parcelles.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>Owners: DGFiP file {} read as {}.</source>
      <translation>Propriétaires : fichier DGFiP {} lu en {}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/land_input.py" />
      <source>Owners: the file {} mixes two encodings (lines in UTF-8 and lines in Windows-1252, as when two exports are pasted together): each line was read in its own, but check the owners' names and save the file again in one encoding.</source>
      <translation>Propriétaires : le fichier {} mélange deux encodages (des lignes en UTF-8 et des lignes en Windows-1252, comme quand deux exports sont collés l'un sous l'autre) : chaque ligne a été lue dans le sien, mais vérifiez les noms des propriétaires et enregistrez de nouveau le fichier dans un seul encodage.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/layer_io.py" />
      <source>The {} layer has no coordinate reference system: set it in Layer Properties &gt; Source &gt; Assigned coordinate reference system, or with the Assign projection algorithm (Lambert-93 is EPSG:2154).</source>
      <translation>La couche {} n'a pas de système de coordonnées de référence : définissez-le dans Propriétés de la couche &gt; Source &gt; Système de coordonnées de référence assigné, ou avec l'algorithme Assigner une projection (Lambert-93 est EPSG:2154).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/layer_io.py" />
      <source>The {} layer is empty: choose a layer with features.</source>
      <translation>La couche {} est vide : choisissez une couche contenant des entités.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/layer_io.py" />
      <source>The {} layer must contain {}.</source>
      <translation>La couche {} doit contenir {}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/layer_io.py" />
      <source>The expression {} cannot be read: {}</source>
      <translation>L'expression {} ne peut pas être interprétée : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/layer_io.py" />
      <source>The expression {} names the field {}, which the layer does not have. Its fields are: {}.</source>
      <translation>L'expression {} nomme le champ {}, que la couche n'a pas. Ses champs sont : {}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/layer_io.py" />
      <source>Nothing more written: feature {} has a coordinate or a figure that is not a finite number. Check the layers' coordinate reference systems.</source>
      <translation>Plus rien n'est écrit : l'entité {} a une coordonnée ou un chiffre qui n'est pas un nombre fini. Vérifiez les systèmes de coordonnées des couches.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/layer_io.py" />
      <source>The {} layer has no field named {}.</source>
      <translation>La couche {} n'a pas de champ nommé {}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/layer_io.py" />
      <source>The expression {} fails on feature {}: {}</source>
      <translation>L'expression {} échoue sur l'entité {} : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/layer_io.py" />
      <source>Could not write output feature {}: {}</source>
      <translation>Impossible d'écrire l'entité de sortie {} : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_input.py" />
      <source>entrance</source>
      <translation>entrée</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_input.py" />
      <source>sign</source>
      <translation>panneau</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_input.py" />
      <source>Dwelling entrances (points, e.g. OpenStreetMap entrance=* nodes)</source>
      <translation>Entrées des habitations (points, p. ex. nœuds OpenStreetMap entrance=*)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_input.py" />
      <source>Information signs surveyed (points; fields names_operator yes/no, text)</source>
      <translation>Panneaux d'information relevés (points ; champs names_operator yes/no, text)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_input.py" />
      <source>{} of {} entrances read (only those within the cameras' reach are needed).</source>
      <translation>{} entrées lues sur {} (seules celles à portée des caméras sont utiles).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_input.py" />
      <source>default reading of the fields {}</source>
      <translation>lecture par défaut des champs {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_input.py" />
      <source>Expression selecting the buildings that are dwellings (empty: OSM building=residential, apartments, house..., BD TOPO usage_1 = Résidentiel)</source>
      <translation>Expression sélectionnant les bâtiments d'habitation (vide : OSM building=residential, apartments, house…, BD TOPO usage_1 = Résidentiel)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_input.py" />
      <source>An entrance is seen within this distance of visible ground (m)</source>
      <translation>Une entrée est vue à moins de cette distance du sol visible (m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_input.py" />
      <source>Expression selecting the cameras of private operators (empty: OSM operator:type private, business, commercial, religious, or surveillance=outdoor with an operator that is not a public body)</source>
      <translation>Expression sélectionnant les caméras d'opérateurs privés (vide : OSM operator:type private, business, commercial, religious, ou surveillance=outdoor avec un opérateur qui n'est pas une personne publique)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_input.py" />
      <source>Immediate surroundings a private operator may film (m from its premises)</source>
      <translation>Abords immédiats qu'un opérateur privé peut filmer (m depuis ses locaux)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_input.py" />
      <source>A sign must stand within this distance of the ground a camera films (m)</source>
      <translation>Un panneau doit se trouver à moins de cette distance du sol filmé par une caméra (m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_input.py" />
      <source>Entrances need the buildings layer: give BUILDINGS too.</source>
      <translation>Les entrées nécessitent la couche des bâtiments : donnez aussi BUILDINGS.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_input.py" />
      <source>The signs layer has no names_operator field: a sign with a text is taken to name the operator, a sign without one not.</source>
      <translation>La couche des panneaux n'a pas de champ names_operator : un panneau avec un texte est supposé nommer l'opérateur, un panneau sans texte non.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_input.py" />
      <source>Buildings: {} dwellings, {} possibly dwellings (use unknown), {} others.</source>
      <translation>Bâtiments : {} habitations, {} peut-être des habitations (usage inconnu), {} autres.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_input.py" />
      <source>The buildings layer has no use field (building, usage_1, USAGE1): no building can be told a dwelling; all {} are counted as possibly dwellings. Give a dwelling expression to say which are.</source>
      <translation>La couche des bâtiments n'a pas de champ d'usage (building, usage_1, USAGE1) : aucun bâtiment ne peut être reconnu comme habitation ; les {} sont comptés comme peut-être des habitations. Donnez une expression d'habitation pour dire lesquels le sont.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>Pieces of a zone to mask smaller than this are slivers, given no mask (m²)</source>
      <translation>Les morceaux d’une zone à masquer plus petits que ceci sont des éclats, sans masque (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>of its picture</source>
      <translation>de son image</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>A mask's share_of_view is the part of the horizontal angle its bearings span; a camera's masked_share is the part of its picture (else of the ground it sees) that all its masks take together, counted once: a mask across the whole width but only in the distance spans all the angle and little of the picture.</source>
      <translation>Le share_of_view d’un masque est la part de l’angle horizontal que couvrent ses azimuts ; le masked_share d’une caméra est la part de son image (à défaut, du sol qu’elle voit) que prennent tous ses masques ensemble, comptée une fois : un masque sur toute la largeur mais seulement au loin couvre tout l’angle et peu de l’image.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>Masks to apply (per flagged camera: zone, bearings from true north, image outline)</source>
      <translation>Masques à appliquer (par caméra signalée : zone, azimuts depuis le nord géographique, contour dans l'image)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>Parcels made public by the public expression / by their owners / by both</source>
      <translation>Parcelles rendues publiques par l'expression publique / par leurs propriétaires / par les deux</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>Owner groups counted as public</source>
      <translation>Groupes de propriétaires comptés comme publics</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>Entrances</source>
      <translation>Entrées</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>Private operators</source>
      <translation>Opérateurs privés</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>Immediate surroundings a private operator may film</source>
      <translation>Abords immédiats qu'un opérateur privé peut filmer</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>of the ground it sees</source>
      <translation>du sol qu’elle voit</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>of its horizontal angle of view</source>
      <translation>de son angle de vue horizontal</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>{} masks for {} cameras, one per contiguous span of bearings: pieces of a zone more than {}° apart are separate masks, so that no mask blanks ground that needs none.</source>
      <translation>{} masques pour {} caméras, un par plage continue d’azimuts : les morceaux d’une zone distants de plus de {}° sont des masques distincts, pour qu’aucun masque n’occulte du terrain qui n’en demande pas.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>Owner rows: on loaded parcels / duplicates / on other parcels / unusable</source>
      <translation>Lignes de propriétaires : sur les parcelles chargées / doublons / sur d'autres parcelles / inutilisables</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>Dwellings</source>
      <translation>Habitations</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>Storeys of dwellings in the picture</source>
      <translation>Étages d'habitation dans l'image</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>no entrance layer: a dwelling façade seen on the public domain may hold one</source>
      <translation>pas de couche d'entrées : une façade d'habitation vue sur le domaine public peut en comporter une</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>Entrances farther than 2 m from any building (counted as dwelling entrances)</source>
      <translation>Entrées à plus de 2 m de tout bâtiment (comptées comme entrées d'habitation)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>Information signs within</source>
      <translation>Panneaux d'information à moins de</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>Owners</source>
      <translation>Propriétaires</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>{} cameras see dwelling façades, {} see an entrance, {} private operators film the public road beyond their surroundings, {} cameras see ground beyond the study area, {} would be mostly masked.</source>
      <translation>{} caméras voient des façades d'habitation, {} voient une entrée, {} opérateurs privés filment la voie publique au-delà de leurs abords, {} caméras voient du terrain hors de la zone d'étude, {} seraient en majeure partie masquées.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>{} slivers smaller than {} m² ({} m² in all, on {} cameras) were given no mask (MASK_MIN_AREA_M2).</source>
      <translation>{} éclats de moins de {} m² ({} m² en tout, sur {} caméras) n’ont pas reçu de masque (MASK_MIN_AREA_M2).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>the camera would be mostly masked ({:.0f} % {}, all its masks together); its placement should be reconsidered</source>
      <translation>la caméra serait en majeure partie masquée ({:.0f} % {}, tous ses masques ensemble) ; son implantation devrait être reconsidérée</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>{} entrances stand farther than 2 m from any building; they are counted as dwelling entrances. Check them: {}</source>
      <translation>{} entrées sont à plus de 2 m de tout bâtiment ; elles sont comptées comme entrées d'habitation. Vérifiez-les : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>given: {}</source>
      <translation>donnée : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>the ground the parcels span, streets included (closing of their union by {} m); coverage beyond it is unknown_m2, neither public nor private</source>
      <translation>le terrain que couvrent les parcelles, rues comprises (fermeture de leur union par {} m) ; la couverture au-delà est de statut inconnu, ni publique ni privée</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>{} m each, 0 the ground floor; a storey is filmed when part of it, over a seen dwelling façade, is in the picture; known for cameras with height, tilt and a fixed direction, and buildings with a height</source>
      <translation>{} m chacun, 0 le rez-de-chaussée ; un étage est filmé quand une partie de celui-ci, sur une façade d'habitation vue, est dans l'image ; connu pour les caméras dont la hauteur, l'inclinaison et une direction fixe sont connues, et les bâtiments de hauteur connue</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/legal_output.py" />
      <source>entrance points within {} m of visible ground</source>
      <translation>points d'entrée à moins de {} m du sol visible</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/output_paths.py" />
      <source>Nothing written: {} must be a folder, and {} is a file. Choose a folder (it is created when missing).</source>
      <translation>Rien n'a été écrit : {} doit être un dossier, et {} est un fichier. Choisissez un dossier (il est créé s'il n'existe pas).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/output_paths.py" />
      <source>Nothing written: outputs {} and {} are the same file ({}). Give each output its own file.</source>
      <translation>Rien n'a été écrit : les sorties {} et {} sont le même fichier ({}). Donnez à chaque sortie son propre fichier.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/output_paths.py" />
      <source>Nothing written: the folder {} for {} cannot be written ({}). Choose a folder of your own.</source>
      <translation>Rien n'a été écrit : le dossier {} de {} ne peut pas être écrit ({}). Choisissez un dossier à vous.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/output_paths.py" />
      <source>Nothing written: output {} is the file of input {} ({}). Choose another file for the output: an output never replaces an input.</source>
      <translation>Rien n'a été écrit : la sortie {} est le fichier de l'entrée {} ({}). Choisissez un autre fichier pour la sortie : une sortie ne remplace jamais une entrée.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/package_writer.py" />
      <source>Could not write the layer {} into {}: {}</source>
      <translation>Impossible d'écrire la couche {} dans {} : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/parcel_input.py" />
      <source>parcel</source>
      <translation>des parcelles</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/parcel_input.py" />
      <source>{} of {} parcels read (only those within the cameras' reach are needed).</source>
      <translation>{} parcelles lues sur {} (seules celles à portée des caméras sont utiles).</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/parcel_input.py" />
      <source>Land parcels (cadastre polygons)</source>
      <translation>Parcelles cadastrales (polygones du cadastre)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/parcel_input.py" />
      <source>Parcel id field (default: id, as in the Etalab cadastre)</source>
      <translation>Champ contenant l'identifiant de la parcelle (par défaut : id, comme dans le cadastre Etalab)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/parcel_input.py" />
      <source>Expression selecting the parcels that are public (empty: all private)</source>
      <translation>Expression sélectionnant les parcelles publiques (vide : toutes privées)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/parcel_input.py" />
      <source>Private area tolerated before masking is required (m²)</source>
      <translation>Surface privée tolérée avant d'exiger un masquage (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/parcel_input.py" />
      <source>{} parcels read, {} selected as public.</source>
      <translation>{} parcelles lues, dont {} retenues comme publiques.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/parcel_input.py" />
      <source>{} parcels have no geometry and are ignored.</source>
      <translation>{} parcelles sans géométrie sont ignorées.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/run_safety.py" />
      <source>Interrupted (Ctrl+C): the run stopped before the end; its outputs are incomplete.</source>
      <translation>Interrompu (Ctrl+C) : le traitement s'est arrêté avant la fin ; ses sorties sont incomplètes.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/run_safety.py" />
      <source>The file {} exists but cannot be read: it is damaged or not a layer format QGIS reads ({}). Open it in QGIS to check, or export the layer again.</source>
      <translation>Le fichier {} existe mais ne peut pas être lu : il est endommagé ou n'est pas un format de couche que QGIS lit ({}). Ouvrez-le dans QGIS pour vérifier, ou exportez de nouveau la couche.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/run_safety.py" />
      <source>no detail</source>
      <translation>pas de détail</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/run_safety.py" />
      <source>Nothing written: output {} would hold a coordinate or a figure that is not a finite number (feature {}). Check the layers' coordinate reference systems.</source>
      <translation>Rien n'est écrit : la sortie {} contiendrait une coordonnée ou un chiffre qui n'est pas un nombre fini (entité {}). Vérifiez les systèmes de coordonnées des couches.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/run_safety.py" />
      <source>The file {} is saved as UTF-16 ("Unicode text"), which QGIS does not read as a table. Save it again as CSV in UTF-8 (or Windows-1252), separated by semicolons.</source>
      <translation>Le fichier {} est enregistré en UTF-16 (« texte Unicode »), que QGIS ne lit pas comme une table. Enregistrez-le de nouveau en CSV UTF-8 (ou Windows-1252), séparé par des points-virgules.</translation>
    </message>
    <message>
      <location filename="camera_coverage/layers/run_safety.py" />
      <source>{} must be a number, not {}.</source>
      <translation>{} doit être un nombre, pas {}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/plugin.py" />
      <source>Debian 12 or 13, Ubuntu (QGIS from apt), in a terminal:</source>
      <translation>Debian 12 ou 13, Ubuntu (QGIS installé par apt), dans un terminal :</translation>
    </message>
    <message>
      <location filename="camera_coverage/plugin.py" />
      <source>Windows (OSGeo4W or the QGIS installer), in the OSGeo4W Shell:</source>
      <translation>Windows (OSGeo4W ou l'installeur QGIS), dans l'OSGeo4W Shell :</translation>
    </message>
    <message>
      <location filename="camera_coverage/plugin.py" />
      <source>Then restart QGIS.</source>
      <translation>Puis redémarrez QGIS.</translation>
    </message>
    <message>
      <location filename="camera_coverage/plugin.py" />
      <source>How to install them</source>
      <translation>Comment les installer</translation>
    </message>
    <message>
      <location filename="camera_coverage/plugin.py" />
      <source>Camera Coverage needs these Python packages: {}.</source>
      <translation>Camera Coverage a besoin de ces paquets Python : {}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/plugin.py" />
      <source> (found {})</source>
      <translation> (version trouvée : {})</translation>
    </message>
    <message>
      <location filename="camera_coverage/provider.py" />
      <source>Camera coverage</source>
      <translation>Couverture des caméras</translation>
    </message>
  </context>
</TS>
