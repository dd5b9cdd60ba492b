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
      <source>Camera coverage (field of view)</source>
      <translation>Couverture des caméras (champ de vision)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_coverage_algorithm.py" />
      <source>Draws what each camera can see on the ground: a sector from its direction (degrees clockwise from north; 0 is north), its field of view and its range, or a full disc when the direction is empty or the field of view is 360°. A camera that turns (pan_deg field) covers its whole turning arc widened by its field of view. Missing field of view and range take the defaults below, and the values used are written on every output feature (fov_used, range_used). Areas (covered_m2) are in square metres, measured in the layer's CRS when it is projected in metres, else in Lambert-93 for metropolitan France, the official CRS of the overseas departments, or the local UTM zone elsewhere. Cameras with unusable values (field of view above 360°, negative range, no location...) are listed in the rejected output with the reason. With a buildings layer, what the buildings hide is removed exactly (2D shadows, buildings as walls of unlimited height), and no coverage falls inside a building; a camera on a façade is not blinded by its own wall. With height_m and tilt_deg, the ground footprint starts after the blind zone under the camera, H / tan(tilt + vfov/2), and ends where the view leaves the ground, H / tan(tilt - vfov/2) when the tilt exceeds half the vertical field of view (vfov from the field of view and a 16:9 image). Pixel density (EN 62676-4) from the horizontal resolution and field of view: distance = pixels / (2 × px/m × tan(fov/2)) for identification (250 px/m), recognition (125), observation (62.5) and detection (25); the range mode can stop the footprint at one of these distances, and the DORI output gives one polygon per camera and level.</source>
      <translation>Dessine ce que chaque caméra peut voir au sol : un secteur défini par sa direction (degrés dans le sens horaire depuis le nord ; 0 est le nord), son champ de vision et sa portée, ou un disque complet quand la direction est vide ou que le champ de vision vaut 360°. Une caméra qui pivote (champ pan_deg) couvre tout son arc de rotation élargi de son champ de vision. Le champ de vision et la portée manquants prennent les valeurs par défaut ci-dessous, et les valeurs utilisées sont écrites sur chaque entité en sortie (fov_used, range_used). Les surfaces (covered_m2) sont en mètres carrés, mesurées dans le SCR de la couche quand il est projeté en mètres, sinon en Lambert-93 pour la France métropolitaine, dans le SCR officiel des départements d'outre-mer, ou dans la zone UTM locale ailleurs. Les caméras aux valeurs inutilisables (champ de vision supérieur à 360°, portée négative, pas d'emplacement...) sont listées dans la sortie des rejets avec le motif. Avec une couche de bâtiments, ce que cachent les bâtiments est retiré exactement (ombres 2D, bâtiments vus comme des murs de hauteur illimitée), et aucune couverture ne tombe à l'intérieur d'un bâtiment ; une caméra posée sur une façade n'est pas aveuglée par son propre mur. Avec height_m et tilt_deg, l'emprise au sol commence après la zone aveugle sous la caméra, H / tan(inclinaison + vfov/2), et s'arrête là où la vue quitte le sol, H / tan(inclinaison - vfov/2) quand l'inclinaison dépasse la moitié du champ vertical (vfov déduit du champ de vision et d'une image 16:9). Densité de pixels (EN 62676-4) à partir de la résolution horizontale et du champ de vision : distance = pixels / (2 × px/m × tan(champ/2)) pour l'identification (250 px/m), la reconnaissance (125), l'observation (62,5) et la détection (25) ; le mode de portée peut arrêter l'emprise à l'une de ces distances, et la sortie DORI donne un polygone par caméra et par niveau.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_coverage_algorithm.py" />
      <source>{} footprints written in {}.</source>
      <translation>{} emprises écrites (SCR de travail : {}).</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Camera id field (default: camera_id)</source>
      <translation>Champ contenant l'identifiant de la caméra (par défaut : camera_id)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Direction field, degrees clockwise from north, empty = all round (default: direction)</source>
      <translation>Champ contenant la direction, en degrés dans le sens horaire depuis le nord, vide = vue à 360° (par défaut : direction)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Field of view field, degrees (default: fov)</source>
      <translation>Champ contenant le champ de vision, en degrés (par défaut : fov)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Range field, metres (default: range_m)</source>
      <translation>Champ contenant la portée, en mètres (par défaut : range_m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Mounting height field, metres (default: height_m)</source>
      <translation>Champ contenant la hauteur de pose, en mètres (par défaut : height_m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Tilt field, degrees below horizontal (default: tilt_deg)</source>
      <translation>Champ contenant l'inclinaison, en degrés sous l'horizontale (par défaut : tilt_deg)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Horizontal resolution field, pixels (default: h_resolution)</source>
      <translation>Champ contenant la résolution horizontale, en pixels (par défaut : h_resolution)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Sensor width field, mm, for a field of view from the lens (default: sensor_width_mm)</source>
      <translation>Champ contenant la largeur du capteur, en mm, pour déduire le champ de vision de l'objectif (par défaut : sensor_width_mm)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Focal length field, mm (default: focal_mm)</source>
      <translation>Champ contenant la focale, en mm (par défaut : focal_mm)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Vertical field of view field, degrees (default: vfov_deg; else from the field of view and a 16:9 image)</source>
      <translation>Champ contenant le champ de vision vertical, en degrés (par défaut : vfov_deg ; sinon déduit du champ de vision et d'une image 16:9)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>camera</source>
      <translation>des caméras</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>points</source>
      <translation>des points</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>building</source>
      <translation>des bâtiments</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>polygons</source>
      <translation>des polygones</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>{} of {} buildings read (only those within the cameras' reach are needed).</source>
      <translation>{} bâtiments lus sur {} (seuls ceux à portée des caméras sont utiles).</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Cameras (points)</source>
      <translation>Caméras (points)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Field of view where none is given (degrees)</source>
      <translation>Champ de vision si non renseigné (degrés)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Range where none is given (metres)</source>
      <translation>Portée si non renseignée (mètres)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Horizontal resolution where none is given (pixels)</source>
      <translation>Résolution horizontale quand aucune n'est indiquée (pixels)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>How far each camera sees</source>
      <translation>Jusqu'où voit chaque caméra</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Buildings that hide the view (polygons, optional)</source>
      <translation>Bâtiments qui masquent la vue (polygones, facultatif)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Rejected cameras (with the reason)</source>
      <translation>Caméras rejetées (avec le motif)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Its range (range_m)</source>
      <translation>Sa portée (range_m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>As far as it can identify people (250 px/m)</source>
      <translation>Jusqu'où elle peut identifier les personnes (250 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>As far as it can recognise people (125 px/m)</source>
      <translation>Jusqu'où elle peut reconnaître les personnes (125 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>As far as it can observe (62.5 px/m)</source>
      <translation>Jusqu'où elle peut observer (62,5 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>As far as it can detect people (25 px/m)</source>
      <translation>Jusqu'où elle peut détecter les personnes (25 px/m)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>The field {} must hold numbers (degrees or metres) but is of type {}: convert it, or import the layer with the Import cameras algorithm.</source>
      <translation>Le champ {} doit contenir des nombres (degrés ou mètres) mais il est de type {} : convertissez-le, ou importez la couche avec l'algorithme « Importer des caméras ».</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>{} buildings hide the view; {} invalid building geometries repaired.</source>
      <translation>{} bâtiments masquent la vue ; {} géométries de bâtiments invalides réparées.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>Camera {} rejected: {}</source>
      <translation>Caméra {} rejetée : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/camera_input.py" />
      <source>{} of {} cameras rejected, see the rejected output.</source>
      <translation>{} caméras sur {} rejetées, voir la sortie des caméras rejetées.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Coverage audit (one step)</source>
      <translation>Audit de couverture (en une étape)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>The whole audit in one step. For each camera: the ground it can see (a sector from its direction, field of view and range, or a disc when the direction is empty), how much of it is public domain and how much is private land, and whether the law requires masking. French cadastre: roads and squares are not parcelled, so what a camera sees outside every parcel is public domain; parcels selected by the public expression are public; all other parcels are private. A camera is flagged (masking_required) when it sees more private land than the tolerance: CSI L251-3 forbids a public-road camera to show the inside of dwellings and their entrances. flag_reason says why in plain words, with the area and the first parcel ids. With a buildings layer, what the buildings hide is removed exactly; with height and tilt, the blind zone under the camera and the ground beyond the view's upper edge are left out. private_ident_m2, private_recog_m2, private_observ_m2 and private_detect_m2 give the private area within the distance where the camera can identify (250 px/m), recognise (125), observe (62.5) and detect (25) people (EN 62676-4), from its horizontal resolution and field of view. Outputs: the cameras with their figures, their coverage, the pieces per parcel, the DORI polygons, the cameras rejected for unusable values with the reason, and an HTML report with the assumptions and defaults used. Areas are in m², measured in a metric CRS chosen for the place (Lambert-93 in metropolitan France).</source>
      <translation>L'audit complet en une étape. Pour chaque caméra : le sol qu'elle peut voir (un secteur défini par sa direction, son champ de vision et sa portée, ou un disque quand la direction est vide), la part de domaine public et la part de terrain privé, et si la loi impose un masquage. Cadastre français : les voies et places ne sont pas cadastrées, donc ce qu'une caméra voit hors de toute parcelle est du domaine public ; les parcelles choisies par l'expression sont publiques ; toutes les autres sont privées. Une caméra est signalée (masking_required) quand elle voit plus de terrain privé que la tolérance : l'article L251-3 du CSI interdit à une caméra filmant la voie publique de visualiser l'intérieur des habitations et, de façon spécifique, leurs entrées. flag_reason en donne la raison en clair, avec la surface et les premiers identifiants de parcelles. Avec une couche de bâtiments, ce qu'ils cachent est retiré exactement ; avec la hauteur et l'inclinaison, la zone aveugle sous la caméra et le sol au-delà du bord haut de l'image sont exclus. private_ident_m2, private_recog_m2, private_observ_m2 et private_detect_m2 donnent la surface privée à la distance où la caméra peut identifier (250 px/m), reconnaître (125), observer (62,5) et détecter (25) les personnes (EN 62676-4), d'après sa résolution horizontale et son champ de vision. Sorties : les caméras avec leurs chiffres, leur couverture, les portions par parcelle, les polygones DORI, les caméras rejetées pour valeurs inutilisables avec le motif, et un rapport HTML avec les hypothèses et valeurs par défaut utilisées. Les surfaces sont en m², mesurées dans un SCR métrique choisi pour le lieu (Lambert-93 en France métropolitaine).</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>each camera's range (range_m)</source>
      <translation>la portée de chaque caméra (range_m)</translation>
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
      <translation>Caméras dont le champ de vision ou la portée sont les valeurs par défaut par type de caméra d'importcameras (defaults_used)</translation>
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
      <source>blind zone up to H / tan(tilt + vfov/2); far edge H / tan(tilt - vfov/2) when tilt &gt; vfov/2; vfov from the field of view and a 16:9 image; unknown height or tilt: no limit</source>
      <translation>zone aveugle jusqu'à H / tan(inclinaison + vfov/2) ; limite lointaine H / tan(inclinaison - vfov/2) quand l'inclinaison dépasse vfov/2 ; vfov déduit du champ de vision et d'une image 16:9 ; hauteur ou inclinaison inconnue : pas de limite</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/coverage_audit_algorithm.py" />
      <source>Buildings</source>
      <translation>Bâtiments</translation>
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
      <source>degrees clockwise from north; empty = all round</source>
      <translation>degrés dans le sens horaire depuis le nord ; vide = vue à 360°</translation>
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
      <source>{} cameras audited, {} need masking, {} rejected.</source>
      <translation>{} caméras auditées, {} nécessitent un masquage, {} rejetées.</translation>
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
      <location filename="camera_coverage/algorithms/exposure_output.py" />
      <source>DORI levels: ground where people can be identified, recognised, observed, detected</source>
      <translation>Niveaux DORI : sol où les personnes peuvent être identifiées, reconnues, observées, détectées</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Import cameras</source>
      <translation>Importer des caméras</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Turns a camera source into the normalised camera layer the other algorithms read: an OpenStreetMap .osm/.pbf file (points layer, tags in other_tags), an Overpass or overpass-turbo GeoJSON export, a QuickOSM layer, a CSV table with longitude/latitude or x/y columns (detected, or named below; decimal commas accepted), or a survey layer. Direction is read from camera:direction, else direction, else surveillance:direction: degrees (0 is north), compass points (N, NNE...), English or French words, several values separated by ; or , (one camera each, ids suffixed -1, -2...), and ranges a-b read clockwise (the arc a panning camera turns through: 270-90 is the northern half). Tilt from camera:tilt or camera:angle, height from height. Field of view and range come from the defaults per camera type below (no OpenStreetMap tag is in real use for them); defaults_used names them. Every input feature ends either as one or more cameras or in the rejected output with its reason (for instance surveillance:type=guard, or an unreadable direction), and the tally imported + rejected = input is logged. For other sources, name the direction, type and height fields and the angle convention (some French municipal files count counter-clockwise from east).</source>
      <translation>Transforme une source de caméras en couche de caméras normalisée, celle que lisent les autres algorithmes : un fichier OpenStreetMap .osm/.pbf (couche points, balises dans other_tags), un export GeoJSON d'Overpass ou d'overpass-turbo, une couche QuickOSM, une table CSV avec des colonnes longitude/latitude ou x/y (détectées, ou indiquées ci-dessous ; virgules décimales acceptées), ou une couche de relevé. La direction est lue dans camera:direction, sinon direction, sinon surveillance:direction : degrés (0 est le nord), points cardinaux (N, NNE...), mots anglais ou français, plusieurs valeurs séparées par ; ou , (une caméra chacune, identifiants suffixés -1, -2...), et plages a-b lues dans le sens horaire (l'arc que parcourt une caméra orientable : 270-90 est la moitié nord). Inclinaison depuis camera:tilt ou camera:angle, hauteur depuis height. Le champ de vision et la portée viennent des valeurs par défaut par type de caméra ci-dessous (aucune balise OpenStreetMap n'est réellement utilisée pour eux) ; defaults_used les nomme. Chaque entité en entrée devient une ou plusieurs caméras ou va dans la sortie des rejets avec son motif (par exemple surveillance:type=guard, ou une direction illisible), et le décompte importées + rejetées = entrée est journalisé. Pour les autres sources, indiquez les champs de direction, de type et de hauteur et la convention d'angle (certains fichiers municipaux français comptent dans le sens antihoraire depuis l'est).</translation>
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
      <source>Cameras written</source>
      <translation>Caméras écrites</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/import_cameras_algorithm.py" />
      <source>Coordinates read from columns {} and {} in {}.</source>
      <translation>Coordonnées lues dans les colonnes {} et {} en {}.</translation>
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
      <location filename="camera_coverage/algorithms/layer_io.py" />
      <source>The {} layer has no coordinate reference system: set one in its properties.</source>
      <translation>La couche {} n'a pas de système de coordonnées de référence (SCR) : définissez-en un dans ses propriétés.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/layer_io.py" />
      <source>The {} layer is empty: choose a layer with features.</source>
      <translation>La couche {} est vide : choisissez une couche contenant des entités.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/layer_io.py" />
      <source>The {} layer must contain {}.</source>
      <translation>La couche {} doit contenir {}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/layer_io.py" />
      <source>The expression {} cannot be read: {}</source>
      <translation>L'expression {} ne peut pas être interprétée : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/layer_io.py" />
      <source>The {} layer has no field named {}.</source>
      <translation>La couche {} n'a pas de champ nommé {}.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/layer_io.py" />
      <source>The expression {} fails on feature {}: {}</source>
      <translation>L'expression {} échoue sur l'entité {} : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/layer_io.py" />
      <source>Could not write output feature {}: {}</source>
      <translation>Impossible d'écrire l'entité de sortie {} : {}</translation>
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
      <source>Coverage (polygons)</source>
      <translation>Couverture (polygones)</translation>
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
      <source>{} coverage features have no geometry and are left out: {}</source>
      <translation>{} entités de couverture n'ont pas de géométrie et sont écartées : {}</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_input.py" />
      <source>parcel</source>
      <translation>des parcelles</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_input.py" />
      <source>{} of {} parcels read (only those within the cameras' reach are needed).</source>
      <translation>{} parcelles lues sur {} (seules celles à portée des caméras sont utiles).</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_input.py" />
      <source>Land parcels (cadastre polygons)</source>
      <translation>Parcelles cadastrales (polygones du cadastre)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_input.py" />
      <source>Parcel id field (default: id, as in the Etalab cadastre)</source>
      <translation>Champ contenant l'identifiant de la parcelle (par défaut : id, comme dans le cadastre Etalab)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_input.py" />
      <source>Expression selecting the parcels that are public (empty: all private)</source>
      <translation>Expression sélectionnant les parcelles publiques (vide : toutes privées)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_input.py" />
      <source>Private area tolerated before masking is required (m²)</source>
      <translation>Surface privée tolérée avant d'exiger un masquage (m²)</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_input.py" />
      <source>{} parcels read, {} selected as public.</source>
      <translation>{} parcelles lues, dont {} retenues comme publiques.</translation>
    </message>
    <message>
      <location filename="camera_coverage/algorithms/parcel_input.py" />
      <source>{} parcels have no geometry and are ignored.</source>
      <translation>{} parcelles sans géométrie sont ignorées.</translation>
    </message>
    <message>
      <location filename="camera_coverage/plugin.py" />
      <source>Camera Coverage needs these Python packages: {}. Install them in QGIS's Python, e.g. with: python3 -m pip install --user 'shapely&gt;=2' pyproj</source>
      <translation>Camera Coverage a besoin des paquets Python suivants : {}. Installez-les dans le Python de QGIS, par exemple avec : python3 -m pip install --user 'shapely&gt;=2' pyproj</translation>
    </message>
    <message>
      <location filename="camera_coverage/provider.py" />
      <source>Camera coverage</source>
      <translation>Couverture des caméras</translation>
    </message>
  </context>
</TS>
