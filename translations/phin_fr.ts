<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BatchFile</name>
    <message>
        <source>line %1: the header has an unclosed quote.</source>
        <translation>ligne %1&#xa0;: un guillemet n’est pas fermé dans l’en-tête.</translation>
    </message>
    <message>
        <source>line %1: unknown column &quot;%2&quot;; the columns are name, site, company, profile, public_key_env, private_key_env, features, member.</source>
        <translation>ligne %1&#xa0;: colonne «&#xa0;%2&#xa0;» inconnue&#xa0;; les colonnes sont name, site, company, profile, public_key_env, private_key_env, features, member.</translation>
    </message>
    <message>
        <source>not a JSON object (%1).</source>
        <translation>pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>une autre valeur JSON</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>clé «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>unclosed quote (a field cannot span lines).</source>
        <translation>guillemet non fermé (un champ ne peut pas s’étendre sur plusieurs lignes).</translation>
    </message>
    <message>
        <source>%1 fields, but the header names %2 columns.</source>
        <translation>%1 champs, mais l’en-tête nomme %2 colonnes.</translation>
    </message>
    <message>
        <source>no connections in the file.</source>
        <translation>aucune connexion dans le fichier.</translation>
    </message>
    <message>
        <source>needs a profile, or a site and a company.</source>
        <translation>il faut un profil, ou une adresse et une société.</translation>
    </message>
    <message>
        <source>needs public_key_env and private_key_env (the names of the environment variables holding the keys), or a profile.</source>
        <translation>il faut public_key_env et private_key_env (les noms des variables d’environnement qui contiennent les clés), ou un profil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name; the file names the variables that hold the keys, never the keys.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de variable d’environnement&#xa0;; le fichier nomme les variables qui contiennent les clés, jamais les clés elles-mêmes.</translation>
    </message>
    <message>
        <source>unknown feature &quot;%1&quot;; choose from %2.</source>
        <translation>fonction «&#xa0;%1&#xa0;» inconnue&#xa0;; choisissez parmi %2.</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>%1 %2 (commit %3)</source>
        <extracomment>%1 program name, %2 version number, %3 git commit id</extracomment>
        <translation>%1 %2 (commit %3)</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <extracomment>%1 Qt version in use, %2 Qt version the program was built with</extracomment>
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>QtKeychain %1 (build time)</source>
        <extracomment>%1 QtKeychain version; it cannot be asked at run time, so it is the build-time one</extracomment>
        <translation>QtKeychain %1 (à la compilation)</translation>
    </message>
</context>
<context>
    <name>CatalogChangesPanel</name>
    <message>
        <source>New requirements</source>
        <translation>Nouvelles exigences</translation>
    </message>
    <message>
        <source>Check new re&amp;quirements</source>
        <translation>Vérifier les nouvelles exi&amp;gences</translation>
    </message>
    <message>
        <source>Check new requirements</source>
        <translation>Vérifier les nouvelles exigences</translation>
    </message>
    <message>
        <source>Checks only the permissions added since this connection was last checked</source>
        <translation>Vérifie seulement les autorisations ajoutées depuis la dernière vérification de cette connexion</translation>
    </message>
    <message>
        <source>List of new requirements</source>
        <translation>Liste des nouvelles exigences</translation>
    </message>
    <message>
        <source>Since this connection was checked (requirements %1), Phin needs %2 more:</source>
        <extracomment>%1 is the requirements (catalog) version the connection was checked against, %2 how many requirements were added since.</extracomment>
        <translation>Depuis la vérification de cette connexion (exigences %1), Phin a besoin de %2 de plus&#xa0;:</translation>
    </message>
    <message>
        <source>To check them, go back to the Connection page and enter the keys.</source>
        <translation>Pour les vérifier, revenez à la page Connexion et saisissez les clés.</translation>
    </message>
    <message numerus="yes">
        <source>Checking the %n new requirement(s)…</source>
        <translation>
            <numerusform>Vérification de %n nouvelle exigence…</numerusform>
            <numerusform>Vérification des %n nouvelles exigences…</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not connect: %1</source>
        <translation>La vérification n’a pas pu se connecter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>Re&amp;lancer</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Still needed in ConnectWise: %1. Fix it there and check again.</source>
        <translation>Encore requis dans ConnectWise&#xa0;: %1. Corrigez-le là-bas et revérifiez.</translation>
    </message>
    <message>
        <source>the settings could not be written</source>
        <translation>les paramètres n’ont pas pu être écrits</translation>
    </message>
    <message>
        <source>the connection is no longer saved</source>
        <translation>la connexion n’est plus enregistrée</translation>
    </message>
    <message>
        <source>The new requirements are met, but this could not be recorded: %1</source>
        <translation>Les nouvelles exigences sont remplies, mais cela n’a pas pu être consigné&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new requirements are met; this connection is now up to date with requirements %1.</source>
        <translation>Les nouvelles exigences sont remplies&#xa0;; cette connexion est maintenant à jour avec les exigences %1.</translation>
    </message>
</context>
<context>
    <name>CatalogVersion</name>
    <message>
        <source>since %1: %2 needed (%3)</source>
        <extracomment>%1 catalog version (&quot;2026.12&quot;), %2 a ConnectWise function and level (&quot;Service Tickets Edit&quot;, keep in English), %3 Phin features (&quot;Service Desk&quot;, in English).</extracomment>
        <translation>depuis %1&#xa0;: %2 requis (%3)</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valide depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Before you trust it, ask the server&apos;s administrator to read you the server&apos;s SHA-256 fingerprint and compare it with the one above. Trusting it applies to this server and port only, and is saved with this connection.</source>
        <translation>Avant de lui faire confiance, demandez à l’administrateur du serveur de vous lire son empreinte SHA-256 et comparez-la à celle ci-dessus. La confiance vaut pour ce serveur et ce port seulement, et est enregistrée avec cette connexion.</translation>
    </message>
    <message>
        <source>Trust this &amp;certificate</source>
        <translation>Faire &amp;confiance à ce certificat</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>Accepts exactly this certificate for this server and port, and looks the company up again</source>
        <translation>Accepte exactement ce certificat pour ce serveur et ce port, et recherche de nouveau la société</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>A certificate date and time, shown in UTC so that it reads the same to the server&apos;s administrator anywhere; %1 is the localised date and time.</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Trust this &amp;certificate for %1</source>
        <extracomment>%1 is host:port, e.g. cw.example.com:443</extracomment>
        <translation>Faire &amp;confiance à ce certificat pour %1</translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation>Faire confiance à ce certificat pour %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez «&#xa0;%1 --help&#xa0;».</translation>
    </message>
    <message>
        <source>keys are never accepted as arguments (they would be visible in the process list and shell history). Set CW_PUBLIC_KEY and CW_PRIVATE_KEY, or pass them as two lines with --keys-from-stdin.</source>
        <translation>les clés ne sont jamais acceptées en argument (elles seraient visibles dans la liste des processus et l’historique du shell). Définissez CW_PUBLIC_KEY et CW_PRIVATE_KEY, ou passez-les sur deux lignes avec --keys-from-stdin.</translation>
    </message>
    <message>
        <source>ConnectWise site, e.g. na.myconnectwise.net or cw.example.com:8443.</source>
        <translation>Adresse ConnectWise, par ex. na.myconnectwise.net ou cw.example.com:8443.</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Login company ID (the Company field).</source>
        <translation>ID de la société de connexion (le champ Company).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Features to check, comma-separated (default: billing,service-desk).</source>
        <translation>Fonctions à vérifier, séparées par des virgules (par défaut&#xa0;: billing,service-desk).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Output format: text, json or markdown (default: text).</source>
        <translation>Format de sortie&#xa0;: text, json ou markdown (par défaut&#xa0;: text).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of stdout.</source>
        <translation>Écrire le rapport dans FICHIER au lieu de stdout.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Time limit for the whole check (default: 30).</source>
        <translation>Délai pour toute la vérification (par défaut&#xa0;: 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (on-premise servers).</source>
        <translation>Faire aussi confiance aux certificats d’autorité de ce fichier PEM (serveurs sur site).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>ConnectWise clientId to send (default: Phin&apos;s built-in one).</source>
        <translation>clientId ConnectWise à envoyer (par défaut&#xa0;: celui intégré à Phin).</translation>
    </message>
    <message>
        <source>Language of the report.</source>
        <translation>Langue du rapport.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Check against the built-in ConnectWise simulator running this scenario.</source>
        <translation>Vérifier avec le simulateur ConnectWise intégré, dans ce scénario.</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>SCÉNARIO</translation>
    </message>
    <message>
        <source>API member identifier; lets the default board be read when the member cannot read itself.</source>
        <translation>Identifiant du membre API&#xa0;; permet de lire le board par défaut quand le membre ne peut pas se lire lui-même.</translation>
    </message>
    <message>
        <source>IDENTIFIER</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>Read the public and private key as two lines.</source>
        <translation>Lire la clé publique et la clé privée sur deux lignes.</translation>
    </message>
    <message>
        <source>Print each request and its timing on stderr.</source>
        <translation>Afficher chaque requête et sa durée sur stderr.</translation>
    </message>
    <message>
        <source>Send one request at a time (slower; a benchmark baseline).</source>
        <translation>Envoyer une seule requête à la fois (plus lent&#xa0;; référence pour les mesures).</translation>
    </message>
    <message>
        <source>Check the saved connection NAME (site, company and keys from it).</source>
        <translation>Vérifier la connexion enregistrée NOM (adresse, société et clés tirées d’elle).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>After a check that connected, save the connection as NAME (default: the --profile name, else the company ID).</source>
        <translation>Après une vérification qui a pu se connecter, enregistrer la connexion sous NOM (par défaut&#xa0;: le nom de --profile, sinon l’ID de société).</translation>
    </message>
    <message>
        <source>Disconnect the saved connection NAME: remove its keys from the keychain, keep its settings and company mapping.</source>
        <translation>Déconnecter la connexion enregistrée NOM&#xa0;: supprimer ses clés du trousseau, conserver ses paramètres et sa correspondance des sociétés.</translation>
    </message>
    <message>
        <source>List the saved connections (no secrets).</source>
        <translation>Lister les connexions enregistrées (sans secrets).</translation>
    </message>
    <message>
        <source>Settings file for saved connections (default: $PHIN_SETTINGS_FILE, else the per-user settings).</source>
        <translation>Fichier de paramètres des connexions enregistrées (par défaut&#xa0;: $PHIN_SETTINGS_FILE, sinon les paramètres de l’utilisateur).</translation>
    </message>
    <message>
        <source>Check every connection listed in FILE (CSV or JSON Lines).</source>
        <translation>Vérifier chaque connexion listée dans FICHIER (CSV ou JSON Lines).</translation>
    </message>
    <message>
        <source>Check every saved connection.</source>
        <translation>Vérifier chaque connexion enregistrée.</translation>
    </message>
    <message>
        <source>Checks in flight at once with --batch or --all-profiles (default: 8).</source>
        <translation>Vérifications simultanées avec --batch ou --all-profiles (par défaut&#xa0;: 8).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>No progress line, even on a terminal.</source>
        <translation>Pas de ligne de progression, même dans un terminal.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--list-profiles, --forget, --batch and --all-profiles cannot be combined.</source>
        <translation>--list-profiles, --forget, --batch et --all-profiles ne peuvent pas être combinés.</translation>
    </message>
    <message>
        <source>--forget needs the name of a saved connection.</source>
        <translation>--forget a besoin du nom d’une connexion enregistrée.</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection.</source>
        <translation>--profile a besoin du nom d’une connexion enregistrée.</translation>
    </message>
    <message>
        <source>--profile, --save and --sandbox check one connection; they do not go with --list-profiles, --forget, --batch or --all-profiles.</source>
        <translation>--profile, --save et --sandbox vérifient une seule connexion&#xa0;; ils ne vont pas avec --list-profiles, --forget, --batch ou --all-profiles.</translation>
    </message>
    <message>
        <source>--save: %1</source>
        <translation>--save&#xa0;: %1</translation>
    </message>
    <message>
        <source>--jobs must be a number from 1 to 256.</source>
        <translation>--jobs doit être un nombre de 1 à 256.</translation>
    </message>
    <message>
        <source>--site and --company are required (or --sandbox SCENARIO, or --profile NAME).</source>
        <translation>--site et --company sont obligatoires (ou --sandbox SCÉNARIO, ou --profile NOM).</translation>
    </message>
    <message>
        <source>unknown feature &quot;%1&quot;; choose from %2.</source>
        <translation>fonction «&#xa0;%1&#xa0;» inconnue&#xa0;; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>--features needs at least one feature.</source>
        <translation>--features a besoin d’au moins une fonction.</translation>
    </message>
    <message>
        <source>--format must be text, json or markdown.</source>
        <translation>--format doit valoir text, json ou markdown.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600.</source>
        <translation>--timeout doit être un nombre de secondes entre 0 et 3600.</translation>
    </message>
    <message>
        <source>--keys-from-stdin: stdin is not readable.</source>
        <translation>--keys-from-stdin&#xa0;: stdin n’est pas lisible.</translation>
    </message>
    <message>
        <source>%1: no keys given. Set CW_PUBLIC_KEY and CW_PRIVATE_KEY, or pass two lines with --keys-from-stdin.</source>
        <translation>%1&#xa0;: aucune clé fournie. Définissez CW_PUBLIC_KEY et CW_PRIVATE_KEY, ou passez deux lignes avec --keys-from-stdin.</translation>
    </message>
    <message>
        <source>sandbox: scenario &quot;%1&quot; listening on %2</source>
        <translation>bac à sable&#xa0;: scénario «&#xa0;%1&#xa0;» à l’écoute sur %2</translation>
    </message>
    <message>
        <source>To reconnect: %1 --profile &quot;%2&quot; --keys-from-stdin --save</source>
        <translation>Pour vous reconnecter&#xa0;: %1 --profile &quot;%2&quot; --keys-from-stdin --save</translation>
    </message>
    <message>
        <source>No saved connections. Save one with %1 --site SITE --company ID --save NAME.
</source>
        <translation>Aucune connexion enregistrée. Enregistrez-en une avec %1 --site ADRESSE --company ID --save NOM.
</translation>
    </message>
    <message>
        <source>connected, key …%1</source>
        <translation>connectée, clé …%1</translation>
    </message>
    <message>
        <source>disconnected (keys removed; reconnect with --profile &quot;%1&quot; --keys-from-stdin --save)</source>
        <translation>déconnectée (clés supprimées&#xa0;; reconnectez avec --profile &quot;%1&quot; --keys-from-stdin --save)</translation>
    </message>
    <message>
        <source>  last checked %1</source>
        <translation>  dernière vérification %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n mapped companies</source>
        <translation>
            <numerusform>  %n société associée</numerusform>
            <numerusform>  %n sociétés associées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: disconnected &quot;%2&quot;: its keys were removed from the keychain; its settings and company mapping were kept.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» déconnectée&#xa0;: ses clés ont été supprimées du trousseau&#xa0;; ses paramètres et sa correspondance des sociétés ont été conservés.</translation>
    </message>
    <message>
        <source>%1: no translation for &quot;%2&quot;; using English.</source>
        <translation>%1&#xa0;: pas de traduction pour «&#xa0;%2&#xa0;»&#xa0;; affichage en anglais.</translation>
    </message>
    <message>
        <source>--ca-file: %1</source>
        <translation>--ca-file&#xa0;: %1</translation>
    </message>
    <message>
        <source>--sandbox: %1</source>
        <translation>--sandbox&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 requests, %2 round trips after the company lookup, %3 ms%4</source>
        <translation>%1 requêtes, %2 allers-retours après la recherche de la société, %3 ms%4</translation>
    </message>
    <message>
        <source> (sequential)</source>
        <translation> (séquentiel)</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1&#xa0;: impossible d’écrire %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation>%1 vérifications réussies sur %2</translation>
    </message>
    <message>
        <source>The new keys were saved, but the last check could not be recorded: %1</source>
        <translation>Les nouvelles clés ont été enregistrées, mais la dernière vérification n’a pas pu être consignée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: saved the connection &quot;%2&quot; (keys in the OS keychain).</source>
        <translation>%1&#xa0;: connexion «&#xa0;%2&#xa0;» enregistrée (clés dans le trousseau du système).</translation>
    </message>
    <message>
        <source>The check above used the keys for this run only; nothing was saved.</source>
        <translation>La vérification ci-dessus a utilisé les clés pour cette exécution seulement&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source></source>
        <comment>phin-cw-check: command-line help and messages. Options (--site), environment variables (CW_PUBLIC_KEY) and values such as text, json or markdown stay as they are; translate the upper-case value names (FILE, NAME) consistently within the help. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checks a ConnectWise Manage connection and every permission Phin needs, without changing anything.

Keys: CW_PUBLIC_KEY and CW_PRIVATE_KEY, or two lines on stdin with --keys-from-stdin; never on the command line. Or a saved connection: --profile NAME reads site, company and keys from it (keys from the OS keychain); --keys-from-stdin with --profile checks new keys for it.

Saved connections: --save [NAME] stores site, company and keys after a check that connected (new keys replace stored ones only then); --forget NAME removes the keys and keeps the settings and company mapping; --list-profiles shows them without secrets. Settings file: --settings FILE, else $PHIN_SETTINGS_FILE, else the per-user default.

Many tenants: --batch FILE (CSV with a header line, or JSON Lines; columns name, site, company, and profile or public_key_env and private_key_env naming environment variables; optional features, member) or --all-profiles; --jobs N checks at once (default 8). Output: --format json gives JSON Lines, markdown or text a table; a summary follows on stderr.

Exit codes: 0 ready, 1 something missing or insufficient, 2 could not connect, 3 something unknown, 4 saved-connection problem (profile unknown or disconnected, keychain or settings failed; the check still runs and reports when only saving failed, and 4 replaces 0, 1 and 3), 64 usage error. A batch exits with its worst row&apos;s code, worst first: 64, 4, 2, 1, 3, 0.

Newer catalog: when this version requires permissions that a saved connection was not checked for, --all-profiles lists them (&quot;since 2026.12: … needed&quot;) and checks only those (--full checks everything); the connection records the new catalog version once they passed. A connection never checked against a versioned catalog gets a full check.

Company mapping: --profile NAME --mapping prints which Phin organisations map to which ConnectWise companies. A connected profile&apos;s company list is loaded again and companies that disappeared are flagged (and saved); --offline, or a disconnected profile, prints the stored status unvalidated. Exit codes: 0 every organisation mapped to a company that is still there (with an agreement when Billing is used), 1 something unmapped, missing or without agreement, or nothing mapped yet, 2 the company list could not be loaded, 4 profile or keychain problem, 64 usage error.</source>
        <translation>Vérifie une connexion ConnectWise Manage et chaque autorisation dont Phin a besoin, sans rien modifier.

Clés&#xa0;: CW_PUBLIC_KEY et CW_PRIVATE_KEY, ou deux lignes sur stdin avec --keys-from-stdin&#xa0;; jamais sur la ligne de commande. Ou une connexion enregistrée&#xa0;: --profile NOM en lit l’adresse, la société et les clés (clés tirées du trousseau du système)&#xa0;; --keys-from-stdin avec --profile vérifie de nouvelles clés pour elle.

Connexions enregistrées&#xa0;: --save [NOM] enregistre l’adresse, la société et les clés après une vérification qui a pu se connecter (les nouvelles clés ne remplacent les anciennes qu’à ce moment)&#xa0;; --forget NOM supprime les clés et conserve les paramètres et la correspondance des sociétés&#xa0;; --list-profiles les affiche sans secrets. Fichier de paramètres&#xa0;: --settings FICHIER, sinon $PHIN_SETTINGS_FILE, sinon celui de l’utilisateur par défaut.

Plusieurs clients&#xa0;: --batch FICHIER (CSV avec une ligne d’en-tête, ou JSON Lines&#xa0;; colonnes name, site, company, et profile ou public_key_env et private_key_env qui nomment des variables d’environnement&#xa0;; facultatives&#xa0;: features, member) ou --all-profiles&#xa0;; --jobs N vérifications simultanées (par défaut 8). Sortie&#xa0;: --format json donne du JSON Lines, markdown ou text un tableau&#xa0;; un bilan suit sur stderr.

Codes de sortie&#xa0;: 0 prêt, 1 quelque chose manque ou est insuffisant, 2 connexion impossible, 3 quelque chose d’inconnu, 4 problème de connexion enregistrée (profil inconnu ou déconnecté, échec du trousseau ou des paramètres&#xa0;; la vérification s’exécute et fait son rapport quand seul l’enregistrement a échoué, et 4 remplace 0, 1 et 3), 64 erreur d’utilisation. Un lot se termine avec le code de sa pire ligne, du pire au meilleur&#xa0;: 64, 4, 2, 1, 3, 0.

Catalogue plus récent&#xa0;: quand cette version exige des autorisations pour lesquelles une connexion enregistrée n’a pas été vérifiée, --all-profiles les liste («&#xa0;since 2026.12: … needed&#xa0;») et ne vérifie qu’elles (--full vérifie tout)&#xa0;; la connexion consigne la nouvelle version du catalogue une fois qu’elles ont réussi. Une connexion jamais vérifiée avec un catalogue versionné est vérifiée entièrement.

Correspondance des sociétés&#xa0;: --profile NOM --mapping affiche quelles organisations Phin correspondent à quelles sociétés ConnectWise. La liste des sociétés d’un profil connecté est rechargée et les sociétés disparues sont signalées (et enregistrées)&#xa0;; --offline, ou un profil déconnecté, affiche l’état enregistré sans le valider. Codes de sortie&#xa0;: 0 chaque organisation associée à une société qui existe encore (avec un contrat quand Billing est utilisé), 1 quelque chose de non associé, d’absent ou sans contrat, ou rien encore associé, 2 la liste des sociétés n’a pas pu être chargée, 4 problème de profil ou de trousseau, 64 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>Send every request through this proxy: http://[user@]host:port or socks5://[user@]host:port; the password comes from PHIN_PROXY_PASSWORD. Without --proxy, the proxy saved in the wizard&apos;s network settings is used (its password from the OS keychain; not with --sandbox), else the system&apos;s.</source>
        <translation>Envoyer chaque requête par ce proxy&#xa0;: http://[user@]host:port ou socks5://[user@]host:port&#xa0;; le mot de passe vient de PHIN_PROXY_PASSWORD. Sans --proxy, le proxy enregistré dans les paramètres réseau de l’assistant est utilisé (son mot de passe tiré du trousseau du système&#xa0;; pas avec --sandbox), sinon celui du système.</translation>
    </message>
    <message>
        <source>Connect directly, without the saved or the system&apos;s proxy.</source>
        <translation>Se connecter directement, sans le proxy enregistré ni celui du système.</translation>
    </message>
    <message>
        <source>With --all-profiles: check everything, also for connections that only need the permissions a newer catalog added.</source>
        <translation>Avec --all-profiles&#xa0;: tout vérifier, même pour les connexions qui n’ont besoin que des autorisations ajoutées par un catalogue plus récent.</translation>
    </message>
    <message>
        <source>With --profile: print the company mapping status instead of checking permissions.</source>
        <translation>Avec --profile&#xa0;: afficher l’état de la correspondance des sociétés au lieu de vérifier les autorisations.</translation>
    </message>
    <message>
        <source>With --mapping: print the stored status without contacting ConnectWise.</source>
        <translation>Avec --mapping&#xa0;: afficher l’état enregistré sans contacter ConnectWise.</translation>
    </message>
    <message>
        <source>Use the permission catalog in FILE instead of the built-in one.</source>
        <translation>Utiliser le catalogue des autorisations de FICHIER au lieu du catalogue intégré.</translation>
    </message>
    <message>
        <source>--full goes with --all-profiles.</source>
        <translation>--full va avec --all-profiles.</translation>
    </message>
    <message>
        <source>--offline goes with --mapping.</source>
        <translation>--offline va avec --mapping.</translation>
    </message>
    <message>
        <source>--mapping needs --profile NAME and does not go with --save, --sandbox or --keys-from-stdin.</source>
        <translation>--mapping a besoin de --profile NOM et ne va pas avec --save, --sandbox ou --keys-from-stdin.</translation>
    </message>
    <message>
        <source>no checks in the catalog</source>
        <translation>aucune vérification dans le catalogue</translation>
    </message>
    <message>
        <source>--catalog %1: %2</source>
        <translation>--catalog %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--proxy and --no-proxy exclude each other.</source>
        <translation>--proxy et --no-proxy s’excluent mutuellement.</translation>
    </message>
    <message>
        <source>proxy: %1 (saved setting)</source>
        <translation>proxy&#xa0;: %1 (paramètre enregistré)</translation>
    </message>
</context>
<context>
    <name>CheckRows</name>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Granted (%1)</source>
        <translation>Accordée (%1)</translation>
    </message>
    <message>
        <source>Not needed for the chosen features</source>
        <translation>Inutile pour les fonctions choisies</translation>
    </message>
    <message>
        <source>%1; needs %2</source>
        <translation>%1&#xa0;; requis&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ConnectWise site answers</source>
        <translation>L’adresse ConnectWise répond</translation>
    </message>
    <message>
        <source>Company ID is known</source>
        <translation>L’ID de société est connu</translation>
    </message>
    <message>
        <source>API keys are accepted</source>
        <translation>Les clés API sont acceptées</translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation>%1 atteint</translation>
    </message>
    <message>
        <source>%1 (ConnectWise %2)</source>
        <translation>%1 (ConnectWise %2)</translation>
    </message>
    <message>
        <source>API member %1, role %2</source>
        <translation>Membre API %1, rôle %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Accepted (key …%1)</source>
        <translation>Acceptées (clé …%1)</translation>
    </message>
    <message>
        <source>Not checked: an earlier step failed</source>
        <translation>Non vérifié&#xa0;: une étape précédente a échoué</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Observed: %1</source>
        <translation>Constaté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <source></source>
        <comment>Rows of the check table in the wizard. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>connection failed (%1)</source>
        <translation>échec de connexion (%1)</translation>
    </message>
    <message>
        <source>too many requests (429), also after waiting</source>
        <translation>trop de requêtes (429), même après attente</translation>
    </message>
    <message>
        <source>server error (%1)</source>
        <translation>erreur serveur (%1)</translation>
    </message>
    <message>
        <source>redirected (%1), not followed</source>
        <translation>redirigé (%1), non suivi</translation>
    </message>
    <message>
        <source>unreadable answer (%1)</source>
        <translation>réponse illisible (%1)</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>connexion réinitialisée</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>erreur TLS</translation>
    </message>
    <message>
        <source>proxy error</source>
        <translation>erreur de proxy</translation>
    </message>
    <message>
        <source>redirect refused</source>
        <translation>redirection refusée</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>réponse trop volumineuse</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>Features: &quot;%1&quot; is not a feature; choose from %2.</source>
        <translation>Fonctions&#xa0;: «&#xa0;%1&#xa0;» n’est pas une fonction&#xa0;; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>feature not selected</source>
        <translation>fonction non sélectionnée</translation>
    </message>
    <message>
        <source>ConnectWise rejected the integration&apos;s clientId: it is missing, unknown or disabled (&quot;%1&quot;). Keys were not checked further. Use the clientId Phin registered with ConnectWise, or contact Phin support.</source>
        <translation>ConnectWise a refusé le clientId de l’intégration&#xa0;: il est absent, inconnu ou désactivé («&#xa0;%1&#xa0;»). Les clés n’ont pas été vérifiées davantage. Utilisez le clientId que Phin a enregistré auprès de ConnectWise, ou contactez le support Phin.</translation>
    </message>
    <message>
        <source>ConnectWise refused the keys (401). Check that the public and private key belong to an API member of company &quot;%1&quot;, that the key was not deleted, and that the Company ID is the login company.</source>
        <translation>ConnectWise a refusé les clés (401). Vérifiez que la clé publique et la clé privée appartiennent à un membre API de la société «&#xa0;%1&#xa0;», que la clé n’a pas été supprimée et que l’ID de société est bien la société de connexion.</translation>
    </message>
    <message>
        <source>ConnectWise at %1 did not answer in time.</source>
        <translation>ConnectWise sur %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Lost the connection to %1 (%2).</source>
        <translation>Connexion à %1 perdue (%2).</translation>
    </message>
    <message>
        <source>ConnectWise at %1 had a server error (%2). Try again later.</source>
        <translation>ConnectWise sur %1 a eu une erreur serveur (%2). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>ConnectWise at %1 answered %2 to %3 instead of JSON. Check the site and the codebase %4.</source>
        <translation>ConnectWise sur %1 a répondu %2 à %3 au lieu de JSON. Vérifiez l’adresse et le codebase %4.</translation>
    </message>
    <message>
        <source>Connected to ConnectWise %1 as API member %2.</source>
        <translation>Connecté à ConnectWise %1 en tant que membre API %2.</translation>
    </message>
    <message>
        <source>Connected to ConnectWise %1.</source>
        <translation>Connecté à ConnectWise %1.</translation>
    </message>
    <message>
        <source>Its security role &quot;%1&quot; is an Admin role: far more than Phin needs; a dedicated role such as &quot;Phin Integration&quot; is safer.</source>
        <translation>Son rôle de sécurité «&#xa0;%1&#xa0;» est un rôle Admin&#xa0;: bien plus que ce dont Phin a besoin&#xa0;; un rôle dédié comme «&#xa0;Phin Integration&#xa0;» est plus sûr.</translation>
    </message>
    <message>
        <source>ConnectWise does not let this API member read itself, and the member identifier is unknown, so its default board cannot be read. Check System &gt; Members &gt; API Members &gt; (member) &gt; Service Defaults by hand.</source>
        <translation>ConnectWise ne permet pas à ce membre API de se lire lui-même et l’identifiant du membre est inconnu&#xa0;: son board par défaut ne peut donc pas être lu. Vérifiez System &gt; Members &gt; API Members &gt; (membre) &gt; Service Defaults à la main.</translation>
    </message>
    <message>
        <source>member not readable</source>
        <translation>membre illisible</translation>
    </message>
    <message>
        <source>%1 is set: %2</source>
        <translation>%1 est défini&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty: the API member has no default board</source>
        <translation>%1 est vide&#xa0;: le membre API n’a pas de board par défaut</translation>
    </message>
    <message>
        <source>no default board</source>
        <translation>pas de board par défaut</translation>
    </message>
    <message>
        <source>%1 &gt; %2 is not listed in the member&apos;s security.</source>
        <translation>%1 &gt; %2 ne figure pas dans la sécurité du membre.</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>The company lookup did not answer with a list.</source>
        <translation>La recherche de société n’a pas répondu par une liste.</translation>
    </message>
    <message>
        <source>All (own company record visible)</source>
        <translation>All (fiche de sa propre société visible)</translation>
    </message>
    <message>
        <source>The MSP&apos;s own company record &quot;%1&quot; is visible, which a role limited to its own records would not see.</source>
        <translation>La fiche de la société du MSP «&#xa0;%1&#xa0;» est visible, ce qu’un rôle limité à ses propres fiches ne verrait pas.</translation>
    </message>
    <message>
        <source>My (own company record not visible)</source>
        <translation>My (fiche de sa propre société invisible)</translation>
    </message>
    <message>
        <source>Companies can be read, but the MSP&apos;s own company record &quot;%1&quot; is not visible: the role (or the member&apos;s level) only shows the member&apos;s own records.</source>
        <translation>Les sociétés sont lisibles, mais la fiche de la société du MSP «&#xa0;%1&#xa0;» n’est pas visible&#xa0;: le rôle (ou le niveau du membre) ne montre que les fiches du membre lui-même.</translation>
    </message>
    <message>
        <source>no test defined</source>
        <translation>aucun test défini</translation>
    </message>
    <message>
        <source>The API member %1 could not be read (its role probably lacks System &gt; Member Maintenance Inquire), so its default board is not known. Check System &gt; Members &gt; API Members &gt; %1 &gt; Service Defaults by hand.</source>
        <translation>Le membre API %1 n’a pas pu être lu (son rôle n’a probablement pas System &gt; Member Maintenance Inquire)&#xa0;: son board par défaut est donc inconnu. Vérifiez System &gt; Members &gt; API Members &gt; %1 &gt; Service Defaults à la main.</translation>
    </message>
    <message>
        <source>(the API member)</source>
        <translation>(le membre API)</translation>
    </message>
    <message>
        <source>System &gt; Members &gt; API Members &gt; %1 &gt; Service Defaults &gt; Default Board: choose the service board Phin should create tickets on, then save.</source>
        <translation>System &gt; Members &gt; API Members &gt; %1 &gt; Service Defaults &gt; Default Board&#xa0;: choisissez le board de service sur lequel Phin doit créer les tickets, puis enregistrez.</translation>
    </message>
    <message>
        <source>(the API member&apos;s security role)</source>
        <translation>(le rôle de sécurité du membre API)</translation>
    </message>
    <message>
        <source>System &gt; Security Roles &gt; %1 &gt; %2 &gt; %3 &gt; %4 Level = %5</source>
        <translation>System &gt; Security Roles &gt; %1 &gt; %2 &gt; %3 &gt; %4 Level = %5</translation>
    </message>
    <message>
        <source> (the API member uses the Admin role; its settings were changed, or the role is limited elsewhere)</source>
        <translation> (le membre API utilise le rôle Admin&#xa0;; ses paramètres ont été modifiés, ou le rôle est limité ailleurs)</translation>
    </message>
    <message>
        <source>ConnectWise did not answer within the time limit (%1 s). Check the site and your network, or allow more time (--timeout).</source>
        <translation>ConnectWise n’a pas répondu dans le délai (%1 s). Vérifiez l’adresse et votre réseau, ou accordez plus de temps (--timeout).</translation>
    </message>
    <message>
        <source>no answer within the time limit (%1 s)</source>
        <translation>pas de réponse dans le délai (%1 s)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>not checked: </source>
        <translation>non vérifié&#xa0;: </translation>
    </message>
    <message>
        <source>no record id in the answer</source>
        <translation>pas d’identifiant de fiche dans la réponse</translation>
    </message>
    <message>
        <source>No answer, so the permission could not be tested: </source>
        <translation>Pas de réponse&#xa0;: l’autorisation n’a pas pu être testée&#xa0;: </translation>
    </message>
    <message>
        <source>ConnectWise rejected the request because of the clientId: </source>
        <translation>ConnectWise a refusé la requête à cause du clientId&#xa0;: </translation>
    </message>
    <message>
        <source> (not JSON)</source>
        <translation> (pas du JSON)</translation>
    </message>
    <message>
        <source>POSSIBLE SIDE EFFECT: ConnectWise answered %1 to a test write (%2 %3) that should have been refused; %4. Check ConnectWise and delete it.</source>
        <translation>EFFET DE BORD POSSIBLE&#xa0;: ConnectWise a répondu %1 à une écriture de test (%2 %3) qui aurait dû être refusée&#xa0;; %4. Vérifiez ConnectWise et supprimez-la.</translation>
    </message>
    <message>
        <source>Redirected; the redirect was not followed: </source>
        <translation>Redirigé&#xa0;; la redirection n’a pas été suivie&#xa0;: </translation>
    </message>
    <message>
        <source>Refused by the security role: </source>
        <translation>Refusé par le rôle de sécurité&#xa0;: </translation>
    </message>
    <message>
        <source>The answer was not ConnectWise JSON (HTML or malformed), so it proves nothing.</source>
        <translation>La réponse n’était pas du JSON ConnectWise (HTML ou mal formé)&#xa0;: elle ne prouve rien.</translation>
    </message>
    <message>
        <source>Accepted past the security check (</source>
        <translation>Accepté au-delà du contrôle de sécurité (</translation>
    </message>
    <message>
        <source>Read allowed (</source>
        <translation>Lecture autorisée (</translation>
    </message>
    <message>
        <source>); a read probe cannot tell Inquire All from My.</source>
        <translation>)&#xa0;; un test de lecture ne distingue pas Inquire All de My.</translation>
    </message>
    <message>
        <source>Passed the security check and stopped at validation, as intended (</source>
        <translation>A passé le contrôle de sécurité et s’est arrêté à la validation, comme prévu (</translation>
    </message>
    <message>
        <source>Authentication was refused during the test.</source>
        <translation>L’authentification a été refusée pendant le test.</translation>
    </message>
    <message>
        <source>Rate limited by ConnectWise even after waiting as asked.</source>
        <translation>Limité par ConnectWise même après avoir attendu comme demandé.</translation>
    </message>
    <message>
        <source>ConnectWise had a server error: </source>
        <translation>ConnectWise a eu une erreur serveur&#xa0;: </translation>
    </message>
    <message>
        <source>An answer the test does not know how to read: </source>
        <translation>Une réponse que le test ne sait pas interpréter&#xa0;: </translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non signalé</translation>
    </message>
    <message>
        <source>mySecurity did not report this level.</source>
        <translation>mySecurity n’a pas signalé ce niveau.</translation>
    </message>
    <message>
        <source>Level read from the member&apos;s security.</source>
        <translation>Niveau lu dans la sécurité du membre.</translation>
    </message>
    <message>
        <source>Level read from the member&apos;s security: only the member&apos;s own records.</source>
        <translation>Niveau lu dans la sécurité du membre&#xa0;: seulement les fiches du membre lui-même.</translation>
    </message>
    <message>
        <source>Unrecognised level &quot;%1&quot; in the member&apos;s security.</source>
        <translation>Niveau «&#xa0;%1&#xa0;» non reconnu dans la sécurité du membre.</translation>
    </message>
    <message>
        <source></source>
        <comment>Remediation and evidence text for each permission check. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>not re-checked: unchanged since the last check</source>
        <translation>non revérifié&#xa0;: inchangé depuis la dernière vérification</translation>
    </message>
    <message>
        <source>Check again when ConnectWise answers normally; if it stays unknown, verify by hand: %1</source>
        <translation>Revérifiez quand ConnectWise répond normalement&#xa0;; si l’état reste inconnu, vérifiez à la main&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CheckStatusModel</name>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Constat</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Progress of the checks</source>
        <translation>Progression des vérifications</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>S&amp;top checking</source>
        <translation>&amp;Arrêter les vérifications</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Arrêter les vérifications</translation>
    </message>
    <message>
        <source>Stops the checks in progress; finished rows keep their result</source>
        <translation>Arrête les vérifications en cours&#xa0;; les lignes terminées gardent leur résultat</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>One row per check, with its status and what was found; select a row to see its evidence</source>
        <translation>Une ligne par vérification, avec son état et ce qui a été constaté&#xa0;; sélectionnez une ligne pour voir ses preuves</translation>
    </message>
    <message>
        <source>Show &amp;evidence</source>
        <translation>Afficher les pr&amp;euves</translation>
    </message>
    <message>
        <source>Show evidence</source>
        <translation>Afficher les preuves</translation>
    </message>
    <message>
        <source>Shows the requests and answers behind the selected check</source>
        <translation>Affiche les requêtes et réponses qui fondent la vérification sélectionnée</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>The requests and answers behind the selected check; keys are never shown</source>
        <translation>Les requêtes et réponses qui fondent la vérification sélectionnée&#xa0;; les clés ne sont jamais affichées</translation>
    </message>
    <message>
        <source>Checking the connection and permissions</source>
        <translation>Vérification de la connexion et des autorisations</translation>
    </message>
    <message>
        <source>Each check reads or probes without changing anything in ConnectWise.</source>
        <translation>Chaque vérification lit ou teste sans rien modifier dans ConnectWise.</translation>
    </message>
    <message>
        <source>Hide &amp;evidence</source>
        <translation>Masquer les pr&amp;euves</translation>
    </message>
    <message>
        <source>Stopped before this check finished</source>
        <translation>Arrêtée avant la fin de cette vérification</translation>
    </message>
    <message>
        <source>Checks stopped.</source>
        <translation>Vérifications arrêtées.</translation>
    </message>
    <message>
        <source>The checks were stopped. Run them again to continue, or go Back to change the connection details.</source>
        <translation>Les vérifications ont été arrêtées. Relancez-les pour continuer, ou revenez en arrière pour modifier les informations de connexion.</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Checking the values…</source>
        <translation>Vérification des valeurs…</translation>
    </message>
    <message>
        <source>Looking up the company…</source>
        <translation>Recherche de la société…</translation>
    </message>
    <message>
        <source>Signing in with the API keys…</source>
        <translation>Connexion avec les clés API…</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvée</translation>
    </message>
    <message>
        <source>Checking permissions…</source>
        <translation>Vérification des autorisations…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <source>Not checked: the connection failed</source>
        <translation>Non vérifié&#xa0;: la connexion a échoué</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>%1 Go Back to correct the connection details, or try again.</source>
        <translation>%1 Revenez en arrière pour corriger les informations de connexion, ou réessayez.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Checks finished.</source>
        <translation>Vérifications terminées.</translation>
    </message>
    <message>
        <source>Everything the chosen features need is in place: all %1 checks passed.</source>
        <translation>Tout ce dont les fonctions choisies ont besoin est en place&#xa0;: les %1 vérifications ont réussi.</translation>
    </message>
    <message>
        <source>One item needs attention in ConnectWise.</source>
        <translation>Un point demande votre attention dans ConnectWise.</translation>
    </message>
    <message>
        <source>%1 items need attention in ConnectWise.</source>
        <translation>%1 points demandent votre attention dans ConnectWise.</translation>
    </message>
    <message>
        <source>Next shows exactly what to change.</source>
        <translation>«&#xa0;Suivant&#xa0;» montre exactement ce qu’il faut modifier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>One check got no normal answer from ConnectWise.</source>
        <translation>Une vérification n’a pas reçu de réponse normale de ConnectWise.</translation>
    </message>
    <message>
        <source>%1 checks got no normal answer from ConnectWise.</source>
        <translation>%1 vérifications n’ont pas reçu de réponse normale de ConnectWise.</translation>
    </message>
    <message>
        <source>Run the checks again in a moment, or continue and re-check later.</source>
        <translation>Relancez les vérifications dans un instant, ou continuez et revérifiez plus tard.</translation>
    </message>
</context>
<context>
    <name>CompanyDirectory</name>
    <message>
        <source>Connect to ConnectWise first: the last check did not connect.</source>
        <translation>Connectez-vous d’abord à ConnectWise&#xa0;: la dernière vérification n’a pas pu se connecter.</translation>
    </message>
    <message>
        <source>The API member&apos;s role needs Companies &gt; Company Maintenance &gt; Inquire = All to list companies.</source>
        <translation>Le rôle du membre API a besoin de Companies &gt; Company Maintenance &gt; Inquire = All pour lister les sociétés.</translation>
    </message>
    <message>
        <source>The API member&apos;s role needs Finance &gt; Agreements &gt; Inquire = All to list agreements.</source>
        <translation>Le rôle du membre API a besoin de Finance &gt; Agreements &gt; Inquire = All pour lister les contrats.</translation>
    </message>
</context>
<context>
    <name>CompanyLookup</name>
    <message>
        <source>ConnectWise site: %1 could not be found (DNS lookup failed). Check the spelling of the site and your network or VPN.</source>
        <translation>Adresse ConnectWise&#xa0;: %1 est introuvable (échec de la résolution DNS). Vérifiez l’orthographe de l’adresse ainsi que votre réseau ou VPN.</translation>
    </message>
    <message>
        <source>ConnectWise site: the secure connection to %1 failed (%2). If this is an on-premise server with its own certificate authority, trust that CA; never turn certificate checks off.</source>
        <translation>Adresse ConnectWise&#xa0;: la connexion sécurisée à %1 a échoué (%2). S’il s’agit d’un serveur sur site avec sa propre autorité de certification, faites confiance à cette autorité&#xa0;; ne désactivez jamais la vérification des certificats.</translation>
    </message>
    <message>
        <source>ConnectWise site: %1 did not answer in time. Check the address and your network, then try again.</source>
        <translation>Adresse ConnectWise&#xa0;: %1 n’a pas répondu à temps. Vérifiez l’adresse et votre réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>ConnectWise site: could not connect to %1 (%2). Check the address, the port and any firewall or proxy.</source>
        <translation>Adresse ConnectWise&#xa0;: impossible de se connecter à %1 (%2). Vérifiez l’adresse, le port et tout pare-feu ou proxy.</translation>
    </message>
    <message>
        <source>ConnectWise site: %1 answered the company lookup with a redirect (%2). Enter the address of the ConnectWise server itself.</source>
        <translation>Adresse ConnectWise&#xa0;: %1 a répondu à la recherche de la société par une redirection (%2). Saisissez l’adresse du serveur ConnectWise lui-même.</translation>
    </message>
    <message>
        <source>ConnectWise at %1 had a server error (%2) while looking up the company. Try again later.</source>
        <translation>ConnectWise sur %1 a eu une erreur serveur (%2) pendant la recherche de la société. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>ConnectWise site: %1 answered with a web page instead of company information (HTTP %2). Check that the site is your ConnectWise address.</source>
        <translation>Adresse ConnectWise&#xa0;: %1 a répondu par une page web au lieu des informations de la société (HTTP %2). Vérifiez qu’il s’agit bien de votre adresse ConnectWise.</translation>
    </message>
    <message>
        <source>Company ID: ConnectWise at %1 does not know the company &quot;%2&quot;. Enter the short login company from the Company field of the login page (not the company&apos;s display name).</source>
        <translation>ID de société&#xa0;: ConnectWise sur %1 ne connaît pas la société «&#xa0;%2&#xa0;». Saisissez le nom court de connexion du champ Company de la page de connexion (pas le nom affiché de la société).</translation>
    </message>
    <message>
        <source>ConnectWise site: unexpected answer %1 to the company lookup on %2.</source>
        <translation>Adresse ConnectWise&#xa0;: réponse inattendue %1 à la recherche de la société sur %2.</translation>
    </message>
    <message>
        <source>ConnectWise site: %1 answered the company lookup, but not with the company information ConnectWise sends (no codebase). Check the site address.</source>
        <translation>Adresse ConnectWise&#xa0;: %1 a répondu à la recherche de la société, mais pas avec les informations que ConnectWise envoie (pas de codebase). Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source></source>
        <comment>Messages when the ConnectWise company lookup fails. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed since it was trusted for %1: the trusted one has SHA-256 %2, the server now shows %3. Someone may be intercepting the connection; only trust the new certificate if your administrator replaced it.</source>
        <translation>Le certificat du serveur a changé depuis que vous lui avez fait confiance pour %1&#xa0;: celui approuvé a le SHA-256 %2, le serveur présente maintenant %3. Quelqu’un intercepte peut-être la connexion&#xa0;; ne faites confiance au nouveau certificat que si votre administrateur l’a remplacé.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1. The server&apos;s administrator must renew it; an expired certificate cannot be trusted.</source>
        <translation>Le certificat du serveur a expiré le %1. L’administrateur du serveur doit le renouveler&#xa0;; un certificat expiré ne peut pas être approuvé.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid only from %1. Check the date and time of this computer; if they are right, the server&apos;s administrator must fix the certificate.</source>
        <translation>Le certificat du serveur n’est valide qu’à partir du %1. Vérifiez la date et l’heure de cet ordinateur&#xa0;; si elles sont justes, l’administrateur du serveur doit corriger le certificat.</translation>
    </message>
    <message>
        <source>no host name</source>
        <translation>aucun nom d’hôte</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not for %2.</source>
        <translation>Le certificat du serveur est pour %1, pas pour %2.</translation>
    </message>
    <message>
        <source>Enter the site by a name the certificate is for, or ask the server&apos;s administrator for a certificate for %1.</source>
        <translation>Saisissez l’adresse sous un nom couvert par le certificat, ou demandez à l’administrateur du serveur un certificat pour %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed (%1), so this computer cannot tell who the server is.</source>
        <translation>Le certificat du serveur est auto-signé (%1)&#xa0;: cet ordinateur ne peut donc pas savoir qui est le serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (%1) was issued by %2, a certificate authority this computer does not trust.</source>
        <translation>Le certificat du serveur (%1) a été délivré par %2, une autorité de certification à laquelle cet ordinateur ne fait pas confiance.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked by its issuer.</source>
        <translation>Le certificat du serveur a été révoqué par son émetteur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) could not be verified.</source>
        <translation>Le certificat du serveur (SHA-256 %1) n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>If this is your own server, compare the SHA-256 fingerprint %1 with its administrator, then trust this certificate for %2 in the setup wizard, or give its certificate authority with --ca-file.</source>
        <translation>S’il s’agit de votre propre serveur, comparez l’empreinte SHA-256 %1 avec son administrateur, puis faites confiance à ce certificat pour %2 dans l’assistant de configuration, ou indiquez son autorité de certification avec --ca-file.</translation>
    </message>
    <message>
        <source>Never turn certificate checks off.</source>
        <translation>Ne désactivez jamais la vérification des certificats.</translation>
    </message>
    <message>
        <source>ConnectWise site: the secure connection to %1 failed. %2</source>
        <translation>Adresse ConnectWise&#xa0;: la connexion sécurisée à %1 a échoué. %2</translation>
    </message>
</context>
<context>
    <name>CompanyMappingModel</name>
    <message>
        <source>Mapped (company inactive)</source>
        <translation>Associée (société inactive)</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Associée</translation>
    </message>
    <message>
        <source>Missing in ConnectWise since %1</source>
        <translation>Absente de ConnectWise depuis %1</translation>
    </message>
    <message>
        <source>Proposed (%1)</source>
        <translation>Proposée (%1)</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Non associée</translation>
    </message>
    <message>
        <source>Phin organisation</source>
        <translation>Organisation Phin</translation>
    </message>
    <message>
        <source>ConnectWise company</source>
        <translation>Société ConnectWise</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>CompanyMatcher</name>
    <message>
        <source>name equal</source>
        <translation>nom identique</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>en retirant %1</translation>
    </message>
    <message>
        <source>removing “The”</source>
        <translation>en retirant «&#xa0;The&#xa0;»</translation>
    </message>
    <message>
        <source>reading &amp; as “and”</source>
        <translation>en lisant &amp; comme «&#xa0;and&#xa0;»</translation>
    </message>
    <message>
        <source>expanding %1</source>
        <translation>en développant %1</translation>
    </message>
    <message>
        <source>ignoring accents</source>
        <translation>en ignorant les accents</translation>
    </message>
    <message>
        <source>ignoring case and punctuation</source>
        <translation>en ignorant la casse et la ponctuation</translation>
    </message>
    <message>
        <source>name equal after %1</source>
        <extracomment>%1 lists what was ignored: &quot;removing LLC, ignoring accents&quot;.</extracomment>
        <translation>nom identique %1</translation>
    </message>
    <message>
        <source>same identifier (%1)</source>
        <translation>même identifiant (%1)</translation>
    </message>
    <message>
        <source>same ConnectWise id (%1)</source>
        <translation>même ID ConnectWise (%1)</translation>
    </message>
    <message>
        <source>same domain (%1)</source>
        <translation>même domaine (%1)</translation>
    </message>
    <message>
        <source>name equal apart from spaces</source>
        <translation>nom identique aux espaces près</translation>
    </message>
    <message>
        <source>name equals the ConnectWise identifier</source>
        <translation>nom égal à l’identifiant ConnectWise</translation>
    </message>
    <message>
        <source>1 typo</source>
        <translation>1 faute de frappe</translation>
    </message>
    <message>
        <source>2 typos</source>
        <translation>2 fautes de frappe</translation>
    </message>
    <message>
        <source>every word of %1 is in %2</source>
        <translation>chaque mot de %1 figure dans %2</translation>
    </message>
    <message>
        <source>similar name (%1% of letter groups shared)</source>
        <translation>nom proche (%1&#xa0;% des groupes de lettres en commun)</translation>
    </message>
    <message>
        <source>preferred over inactive %1</source>
        <translation>préféré à %1, inactif</translation>
    </message>
    <message>
        <source>%1 matches equally well</source>
        <translation>%1 correspond aussi bien</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Compan&amp;y ID:</source>
        <translation>&amp;ID de société&#xa0;:</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID de société</translation>
    </message>
    <message>
        <source>The Company field on your ConnectWise login page</source>
        <translation>Le champ Company de votre page de connexion ConnectWise</translation>
    </message>
    <message>
        <source>Where do I find this?</source>
        <translation>Où le trouver&#xa0;?</translation>
    </message>
    <message>
        <source>Where do I find the Company ID?</source>
        <translation>Où trouver l’ID de société&#xa0;?</translation>
    </message>
    <message>
        <source>Shows or hides help for this field</source>
        <translation>Affiche ou masque l’aide de ce champ</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Company&lt;/b&gt; field on your ConnectWise login page. You can also find it under &lt;b&gt;System &amp;gt; My Company&lt;/b&gt;, in the system URL.</source>
        <translation>Le champ &lt;b&gt;Company&lt;/b&gt; de votre page de connexion ConnectWise. Vous le trouvez aussi sous &lt;b&gt;System &amp;gt; My Company&lt;/b&gt;, dans l’URL du système.</translation>
    </message>
    <message>
        <source>Connect&amp;Wise site:</source>
        <translation>A&amp;dresse ConnectWise&#xa0;:</translation>
    </message>
    <message>
        <source>ConnectWise site</source>
        <translation>Adresse ConnectWise</translation>
    </message>
    <message>
        <source>The address you use to log in to ConnectWise, for example na.myconnectwise.net</source>
        <translation>L’adresse que vous utilisez pour vous connecter à ConnectWise, par ex. na.myconnectwise.net</translation>
    </message>
    <message>
        <source>Where do I find the ConnectWise site?</source>
        <translation>Où trouver l’adresse ConnectWise&#xa0;?</translation>
    </message>
    <message>
        <source>The address you use to log in to ConnectWise, for example &lt;b&gt;na.myconnectwise.net&lt;/b&gt; or your own server&apos;s name. You can paste the whole login URL; the wizard keeps the host and finds the API address.</source>
        <translation>L’adresse que vous utilisez pour vous connecter à ConnectWise, par ex. &lt;b&gt;na.myconnectwise.net&lt;/b&gt; ou le nom de votre propre serveur. Vous pouvez coller l’URL de connexion entière&#xa0;; l’assistant garde le nom d’hôte et trouve l’adresse de l’API.</translation>
    </message>
    <message>
        <source>P&amp;ublic key:</source>
        <translation>Clé p&amp;ublique&#xa0;:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>The Public Key of the API member&apos;s key pair</source>
        <translation>La Public Key de la paire de clés du membre API</translation>
    </message>
    <message>
        <source>Where do I find the public key?</source>
        <translation>Où trouver la clé publique&#xa0;?</translation>
    </message>
    <message>
        <source>In ConnectWise: &lt;b&gt;System &amp;gt; Members &amp;gt; API Members&lt;/b&gt;, open the member, &lt;b&gt;API Keys&lt;/b&gt; tab. Each key pair has a Public Key and a Private Key.</source>
        <translation>Dans ConnectWise&#xa0;: &lt;b&gt;System &amp;gt; Members &amp;gt; API Members&lt;/b&gt;, ouvrez le membre, onglet &lt;b&gt;API Keys&lt;/b&gt;. Chaque paire de clés a une Public Key et une Private Key.</translation>
    </message>
    <message>
        <source>Pri&amp;vate key:</source>
        <translation>Clé pri&amp;vée&#xa0;:</translation>
    </message>
    <message>
        <source>Where do I find the private key?</source>
        <translation>Où trouver la clé privée&#xa0;?</translation>
    </message>
    <message>
        <source>Shown by ConnectWise only once, when the key pair is created on the API member&apos;s &lt;b&gt;API Keys&lt;/b&gt; tab. If nobody saved it, create a new key pair there and use both new keys.</source>
        <translation>ConnectWise ne l’affiche qu’une fois, à la création de la paire de clés dans l’onglet &lt;b&gt;API Keys&lt;/b&gt; du membre API. Si personne ne l’a conservée, créez-y une nouvelle paire de clés et utilisez les deux nouvelles clés.</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Informations de connexion</translation>
    </message>
    <message>
        <source>The four values from ConnectWise. Each is checked as you type.</source>
        <translation>Les quatre valeurs de ConnectWise. Chacune est vérifiée pendant la saisie.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>The Private Key of the API member&apos;s key pair; masked while you type</source>
        <translation>La Private Key de la paire de clés du membre API&#xa0;; masquée pendant la saisie</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>par ex. acme</translation>
    </message>
    <message>
        <source>e.g. na.myconnectwise.net</source>
        <translation>par ex. na.myconnectwise.net</translation>
    </message>
    <message>
        <source>API calls go to %1.</source>
        <translation>Les appels API vont à %1.</translation>
    </message>
    <message>
        <source>Spaces around the pasted key were removed.</source>
        <translation>Les espaces autour de la clé collée ont été supprimés.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Looking up company &quot;%1&quot; on %2…</source>
        <translation>Recherche de la société «&#xa0;%1&#xa0;» sur %2…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>The company lookup was stopped. The checks look the company up again.</source>
        <translation>La recherche de la société a été arrêtée. Les vérifications rechercheront à nouveau la société.</translation>
    </message>
    <message>
        <source>sandbox on this computer</source>
        <translation>bac à sable sur cet ordinateur</translation>
    </message>
    <message>
        <source>cloud (%1)</source>
        <translation>cloud (%1)</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <source>on-premise</source>
        <translation>sur site</translation>
    </message>
    <message>
        <source>%1, ConnectWise %2, %3</source>
        <translation>%1, ConnectWise %2, %3</translation>
    </message>
    <message>
        <source></source>
        <comment>The connection details page of the wizard. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: this computer does not trust the server&apos;s certificate. Check it below.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: cet ordinateur ne fait pas confiance au certificat du serveur. Vérifiez-le ci-dessous.</translation>
    </message>
</context>
<context>
    <name>InputValidation</name>
    <message>
        <source>%1: paste the key from System &gt; Members &gt; API Members &gt; (your member) &gt; API Keys.</source>
        <translation>%1&#xa0;: collez la clé depuis System &gt; Members &gt; API Members &gt; (votre membre) &gt; API Keys.</translation>
    </message>
    <message>
        <source>%1: remove the label in front of the key and paste only the key itself.</source>
        <translation>%1&#xa0;: supprimez le libellé devant la clé et collez seulement la clé elle-même.</translation>
    </message>
    <message>
        <source>%1: remove the quotation marks around the key.</source>
        <translation>%1&#xa0;: supprimez les guillemets autour de la clé.</translation>
    </message>
    <message>
        <source>%1: the key contains a space or line break. Copy the key again in one piece.</source>
        <translation>%1&#xa0;: la clé contient un espace ou un saut de ligne. Copiez de nouveau la clé d’un seul tenant.</translation>
    </message>
    <message>
        <source>%1: the key contains characters that ConnectWise keys never have (for example curly quotes or an ellipsis). Copy the key again from ConnectWise.</source>
        <translation>%1&#xa0;: la clé contient des caractères que les clés ConnectWise n’ont jamais (par exemple des guillemets typographiques ou des points de suspension). Copiez de nouveau la clé depuis ConnectWise.</translation>
    </message>
    <message>
        <source>%1: a public key never contains a colon. Paste only the public key.</source>
        <translation>%1&#xa0;: une clé publique ne contient jamais de deux-points. Collez seulement la clé publique.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the key is %n character(s) long, but ConnectWise keys are usually 16 letters and digits. Check that you copied the whole key.</source>
        <translation>
            <numerusform>%1&#xa0;: la clé fait %n caractère, mais les clés ConnectWise font généralement 16 lettres et chiffres. Vérifiez que vous avez copié la clé entière.</numerusform>
            <numerusform>%1&#xa0;: la clé fait %n caractères, mais les clés ConnectWise font généralement 16 lettres et chiffres. Vérifiez que vous avez copié la clé entière.</numerusform>
        </translation>
    </message>
    <message>
        <source>ConnectWise site</source>
        <translation>Adresse ConnectWise</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID de société</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message numerus="yes">
        <source>%1: removed %n space(s) or line break(s) around the value.</source>
        <translation>
            <numerusform>%1&#xa0;: %n espace ou saut de ligne supprimé autour de la valeur.</numerusform>
            <numerusform>%1&#xa0;: %n espaces ou sauts de ligne supprimés autour de la valeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: enter the company you type in the Company field of the ConnectWise login page (for example acme).</source>
        <translation>%1&#xa0;: saisissez la société que vous tapez dans le champ Company de la page de connexion ConnectWise (par exemple acme).</translation>
    </message>
    <message>
        <source>%1: this looks like a web address. Put the address in ConnectWise site and enter the short login company here (the Company field on the login page).</source>
        <translation>%1&#xa0;: ceci ressemble à une adresse web. Mettez l’adresse dans «&#xa0;Adresse ConnectWise&#xa0;» et saisissez ici le nom court de la société de connexion (le champ Company de la page de connexion).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains spaces, so it looks like the company&apos;s display name. Enter the short login company instead (the Company field on the login page, also shown in the address under System &gt; My Company).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» contient des espaces et ressemble donc au nom affiché de la société. Saisissez plutôt le nom court de la société de connexion (le champ Company de la page de connexion, visible aussi dans l’adresse sous System &gt; My Company).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a number, which looks like a record id. Enter the short login company you type on the ConnectWise login page instead.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est un nombre, qui ressemble à un identifiant de fiche. Saisissez plutôt le nom court de la société que vous tapez sur la page de connexion ConnectWise.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains characters a login company does not have. Use only letters, digits, &apos;-&apos; and &apos;_&apos;, as on the login page.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» contient des caractères qu’une société de connexion n’a pas. Utilisez seulement des lettres, des chiffres, &apos;-&apos; et &apos;_&apos;, comme sur la page de connexion.</translation>
    </message>
    <message numerus="yes">
        <source>%1: removed %n space(s) or line break(s) around the key.</source>
        <translation>
            <numerusform>%1&#xa0;: %n espace ou saut de ligne supprimé autour de la clé.</numerusform>
            <numerusform>%1&#xa0;: %n espaces ou sauts de ligne supprimés autour de la clé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: it is the same as the public key. Paste the private key here; ConnectWise shows it only once, when the key is created (create a new key if it is lost).</source>
        <translation>%1&#xa0;: elle est identique à la clé publique. Collez ici la clé privée&#xa0;; ConnectWise ne l’affiche qu’une fois, à la création de la clé (créez une nouvelle clé si elle est perdue).</translation>
    </message>
    <message>
        <source></source>
        <comment>Messages shown under the connection fields while typing. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>B&amp;illing</source>
        <translation>&amp;Billing</translation>
    </message>
    <message>
        <source>Billing integration</source>
        <translation>Intégration Billing</translation>
    </message>
    <message>
        <source>Turns the Billing integration on or off; turning it on checks its permissions first</source>
        <translation>Active ou désactive l’intégration Billing&#xa0;; l’activer vérifie d’abord ses autorisations</translation>
    </message>
    <message>
        <source>Service &amp;Desk</source>
        <translation>Service &amp;Desk</translation>
    </message>
    <message>
        <source>Service Desk integration</source>
        <translation>Intégration Service Desk</translation>
    </message>
    <message>
        <source>Turns the Service Desk integration on or off; turning it on checks its permissions first</source>
        <translation>Active ou désactive l’intégration Service Desk&#xa0;; l’activer vérifie d’abord ses autorisations</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Disconnecting removes both keys from the keychain. The mapping of Phin organizations to ConnectWise companies is kept, but Phin can no longer push billing data or create tickets.</source>
        <translation>La déconnexion supprime les deux clés du trousseau. La correspondance entre organisations Phin et sociétés ConnectWise est conservée, mais Phin ne peut plus transmettre de données de facturation ni créer de tickets.</translation>
    </message>
    <message>
        <source>Dis&amp;connect…</source>
        <translation>Dé&amp;connecter…</translation>
    </message>
    <message>
        <source>Asks for confirmation, then removes the keys from the keychain</source>
        <translation>Demande une confirmation, puis supprime les clés du trousseau</translation>
    </message>
    <message>
        <source>&amp;Yes, remove the keys</source>
        <translation>&amp;Oui, supprimer les clés</translation>
    </message>
    <message>
        <source>Confirm disconnect</source>
        <translation>Confirmer la déconnexion</translation>
    </message>
    <message>
        <source>Removes both keys from the keychain now</source>
        <translation>Supprime maintenant les deux clés du trousseau</translation>
    </message>
    <message>
        <source>&amp;Keep connected</source>
        <translation>R&amp;ester connecté</translation>
    </message>
    <message>
        <source>Keep connected</source>
        <translation>Rester connecté</translation>
    </message>
    <message>
        <source>Cancels the disconnect</source>
        <translation>Annule la déconnexion</translation>
    </message>
    <message>
        <source>Turn each feature on or off. A feature can be on only when ConnectWise grants everything it needs.</source>
        <translation>Activez ou désactivez chaque fonction. Une fonction ne peut être active que si ConnectWise accorde tout ce dont elle a besoin.</translation>
    </message>
    <message>
        <source>Checking what %1 needs…</source>
        <translation>Vérification de ce dont %1 a besoin…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>The check was stopped; %1 stays off.</source>
        <translation>La vérification a été arrêtée&#xa0;; %1 reste désactivé.</translation>
    </message>
    <message>
        <source>%1 stays off: the check could not connect. %2</source>
        <translation>%1 reste désactivé&#xa0;: la vérification n’a pas pu se connecter. %2</translation>
    </message>
    <message>
        <source>%1 is on: ConnectWise grants everything it needs.</source>
        <translation>%1 est activé&#xa0;: ConnectWise accorde tout ce dont la fonction a besoin.</translation>
    </message>
    <message>
        <source>%1 stays off until this is fixed in ConnectWise: %2</source>
        <translation>%1 reste désactivé jusqu’à ce que ceci soit corrigé dans ConnectWise&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it was not checked yet.</source>
        <translation>pas encore vérifié.</translation>
    </message>
    <message>
        <source>Off: disconnected.</source>
        <translation>Désactivé&#xa0;: déconnecté.</translation>
    </message>
    <message>
        <source>On: ConnectWise grants everything it needs.</source>
        <translation>Activé&#xa0;: ConnectWise accorde tout ce dont la fonction a besoin.</translation>
    </message>
    <message>
        <source>Off. Cannot be turned on yet: %1</source>
        <translation>Désactivé. Ne peut pas encore être activé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Off. Turning it on checks its permissions first.</source>
        <translation>Désactivé. L’activer vérifie d’abord ses autorisations.</translation>
    </message>
    <message>
        <source>%1 integration. %2</source>
        <translation>Intégration %1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Company &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Société &lt;b&gt;%1&lt;/b&gt; sur &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>API member &lt;b&gt;%1&lt;/b&gt;, role &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Membre API &lt;b&gt;%1&lt;/b&gt;, rôle &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Disconnected: the keys were removed from the keychain.</source>
        <translation>Déconnecté&#xa0;: les clés ont été supprimées du trousseau.</translation>
    </message>
    <message>
        <source>Public key %1, used for this session only (not saved)</source>
        <translation>Clé publique %1, utilisée pour cette session seulement (non enregistrée)</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;%1&lt;/b&gt;; public key %2 in the keychain</source>
        <translation>Enregistrée sous &lt;b&gt;%1&lt;/b&gt;&#xa0;; clé publique %2 dans le trousseau</translation>
    </message>
    <message>
        <source>This is the sandbox: nothing reaches a real ConnectWise server.</source>
        <translation>Ceci est le bac à sable&#xa0;: rien n’atteint un vrai serveur ConnectWise.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Remove the keys of this connection from the keychain? Phin stops pushing billing data and creating tickets; the company mapping is kept.</source>
        <translation>Supprimer du trousseau les clés de cette connexion&#xa0;? Phin cesse de transmettre les données de facturation et de créer des tickets&#xa0;; la correspondance des sociétés est conservée.</translation>
    </message>
    <message>
        <source>Removing the keys…</source>
        <translation>Suppression des clés…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Essa&amp;yer à nouveau</translation>
    </message>
    <message>
        <source>Disconnected. Both keys were removed from the keychain; the company mapping is kept for when you connect again.</source>
        <translation>Déconnecté. Les deux clés ont été supprimées du trousseau&#xa0;; la correspondance des sociétés est conservée pour une prochaine connexion.</translation>
    </message>
    <message>
        <source></source>
        <comment>The last page: turning the Phin features on or off. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Mask the key again</source>
        <translation>Masquer de nouveau la clé</translation>
    </message>
    <message>
        <source>Show the key as plain text</source>
        <translation>Afficher la clé en clair</translation>
    </message>
</context>
<context>
    <name>MappingCommand</name>
    <message>
        <source>missing in ConnectWise since %1</source>
        <extracomment>A mapped ConnectWise company no longer listed; %1 is a date (2026-11-28).</extracomment>
        <translation>absente de ConnectWise depuis le %1</translation>
    </message>
    <message>
        <source>company inactive in ConnectWise</source>
        <translation>société inactive dans ConnectWise</translation>
    </message>
    <message>
        <source>no agreement for Billing</source>
        <translation>pas de contrat pour Billing</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>non associée</translation>
    </message>
    <message numerus="yes">
        <source>Company mapping of &quot;%1&quot; (company %2 at %3), checked against %n ConnectWise companies just now.</source>
        <translation>
            <numerusform>Correspondance des sociétés de «&#xa0;%1&#xa0;» (société %2 sur %3), vérifiée à l’instant avec %n société ConnectWise.</numerusform>
            <numerusform>Correspondance des sociétés de «&#xa0;%1&#xa0;» (société %2 sur %3), vérifiée à l’instant avec %n sociétés ConnectWise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Company mapping of &quot;%1&quot; (company %2 at %3) as stored; not re-validated against ConnectWise: %4</source>
        <translation>Correspondance des sociétés de «&#xa0;%1&#xa0;» (société %2 sur %3) telle qu’enregistrée&#xa0;; non revalidée avec ConnectWise&#xa0;: %4</translation>
    </message>
    <message>
        <source>Mapped: %1 of %2</source>
        <translation>Associées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Not mapped: %1</source>
        <translation>Non associées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missing in ConnectWise: %1</source>
        <translation>Absentes de ConnectWise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Without an agreement for Billing: %1</source>
        <translation>Sans contrat pour Billing&#xa0;: %1</translation>
    </message>
    <message>
        <source>No organisations in the mapping yet: map them in the setup wizard (Integrations page) or import a mapping CSV.</source>
        <translation>Aucune organisation dans la correspondance pour l’instant&#xa0;: associez-les dans l’assistant de configuration (page Intégrations) ou importez un CSV de correspondance.</translation>
    </message>
    <message>
        <source>agreement %1</source>
        <translation>contrat %1</translation>
    </message>
    <message>
        <source>Company mapping of &quot;%1&quot;</source>
        <translation>Correspondance des sociétés de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No organisations in the mapping yet.</source>
        <translation>Aucune organisation dans la correspondance pour l’instant.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>--offline was given.</source>
        <translation>--offline a été indiqué.</translation>
    </message>
    <message>
        <source>the connection is disconnected (its keys were removed); reconnect with %1 --profile &quot;%2&quot; --keys-from-stdin --save.</source>
        <translation>la connexion est déconnectée (ses clés ont été supprimées)&#xa0;; reconnectez-la avec %1 --profile &quot;%2&quot; --keys-from-stdin --save.</translation>
    </message>
    <message>
        <source>the settings could not be written.</source>
        <translation>les paramètres n’ont pas pu être écrits.</translation>
    </message>
    <message>
        <source>the reconciled mapping could not be saved: %1</source>
        <translation>la correspondance mise à jour n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>not re-validated against ConnectWise: %1</source>
        <translation>non revalidée avec ConnectWise&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Companies loaded</source>
        <translation>Sociétés chargées</translation>
    </message>
    <message>
        <source>How many ConnectWise companies have been loaded</source>
        <translation>Nombre de sociétés ConnectWise déjà chargées</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Cancel loading companies</source>
        <translation>Annuler le chargement des sociétés</translation>
    </message>
    <message>
        <source>Stops loading the companies; the mapping stays as it is</source>
        <translation>Arrête le chargement des sociétés&#xa0;; la correspondance reste inchangée</translation>
    </message>
    <message>
        <source>&amp;Import Phin organisations (CSV)…</source>
        <translation>&amp;Importer des organisations Phin (CSV)…</translation>
    </message>
    <message>
        <source>Import Phin organisations</source>
        <translation>Importer des organisations Phin</translation>
    </message>
    <message>
        <source>Reads a CSV export of Phin organisations: name, optional domain or id</source>
        <translation>Lit un export CSV d’organisations Phin&#xa0;: nom, domaine ou identifiant facultatif</translation>
    </message>
    <message>
        <source>Add organisation by name</source>
        <translation>Ajouter une organisation par son nom</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <source>Type the name of a Phin organisation and press Enter to add it</source>
        <translation>Tapez le nom d’une organisation Phin et appuyez sur Entrée pour l’ajouter</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add the organisation</source>
        <translation>Ajouter l’organisation</translation>
    </message>
    <message>
        <source>Adds the typed organisation to the list</source>
        <translation>Ajoute l’organisation saisie à la liste</translation>
    </message>
    <message>
        <source>Search organisations and companies</source>
        <translation>Rechercher organisations et sociétés</translation>
    </message>
    <message>
        <source>Search the mapping</source>
        <translation>Rechercher dans la correspondance</translation>
    </message>
    <message>
        <source>Shows only the rows whose organisation, company or agreement contains the text</source>
        <translation>N’affiche que les lignes dont l’organisation, la société ou le contrat contient le texte</translation>
    </message>
    <message>
        <source>Company mapping</source>
        <translation>Correspondance des sociétés</translation>
    </message>
    <message>
        <source>One row per Phin organisation. Enter accepts the proposal, Delete clears the row.</source>
        <translation>Une ligne par organisation Phin. Entrée accepte la proposition, Suppr efface la ligne.</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>Accep&amp;ter</translation>
    </message>
    <message>
        <source>Accept the proposal</source>
        <translation>Accepter la proposition</translation>
    </message>
    <message>
        <source>Maps the selected rows to their proposed companies</source>
        <translation>Associe les lignes sélectionnées aux sociétés proposées</translation>
    </message>
    <message>
        <source>Accept all proposals</source>
        <translation>Accepter toutes les propositions</translation>
    </message>
    <message>
        <source>Maps every row that has a proposal to its proposed company</source>
        <translation>Associe chaque ligne ayant une proposition à la société proposée</translation>
    </message>
    <message>
        <source>C&amp;hange company…</source>
        <translation>C&amp;hanger de société…</translation>
    </message>
    <message>
        <source>Change company</source>
        <translation>Changer de société</translation>
    </message>
    <message>
        <source>Opens a searchable list of ConnectWise companies for the current row</source>
        <translation>Ouvre une liste consultable des sociétés ConnectWise pour la ligne courante</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Dissocier</translation>
    </message>
    <message>
        <source>Clear the mapping</source>
        <translation>Supprimer l’association</translation>
    </message>
    <message>
        <source>Removes the mapping of the selected rows; the organisations stay</source>
        <translation>Supprime l’association des lignes sélectionnées&#xa0;; les organisations restent</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>&amp;Contrat…</translation>
    </message>
    <message>
        <source>Choose agreement</source>
        <translation>Choisir le contrat</translation>
    </message>
    <message>
        <source>Loads the agreements of the current row&apos;s company to choose the one Billing uses</source>
        <translation>Charge les contrats de la société de la ligne courante pour choisir celui qu’utilise Billing</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>S&amp;ociété&#xa0;:</translation>
    </message>
    <message>
        <source>Type part of a company name, identifier or id</source>
        <translation>Tapez une partie du nom, de l’identifiant ou de l’ID d’une société</translation>
    </message>
    <message>
        <source>Company to map to</source>
        <translation>Société à associer</translation>
    </message>
    <message>
        <source>Type part of a name; pick a company from the list with the arrow keys and Enter</source>
        <translation>Tapez une partie d’un nom&#xa0;; choisissez une société dans la liste avec les flèches et Entrée</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>The agreement Billing uses for this company</source>
        <translation>Le contrat qu’utilise Billing pour cette société</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <source>Use this choice</source>
        <translation>Utiliser ce choix</translation>
    </message>
    <message>
        <source>Uses the chosen company or agreement for the current row</source>
        <translation>Utilise la société ou le contrat choisi pour la ligne courante</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the picker</source>
        <translation>Fermer le sélecteur</translation>
    </message>
    <message>
        <source>Closes the picker without changing the row</source>
        <translation>Ferme le sélecteur sans modifier la ligne</translation>
    </message>
    <message>
        <source>Im&amp;port mapping…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>Import mapping CSV</source>
        <translation>Importer un CSV de correspondance</translation>
    </message>
    <message>
        <source>Reads a mapping CSV; rows of the same organisations are replaced</source>
        <translation>Lit un CSV de correspondance&#xa0;; les lignes des mêmes organisations sont remplacées</translation>
    </message>
    <message>
        <source>E&amp;xport mapping…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export mapping CSV</source>
        <translation>Exporter la correspondance en CSV</translation>
    </message>
    <message>
        <source>Writes the whole mapping to a CSV file</source>
        <translation>Écrit toute la correspondance dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Save mapping</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Stores the mapping with the saved connection</source>
        <translation>Enregistre la correspondance avec la connexion enregistrée</translation>
    </message>
    <message>
        <source>%1 (%2, #%3)</source>
        <extracomment>A ConnectWise company in the picker: name, identifier and id.</extracomment>
        <translation>%1 (%2, n°&#xa0;%3)</translation>
    </message>
    <message>
        <source>[inactive]</source>
        <translation>[inactive]</translation>
    </message>
    <message>
        <source>Map Phin organisations to ConnectWise companies</source>
        <translation>Associer les organisations Phin aux sociétés ConnectWise</translation>
    </message>
    <message>
        <source>Optional: press Next to skip; you can map companies later from Integrations.</source>
        <translation>Facultatif&#xa0;: cliquez sur Suivant pour passer&#xa0;; vous pourrez associer les sociétés plus tard depuis Intégrations.</translation>
    </message>
    <message>
        <source>Import company mapping</source>
        <translation>Importer la correspondance des sociétés</translation>
    </message>
    <message>
        <source>Export company mapping</source>
        <translation>Exporter la correspondance des sociétés</translation>
    </message>
    <message>
        <source>This connection is not saved, so the mapping lasts only until the wizard closes. Export it to keep it.</source>
        <translation>Cette connexion n’est pas enregistrée&#xa0;: la correspondance ne dure que jusqu’à la fermeture de l’assistant. Exportez-la pour la garder.</translation>
    </message>
    <message>
        <source>Connect to ConnectWise first: there is no check of this connection yet.</source>
        <translation>Connectez-vous d’abord à ConnectWise&#xa0;: cette connexion n’a encore jamais été vérifiée.</translation>
    </message>
    <message>
        <source>Without keys the companies cannot be loaded: connect again to map companies. The saved mapping is kept.</source>
        <translation>Sans clés, les sociétés ne peuvent pas être chargées&#xa0;: reconnectez-vous pour associer des sociétés. La correspondance enregistrée est conservée.</translation>
    </message>
    <message>
        <source>ConnectWise companies cannot be listed. %1 You can still add organisations and import or export the mapping.</source>
        <translation>Impossible de lister les sociétés ConnectWise. %1 Vous pouvez toujours ajouter des organisations et importer ou exporter la correspondance.</translation>
    </message>
    <message>
        <source>Loading ConnectWise companies…</source>
        <translation>Chargement des sociétés ConnectWise…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Loading companies was stopped; the mapping is unchanged.</source>
        <translation>Le chargement des sociétés a été arrêté&#xa0;; la correspondance est inchangée.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>%1 of %2 companies</source>
        <extracomment>Progress of loading ConnectWise companies, e.g. &quot;1,000 of 10,000 companies&quot;.</extracomment>
        <translation>%1 sociétés sur %2</translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation>%1 sociétés</translation>
    </message>
    <message>
        <source>The companies could not be loaded: %1</source>
        <translation>Les sociétés n’ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loaded %1 ConnectWise companies.</source>
        <translation>%1 sociétés ConnectWise chargées.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already listed.</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <source>Nothing was imported; the file has errors:</source>
        <translation>Rien n’a été importé&#xa0;; le fichier contient des erreurs&#xa0;:</translation>
    </message>
    <message>
        <source>Imported %1 organisations (%2 new).</source>
        <translation>%1 organisations importées (%2 nouvelles).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported the mapping of %1 organisations.</source>
        <translation>Correspondance de %1 organisations importée.</translation>
    </message>
    <message>
        <source>Exported the mapping to %1.</source>
        <translation>Correspondance exportée dans %1.</translation>
    </message>
    <message>
        <source>The mapping was not saved: %1 Press Next again to go on without saving it.</source>
        <translation>La correspondance n’a pas été enregistrée&#xa0;: %1 Cliquez de nouveau sur Suivant pour continuer sans l’enregistrer.</translation>
    </message>
    <message>
        <source>Saved the mapping with &quot;%1&quot;.</source>
        <translation>Correspondance enregistrée avec «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Accepted %1 proposals.</source>
        <translation>%1 propositions acceptées.</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Contrat&#xa0;:</translation>
    </message>
    <message>
        <source>Loading agreements…</source>
        <translation>Chargement des contrats…</translation>
    </message>
    <message>
        <source>The agreements could not be loaded: %1</source>
        <translation>Les contrats n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>Aucun contrat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>[cancelled]</source>
        <translation>[annulé]</translation>
    </message>
    <message>
        <source>No ConnectWise company matches &quot;%1&quot;.</source>
        <translation>Aucune société ConnectWise ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Accept a&amp;ll (%1)</source>
        <extracomment>Accepts every proposed match; %1 is how many.</extracomment>
        <translation>Tout acc&amp;epter (%1)</translation>
    </message>
</context>
<context>
    <name>MappingSection</name>
    <message>
        <source>Company mapping</source>
        <translation>Correspondance des sociétés</translation>
    </message>
    <message>
        <source>Edit &amp;mapping…</source>
        <extracomment>Goes back to the company mapping page of the wizard.</extracomment>
        <translation>&amp;Modifier la correspondance…</translation>
    </message>
    <message>
        <source>Edit mapping</source>
        <translation>Modifier la correspondance</translation>
    </message>
    <message>
        <source>Opens the company mapping page</source>
        <translation>Ouvre la page de correspondance des sociétés</translation>
    </message>
    <message>
        <source>Ex&amp;port mapping…</source>
        <translation>E&amp;xporter la correspondance…</translation>
    </message>
    <message>
        <source>Export mapping CSV</source>
        <translation>Exporter la correspondance en CSV</translation>
    </message>
    <message>
        <source>Writes the whole mapping to a CSV file</source>
        <translation>Écrit toute la correspondance dans un fichier CSV</translation>
    </message>
    <message>
        <source>No Phin organisations yet.</source>
        <translation>Aucune organisation Phin pour l’instant.</translation>
    </message>
    <message>
        <source>Disconnected: without keys the companies cannot be loaded, so the mapping is read-only until you connect again. It is kept, and you can export it.</source>
        <translation>Déconnecté&#xa0;: sans clés, les sociétés ne peuvent pas être chargées&#xa0;; la correspondance est donc en lecture seule jusqu’à une nouvelle connexion. Elle est conservée et vous pouvez l’exporter.</translation>
    </message>
    <message>
        <source>Export company mapping</source>
        <translation>Exporter la correspondance des sociétés</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The mapping could not be written to %1: %2</source>
        <translation>La correspondance n’a pas pu être écrite dans %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n organisation(s) to %1.</source>
        <translation>
            <numerusform>%n organisation exportée dans %1.</numerusform>
            <numerusform>%n organisations exportées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mapped</source>
        <extracomment>Part of the company mapping summary; the count is of Phin organisations.</extracomment>
        <translation>
            <numerusform>%Ln associée</numerusform>
            <numerusform>%Ln associées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed</source>
        <extracomment>Part of the company mapping summary; the count is of Phin organisations.</extracomment>
        <translation>
            <numerusform>%Ln proposée</numerusform>
            <numerusform>%Ln proposées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unmapped</source>
        <extracomment>Part of the company mapping summary; the count is of Phin organisations.</extracomment>
        <translation>
            <numerusform>%Ln non associée</numerusform>
            <numerusform>%Ln non associées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing in ConnectWise</source>
        <extracomment>Part of the company mapping summary; the count is of Phin organisations.</extracomment>
        <translation>
            <numerusform>%Ln absente de ConnectWise</numerusform>
            <numerusform>%Ln absentes de ConnectWise</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts of the company mapping summary.</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>NetworkSettingsDialog</name>
    <message>
        <source>Network Settings</source>
        <translation>Paramètres réseau</translation>
    </message>
    <message>
        <source>How this computer reaches ConnectWise. The setup wizard and phin-cw-check both use this setting.</source>
        <translation>Comment cet ordinateur atteint ConnectWise. L’assistant de configuration et phin-cw-check utilisent tous deux ce paramètre.</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings (recommended)</source>
        <translation>Utiliser le proxy du s&amp;ystème (recommandé)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy du système</translation>
    </message>
    <message>
        <source>&amp;No proxy: connect directly</source>
        <translation>&amp;Aucun proxy&#xa0;: connexion directe</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manuel&#xa0;:</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Proxy manuel</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Type de proxy</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>3128</source>
        <translation>3128</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nom d’utilisateur du proxy</translation>
    </message>
    <message>
        <source>only if the proxy asks for one</source>
        <translation>seulement si le proxy en demande un</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot &amp;de passe&#xa0;:</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <extracomment>Saves the proxy choice; the mnemonic must differ from the options above.</extracomment>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save network settings</source>
        <translation>Enregistrer les paramètres réseau</translation>
    </message>
    <message>
        <source>saved in the keychain; type to replace it</source>
        <translation>enregistré dans le trousseau&#xa0;; tapez pour le remplacer</translation>
    </message>
    <message>
        <source>A password is saved in the keychain; leave empty to keep it</source>
        <translation>Un mot de passe est enregistré dans le trousseau&#xa0;; laissez vide pour le garder</translation>
    </message>
    <message>
        <source>Stored in the keychain, never in the settings file</source>
        <translation>Enregistré dans le trousseau, jamais dans le fichier de paramètres</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>PagedLoader</name>
    <message>
        <source>ConnectWise did not answer (%1).</source>
        <translation>ConnectWise n’a pas répondu (%1).</translation>
    </message>
    <message>
        <source>ConnectWise rejected the integration&apos;s clientId (&quot;%1&quot;).</source>
        <translation>ConnectWise a refusé le clientId de l’intégration («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>ConnectWise did not accept the API keys (401). Check the connection again.</source>
        <translation>ConnectWise n’a pas accepté les clés API (401). Vérifiez de nouveau la connexion.</translation>
    </message>
    <message>
        <source>The API member&apos;s security role may not read this list (403).</source>
        <translation>Le rôle de sécurité du membre API ne permet peut-être pas de lire cette liste (403).</translation>
    </message>
    <message>
        <source>ConnectWise answered %1 for %2: %3</source>
        <translation>ConnectWise a répondu %1 pour %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>ConnectWise answered page %1 with something that is not a list.</source>
        <translation>ConnectWise a répondu à la page %1 par autre chose qu’une liste.</translation>
    </message>
    <message>
        <source>Stopped after page %1: ConnectWise sent a %2.</source>
        <translation>Arrêt après la page %1&#xa0;: ConnectWise a envoyé %2.</translation>
    </message>
    <message>
        <source>Stopped after page %1: the next page is on another server (%2); the keys were not sent there.</source>
        <translation>Arrêt après la page %1&#xa0;: la page suivante se trouve sur un autre serveur (%2)&#xa0;; les clés n’y ont pas été envoyées.</translation>
    </message>
    <message>
        <source>Stopped after page %1: the next page link points back to a page already loaded.</source>
        <translation>Arrêt après la page %1&#xa0;: le lien vers la page suivante pointe vers une page déjà chargée.</translation>
    </message>
    <message>
        <source>Stopped after %1 pages: ConnectWise announced fewer pages than it keeps sending.</source>
        <translation>Arrêt après %1 pages&#xa0;: ConnectWise a annoncé moins de pages qu’il n’en envoie.</translation>
    </message>
    <message>
        <source></source>
        <comment>Messages while loading lists from ConnectWise. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <source>1. Create a security role</source>
        <translation>1. Créer un rôle de sécurité</translation>
    </message>
    <message>
        <source>Role name:</source>
        <translation>Nom du rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Nom du rôle</translation>
    </message>
    <message>
        <source>The name to give the new security role in ConnectWise</source>
        <translation>Le nom à donner au nouveau rôle de sécurité dans ConnectWise</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>Copier le &amp;nom</translation>
    </message>
    <message>
        <source>Copy the role name</source>
        <translation>Copier le nom du rôle</translation>
    </message>
    <message>
        <source>Copies the role name to the clipboard</source>
        <translation>Copie le nom du rôle dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy &amp;all permission lines</source>
        <translation>Copier &amp;toutes les lignes d’autorisation</translation>
    </message>
    <message>
        <source>Copy all permission lines</source>
        <translation>Copier toutes les lignes d’autorisation</translation>
    </message>
    <message>
        <source>Copies every permission line for the chosen features, one per line</source>
        <translation>Copie chaque ligne d’autorisation des fonctions choisies, une par ligne</translation>
    </message>
    <message>
        <source>2. Create an API member and its keys</source>
        <translation>2. Créer un membre API et ses clés</translation>
    </message>
    <message>
        <source>Prepare ConnectWise</source>
        <translation>Préparer ConnectWise</translation>
    </message>
    <message>
        <source>Do these steps in ConnectWise Manage, then come back for the four values.</source>
        <translation>Effectuez ces étapes dans ConnectWise Manage, puis revenez avec les quatre valeurs.</translation>
    </message>
    <message>
        <source>the role name</source>
        <translation>le nom du rôle</translation>
    </message>
    <message>
        <source>all permission lines</source>
        <translation>toutes les lignes d’autorisation</translation>
    </message>
    <message>
        <source>If the API member will have the &lt;b&gt;Admin&lt;/b&gt; role, skip this step: Admin already has every permission below.</source>
        <translation>Si le membre API aura le rôle &lt;b&gt;Admin&lt;/b&gt;, sautez cette étape&#xa0;: Admin a déjà toutes les autorisations ci-dessous.</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left:0&quot;&gt;&lt;li&gt;In ConnectWise, go to &lt;b&gt;System &amp;gt; Security Roles&lt;/b&gt; and select &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Name the role as below and save.&lt;/li&gt;&lt;li&gt;Set these Security Module levels and save again.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&quot;margin-left:0&quot;&gt;&lt;li&gt;Dans ConnectWise, allez dans &lt;b&gt;System &amp;gt; Security Roles&lt;/b&gt; et sélectionnez &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Nommez le rôle comme ci-dessous et enregistrez.&lt;/li&gt;&lt;li&gt;Réglez ces niveaux du Security Module et enregistrez de nouveau.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Permissions needed for %1:</source>
        <translation>Autorisations nécessaires pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>%1 &gt; %2 &gt; %3 Level (%4)</source>
        <translation>%1 &gt; %2 &gt; %3 Level (%4)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copies this permission line to the clipboard</source>
        <translation>Copie cette ligne d’autorisation dans le presse-papiers</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left:0&quot;&gt;&lt;li&gt;Go to &lt;b&gt;System &amp;gt; Members &amp;gt; API Members&lt;/b&gt; and select &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Fill in Member ID, Member Name and the required fields; choose the &lt;b&gt;%1&lt;/b&gt; role (or Admin).&lt;/li&gt;</source>
        <translation>&lt;ol style=&quot;margin-left:0&quot;&gt;&lt;li&gt;Allez dans &lt;b&gt;System &amp;gt; Members &amp;gt; API Members&lt;/b&gt; et sélectionnez &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Remplissez Member ID, Member Name et les champs obligatoires&#xa0;; choisissez le rôle &lt;b&gt;%1&lt;/b&gt; (ou Admin).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Under &lt;b&gt;%1&lt;/b&gt;, choose a default service board: Phin creates its tickets there.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Sous &lt;b&gt;%1&lt;/b&gt;, choisissez un board de service par défaut&#xa0;: Phin y crée ses tickets.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Open the &lt;b&gt;API Keys&lt;/b&gt; tab, select &lt;b&gt;+&lt;/b&gt;, enter a description and save. Copy the &lt;b&gt;Public Key&lt;/b&gt; and the &lt;b&gt;Private Key&lt;/b&gt; now: ConnectWise shows the private key only once.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;li&gt;Ouvrez l’onglet &lt;b&gt;API Keys&lt;/b&gt;, sélectionnez &lt;b&gt;+&lt;/b&gt;, saisissez une description et enregistrez. Copiez tout de suite la &lt;b&gt;Public Key&lt;/b&gt; et la &lt;b&gt;Private Key&lt;/b&gt;&#xa0;: ConnectWise n’affiche la clé privée qu’une seule fois.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <source></source>
        <comment>The page that lists what to create in ConnectWise before connecting. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>system proxy</source>
        <translation>proxy du système</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>aucun proxy</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or IP address, e.g. proxy.example.com.</source>
        <translation>Saisissez le nom d’hôte ou l’adresse IP du proxy, par ex. proxy.example.com.</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host name, without &quot;http://&quot;; choose the type above.</source>
        <translation>Saisissez seulement le nom d’hôte du proxy, sans «&#xa0;http://&#xa0;»&#xa0;; choisissez le type ci-dessus.</translation>
    </message>
    <message>
        <source>The proxy host must not contain spaces, &quot;/&quot; or &quot;@&quot;.</source>
        <translation>L’hôte du proxy ne doit contenir ni espaces, ni «&#xa0;/&#xa0;», ni «&#xa0;@&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’hôte ni une adresse IP.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535 (often 3128, 8080 or 1080).</source>
        <translation>Le port du proxy doit être un nombre de 1 à 65535 (souvent 3128, 8080 ou 1080).</translation>
    </message>
    <message>
        <source>The proxy user name starts or ends with a space; remove it.</source>
        <translation>Le nom d’utilisateur du proxy commence ou finit par un espace&#xa0;; supprimez-le.</translation>
    </message>
    <message>
        <source>Enter the password for the proxy user %1, or clear the user name if the proxy needs none.</source>
        <translation>Saisissez le mot de passe de l’utilisateur de proxy %1, ou effacez le nom d’utilisateur si le proxy n’en demande pas.</translation>
    </message>
    <message>
        <source>A proxy password needs a user name; enter it, or clear the password.</source>
        <translation>Un mot de passe de proxy demande un nom d’utilisateur&#xa0;; saisissez-le, ou effacez le mot de passe.</translation>
    </message>
    <message>
        <source>%1 is not a proxy address; give http://host:port or socks5://host:port (optionally with user@).</source>
        <translation>%1 n’est pas une adresse de proxy&#xa0;; indiquez http://host:port ou socks5://host:port (éventuellement avec user@).</translation>
    </message>
</context>
<context>
    <name>ProxyVault</name>
    <message>
        <source>Connections use the system&apos;s proxy settings.</source>
        <translation>Les connexions utilisent les paramètres proxy du système.</translation>
    </message>
    <message>
        <source>Connections go directly to ConnectWise, without a proxy.</source>
        <translation>Les connexions vont directement à ConnectWise, sans proxy.</translation>
    </message>
    <message>
        <source>Connections go through the proxy %1.</source>
        <translation>Les connexions passent par le proxy %1.</translation>
    </message>
    <message>
        <source>the keychain gave no reason</source>
        <translation>le trousseau n’a donné aucune raison</translation>
    </message>
    <message>
        <source>The saved proxy %1 cannot be used: %2</source>
        <translation>Le proxy enregistré %1 ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The password of the proxy %1 could not be read from the keychain (%2); the proxy is used without it. Enter it again in the network settings.</source>
        <translation>Le mot de passe du proxy %1 n’a pas pu être lu dans le trousseau (%2)&#xa0;; le proxy est utilisé sans lui. Saisissez-le de nouveau dans les paramètres réseau.</translation>
    </message>
    <message>
        <source>The keychain did not store the proxy password (%1); nothing was changed.</source>
        <translation>Le trousseau n’a pas enregistré le mot de passe du proxy (%1)&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The stored password of the proxy %1 could not be read from the keychain (%2); type it again.</source>
        <translation>Le mot de passe enregistré du proxy %1 n’a pas pu être lu dans le trousseau (%2)&#xa0;; tapez-le de nouveau.</translation>
    </message>
    <message>
        <source>The proxy settings could not be saved: %1</source>
        <translation>Les paramètres du proxy n’ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The proxy %1 cannot be used: %2</source>
        <translation>Le proxy %1 ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The password of the previous proxy %1 could not be removed from the keychain (%2); remove the entry &quot;%3&quot; by hand.</source>
        <translation>Le mot de passe du proxy précédent %1 n’a pas pu être supprimé du trousseau (%2)&#xa0;; supprimez l’entrée «&#xa0;%3&#xa0;» à la main.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Phin ConnectWise Setup</source>
        <translation>Configuration Phin pour ConnectWise</translation>
    </message>
    <message>
        <source>Connects Phin to ConnectWise Manage and checks every permission it needs.</source>
        <translation>Connecte Phin à ConnectWise Manage et vérifie chaque autorisation dont il a besoin.</translation>
    </message>
    <message>
        <source>Open the wizard connected to the built-in ConnectWise simulator (scenario given as argument; default &quot;ready&quot;).</source>
        <translation>Ouvrir l’assistant connecté au simulateur ConnectWise intégré (scénario en argument&#xa0;; par défaut «&#xa0;ready&#xa0;»).</translation>
    </message>
    <message>
        <source>List the sandbox scenarios and exit.</source>
        <translation>Lister les scénarios du bac à sable et quitter.</translation>
    </message>
    <message>
        <source>Language of the wizard, e.g. de, fr, es, nl (default: the system&apos;s).</source>
        <translation>Langue de l’assistant, par ex. de, fr, es, nl (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Sandbox scenario for --sandbox.</source>
        <translation>Scénario du bac à sable pour --sandbox.</translation>
    </message>
    <message>
        <source>phin-cw-setup: the permission catalog is damaged: %1</source>
        <translation>phin-cw-setup&#xa0;: le catalogue des autorisations est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>phin-cw-setup: the ConnectWise assumptions are damaged: %1</source>
        <translation>phin-cw-setup&#xa0;: les hypothèses sur ConnectWise sont endommagées&#xa0;: %1</translation>
    </message>
    <message>
        <source>phin-cw-setup: the sandbox did not start: %1</source>
        <translation>phin-cw-setup&#xa0;: le bac à sable n’a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>phin-cw-setup: no translation for &quot;%1&quot;; using English.</source>
        <translation>phin-cw-setup&#xa0;: pas de traduction pour «&#xa0;%1&#xa0;»&#xa0;; affichage en anglais.</translation>
    </message>
</context>
<context>
    <name>RemediationPage</name>
    <message>
        <source>What to change in ConnectWise</source>
        <translation>Ce qu’il faut modifier dans ConnectWise</translation>
    </message>
    <message>
        <source>Grouped by where it is changed: the security role, then the API member</source>
        <translation>Regroupé selon l’endroit de la modification&#xa0;: d’abord le rôle de sécurité, puis le membre API</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>À modifier</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>&amp;Copy steps</source>
        <translation>&amp;Copier les étapes</translation>
    </message>
    <message>
        <source>Copy steps</source>
        <translation>Copier les étapes</translation>
    </message>
    <message>
        <source>Copies the steps as plain text for a ConnectWise administrator</source>
        <translation>Copie les étapes en texte brut pour un administrateur ConnectWise</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>Enregistrer le rapp&amp;ort…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Saves a redacted report as Markdown, JSON or HTML</source>
        <translation>Enregistre un rapport expurgé en Markdown, JSON ou HTML</translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation>Re&amp;vérifier</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Revérifier</translation>
    </message>
    <message>
        <source>Runs the checks again after you changed ConnectWise, and shows what changed</source>
        <translation>Relance les vérifications après vos modifications dans ConnectWise et montre ce qui a changé</translation>
    </message>
    <message>
        <source>Only what still needs doing, grouped by where it is changed.</source>
        <translation>Seulement ce qui reste à faire, regroupé selon l’endroit de la modification.</translation>
    </message>
    <message>
        <source>The steps are on the clipboard, ready to paste into a message to your ConnectWise administrator.</source>
        <translation>Les étapes sont dans le presse-papiers, prêtes à être collées dans un message à votre administrateur ConnectWise.</translation>
    </message>
    <message>
        <source>There is no report to save yet.</source>
        <translation>Il n’y a pas encore de rapport à enregistrer.</translation>
    </message>
    <message>
        <source>Phin ConnectWise check</source>
        <translation>Vérification Phin de ConnectWise</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Le rapport n’a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Choisir un &amp;autre fichier…</translation>
    </message>
    <message>
        <source>Report saved to %1. It contains no private key; the public key appears only as its last four characters.</source>
        <translation>Rapport enregistré dans %1. Il ne contient aucune clé privée&#xa0;; la clé publique n’apparaît que par ses quatre derniers caractères.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation>Nouvelle vérification…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>The re-check was stopped; the list shows the previous results.</source>
        <translation>La nouvelle vérification a été arrêtée&#xa0;; la liste montre les résultats précédents.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>The re-check could not connect: %1</source>
        <translation>La nouvelle vérification n’a pas pu se connecter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing changed since the previous check. Changes to a security role can take a moment to apply; save them in ConnectWise and re-check.</source>
        <translation>Rien n’a changé depuis la vérification précédente. Les modifications d’un rôle de sécurité peuvent mettre un moment à s’appliquer&#xa0;; enregistrez-les dans ConnectWise et revérifiez.</translation>
    </message>
    <message>
        <source>Changed since the previous check:</source>
        <translation>Modifié depuis la vérification précédente&#xa0;:</translation>
    </message>
    <message>
        <source>the API member&apos;s role</source>
        <translation>le rôle du membre API</translation>
    </message>
    <message>
        <source>the API member</source>
        <translation>le membre API</translation>
    </message>
    <message>
        <source>API member: System &gt; Members &gt; API Members &gt; %1</source>
        <translation>Membre API&#xa0;: System &gt; Members &gt; API Members &gt; %1</translation>
    </message>
    <message>
        <source>Security role: System &gt; Security Roles &gt; %1</source>
        <translation>Rôle de sécurité&#xa0;: System &gt; Security Roles &gt; %1</translation>
    </message>
    <message>
        <source>%1 (found: %2). %3</source>
        <translation>%1 (constaté&#xa0;: %2). %3</translation>
    </message>
    <message>
        <source>a default board</source>
        <translation>un board par défaut</translation>
    </message>
    <message>
        <source>%1 Level: %2</source>
        <translation>%1 Level&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2, set to %3, blocks %4</source>
        <translation>%1, %2, régler sur %3, bloque %4</translation>
    </message>
    <message>
        <source>Everything the chosen features need is now in place. Continue to save the connection.</source>
        <translation>Tout ce dont les fonctions choisies ont besoin est maintenant en place. Continuez pour enregistrer la connexion.</translation>
    </message>
    <message>
        <source>One item needs changing in ConnectWise.</source>
        <translation>Un point doit être modifié dans ConnectWise.</translation>
    </message>
    <message>
        <source>%1 items need changing in ConnectWise.</source>
        <translation>%1 points doivent être modifiés dans ConnectWise.</translation>
    </message>
    <message>
        <source>Change them (or send the steps to your ConnectWise administrator), then re-check.</source>
        <translation>Modifiez-les (ou envoyez les étapes à votre administrateur ConnectWise), puis revérifiez.</translation>
    </message>
    <message>
        <source></source>
        <comment>The page that lists what to change in ConnectWise. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>Not checked: ConnectWise did not answer normally. Re-check in a moment.</source>
        <translation>Non vérifié&#xa0;: ConnectWise n’a pas répondu normalement. Revérifiez dans un instant.</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Non vérifié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not checked, %1: %2, blocks %3</source>
        <translation>Non vérifié, %1&#xa0;: %2, bloque %3</translation>
    </message>
    <message>
        <source>Why not checked</source>
        <translation>Pourquoi non vérifié</translation>
    </message>
    <message>
        <source>Set to, or why not checked</source>
        <translation>Valeur ou pourquoi non vérifié</translation>
    </message>
    <message>
        <source>One check got no normal answer from ConnectWise; re-check in a moment.</source>
        <translation>Une vérification n’a pas reçu de réponse normale de ConnectWise&#xa0;; revérifiez dans un instant.</translation>
    </message>
    <message>
        <source>%1 checks got no normal answer from ConnectWise; re-check in a moment.</source>
        <translation>%1 vérifications n’ont pas reçu de réponse normale de ConnectWise&#xa0;; revérifiez dans un instant.</translation>
    </message>
</context>
<context>
    <name>ReportFormatter</name>
    <message>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <source>on-premise</source>
        <translation>sur site</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>, role &quot;%1&quot;</source>
        <translation>, rôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source> (an Admin role)</source>
        <translation> (un rôle Admin)</translation>
    </message>
    <message>
        <source>, default board &quot;%1&quot;</source>
        <translation>, board par défaut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>, no default board</source>
        <translation>, pas de board par défaut</translation>
    </message>
    <message>
        <source>%1: not selected</source>
        <translation>%1&#xa0;: non sélectionnée</translation>
    </message>
    <message>
        <source>%1: ready</source>
        <translation>%1&#xa0;: prête</translation>
    </message>
    <message>
        <source>%1: not ready</source>
        <translation>%1&#xa0;: pas prête</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordée</translation>
    </message>
    <message>
        <source>insufficient</source>
        <translation>insuffisante</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>Phin ConnectWise check (%1 %2), %3</source>
        <translation>Vérification Phin de ConnectWise (%1 %2), %3</translation>
    </message>
    <message>
        <source>Site:        %1</source>
        <translation>Adresse&#xa0;:       %1</translation>
    </message>
    <message>
        <source>Company ID:  %1</source>
        <translation>ID de société&#xa0;: %1</translation>
    </message>
    <message>
        <source>Public key:  %1</source>
        <translation>Clé publique&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Features:    %1</source>
        <translation>Fonctions&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Connection:  %1: %2</source>
        <translation>Connexion&#xa0;:     %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>API member:  %1</source>
        <translation>Membre API&#xa0;:    %1</translation>
    </message>
    <message>
        <source>Note:        %1</source>
        <translation>Remarque&#xa0;:      %1</translation>
    </message>
    <message>
        <source>WARNING:     %1</source>
        <translation>ATTENTION&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>: found %1</source>
        <translation>&#xa0;: constaté %1</translation>
    </message>
    <message>
        <source>      fix: %1</source>
        <translation>      correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary: %1 granted, %2 insufficient, %3 missing, %4 unknown, %5 skipped</source>
        <translation>Bilan&#xa0;: %1 accordées, %2 insuffisantes, %3 manquantes, %4 inconnues, %5 ignorées</translation>
    </message>
    <message>
        <source>Ready:   %1</source>
        <translation>Prêt&#xa0;:  %1</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>### Phin ConnectWise check</source>
        <translation>### Vérification Phin de ConnectWise</translation>
    </message>
    <message>
        <source>- **Checked:** %1 (%2 %3)</source>
        <translation>- **Vérifié&#xa0;:** %1 (%2 %3)</translation>
    </message>
    <message>
        <source>- **Site:** `%1`</source>
        <translation>- **Adresse&#xa0;:** `%1`</translation>
    </message>
    <message>
        <source>- **Company ID:** `%1`</source>
        <translation>- **ID de société&#xa0;:** `%1`</translation>
    </message>
    <message>
        <source>- **Public key:** `%1`</source>
        <translation>- **Clé publique&#xa0;:** `%1`</translation>
    </message>
    <message>
        <source>- **Features:** %1</source>
        <translation>- **Fonctions&#xa0;:** %1</translation>
    </message>
    <message>
        <source>- **Connection:** `%1`: %2</source>
        <translation>- **Connexion&#xa0;:** `%1`&#xa0;: %2</translation>
    </message>
    <message>
        <source>- **API member:** %1</source>
        <translation>- **Membre API&#xa0;:** %1</translation>
    </message>
    <message>
        <source>- **Note:** %1</source>
        <translation>- **Remarque&#xa0;:** %1</translation>
    </message>
    <message>
        <source>- **WARNING:** %1</source>
        <translation>- **ATTENTION&#xa0;:** %1</translation>
    </message>
    <message>
        <source>| Check | Needs | Status | Found | How |</source>
        <translation>| Vérification | Requis | État | Constaté | Comment |</translation>
    </message>
    <message>
        <source>**Summary:** %1 granted, %2 insufficient, %3 missing, %4 unknown, %5 skipped. %6.</source>
        <translation>**Bilan&#xa0;:** %1 accordées, %2 insuffisantes, %3 manquantes, %4 inconnues, %5 ignorées. %6.</translation>
    </message>
    <message>
        <source>#### How to fix</source>
        <translation>#### Comment corriger</translation>
    </message>
    <message>
        <source>Phin ConnectWise check</source>
        <translation>Vérification Phin de ConnectWise</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Company ID: %1</source>
        <translation>ID de société&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connection: %1: %2</source>
        <translation>Connexion&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation>ATTENTION&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>Connection: %1 → %2</source>
        <translation>Connexion&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>(the API member&apos;s security role)</source>
        <translation>(le rôle de sécurité du membre API)</translation>
    </message>
    <message>
        <source>(the API member)</source>
        <translation>(le membre API)</translation>
    </message>
    <message>
        <source>Service Defaults &gt; Default Board: choose the board Phin should create tickets on</source>
        <translation>Service Defaults &gt; Default Board&#xa0;: choisissez le board sur lequel Phin doit créer les tickets</translation>
    </message>
    <message>
        <source>%1 &gt; %2 &gt; %3 Level = %4</source>
        <translation>%1 &gt; %2 &gt; %3 Level = %4</translation>
    </message>
    <message>
        <source> (now %1)</source>
        <translation> (actuellement %1)</translation>
    </message>
    <message>
        <source> (could not be checked: %1)</source>
        <translation> (n’a pas pu être vérifié&#xa0;: %1)</translation>
    </message>
    <message>
        <source>In ConnectWise, System &gt; Security Roles &gt; %1, set and save:</source>
        <translation>Dans ConnectWise, System &gt; Security Roles &gt; %1, réglez puis enregistrez&#xa0;:</translation>
    </message>
    <message>
        <source>  Note: the API member uses the Admin role, so these settings were changed on the Admin role itself.</source>
        <translation>  Remarque&#xa0;: le membre API utilise le rôle Admin&#xa0;; ces réglages ont donc été modifiés sur le rôle Admin lui-même.</translation>
    </message>
    <message>
        <source>In ConnectWise, System &gt; Members &gt; API Members &gt; %1:</source>
        <translation>Dans ConnectWise, System &gt; Members &gt; API Members &gt; %1&#xa0;:</translation>
    </message>
    <message>
        <source>Verify by hand (System &gt; Security Roles &gt; %1 and System &gt; Members &gt; API Members &gt; %2):</source>
        <translation>Vérifiez à la main (System &gt; Security Roles &gt; %1 et System &gt; Members &gt; API Members &gt; %2)&#xa0;:</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Puis relancez la vérification.</translation>
    </message>
    <message>
        <source></source>
        <comment>The text and Markdown report of phin-cw-check and the wizard. Keep the padding of the &quot;Label: %1&quot; lines so the values line up (pad every label of the block to the same width in your language). JSON keys and check ids are never translated. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>  [%1] %2 (need %3)</source>
        <extracomment>%1 status (padded), %2 the check, e.g. &quot;Companies &gt; Manage Attachments &gt; Add&quot;, %3 the level it needs, e.g. &quot;All&quot; (ConnectWise&apos;s own words: keep them as they are)</extracomment>
        <translation>  [%1] %2 (requis&#xa0;: %3)</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Connection na&amp;me:</source>
        <translation>Nom de la co&amp;nnexion&#xa0;:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>How this connection is listed on the welcome page next time</source>
        <translation>Le nom sous lequel cette connexion apparaîtra sur la page d’accueil la prochaine fois</translation>
    </message>
    <message>
        <source>&amp;Save to keychain</source>
        <translation>Enregistrer dans le &amp;trousseau</translation>
    </message>
    <message>
        <source>Save to keychain</source>
        <translation>Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>Stores both keys in the system keychain and the rest of the connection in the settings</source>
        <translation>Enregistre les deux clés dans le trousseau du système et le reste de la connexion dans les paramètres</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>Pour cette session &amp;uniquement</translation>
    </message>
    <message>
        <source>Use the keys for this session only</source>
        <translation>Utiliser les clés pour cette session uniquement</translation>
    </message>
    <message>
        <source>Continues without storing the keys; they are forgotten when the wizard closes</source>
        <translation>Continue sans enregistrer les clés&#xa0;; elles sont oubliées à la fermeture de l’assistant</translation>
    </message>
    <message>
        <source>Save the connection</source>
        <translation>Enregistrer la connexion</translation>
    </message>
    <message>
        <source>The keys go into this computer&apos;s keychain, never into a settings file.</source>
        <translation>Les clés vont dans le trousseau de cet ordinateur, jamais dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Company &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;, public key &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Both keys are stored in the system keychain (Secret Service, macOS Keychain or Windows Credential Manager). The settings keep only the site, the company and the chosen features.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Société &lt;b&gt;%1&lt;/b&gt; sur &lt;b&gt;%2&lt;/b&gt;, clé publique &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Les deux clés sont enregistrées dans le trousseau du système (Secret Service, trousseau macOS ou Gestionnaire d’identification Windows). Les paramètres ne gardent que l’adresse, la société et les fonctions choisies.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <source>The keys are used for this session only and forgotten when the wizard closes. Save again later to keep them.</source>
        <translation>Les clés ne servent que pour cette session et sont oubliées à la fermeture de l’assistant. Enregistrez de nouveau plus tard pour les garder.</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;. The keys are in the keychain.</source>
        <translation>Enregistrée sous «&#xa0;%1&#xa0;». Les clés sont dans le trousseau.</translation>
    </message>
    <message>
        <source>Keychain says: %1</source>
        <translation>Message du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation>%1 vérifications réussies sur %2</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Connect Phin to ConnectWise Manage</source>
        <translation>Connecter Phin à ConnectWise Manage</translation>
    </message>
    <message>
        <source>Connect Phin to ConnectWise Manage (sandbox: %1)</source>
        <translation>Connecter Phin à ConnectWise Manage (bac à sable&#xa0;: %1)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Shows the version, commit, Qt and QtKeychain versions</source>
        <translation>Affiche la version, le commit et les versions de Qt et de QtKeychain</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Paramètres réseau</translation>
    </message>
    <message>
        <source>Proxy used to reach ConnectWise</source>
        <translation>Proxy utilisé pour atteindre ConnectWise</translation>
    </message>
    <message>
        <source>Network…</source>
        <extracomment>Opens the proxy settings. No mnemonic: the button is on every page.</extracomment>
        <translation>Réseau…</translation>
    </message>
</context>
<context>
    <name>SiteAddress</name>
    <message>
        <source>ConnectWise site: enter the address you use to log in to ConnectWise, for example na.myconnectwise.net.</source>
        <translation>Adresse ConnectWise&#xa0;: saisissez l’adresse que vous utilisez pour vous connecter à ConnectWise, par exemple na.myconnectwise.net.</translation>
    </message>
    <message>
        <source>ConnectWise site: the address contains a space. Copy only the address bar of the ConnectWise login page, for example na.myconnectwise.net.</source>
        <translation>Adresse ConnectWise&#xa0;: l’adresse contient un espace. Copiez seulement la barre d’adresse de la page de connexion ConnectWise, par exemple na.myconnectwise.net.</translation>
    </message>
    <message>
        <source>ConnectWise site: &quot;%1&quot; is not a web address. Enter the https address of your ConnectWise login page, for example https://na.myconnectwise.net.</source>
        <translation>Adresse ConnectWise&#xa0;: «&#xa0;%1&#xa0;» n’est pas une adresse web. Saisissez l’adresse https de votre page de connexion ConnectWise, par exemple https://na.myconnectwise.net.</translation>
    </message>
    <message>
        <source>ConnectWise site: the port number in &quot;%1&quot; is not valid. Use a number such as 443 or 8443, or leave the port out.</source>
        <translation>Adresse ConnectWise&#xa0;: le numéro de port dans «&#xa0;%1&#xa0;» n’est pas valide. Utilisez un nombre comme 443 ou 8443, ou omettez le port.</translation>
    </message>
    <message>
        <source>ConnectWise site: &quot;%1&quot; is not a valid address. Enter the host name only, for example na.myconnectwise.net or connectwise.example.com:8443.</source>
        <translation>Adresse ConnectWise&#xa0;: «&#xa0;%1&#xa0;» n’est pas une adresse valide. Saisissez seulement le nom d’hôte, par exemple na.myconnectwise.net ou connectwise.example.com:8443.</translation>
    </message>
    <message>
        <source>ConnectWise site: remove the user name before the @ sign; keys go in the key fields, never in the address.</source>
        <translation>Adresse ConnectWise&#xa0;: supprimez le nom d’utilisateur devant le signe @&#xa0;; les clés vont dans les champs de clé, jamais dans l’adresse.</translation>
    </message>
    <message>
        <source>ConnectWise site: &quot;%1&quot; is not a valid host name. Check for typing mistakes.</source>
        <translation>Adresse ConnectWise&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nom d’hôte valide. Vérifiez les fautes de frappe.</translation>
    </message>
    <message>
        <source>ConnectWise site: http:// is not allowed for %1, because the keys would travel unencrypted and ConnectWise refuses plain http. Use https://%1 (or type just the host name).</source>
        <translation>Adresse ConnectWise&#xa0;: http:// n’est pas autorisé pour %1, car les clés circuleraient sans chiffrement et ConnectWise refuse le http simple. Utilisez https://%1 (ou tapez seulement le nom d’hôte).</translation>
    </message>
    <message>
        <source>ConnectWise site: kept only the host %1; the rest of the pasted address is not needed.</source>
        <translation>Adresse ConnectWise&#xa0;: seul l’hôte %1 a été conservé&#xa0;; le reste de l’adresse collée n’est pas nécessaire.</translation>
    </message>
    <message>
        <source></source>
        <comment>Messages about the ConnectWise site address. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>StatusKind</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Insufficient</source>
        <translation>Insuffisante</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>This wizard connects Phin to your ConnectWise Manage. It explains what to prepare in ConnectWise, checks the four values as you type them, tests every permission the chosen features need without changing anything, and stores the keys in this computer&apos;s keychain.</source>
        <translation>Cet assistant connecte Phin à votre ConnectWise Manage. Il explique ce qu’il faut préparer dans ConnectWise, vérifie les quatre valeurs pendant la saisie, teste chaque autorisation dont les fonctions choisies ont besoin sans rien modifier, et enregistre les clés dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Features to set up</source>
        <translation>Fonctions à configurer</translation>
    </message>
    <message>
        <source>&amp;Billing: keep agreements in ConnectWise up to date</source>
        <translation>&amp;Billing&#xa0;: tenir à jour les contrats dans ConnectWise</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Set up the Billing feature, which updates agreements in ConnectWise</source>
        <translation>Configurer la fonction Billing, qui met à jour les contrats dans ConnectWise</translation>
    </message>
    <message>
        <source>&amp;Service Desk: create tickets with attachments in ConnectWise</source>
        <translation>Service &amp;Desk&#xa0;: créer des tickets avec pièces jointes dans ConnectWise</translation>
    </message>
    <message>
        <source>Service Desk</source>
        <translation>Service Desk</translation>
    </message>
    <message>
        <source>Set up the Service Desk feature, which creates tickets on the API member&apos;s default board</source>
        <translation>Configurer la fonction Service Desk, qui crée des tickets sur le board par défaut du membre API</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>Connections saved on this computer; choose one to re-check or edit it</source>
        <translation>Connexions enregistrées sur cet ordinateur&#xa0;; choisissez-en une pour la revérifier ou la modifier</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <source>Re-check the saved connection</source>
        <translation>Revérifier la connexion enregistrée</translation>
    </message>
    <message>
        <source>Runs every check again with the stored keys</source>
        <translation>Relance chaque vérification avec les clés enregistrées</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the saved connection</source>
        <translation>Modifier la connexion enregistrée</translation>
    </message>
    <message>
        <source>Opens the connection details of the saved connection</source>
        <translation>Ouvre les informations de la connexion enregistrée</translation>
    </message>
    <message>
        <source>&amp;Practise in the sandbox</source>
        <translation>S’e&amp;xercer dans le bac à sable</translation>
    </message>
    <message>
        <source>Connects the wizard to a built-in ConnectWise simulator on this computer. Nothing is sent to a real server.</source>
        <translation>Connecte l’assistant à un simulateur ConnectWise intégré sur cet ordinateur. Rien n’est envoyé à un vrai serveur.</translation>
    </message>
    <message>
        <source>Practise in the sandbox</source>
        <translation>S’exercer dans le bac à sable</translation>
    </message>
    <message>
        <source>Connects the wizard to a built-in ConnectWise simulator; nothing is sent to a real server</source>
        <translation>Connecte l’assistant à un simulateur ConnectWise intégré&#xa0;; rien n’est envoyé à un vrai serveur</translation>
    </message>
    <message>
        <source>Connect Phin to ConnectWise Manage</source>
        <translation>Connecter Phin à ConnectWise Manage</translation>
    </message>
    <message>
        <source>Choose the features to set up. You can turn each one on or off later.</source>
        <translation>Choisissez les fonctions à configurer. Vous pourrez activer ou désactiver chacune plus tard.</translation>
    </message>
    <message>
        <source>Connected to the sandbox (scenario &quot;%1&quot;): a ConnectWise simulator on this computer. The connection details are filled in; nothing reaches a real server.</source>
        <translation>Connecté au bac à sable (scénario «&#xa0;%1&#xa0;»)&#xa0;: un simulateur ConnectWise sur cet ordinateur. Les informations de connexion sont remplies&#xa0;; rien n’atteint un vrai serveur.</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Le bac à sable n’a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>déconnectée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was disconnected; enter new keys to connect it again.</source>
        <translation>«&#xa0;%1&#xa0;» a été déconnectée&#xa0;; saisissez de nouvelles clés pour la reconnecter.</translation>
    </message>
    <message>
        <source>Reading the keys of &quot;%1&quot;…</source>
        <translation>Lecture des clés de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Essa&amp;yer à nouveau</translation>
    </message>
    <message>
        <source>Choose at least one feature to continue.</source>
        <translation>Choisissez au moins une fonction pour continuer.</translation>
    </message>
    <message>
        <source></source>
        <comment>The first page of the wizard. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>WizardContext</name>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Bac à sable (%1)</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>This build has no sandbox.</source>
        <translation>Cette version ne contient pas de bac à sable.</translation>
    </message>
    <message>
        <source>This connection is not saved, so the mapping lasts only until the wizard closes. Export it to keep it.</source>
        <translation>Cette connexion n’est pas enregistrée&#xa0;: la correspondance ne dure que jusqu’à la fermeture de l’assistant. Exportez-la pour la garder.</translation>
    </message>
</context>
</TS>
