<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BatchFile</name>
    <message>
        <source>line %1: the header has an unclosed quote.</source>
        <translation>Zeile %1: In der Kopfzeile fehlt ein schließendes Anführungszeichen.</translation>
    </message>
    <message>
        <source>line %1: unknown column &quot;%2&quot;; the columns are name, site, company, profile, public_key_env, private_key_env, features, member.</source>
        <translation>Zeile %1: unbekannte Spalte „%2“; die Spalten heißen name, site, company, profile, public_key_env, private_key_env, features, member.</translation>
    </message>
    <message>
        <source>not a JSON object (%1).</source>
        <translation>kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>unbekannter Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>unclosed quote (a field cannot span lines).</source>
        <translation>Anführungszeichen nicht geschlossen (ein Feld kann nicht über mehrere Zeilen gehen).</translation>
    </message>
    <message>
        <source>%1 fields, but the header names %2 columns.</source>
        <translation>%1 Felder, aber die Kopfzeile nennt %2 Spalten.</translation>
    </message>
    <message>
        <source>no connections in the file.</source>
        <translation>keine Verbindungen in der Datei.</translation>
    </message>
    <message>
        <source>needs a profile, or a site and a company.</source>
        <translation>braucht ein Profil oder eine Adresse und eine Firma.</translation>
    </message>
    <message>
        <source>needs public_key_env and private_key_env (the names of the environment variables holding the keys), or a profile.</source>
        <translation>braucht public_key_env und private_key_env (die Namen der Umgebungsvariablen mit den Schlüsseln) oder ein Profil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name; the file names the variables that hold the keys, never the keys.</source>
        <translation>„%1“ ist kein Name einer Umgebungsvariablen; die Datei nennt die Variablen, die die Schlüssel enthalten, niemals die Schlüssel selbst.</translation>
    </message>
    <message>
        <source>unknown feature &quot;%1&quot;; choose from %2.</source>
        <translation>unbekannte Funktion „%1“; zur Auswahl stehen %2.</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>%1 %2 (commit %3)</source>
        <extracomment>%1 program name, %2 version number, %3 git commit id</extracomment>
        <translation>%1 %2 (Commit %3)</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <extracomment>%1 Qt version in use, %2 Qt version the program was built with</extracomment>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>QtKeychain %1 (build time)</source>
        <extracomment>%1 QtKeychain version; it cannot be asked at run time, so it is the build-time one</extracomment>
        <translation>QtKeychain %1 (zur Build-Zeit)</translation>
    </message>
</context>
<context>
    <name>CatalogChangesPanel</name>
    <message>
        <source>New requirements</source>
        <translation>Neue Anforderungen</translation>
    </message>
    <message>
        <source>Check new re&amp;quirements</source>
        <translation>Neue Anforderungen &amp;prüfen</translation>
    </message>
    <message>
        <source>Check new requirements</source>
        <translation>Neue Anforderungen prüfen</translation>
    </message>
    <message>
        <source>Checks only the permissions added since this connection was last checked</source>
        <translation>Prüft nur die Berechtigungen, die seit der letzten Prüfung dieser Verbindung hinzugekommen sind</translation>
    </message>
    <message>
        <source>List of new requirements</source>
        <translation>Liste der neuen Anforderungen</translation>
    </message>
    <message>
        <source>Since this connection was checked (requirements %1), Phin needs %2 more:</source>
        <extracomment>%1 is the requirements (catalog) version the connection was checked against, %2 how many requirements were added since.</extracomment>
        <translation>Seit der Prüfung dieser Verbindung (Anforderungen %1) braucht Phin %2 weitere:</translation>
    </message>
    <message>
        <source>To check them, go back to the Connection page and enter the keys.</source>
        <translation>Um sie zu prüfen, gehen Sie zurück zur Seite „Verbindungsdaten“ und geben Sie die Schlüssel ein.</translation>
    </message>
    <message numerus="yes">
        <source>Checking the %n new requirement(s)…</source>
        <translation>
            <numerusform>Die %n neue Anforderung wird geprüft…</numerusform>
            <numerusform>Die %n neuen Anforderungen werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not connect: %1</source>
        <translation>Die Prüfung konnte keine Verbindung herstellen: %1</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>E&amp;rneut versuchen</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Still needed in ConnectWise: %1. Fix it there and check again.</source>
        <translation>In ConnectWise noch nötig: %1. Beheben Sie es dort und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>the settings could not be written</source>
        <translation>die Einstellungen konnten nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the connection is no longer saved</source>
        <translation>die Verbindung ist nicht mehr gespeichert</translation>
    </message>
    <message>
        <source>The new requirements are met, but this could not be recorded: %1</source>
        <translation>Die neuen Anforderungen sind erfüllt, aber das konnte nicht vermerkt werden: %1</translation>
    </message>
    <message>
        <source>The new requirements are met; this connection is now up to date with requirements %1.</source>
        <translation>Die neuen Anforderungen sind erfüllt; diese Verbindung ist jetzt auf dem Stand der Anforderungen %1.</translation>
    </message>
</context>
<context>
    <name>CatalogVersion</name>
    <message>
        <source>since %1: %2 needed (%3)</source>
        <extracomment>%1 catalog version (&quot;2026.12&quot;), %2 a ConnectWise function and level (&quot;Service Tickets Edit&quot;, keep in English), %3 Phin features (&quot;Service Desk&quot;, in English).</extracomment>
        <translation>seit %1: %2 nötig (%3)</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Before you trust it, ask the server&apos;s administrator to read you the server&apos;s SHA-256 fingerprint and compare it with the one above. Trusting it applies to this server and port only, and is saved with this connection.</source>
        <translation>Bevor Sie ihm vertrauen, lassen Sie sich vom Administrator des Servers dessen SHA-256-Fingerabdruck vorlesen und vergleichen Sie ihn mit dem obigen. Das Vertrauen gilt nur für diesen Server und Port und wird mit dieser Verbindung gespeichert.</translation>
    </message>
    <message>
        <source>Trust this &amp;certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Accepts exactly this certificate for this server and port, and looks the company up again</source>
        <translation>Akzeptiert genau dieses Zertifikat für diesen Server und Port und sucht die Firma erneut</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>A certificate date and time, shown in UTC so that it reads the same to the server&apos;s administrator anywhere; %1 is the localised date and time.</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Trust this &amp;certificate for %1</source>
        <extracomment>%1 is host:port, e.g. cw.example.com:443</extracomment>
        <translation>Zertifikat für %1 &amp;vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation>Zertifikat für %1 vertrauen</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Weitere Informationen: &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>keys are never accepted as arguments (they would be visible in the process list and shell history). Set CW_PUBLIC_KEY and CW_PRIVATE_KEY, or pass them as two lines with --keys-from-stdin.</source>
        <translation>Schlüssel werden nie als Argumente angenommen (sie wären in der Prozessliste und im Shell-Verlauf sichtbar). Setzen Sie CW_PUBLIC_KEY und CW_PRIVATE_KEY oder übergeben Sie sie als zwei Zeilen mit --keys-from-stdin.</translation>
    </message>
    <message>
        <source>ConnectWise site, e.g. na.myconnectwise.net or cw.example.com:8443.</source>
        <translation>ConnectWise-Adresse, z. B. na.myconnectwise.net oder cw.example.com:8443.</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Login company ID (the Company field).</source>
        <translation>Firmen-ID der Anmeldung (das Feld „Company“).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Features to check, comma-separated (default: billing,service-desk).</source>
        <translation>Zu prüfende Funktionen, durch Kommas getrennt (Vorgabe: billing,service-desk).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Output format: text, json or markdown (default: text).</source>
        <translation>Ausgabeformat: text, json oder markdown (Vorgabe: text).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of stdout.</source>
        <translation>Den Bericht in DATEI statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Time limit for the whole check (default: 30).</source>
        <translation>Zeitlimit für die ganze Prüfung (Vorgabe: 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (on-premise servers).</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (On-Premise-Server).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>ConnectWise clientId to send (default: Phin&apos;s built-in one).</source>
        <translation>Zu sendende ConnectWise-clientId (Vorgabe: die in Phin eingebaute).</translation>
    </message>
    <message>
        <source>Language of the report.</source>
        <translation>Sprache des Berichts.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Check against the built-in ConnectWise simulator running this scenario.</source>
        <translation>Gegen den eingebauten ConnectWise-Simulator mit diesem Szenario prüfen.</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>SZENARIO</translation>
    </message>
    <message>
        <source>API member identifier; lets the default board be read when the member cannot read itself.</source>
        <translation>Kennung des API-Mitglieds; damit lässt sich das Standard-Board lesen, wenn das Mitglied sich nicht selbst lesen darf.</translation>
    </message>
    <message>
        <source>IDENTIFIER</source>
        <translation>KENNUNG</translation>
    </message>
    <message>
        <source>Read the public and private key as two lines.</source>
        <translation>Den öffentlichen und den privaten Schlüssel als zwei Zeilen lesen.</translation>
    </message>
    <message>
        <source>Print each request and its timing on stderr.</source>
        <translation>Jede Anfrage und ihre Dauer auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Send one request at a time (slower; a benchmark baseline).</source>
        <translation>Immer nur eine Anfrage gleichzeitig senden (langsamer; Vergleichswert für Benchmarks).</translation>
    </message>
    <message>
        <source>Check the saved connection NAME (site, company and keys from it).</source>
        <translation>Die gespeicherte Verbindung NAME prüfen (Adresse, Firma und Schlüssel daraus).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>After a check that connected, save the connection as NAME (default: the --profile name, else the company ID).</source>
        <translation>Nach einer Prüfung mit erfolgreicher Verbindung die Verbindung als NAME speichern (Vorgabe: der Name aus --profile, sonst die Firmen-ID).</translation>
    </message>
    <message>
        <source>Disconnect the saved connection NAME: remove its keys from the keychain, keep its settings and company mapping.</source>
        <translation>Die gespeicherte Verbindung NAME trennen: ihre Schlüssel aus dem Schlüsselbund entfernen, Einstellungen und Firmenzuordnung behalten.</translation>
    </message>
    <message>
        <source>List the saved connections (no secrets).</source>
        <translation>Die gespeicherten Verbindungen auflisten (ohne Geheimnisse).</translation>
    </message>
    <message>
        <source>Settings file for saved connections (default: $PHIN_SETTINGS_FILE, else the per-user settings).</source>
        <translation>Einstellungsdatei für gespeicherte Verbindungen (Vorgabe: $PHIN_SETTINGS_FILE, sonst die Einstellungen des Benutzers).</translation>
    </message>
    <message>
        <source>Check every connection listed in FILE (CSV or JSON Lines).</source>
        <translation>Jede in DATEI aufgeführte Verbindung prüfen (CSV oder JSON Lines).</translation>
    </message>
    <message>
        <source>Check every saved connection.</source>
        <translation>Jede gespeicherte Verbindung prüfen.</translation>
    </message>
    <message>
        <source>Checks in flight at once with --batch or --all-profiles (default: 8).</source>
        <translation>Gleichzeitig laufende Prüfungen mit --batch oder --all-profiles (Vorgabe: 8).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>No progress line, even on a terminal.</source>
        <translation>Keine Fortschrittszeile, auch nicht im Terminal.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--list-profiles, --forget, --batch and --all-profiles cannot be combined.</source>
        <translation>--list-profiles, --forget, --batch und --all-profiles lassen sich nicht kombinieren.</translation>
    </message>
    <message>
        <source>--forget needs the name of a saved connection.</source>
        <translation>--forget braucht den Namen einer gespeicherten Verbindung.</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection.</source>
        <translation>--profile braucht den Namen einer gespeicherten Verbindung.</translation>
    </message>
    <message>
        <source>--profile, --save and --sandbox check one connection; they do not go with --list-profiles, --forget, --batch or --all-profiles.</source>
        <translation>--profile, --save und --sandbox prüfen eine einzelne Verbindung; sie passen nicht zu --list-profiles, --forget, --batch oder --all-profiles.</translation>
    </message>
    <message>
        <source>--save: %1</source>
        <translation>--save: %1</translation>
    </message>
    <message>
        <source>--jobs must be a number from 1 to 256.</source>
        <translation>--jobs muss eine Zahl von 1 bis 256 sein.</translation>
    </message>
    <message>
        <source>--site and --company are required (or --sandbox SCENARIO, or --profile NAME).</source>
        <translation>--site und --company sind erforderlich (oder --sandbox SZENARIO oder --profile NAME).</translation>
    </message>
    <message>
        <source>unknown feature &quot;%1&quot;; choose from %2.</source>
        <translation>unbekannte Funktion „%1“; zur Auswahl stehen %2.</translation>
    </message>
    <message>
        <source>--features needs at least one feature.</source>
        <translation>--features braucht mindestens eine Funktion.</translation>
    </message>
    <message>
        <source>--format must be text, json or markdown.</source>
        <translation>--format muss text, json oder markdown sein.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600.</source>
        <translation>--timeout muss eine Anzahl Sekunden zwischen 0 und 3600 sein.</translation>
    </message>
    <message>
        <source>--keys-from-stdin: stdin is not readable.</source>
        <translation>--keys-from-stdin: stdin ist nicht lesbar.</translation>
    </message>
    <message>
        <source>%1: no keys given. Set CW_PUBLIC_KEY and CW_PRIVATE_KEY, or pass two lines with --keys-from-stdin.</source>
        <translation>%1: keine Schlüssel angegeben. Setzen Sie CW_PUBLIC_KEY und CW_PRIVATE_KEY oder übergeben Sie zwei Zeilen mit --keys-from-stdin.</translation>
    </message>
    <message>
        <source>sandbox: scenario &quot;%1&quot; listening on %2</source>
        <translation>Sandbox: Szenario „%1“ lauscht auf %2</translation>
    </message>
    <message>
        <source>To reconnect: %1 --profile &quot;%2&quot; --keys-from-stdin --save</source>
        <translation>Zum erneuten Verbinden: %1 --profile &quot;%2&quot; --keys-from-stdin --save</translation>
    </message>
    <message>
        <source>No saved connections. Save one with %1 --site SITE --company ID --save NAME.
</source>
        <translation>Keine gespeicherten Verbindungen. Speichern Sie eine mit %1 --site ADRESSE --company ID --save NAME.
</translation>
    </message>
    <message>
        <source>connected, key …%1</source>
        <translation>verbunden, Schlüssel …%1</translation>
    </message>
    <message>
        <source>disconnected (keys removed; reconnect with --profile &quot;%1&quot; --keys-from-stdin --save)</source>
        <translation>getrennt (Schlüssel entfernt; neu verbinden mit --profile &quot;%1&quot; --keys-from-stdin --save)</translation>
    </message>
    <message>
        <source>  last checked %1</source>
        <translation>  zuletzt geprüft %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n mapped companies</source>
        <translation>
            <numerusform>  %n zugeordnete Firma</numerusform>
            <numerusform>  %n zugeordnete Firmen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: disconnected &quot;%2&quot;: its keys were removed from the keychain; its settings and company mapping were kept.</source>
        <translation>%1: „%2“ getrennt: Die Schlüssel wurden aus dem Schlüsselbund entfernt; Einstellungen und Firmenzuordnung bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1: no translation for &quot;%2&quot;; using English.</source>
        <translation>%1: keine Übersetzung für „%2“; Ausgabe auf Englisch.</translation>
    </message>
    <message>
        <source>--ca-file: %1</source>
        <translation>--ca-file: %1</translation>
    </message>
    <message>
        <source>--sandbox: %1</source>
        <translation>--sandbox: %1</translation>
    </message>
    <message>
        <source>%1 requests, %2 round trips after the company lookup, %3 ms%4</source>
        <translation>%1 Anfragen, %2 Umläufe nach der Firmensuche, %3 ms%4</translation>
    </message>
    <message>
        <source> (sequential)</source>
        <translation> (nacheinander)</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation>%1 von %2 Prüfungen bestanden</translation>
    </message>
    <message>
        <source>The new keys were saved, but the last check could not be recorded: %1</source>
        <translation>Die neuen Schlüssel wurden gespeichert, aber die letzte Prüfung konnte nicht vermerkt werden: %1</translation>
    </message>
    <message>
        <source>%1: saved the connection &quot;%2&quot; (keys in the OS keychain).</source>
        <translation>%1: Verbindung „%2“ gespeichert (Schlüssel im Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <source>The check above used the keys for this run only; nothing was saved.</source>
        <translation>Die Prüfung oben hat die Schlüssel nur für diesen Lauf verwendet; nichts wurde gespeichert.</translation>
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
        <translation>--proxy: %1</translation>
    </message>
    <message>
        <source>Checks a ConnectWise Manage connection and every permission Phin needs, without changing anything.

Keys: CW_PUBLIC_KEY and CW_PRIVATE_KEY, or two lines on stdin with --keys-from-stdin; never on the command line. Or a saved connection: --profile NAME reads site, company and keys from it (keys from the OS keychain); --keys-from-stdin with --profile checks new keys for it.

Saved connections: --save [NAME] stores site, company and keys after a check that connected (new keys replace stored ones only then); --forget NAME removes the keys and keeps the settings and company mapping; --list-profiles shows them without secrets. Settings file: --settings FILE, else $PHIN_SETTINGS_FILE, else the per-user default.

Many tenants: --batch FILE (CSV with a header line, or JSON Lines; columns name, site, company, and profile or public_key_env and private_key_env naming environment variables; optional features, member) or --all-profiles; --jobs N checks at once (default 8). Output: --format json gives JSON Lines, markdown or text a table; a summary follows on stderr.

Exit codes: 0 ready, 1 something missing or insufficient, 2 could not connect, 3 something unknown, 4 saved-connection problem (profile unknown or disconnected, keychain or settings failed; the check still runs and reports when only saving failed, and 4 replaces 0, 1 and 3), 64 usage error. A batch exits with its worst row&apos;s code, worst first: 64, 4, 2, 1, 3, 0.

Newer catalog: when this version requires permissions that a saved connection was not checked for, --all-profiles lists them (&quot;since 2026.12: … needed&quot;) and checks only those (--full checks everything); the connection records the new catalog version once they passed. A connection never checked against a versioned catalog gets a full check.

Company mapping: --profile NAME --mapping prints which Phin organisations map to which ConnectWise companies. A connected profile&apos;s company list is loaded again and companies that disappeared are flagged (and saved); --offline, or a disconnected profile, prints the stored status unvalidated. Exit codes: 0 every organisation mapped to a company that is still there (with an agreement when Billing is used), 1 something unmapped, missing or without agreement, or nothing mapped yet, 2 the company list could not be loaded, 4 profile or keychain problem, 64 usage error.</source>
        <translation>Prüft eine Verbindung zu ConnectWise Manage und jede Berechtigung, die Phin braucht, ohne etwas zu ändern.

Schlüssel: CW_PUBLIC_KEY und CW_PRIVATE_KEY oder zwei Zeilen auf stdin mit --keys-from-stdin; nie auf der Kommandozeile. Oder eine gespeicherte Verbindung: --profile NAME liest Adresse, Firma und Schlüssel daraus (die Schlüssel aus dem Schlüsselbund des Systems); --keys-from-stdin zusammen mit --profile prüft neue Schlüssel dafür.

Gespeicherte Verbindungen: --save [NAME] speichert Adresse, Firma und Schlüssel nach einer Prüfung, die eine Verbindung herstellen konnte (neue Schlüssel ersetzen gespeicherte nur dann); --forget NAME entfernt die Schlüssel und behält die Einstellungen und die Firmenzuordnung; --list-profiles zeigt sie ohne Geheimnisse. Einstellungsdatei: --settings DATEI, sonst $PHIN_SETTINGS_FILE, sonst die Vorgabe des Benutzers.

Viele Mandanten: --batch DATEI (CSV mit Kopfzeile oder JSON Lines; Spalten name, site, company und profile oder public_key_env und private_key_env mit den Namen von Umgebungsvariablen; optional features, member) oder --all-profiles; --jobs N Prüfungen gleichzeitig (Vorgabe 8). Ausgabe: --format json liefert JSON Lines, markdown oder text eine Tabelle; eine Zusammenfassung folgt auf stderr.

Exit-Codes: 0 bereit, 1 etwas fehlt oder reicht nicht, 2 keine Verbindung, 3 etwas ist unbekannt, 4 Problem mit einer gespeicherten Verbindung (Profil unbekannt oder getrennt, Schlüsselbund oder Einstellungen fehlgeschlagen; die Prüfung läuft trotzdem und berichtet, wenn nur das Speichern fehlschlug, und 4 ersetzt 0, 1 und 3), 64 Aufruffehler. Ein Stapel endet mit dem Code seiner schlechtesten Zeile, vom schlechtesten an: 64, 4, 2, 1, 3, 0.

Neuerer Katalog: Verlangt diese Version Berechtigungen, auf die eine gespeicherte Verbindung nicht geprüft wurde, listet --all-profiles sie auf (&quot;since 2026.12: … needed&quot;) und prüft nur diese (--full prüft alles); sobald sie bestanden sind, vermerkt die Verbindung die neue Katalogversion. Eine Verbindung, die nie gegen einen versionierten Katalog geprüft wurde, wird vollständig geprüft.

Firmenzuordnung: --profile NAME --mapping gibt aus, welche Phin-Organisationen welchen ConnectWise-Firmen zugeordnet sind. Bei einem verbundenen Profil wird die Firmenliste neu geladen, und verschwundene Firmen werden markiert (und gespeichert); --offline oder ein getrenntes Profil gibt den gespeicherten Stand ungeprüft aus. Exit-Codes: 0 jede Organisation ist einer noch vorhandenen Firma zugeordnet (mit Vertrag, wenn Billing verwendet wird), 1 etwas ist nicht zugeordnet, fehlt oder hat keinen Vertrag, oder noch nichts ist zugeordnet, 2 die Firmenliste konnte nicht geladen werden, 4 Problem mit Profil oder Schlüsselbund, 64 Aufruffehler.</translation>
    </message>
    <message>
        <source>Send every request through this proxy: http://[user@]host:port or socks5://[user@]host:port; the password comes from PHIN_PROXY_PASSWORD. Without --proxy, the proxy saved in the wizard&apos;s network settings is used (its password from the OS keychain; not with --sandbox), else the system&apos;s.</source>
        <translation>Jede Anfrage über diesen Proxy senden: http://[benutzer@]host:port oder socks5://[benutzer@]host:port; das Passwort kommt aus PHIN_PROXY_PASSWORD. Ohne --proxy wird der in den Netzwerkeinstellungen des Assistenten gespeicherte Proxy verwendet (sein Passwort aus dem Schlüsselbund des Systems; nicht mit --sandbox), sonst der des Systems.</translation>
    </message>
    <message>
        <source>Connect directly, without the saved or the system&apos;s proxy.</source>
        <translation>Direkt verbinden, ohne den gespeicherten Proxy oder den des Systems.</translation>
    </message>
    <message>
        <source>With --all-profiles: check everything, also for connections that only need the permissions a newer catalog added.</source>
        <translation>Mit --all-profiles: alles prüfen, auch bei Verbindungen, die nur die von einem neueren Katalog hinzugefügten Berechtigungen brauchen.</translation>
    </message>
    <message>
        <source>With --profile: print the company mapping status instead of checking permissions.</source>
        <translation>Mit --profile: den Stand der Firmenzuordnung ausgeben, statt Berechtigungen zu prüfen.</translation>
    </message>
    <message>
        <source>With --mapping: print the stored status without contacting ConnectWise.</source>
        <translation>Mit --mapping: den gespeicherten Stand ausgeben, ohne ConnectWise zu kontaktieren.</translation>
    </message>
    <message>
        <source>Use the permission catalog in FILE instead of the built-in one.</source>
        <translation>Den Berechtigungskatalog aus DATEI statt des eingebauten verwenden.</translation>
    </message>
    <message>
        <source>--full goes with --all-profiles.</source>
        <translation>--full geht nur zusammen mit --all-profiles.</translation>
    </message>
    <message>
        <source>--offline goes with --mapping.</source>
        <translation>--offline geht nur zusammen mit --mapping.</translation>
    </message>
    <message>
        <source>--mapping needs --profile NAME and does not go with --save, --sandbox or --keys-from-stdin.</source>
        <translation>--mapping braucht --profile NAME und passt nicht zu --save, --sandbox oder --keys-from-stdin.</translation>
    </message>
    <message>
        <source>no checks in the catalog</source>
        <translation>keine Prüfungen im Katalog</translation>
    </message>
    <message>
        <source>--catalog %1: %2</source>
        <translation>--catalog %1: %2</translation>
    </message>
    <message>
        <source>--proxy and --no-proxy exclude each other.</source>
        <translation>--proxy und --no-proxy schließen einander aus.</translation>
    </message>
    <message>
        <source>proxy: %1 (saved setting)</source>
        <translation>Proxy: %1 (gespeicherte Einstellung)</translation>
    </message>
</context>
<context>
    <name>CheckRows</name>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Granted (%1)</source>
        <translation>Erteilt (%1)</translation>
    </message>
    <message>
        <source>Not needed for the chosen features</source>
        <translation>Für die gewählten Funktionen nicht nötig</translation>
    </message>
    <message>
        <source>%1; needs %2</source>
        <translation>%1; nötig: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ConnectWise site answers</source>
        <translation>ConnectWise-Adresse antwortet</translation>
    </message>
    <message>
        <source>Company ID is known</source>
        <translation>Firmen-ID ist bekannt</translation>
    </message>
    <message>
        <source>API keys are accepted</source>
        <translation>API-Schlüssel werden angenommen</translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation>%1 erreicht</translation>
    </message>
    <message>
        <source>%1 (ConnectWise %2)</source>
        <translation>%1 (ConnectWise %2)</translation>
    </message>
    <message>
        <source>API member %1, role %2</source>
        <translation>API-Mitglied %1, Rolle %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Accepted (key …%1)</source>
        <translation>Angenommen (Schlüssel …%1)</translation>
    </message>
    <message>
        <source>Not checked: an earlier step failed</source>
        <translation>Nicht geprüft: Ein früherer Schritt ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Observed: %1</source>
        <translation>Vorgefunden: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source></source>
        <comment>Rows of the check table in the wizard. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>connection failed (%1)</source>
        <translation>Verbindung fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>too many requests (429), also after waiting</source>
        <translation>zu viele Anfragen (429), trotz Warten</translation>
    </message>
    <message>
        <source>server error (%1)</source>
        <translation>Serverfehler (%1)</translation>
    </message>
    <message>
        <source>redirected (%1), not followed</source>
        <translation>Umleitung (%1) nicht befolgt</translation>
    </message>
    <message>
        <source>unreadable answer (%1)</source>
        <translation>unlesbare Antwort (%1)</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>Verbindung zurückgesetzt</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>proxy error</source>
        <translation>Proxy-Fehler</translation>
    </message>
    <message>
        <source>redirect refused</source>
        <translation>Umleitung abgelehnt</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>Features: &quot;%1&quot; is not a feature; choose from %2.</source>
        <translation>Funktionen: „%1“ ist keine Funktion; zur Auswahl stehen %2.</translation>
    </message>
    <message>
        <source>feature not selected</source>
        <translation>Funktion nicht ausgewählt</translation>
    </message>
    <message>
        <source>ConnectWise rejected the integration&apos;s clientId: it is missing, unknown or disabled (&quot;%1&quot;). Keys were not checked further. Use the clientId Phin registered with ConnectWise, or contact Phin support.</source>
        <translation>ConnectWise hat die clientId der Integration abgelehnt: Sie fehlt, ist unbekannt oder deaktiviert („%1“). Die Schlüssel wurden nicht weiter geprüft. Verwenden Sie die clientId, die Phin bei ConnectWise registriert hat, oder wenden Sie sich an den Phin-Support.</translation>
    </message>
    <message>
        <source>ConnectWise refused the keys (401). Check that the public and private key belong to an API member of company &quot;%1&quot;, that the key was not deleted, and that the Company ID is the login company.</source>
        <translation>ConnectWise hat die Schlüssel abgelehnt (401). Prüfen Sie, ob der öffentliche und der private Schlüssel zu einem API-Mitglied der Firma „%1“ gehören, ob der Schlüssel nicht gelöscht wurde und ob die Firmen-ID die Anmeldefirma ist.</translation>
    </message>
    <message>
        <source>ConnectWise at %1 did not answer in time.</source>
        <translation>ConnectWise unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Lost the connection to %1 (%2).</source>
        <translation>Verbindung zu %1 verloren (%2).</translation>
    </message>
    <message>
        <source>ConnectWise at %1 had a server error (%2). Try again later.</source>
        <translation>ConnectWise unter %1 hatte einen Serverfehler (%2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>ConnectWise at %1 answered %2 to %3 instead of JSON. Check the site and the codebase %4.</source>
        <translation>ConnectWise unter %1 hat auf %3 mit %2 statt mit JSON geantwortet. Prüfen Sie die Adresse und die Codebasis %4.</translation>
    </message>
    <message>
        <source>Connected to ConnectWise %1 as API member %2.</source>
        <translation>Mit ConnectWise %1 als API-Mitglied %2 verbunden.</translation>
    </message>
    <message>
        <source>Connected to ConnectWise %1.</source>
        <translation>Mit ConnectWise %1 verbunden.</translation>
    </message>
    <message>
        <source>Its security role &quot;%1&quot; is an Admin role: far more than Phin needs; a dedicated role such as &quot;Phin Integration&quot; is safer.</source>
        <translation>Seine Sicherheitsrolle „%1“ ist eine Admin-Rolle: weit mehr, als Phin braucht; eine eigene Rolle wie „Phin Integration“ ist sicherer.</translation>
    </message>
    <message>
        <source>ConnectWise does not let this API member read itself, and the member identifier is unknown, so its default board cannot be read. Check System &gt; Members &gt; API Members &gt; (member) &gt; Service Defaults by hand.</source>
        <translation>ConnectWise lässt dieses API-Mitglied sich nicht selbst lesen, und die Kennung des Mitglieds ist unbekannt, daher kann sein Standard-Board nicht gelesen werden. Prüfen Sie System &gt; Members &gt; API Members &gt; (Mitglied) &gt; Service Defaults von Hand.</translation>
    </message>
    <message>
        <source>member not readable</source>
        <translation>Mitglied nicht lesbar</translation>
    </message>
    <message>
        <source>%1 is set: %2</source>
        <translation>%1 ist gesetzt: %2</translation>
    </message>
    <message>
        <source>%1 is empty: the API member has no default board</source>
        <translation>%1 ist leer: Das API-Mitglied hat kein Standard-Board</translation>
    </message>
    <message>
        <source>no default board</source>
        <translation>kein Standard-Board</translation>
    </message>
    <message>
        <source>%1 &gt; %2 is not listed in the member&apos;s security.</source>
        <translation>%1 &gt; %2 ist in den Sicherheitseinstellungen des Mitglieds nicht aufgeführt.</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht aufgeführt</translation>
    </message>
    <message>
        <source>The company lookup did not answer with a list.</source>
        <translation>Die Firmensuche hat nicht mit einer Liste geantwortet.</translation>
    </message>
    <message>
        <source>All (own company record visible)</source>
        <translation>All (eigener Firmendatensatz sichtbar)</translation>
    </message>
    <message>
        <source>The MSP&apos;s own company record &quot;%1&quot; is visible, which a role limited to its own records would not see.</source>
        <translation>Der eigene Firmendatensatz des MSP „%1“ ist sichtbar; eine auf eigene Datensätze beschränkte Rolle würde ihn nicht sehen.</translation>
    </message>
    <message>
        <source>My (own company record not visible)</source>
        <translation>My (eigener Firmendatensatz nicht sichtbar)</translation>
    </message>
    <message>
        <source>Companies can be read, but the MSP&apos;s own company record &quot;%1&quot; is not visible: the role (or the member&apos;s level) only shows the member&apos;s own records.</source>
        <translation>Firmen sind lesbar, aber der eigene Firmendatensatz des MSP „%1“ ist nicht sichtbar: Die Rolle (oder die Stufe des Mitglieds) zeigt nur die eigenen Datensätze des Mitglieds.</translation>
    </message>
    <message>
        <source>no test defined</source>
        <translation>kein Test definiert</translation>
    </message>
    <message>
        <source>The API member %1 could not be read (its role probably lacks System &gt; Member Maintenance Inquire), so its default board is not known. Check System &gt; Members &gt; API Members &gt; %1 &gt; Service Defaults by hand.</source>
        <translation>Das API-Mitglied %1 konnte nicht gelesen werden (seiner Rolle fehlt wahrscheinlich System &gt; Member Maintenance Inquire), daher ist sein Standard-Board unbekannt. Prüfen Sie System &gt; Members &gt; API Members &gt; %1 &gt; Service Defaults von Hand.</translation>
    </message>
    <message>
        <source>(the API member)</source>
        <translation>(das API-Mitglied)</translation>
    </message>
    <message>
        <source>System &gt; Members &gt; API Members &gt; %1 &gt; Service Defaults &gt; Default Board: choose the service board Phin should create tickets on, then save.</source>
        <translation>System &gt; Members &gt; API Members &gt; %1 &gt; Service Defaults &gt; Default Board: Wählen Sie das Service-Board, auf dem Phin Tickets anlegen soll, und speichern Sie.</translation>
    </message>
    <message>
        <source>(the API member&apos;s security role)</source>
        <translation>(die Sicherheitsrolle des API-Mitglieds)</translation>
    </message>
    <message>
        <source>System &gt; Security Roles &gt; %1 &gt; %2 &gt; %3 &gt; %4 Level = %5</source>
        <translation>System &gt; Security Roles &gt; %1 &gt; %2 &gt; %3 &gt; %4 Level = %5</translation>
    </message>
    <message>
        <source> (the API member uses the Admin role; its settings were changed, or the role is limited elsewhere)</source>
        <translation> (das API-Mitglied verwendet die Admin-Rolle; ihre Einstellungen wurden geändert oder die Rolle ist anderswo eingeschränkt)</translation>
    </message>
    <message>
        <source>ConnectWise did not answer within the time limit (%1 s). Check the site and your network, or allow more time (--timeout).</source>
        <translation>ConnectWise hat nicht innerhalb des Zeitlimits (%1 s) geantwortet. Prüfen Sie die Adresse und Ihr Netzwerk oder lassen Sie mehr Zeit (--timeout).</translation>
    </message>
    <message>
        <source>no answer within the time limit (%1 s)</source>
        <translation>keine Antwort innerhalb des Zeitlimits (%1 s)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>not checked: </source>
        <translation>nicht geprüft: </translation>
    </message>
    <message>
        <source>no record id in the answer</source>
        <translation>keine Datensatz-ID in der Antwort</translation>
    </message>
    <message>
        <source>No answer, so the permission could not be tested: </source>
        <translation>Keine Antwort, daher konnte die Berechtigung nicht getestet werden: </translation>
    </message>
    <message>
        <source>ConnectWise rejected the request because of the clientId: </source>
        <translation>ConnectWise hat die Anfrage wegen der clientId abgelehnt: </translation>
    </message>
    <message>
        <source> (not JSON)</source>
        <translation> (kein JSON)</translation>
    </message>
    <message>
        <source>POSSIBLE SIDE EFFECT: ConnectWise answered %1 to a test write (%2 %3) that should have been refused; %4. Check ConnectWise and delete it.</source>
        <translation>MÖGLICHE NEBENWIRKUNG: ConnectWise hat auf einen Testschreibzugriff (%2 %3), der hätte abgelehnt werden sollen, mit %1 geantwortet; %4. Prüfen Sie ConnectWise und löschen Sie den Datensatz.</translation>
    </message>
    <message>
        <source>Redirected; the redirect was not followed: </source>
        <translation>Umgeleitet; der Umleitung wurde nicht gefolgt: </translation>
    </message>
    <message>
        <source>Refused by the security role: </source>
        <translation>Von der Sicherheitsrolle abgelehnt: </translation>
    </message>
    <message>
        <source>The answer was not ConnectWise JSON (HTML or malformed), so it proves nothing.</source>
        <translation>Die Antwort war kein ConnectWise-JSON (HTML oder fehlerhaft) und beweist daher nichts.</translation>
    </message>
    <message>
        <source>Accepted past the security check (</source>
        <translation>Hat die Sicherheitsprüfung passiert (</translation>
    </message>
    <message>
        <source>Read allowed (</source>
        <translation>Lesen erlaubt (</translation>
    </message>
    <message>
        <source>); a read probe cannot tell Inquire All from My.</source>
        <translation>); ein Lesetest kann Inquire All nicht von My unterscheiden.</translation>
    </message>
    <message>
        <source>Passed the security check and stopped at validation, as intended (</source>
        <translation>Hat die Sicherheitsprüfung passiert und ist wie beabsichtigt an der Validierung gestoppt (</translation>
    </message>
    <message>
        <source>Authentication was refused during the test.</source>
        <translation>Die Authentifizierung wurde während des Tests abgelehnt.</translation>
    </message>
    <message>
        <source>Rate limited by ConnectWise even after waiting as asked.</source>
        <translation>Von ConnectWise gedrosselt, auch nach der verlangten Wartezeit.</translation>
    </message>
    <message>
        <source>ConnectWise had a server error: </source>
        <translation>ConnectWise hatte einen Serverfehler: </translation>
    </message>
    <message>
        <source>An answer the test does not know how to read: </source>
        <translation>Eine Antwort, die der Test nicht auswerten kann: </translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>mySecurity did not report this level.</source>
        <translation>mySecurity hat diese Stufe nicht gemeldet.</translation>
    </message>
    <message>
        <source>Level read from the member&apos;s security.</source>
        <translation>Stufe aus den Sicherheitseinstellungen des Mitglieds gelesen.</translation>
    </message>
    <message>
        <source>Level read from the member&apos;s security: only the member&apos;s own records.</source>
        <translation>Stufe aus den Sicherheitseinstellungen des Mitglieds gelesen: nur die eigenen Datensätze des Mitglieds.</translation>
    </message>
    <message>
        <source>Unrecognised level &quot;%1&quot; in the member&apos;s security.</source>
        <translation>Unbekannte Stufe „%1“ in den Sicherheitseinstellungen des Mitglieds.</translation>
    </message>
    <message>
        <source></source>
        <comment>Remediation and evidence text for each permission check. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>not re-checked: unchanged since the last check</source>
        <translation>nicht erneut geprüft: seit der letzten Prüfung unverändert</translation>
    </message>
    <message>
        <source>Check again when ConnectWise answers normally; if it stays unknown, verify by hand: %1</source>
        <translation>Prüfen Sie erneut, wenn ConnectWise normal antwortet; bleibt es unbekannt, prüfen Sie von Hand: %1</translation>
    </message>
</context>
<context>
    <name>CheckStatusModel</name>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Progress of the checks</source>
        <translation>Fortschritt der Prüfungen</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>S&amp;top checking</source>
        <translation>Prüfung &amp;anhalten</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Prüfung anhalten</translation>
    </message>
    <message>
        <source>Stops the checks in progress; finished rows keep their result</source>
        <translation>Hält die laufenden Prüfungen an; abgeschlossene Zeilen behalten ihr Ergebnis</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>One row per check, with its status and what was found; select a row to see its evidence</source>
        <translation>Eine Zeile pro Prüfung mit Status und Ergebnis; wählen Sie eine Zeile, um ihre Nachweise zu sehen</translation>
    </message>
    <message>
        <source>Show &amp;evidence</source>
        <translation>&amp;Nachweise anzeigen</translation>
    </message>
    <message>
        <source>Show evidence</source>
        <translation>Nachweise anzeigen</translation>
    </message>
    <message>
        <source>Shows the requests and answers behind the selected check</source>
        <translation>Zeigt die Anfragen und Antworten hinter der gewählten Prüfung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>The requests and answers behind the selected check; keys are never shown</source>
        <translation>Die Anfragen und Antworten hinter der gewählten Prüfung; Schlüssel werden nie angezeigt</translation>
    </message>
    <message>
        <source>Checking the connection and permissions</source>
        <translation>Verbindung und Berechtigungen werden geprüft</translation>
    </message>
    <message>
        <source>Each check reads or probes without changing anything in ConnectWise.</source>
        <translation>Jede Prüfung liest oder testet, ohne in ConnectWise etwas zu ändern.</translation>
    </message>
    <message>
        <source>Hide &amp;evidence</source>
        <translation>&amp;Nachweise ausblenden</translation>
    </message>
    <message>
        <source>Stopped before this check finished</source>
        <translation>Angehalten, bevor diese Prüfung fertig war</translation>
    </message>
    <message>
        <source>Checks stopped.</source>
        <translation>Prüfungen angehalten.</translation>
    </message>
    <message>
        <source>The checks were stopped. Run them again to continue, or go Back to change the connection details.</source>
        <translation>Die Prüfungen wurden angehalten. Starten Sie sie erneut, um fortzufahren, oder gehen Sie zurück, um die Verbindungsdaten zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Checking the values…</source>
        <translation>Werte werden geprüft…</translation>
    </message>
    <message>
        <source>Looking up the company…</source>
        <translation>Firma wird gesucht…</translation>
    </message>
    <message>
        <source>Signing in with the API keys…</source>
        <translation>Anmeldung mit den API-Schlüsseln…</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Antwortet</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Checking permissions…</source>
        <translation>Berechtigungen werden geprüft…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Not checked: the connection failed</source>
        <translation>Nicht geprüft: Die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 Go Back to correct the connection details, or try again.</source>
        <translation>%1 Gehen Sie zurück, um die Verbindungsdaten zu korrigieren, oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Checks finished.</source>
        <translation>Prüfungen abgeschlossen.</translation>
    </message>
    <message>
        <source>Everything the chosen features need is in place: all %1 checks passed.</source>
        <translation>Alles, was die gewählten Funktionen brauchen, ist vorhanden: alle %1 Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>One item needs attention in ConnectWise.</source>
        <translation>Ein Punkt in ConnectWise braucht Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>%1 items need attention in ConnectWise.</source>
        <translation>%1 Punkte in ConnectWise brauchen Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Next shows exactly what to change.</source>
        <translation>„Weiter“ zeigt genau, was zu ändern ist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>One check got no normal answer from ConnectWise.</source>
        <translation>Eine Prüfung hat keine normale Antwort von ConnectWise erhalten.</translation>
    </message>
    <message>
        <source>%1 checks got no normal answer from ConnectWise.</source>
        <translation>%1 Prüfungen haben keine normale Antwort von ConnectWise erhalten.</translation>
    </message>
    <message>
        <source>Run the checks again in a moment, or continue and re-check later.</source>
        <translation>Führen Sie die Prüfungen gleich noch einmal aus oder fahren Sie fort und prüfen Sie später erneut.</translation>
    </message>
</context>
<context>
    <name>CompanyDirectory</name>
    <message>
        <source>Connect to ConnectWise first: the last check did not connect.</source>
        <translation>Verbinden Sie sich zuerst mit ConnectWise: Die letzte Prüfung konnte keine Verbindung herstellen.</translation>
    </message>
    <message>
        <source>The API member&apos;s role needs Companies &gt; Company Maintenance &gt; Inquire = All to list companies.</source>
        <translation>Die Rolle des API-Mitglieds braucht Companies &gt; Company Maintenance &gt; Inquire = All, um Firmen aufzulisten.</translation>
    </message>
    <message>
        <source>The API member&apos;s role needs Finance &gt; Agreements &gt; Inquire = All to list agreements.</source>
        <translation>Die Rolle des API-Mitglieds braucht Finance &gt; Agreements &gt; Inquire = All, um Verträge aufzulisten.</translation>
    </message>
</context>
<context>
    <name>CompanyLookup</name>
    <message>
        <source>ConnectWise site: %1 could not be found (DNS lookup failed). Check the spelling of the site and your network or VPN.</source>
        <translation>ConnectWise-Adresse: %1 wurde nicht gefunden (DNS-Auflösung fehlgeschlagen). Prüfen Sie die Schreibweise der Adresse und Ihr Netzwerk oder VPN.</translation>
    </message>
    <message>
        <source>ConnectWise site: the secure connection to %1 failed (%2). If this is an on-premise server with its own certificate authority, trust that CA; never turn certificate checks off.</source>
        <translation>ConnectWise-Adresse: Die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Hat ein On-Premise-Server eine eigene Zertifizierungsstelle, vertrauen Sie dieser CA; schalten Sie die Zertifikatsprüfung niemals ab.</translation>
    </message>
    <message>
        <source>ConnectWise site: %1 did not answer in time. Check the address and your network, then try again.</source>
        <translation>ConnectWise-Adresse: %1 hat nicht rechtzeitig geantwortet. Prüfen Sie die Adresse und Ihr Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>ConnectWise site: could not connect to %1 (%2). Check the address, the port and any firewall or proxy.</source>
        <translation>ConnectWise-Adresse: Keine Verbindung zu %1 möglich (%2). Prüfen Sie die Adresse, den Port und eventuelle Firewalls oder Proxys.</translation>
    </message>
    <message>
        <source>ConnectWise site: %1 answered the company lookup with a redirect (%2). Enter the address of the ConnectWise server itself.</source>
        <translation>ConnectWise-Adresse: %1 hat die Firmensuche mit einer Umleitung beantwortet (%2). Geben Sie die Adresse des ConnectWise-Servers selbst ein.</translation>
    </message>
    <message>
        <source>ConnectWise at %1 had a server error (%2) while looking up the company. Try again later.</source>
        <translation>ConnectWise unter %1 hatte bei der Firmensuche einen Serverfehler (%2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>ConnectWise site: %1 answered with a web page instead of company information (HTTP %2). Check that the site is your ConnectWise address.</source>
        <translation>ConnectWise-Adresse: %1 hat mit einer Webseite statt mit Firmendaten geantwortet (HTTP %2). Prüfen Sie, ob das Ihre ConnectWise-Adresse ist.</translation>
    </message>
    <message>
        <source>Company ID: ConnectWise at %1 does not know the company &quot;%2&quot;. Enter the short login company from the Company field of the login page (not the company&apos;s display name).</source>
        <translation>Firmen-ID: ConnectWise unter %1 kennt die Firma „%2“ nicht. Geben Sie die kurze Anmeldefirma aus dem Feld „Company“ der Anmeldeseite ein (nicht den Anzeigenamen der Firma).</translation>
    </message>
    <message>
        <source>ConnectWise site: unexpected answer %1 to the company lookup on %2.</source>
        <translation>ConnectWise-Adresse: unerwartete Antwort %1 auf die Firmensuche bei %2.</translation>
    </message>
    <message>
        <source>ConnectWise site: %1 answered the company lookup, but not with the company information ConnectWise sends (no codebase). Check the site address.</source>
        <translation>ConnectWise-Adresse: %1 hat die Firmensuche beantwortet, aber nicht mit den Firmendaten, die ConnectWise sendet (keine Codebasis). Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source></source>
        <comment>Messages when the ConnectWise company lookup fails. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed since it was trusted for %1: the trusted one has SHA-256 %2, the server now shows %3. Someone may be intercepting the connection; only trust the new certificate if your administrator replaced it.</source>
        <translation>Das Zertifikat des Servers hat sich geändert, seit ihm für %1 vertraut wurde: Das vertraute hat SHA-256 %2, der Server zeigt jetzt %3. Möglicherweise wird die Verbindung abgefangen; vertrauen Sie dem neuen Zertifikat nur, wenn Ihr Administrator es ersetzt hat.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1. The server&apos;s administrator must renew it; an expired certificate cannot be trusted.</source>
        <translation>Das Zertifikat des Servers ist am %1 abgelaufen. Der Administrator des Servers muss es erneuern; einem abgelaufenen Zertifikat kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid only from %1. Check the date and time of this computer; if they are right, the server&apos;s administrator must fix the certificate.</source>
        <translation>Das Zertifikat des Servers ist erst ab %1 gültig. Prüfen Sie Datum und Uhrzeit dieses Computers; stimmen sie, muss der Administrator des Servers das Zertifikat korrigieren.</translation>
    </message>
    <message>
        <source>no host name</source>
        <translation>kein Hostname</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not for %2.</source>
        <translation>Das Zertifikat des Servers gilt für %1, nicht für %2.</translation>
    </message>
    <message>
        <source>Enter the site by a name the certificate is for, or ask the server&apos;s administrator for a certificate for %1.</source>
        <translation>Geben Sie die Adresse unter einem Namen ein, für den das Zertifikat gilt, oder bitten Sie den Administrator des Servers um ein Zertifikat für %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed (%1), so this computer cannot tell who the server is.</source>
        <translation>Das Zertifikat des Servers ist selbstsigniert (%1), daher kann dieser Computer nicht feststellen, wer der Server ist.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (%1) was issued by %2, a certificate authority this computer does not trust.</source>
        <translation>Das Zertifikat des Servers (%1) wurde von %2 ausgestellt, einer Zertifizierungsstelle, der dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked by its issuer.</source>
        <translation>Das Zertifikat des Servers wurde von seinem Aussteller widerrufen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) could not be verified.</source>
        <translation>Das Zertifikat des Servers (SHA-256 %1) konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>If this is your own server, compare the SHA-256 fingerprint %1 with its administrator, then trust this certificate for %2 in the setup wizard, or give its certificate authority with --ca-file.</source>
        <translation>Ist dies Ihr eigener Server, gleichen Sie den SHA-256-Fingerabdruck %1 mit dessen Administrator ab und vertrauen Sie dann im Einrichtungsassistenten diesem Zertifikat für %2, oder geben Sie seine Zertifizierungsstelle mit --ca-file an.</translation>
    </message>
    <message>
        <source>Never turn certificate checks off.</source>
        <translation>Schalten Sie die Zertifikatsprüfung niemals ab.</translation>
    </message>
    <message>
        <source>ConnectWise site: the secure connection to %1 failed. %2</source>
        <translation>ConnectWise-Adresse: Die sichere Verbindung zu %1 ist fehlgeschlagen. %2</translation>
    </message>
</context>
<context>
    <name>CompanyMappingModel</name>
    <message>
        <source>Mapped (company inactive)</source>
        <translation>Zugeordnet (Firma inaktiv)</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Missing in ConnectWise since %1</source>
        <translation>Fehlt in ConnectWise seit %1</translation>
    </message>
    <message>
        <source>Proposed (%1)</source>
        <translation>Vorgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Phin organisation</source>
        <translation>Phin-Organisation</translation>
    </message>
    <message>
        <source>ConnectWise company</source>
        <translation>ConnectWise-Firma</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CompanyMatcher</name>
    <message>
        <source>name equal</source>
        <translation>Name gleich</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>ohne %1</translation>
    </message>
    <message>
        <source>removing “The”</source>
        <translation>ohne „The“</translation>
    </message>
    <message>
        <source>reading &amp; as “and”</source>
        <translation>&amp; als „and“ gelesen</translation>
    </message>
    <message>
        <source>expanding %1</source>
        <translation>%1 ausgeschrieben</translation>
    </message>
    <message>
        <source>ignoring accents</source>
        <translation>Akzente ignoriert</translation>
    </message>
    <message>
        <source>ignoring case and punctuation</source>
        <translation>Groß-/Kleinschreibung und Satzzeichen ignoriert</translation>
    </message>
    <message>
        <source>name equal after %1</source>
        <extracomment>%1 lists what was ignored: &quot;removing LLC, ignoring accents&quot;.</extracomment>
        <translation>Name gleich nach: %1</translation>
    </message>
    <message>
        <source>same identifier (%1)</source>
        <translation>gleiche Kennung (%1)</translation>
    </message>
    <message>
        <source>same ConnectWise id (%1)</source>
        <translation>gleiche ConnectWise-ID (%1)</translation>
    </message>
    <message>
        <source>same domain (%1)</source>
        <translation>gleiche Domain (%1)</translation>
    </message>
    <message>
        <source>name equal apart from spaces</source>
        <translation>Name gleich bis auf Leerzeichen</translation>
    </message>
    <message>
        <source>name equals the ConnectWise identifier</source>
        <translation>Name gleich der ConnectWise-Kennung</translation>
    </message>
    <message>
        <source>1 typo</source>
        <translation>1 Tippfehler</translation>
    </message>
    <message>
        <source>2 typos</source>
        <translation>2 Tippfehler</translation>
    </message>
    <message>
        <source>every word of %1 is in %2</source>
        <translation>jedes Wort von %1 steht in %2</translation>
    </message>
    <message>
        <source>similar name (%1% of letter groups shared)</source>
        <translation>ähnlicher Name (%1&#xa0;% der Buchstabengruppen gleich)</translation>
    </message>
    <message>
        <source>preferred over inactive %1</source>
        <translation>dem inaktiven %1 vorgezogen</translation>
    </message>
    <message>
        <source>%1 matches equally well</source>
        <translation>%1 passt genauso gut</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Compan&amp;y ID:</source>
        <translation>F&amp;irmen-ID:</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Firmen-ID</translation>
    </message>
    <message>
        <source>The Company field on your ConnectWise login page</source>
        <translation>Das Feld „Company“ auf Ihrer ConnectWise-Anmeldeseite</translation>
    </message>
    <message>
        <source>Where do I find this?</source>
        <translation>Wo finde ich das?</translation>
    </message>
    <message>
        <source>Where do I find the Company ID?</source>
        <translation>Wo finde ich die Firmen-ID?</translation>
    </message>
    <message>
        <source>Shows or hides help for this field</source>
        <translation>Blendet die Hilfe zu diesem Feld ein oder aus</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Company&lt;/b&gt; field on your ConnectWise login page. You can also find it under &lt;b&gt;System &amp;gt; My Company&lt;/b&gt;, in the system URL.</source>
        <translation>Das Feld &lt;b&gt;Company&lt;/b&gt; auf Ihrer ConnectWise-Anmeldeseite. Sie finden es auch unter &lt;b&gt;System &amp;gt; My Company&lt;/b&gt;, in der System-URL.</translation>
    </message>
    <message>
        <source>Connect&amp;Wise site:</source>
        <translation>ConnectWise-A&amp;dresse:</translation>
    </message>
    <message>
        <source>ConnectWise site</source>
        <translation>ConnectWise-Adresse</translation>
    </message>
    <message>
        <source>The address you use to log in to ConnectWise, for example na.myconnectwise.net</source>
        <translation>Die Adresse, unter der Sie sich bei ConnectWise anmelden, z. B. na.myconnectwise.net</translation>
    </message>
    <message>
        <source>Where do I find the ConnectWise site?</source>
        <translation>Wo finde ich die ConnectWise-Adresse?</translation>
    </message>
    <message>
        <source>The address you use to log in to ConnectWise, for example &lt;b&gt;na.myconnectwise.net&lt;/b&gt; or your own server&apos;s name. You can paste the whole login URL; the wizard keeps the host and finds the API address.</source>
        <translation>Die Adresse, unter der Sie sich bei ConnectWise anmelden, z. B. &lt;b&gt;na.myconnectwise.net&lt;/b&gt; oder der Name Ihres eigenen Servers. Sie können die ganze Anmelde-URL einfügen; der Assistent behält den Hostnamen und findet die API-Adresse.</translation>
    </message>
    <message>
        <source>P&amp;ublic key:</source>
        <translation>Ö&amp;ffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>The Public Key of the API member&apos;s key pair</source>
        <translation>Der Public Key aus dem Schlüsselpaar des API-Mitglieds</translation>
    </message>
    <message>
        <source>Where do I find the public key?</source>
        <translation>Wo finde ich den öffentlichen Schlüssel?</translation>
    </message>
    <message>
        <source>In ConnectWise: &lt;b&gt;System &amp;gt; Members &amp;gt; API Members&lt;/b&gt;, open the member, &lt;b&gt;API Keys&lt;/b&gt; tab. Each key pair has a Public Key and a Private Key.</source>
        <translation>In ConnectWise: &lt;b&gt;System &amp;gt; Members &amp;gt; API Members&lt;/b&gt;, das Mitglied öffnen, Registerkarte &lt;b&gt;API Keys&lt;/b&gt;. Jedes Schlüsselpaar hat einen Public Key und einen Private Key.</translation>
    </message>
    <message>
        <source>Pri&amp;vate key:</source>
        <translation>&amp;Privater Schlüssel:</translation>
    </message>
    <message>
        <source>Where do I find the private key?</source>
        <translation>Wo finde ich den privaten Schlüssel?</translation>
    </message>
    <message>
        <source>Shown by ConnectWise only once, when the key pair is created on the API member&apos;s &lt;b&gt;API Keys&lt;/b&gt; tab. If nobody saved it, create a new key pair there and use both new keys.</source>
        <translation>ConnectWise zeigt ihn nur einmal an, wenn das Schlüsselpaar auf der Registerkarte &lt;b&gt;API Keys&lt;/b&gt; des API-Mitglieds erstellt wird. Hat ihn niemand gespeichert, erstellen Sie dort ein neues Schlüsselpaar und verwenden Sie beide neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Verbindungsdaten</translation>
    </message>
    <message>
        <source>The four values from ConnectWise. Each is checked as you type.</source>
        <translation>Die vier Werte aus ConnectWise. Jeder wird schon beim Tippen geprüft.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>The Private Key of the API member&apos;s key pair; masked while you type</source>
        <translation>Der Private Key aus dem Schlüsselpaar des API-Mitglieds; bei der Eingabe verdeckt</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>z. B. acme</translation>
    </message>
    <message>
        <source>e.g. na.myconnectwise.net</source>
        <translation>z. B. na.myconnectwise.net</translation>
    </message>
    <message>
        <source>API calls go to %1.</source>
        <translation>API-Aufrufe gehen an %1.</translation>
    </message>
    <message>
        <source>Spaces around the pasted key were removed.</source>
        <translation>Leerzeichen um den eingefügten Schlüssel wurden entfernt.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Looking up company &quot;%1&quot; on %2…</source>
        <translation>Firma „%1“ wird auf %2 gesucht…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>The company lookup was stopped. The checks look the company up again.</source>
        <translation>Die Firmensuche wurde angehalten. Die Prüfungen suchen die Firma erneut.</translation>
    </message>
    <message>
        <source>sandbox on this computer</source>
        <translation>Sandbox auf diesem Computer</translation>
    </message>
    <message>
        <source>cloud (%1)</source>
        <translation>Cloud (%1)</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>on-premise</source>
        <translation>On-Premise</translation>
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
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Dieser Computer vertraut dem Zertifikat des Servers nicht. Prüfen Sie es unten.</translation>
    </message>
</context>
<context>
    <name>InputValidation</name>
    <message>
        <source>%1: paste the key from System &gt; Members &gt; API Members &gt; (your member) &gt; API Keys.</source>
        <translation>%1: Fügen Sie den Schlüssel aus System &gt; Members &gt; API Members &gt; (Ihr Mitglied) &gt; API Keys ein.</translation>
    </message>
    <message>
        <source>%1: remove the label in front of the key and paste only the key itself.</source>
        <translation>%1: Entfernen Sie die Beschriftung vor dem Schlüssel und fügen Sie nur den Schlüssel selbst ein.</translation>
    </message>
    <message>
        <source>%1: remove the quotation marks around the key.</source>
        <translation>%1: Entfernen Sie die Anführungszeichen um den Schlüssel.</translation>
    </message>
    <message>
        <source>%1: the key contains a space or line break. Copy the key again in one piece.</source>
        <translation>%1: Der Schlüssel enthält ein Leerzeichen oder einen Zeilenumbruch. Kopieren Sie den Schlüssel noch einmal in einem Stück.</translation>
    </message>
    <message>
        <source>%1: the key contains characters that ConnectWise keys never have (for example curly quotes or an ellipsis). Copy the key again from ConnectWise.</source>
        <translation>%1: Der Schlüssel enthält Zeichen, die ConnectWise-Schlüssel nie haben (z. B. typografische Anführungszeichen oder Auslassungspunkte). Kopieren Sie den Schlüssel noch einmal aus ConnectWise.</translation>
    </message>
    <message>
        <source>%1: a public key never contains a colon. Paste only the public key.</source>
        <translation>%1: Ein öffentlicher Schlüssel enthält nie einen Doppelpunkt. Fügen Sie nur den öffentlichen Schlüssel ein.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the key is %n character(s) long, but ConnectWise keys are usually 16 letters and digits. Check that you copied the whole key.</source>
        <translation>
            <numerusform>%1: Der Schlüssel ist %n Zeichen lang, ConnectWise-Schlüssel haben aber meist 16 Buchstaben und Ziffern. Prüfen Sie, ob Sie den ganzen Schlüssel kopiert haben.</numerusform>
            <numerusform>%1: Der Schlüssel ist %n Zeichen lang, ConnectWise-Schlüssel haben aber meist 16 Buchstaben und Ziffern. Prüfen Sie, ob Sie den ganzen Schlüssel kopiert haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>ConnectWise site</source>
        <translation>ConnectWise-Adresse</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Firmen-ID</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%1: removed %n space(s) or line break(s) around the value.</source>
        <translation>
            <numerusform>%1: %n Leerzeichen oder Zeilenumbruch um den Wert entfernt.</numerusform>
            <numerusform>%1: %n Leerzeichen oder Zeilenumbrüche um den Wert entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: enter the company you type in the Company field of the ConnectWise login page (for example acme).</source>
        <translation>%1: Geben Sie die Firma ein, die Sie im Feld „Company“ der ConnectWise-Anmeldeseite eintippen (z. B. acme).</translation>
    </message>
    <message>
        <source>%1: this looks like a web address. Put the address in ConnectWise site and enter the short login company here (the Company field on the login page).</source>
        <translation>%1: Das sieht nach einer Webadresse aus. Tragen Sie die Adresse bei „ConnectWise-Adresse“ ein und geben Sie hier die kurze Anmeldefirma ein (das Feld „Company“ auf der Anmeldeseite).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains spaces, so it looks like the company&apos;s display name. Enter the short login company instead (the Company field on the login page, also shown in the address under System &gt; My Company).</source>
        <translation>%1: „%2“ enthält Leerzeichen und sieht daher nach dem Anzeigenamen der Firma aus. Geben Sie stattdessen die kurze Anmeldefirma ein (das Feld „Company“ auf der Anmeldeseite, auch in der Adresse unter System &gt; My Company zu sehen).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a number, which looks like a record id. Enter the short login company you type on the ConnectWise login page instead.</source>
        <translation>%1: „%2“ ist eine Zahl und sieht nach einer Datensatz-ID aus. Geben Sie stattdessen die kurze Anmeldefirma ein, die Sie auf der ConnectWise-Anmeldeseite eintippen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains characters a login company does not have. Use only letters, digits, &apos;-&apos; and &apos;_&apos;, as on the login page.</source>
        <translation>%1: „%2“ enthält Zeichen, die eine Anmeldefirma nicht hat. Verwenden Sie nur Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;, wie auf der Anmeldeseite.</translation>
    </message>
    <message numerus="yes">
        <source>%1: removed %n space(s) or line break(s) around the key.</source>
        <translation>
            <numerusform>%1: %n Leerzeichen oder Zeilenumbruch um den Schlüssel entfernt.</numerusform>
            <numerusform>%1: %n Leerzeichen oder Zeilenumbrüche um den Schlüssel entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: it is the same as the public key. Paste the private key here; ConnectWise shows it only once, when the key is created (create a new key if it is lost).</source>
        <translation>%1: Er ist identisch mit dem öffentlichen Schlüssel. Fügen Sie hier den privaten Schlüssel ein; ConnectWise zeigt ihn nur einmal an, wenn der Schlüssel erstellt wird (erstellen Sie einen neuen Schlüssel, falls er verloren ist).</translation>
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
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>B&amp;illing</source>
        <translation>&amp;Billing</translation>
    </message>
    <message>
        <source>Billing integration</source>
        <translation>Billing-Integration</translation>
    </message>
    <message>
        <source>Turns the Billing integration on or off; turning it on checks its permissions first</source>
        <translation>Schaltet die Billing-Integration ein oder aus; beim Einschalten werden zuerst ihre Berechtigungen geprüft</translation>
    </message>
    <message>
        <source>Service &amp;Desk</source>
        <translation>Service &amp;Desk</translation>
    </message>
    <message>
        <source>Service Desk integration</source>
        <translation>Service-Desk-Integration</translation>
    </message>
    <message>
        <source>Turns the Service Desk integration on or off; turning it on checks its permissions first</source>
        <translation>Schaltet die Service-Desk-Integration ein oder aus; beim Einschalten werden zuerst ihre Berechtigungen geprüft</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Disconnecting removes both keys from the keychain. The mapping of Phin organizations to ConnectWise companies is kept, but Phin can no longer push billing data or create tickets.</source>
        <translation>Beim Trennen werden beide Schlüssel aus dem Schlüsselbund entfernt. Die Zuordnung von Phin-Organisationen zu ConnectWise-Firmen bleibt erhalten, aber Phin kann keine Abrechnungsdaten mehr übertragen und keine Tickets mehr anlegen.</translation>
    </message>
    <message>
        <source>Dis&amp;connect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <source>Asks for confirmation, then removes the keys from the keychain</source>
        <translation>Fragt nach einer Bestätigung und entfernt dann die Schlüssel aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;Yes, remove the keys</source>
        <translation>&amp;Ja, Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Confirm disconnect</source>
        <translation>Trennen bestätigen</translation>
    </message>
    <message>
        <source>Removes both keys from the keychain now</source>
        <translation>Entfernt jetzt beide Schlüssel aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;Keep connected</source>
        <translation>&amp;Verbunden bleiben</translation>
    </message>
    <message>
        <source>Keep connected</source>
        <translation>Verbunden bleiben</translation>
    </message>
    <message>
        <source>Cancels the disconnect</source>
        <translation>Bricht das Trennen ab</translation>
    </message>
    <message>
        <source>Turn each feature on or off. A feature can be on only when ConnectWise grants everything it needs.</source>
        <translation>Schalten Sie jede Funktion ein oder aus. Eine Funktion kann nur eingeschaltet sein, wenn ConnectWise alles erteilt, was sie braucht.</translation>
    </message>
    <message>
        <source>Checking what %1 needs…</source>
        <translation>Es wird geprüft, was %1 braucht…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>The check was stopped; %1 stays off.</source>
        <translation>Die Prüfung wurde angehalten; %1 bleibt ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1 stays off: the check could not connect. %2</source>
        <translation>%1 bleibt ausgeschaltet: Die Prüfung konnte keine Verbindung herstellen. %2</translation>
    </message>
    <message>
        <source>%1 is on: ConnectWise grants everything it needs.</source>
        <translation>%1 ist eingeschaltet: ConnectWise erteilt alles, was die Funktion braucht.</translation>
    </message>
    <message>
        <source>%1 stays off until this is fixed in ConnectWise: %2</source>
        <translation>%1 bleibt ausgeschaltet, bis dies in ConnectWise behoben ist: %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it was not checked yet.</source>
        <translation>sie wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Off: disconnected.</source>
        <translation>Aus: getrennt.</translation>
    </message>
    <message>
        <source>On: ConnectWise grants everything it needs.</source>
        <translation>Ein: ConnectWise erteilt alles, was die Funktion braucht.</translation>
    </message>
    <message>
        <source>Off. Cannot be turned on yet: %1</source>
        <translation>Aus. Kann noch nicht eingeschaltet werden: %1</translation>
    </message>
    <message>
        <source>Off. Turning it on checks its permissions first.</source>
        <translation>Aus. Beim Einschalten werden zuerst die Berechtigungen geprüft.</translation>
    </message>
    <message>
        <source>%1 integration. %2</source>
        <translation>%1-Integration. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Company &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Firma &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>API member &lt;b&gt;%1&lt;/b&gt;, role &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>API-Mitglied &lt;b&gt;%1&lt;/b&gt;, Rolle &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Disconnected: the keys were removed from the keychain.</source>
        <translation>Getrennt: Die Schlüssel wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Public key %1, used for this session only (not saved)</source>
        <translation>Öffentlicher Schlüssel %1, nur für diese Sitzung verwendet (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;%1&lt;/b&gt;; public key %2 in the keychain</source>
        <translation>Gespeichert als &lt;b&gt;%1&lt;/b&gt;; öffentlicher Schlüssel %2 im Schlüsselbund</translation>
    </message>
    <message>
        <source>This is the sandbox: nothing reaches a real ConnectWise server.</source>
        <translation>Dies ist die Sandbox: Nichts erreicht einen echten ConnectWise-Server.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Remove the keys of this connection from the keychain? Phin stops pushing billing data and creating tickets; the company mapping is kept.</source>
        <translation>Die Schlüssel dieser Verbindung aus dem Schlüsselbund entfernen? Phin überträgt dann keine Abrechnungsdaten mehr und legt keine Tickets mehr an; die Firmenzuordnung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Removing the keys…</source>
        <translation>Schlüssel werden entfernt…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Nochmals versuchen</translation>
    </message>
    <message>
        <source>Disconnected. Both keys were removed from the keychain; the company mapping is kept for when you connect again.</source>
        <translation>Getrennt. Beide Schlüssel wurden aus dem Schlüsselbund entfernt; die Firmenzuordnung bleibt für eine spätere Verbindung erhalten.</translation>
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
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Mask the key again</source>
        <translation>Den Schlüssel wieder verdecken</translation>
    </message>
    <message>
        <source>Show the key as plain text</source>
        <translation>Den Schlüssel als Klartext anzeigen</translation>
    </message>
</context>
<context>
    <name>MappingCommand</name>
    <message>
        <source>missing in ConnectWise since %1</source>
        <extracomment>A mapped ConnectWise company no longer listed; %1 is a date (2026-11-28).</extracomment>
        <translation>fehlt in ConnectWise seit %1</translation>
    </message>
    <message>
        <source>company inactive in ConnectWise</source>
        <translation>Firma in ConnectWise inaktiv</translation>
    </message>
    <message>
        <source>no agreement for Billing</source>
        <translation>kein Vertrag für Billing</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>Company mapping of &quot;%1&quot; (company %2 at %3), checked against %n ConnectWise companies just now.</source>
        <translation>
            <numerusform>Firmenzuordnung von „%1“ (Firma %2 auf %3), soeben mit %n ConnectWise-Firma abgeglichen.</numerusform>
            <numerusform>Firmenzuordnung von „%1“ (Firma %2 auf %3), soeben mit %n ConnectWise-Firmen abgeglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Company mapping of &quot;%1&quot; (company %2 at %3) as stored; not re-validated against ConnectWise: %4</source>
        <translation>Firmenzuordnung von „%1“ (Firma %2 auf %3) wie gespeichert; nicht erneut mit ConnectWise abgeglichen: %4</translation>
    </message>
    <message>
        <source>Mapped: %1 of %2</source>
        <translation>Zugeordnet: %1 von %2</translation>
    </message>
    <message>
        <source>Not mapped: %1</source>
        <translation>Nicht zugeordnet: %1</translation>
    </message>
    <message>
        <source>Missing in ConnectWise: %1</source>
        <translation>Fehlt in ConnectWise: %1</translation>
    </message>
    <message>
        <source>Without an agreement for Billing: %1</source>
        <translation>Ohne Vertrag für Billing: %1</translation>
    </message>
    <message>
        <source>No organisations in the mapping yet: map them in the setup wizard (Integrations page) or import a mapping CSV.</source>
        <translation>Noch keine Organisationen in der Zuordnung: Ordnen Sie sie im Einrichtungsassistenten zu (Seite „Integrationen“) oder importieren Sie eine Zuordnungs-CSV.</translation>
    </message>
    <message>
        <source>agreement %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>Company mapping of &quot;%1&quot;</source>
        <translation>Firmenzuordnung von „%1“</translation>
    </message>
    <message>
        <source>No organisations in the mapping yet.</source>
        <translation>Noch keine Organisationen in der Zuordnung.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>--offline was given.</source>
        <translation>--offline wurde angegeben.</translation>
    </message>
    <message>
        <source>the connection is disconnected (its keys were removed); reconnect with %1 --profile &quot;%2&quot; --keys-from-stdin --save.</source>
        <translation>die Verbindung ist getrennt (ihre Schlüssel wurden entfernt); neu verbinden mit %1 --profile &quot;%2&quot; --keys-from-stdin --save.</translation>
    </message>
    <message>
        <source>the settings could not be written.</source>
        <translation>die Einstellungen konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>the reconciled mapping could not be saved: %1</source>
        <translation>die abgeglichene Zuordnung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>not re-validated against ConnectWise: %1</source>
        <translation>nicht erneut mit ConnectWise abgeglichen: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Companies loaded</source>
        <translation>Geladene Firmen</translation>
    </message>
    <message>
        <source>How many ConnectWise companies have been loaded</source>
        <translation>Wie viele ConnectWise-Firmen geladen wurden</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Anhal&amp;ten</translation>
    </message>
    <message>
        <source>Cancel loading companies</source>
        <translation>Laden der Firmen abbrechen</translation>
    </message>
    <message>
        <source>Stops loading the companies; the mapping stays as it is</source>
        <translation>Hält das Laden der Firmen an; die Zuordnung bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>&amp;Import Phin organisations (CSV)…</source>
        <translation>Phin-Organisationen &amp;importieren (CSV)…</translation>
    </message>
    <message>
        <source>Import Phin organisations</source>
        <translation>Phin-Organisationen importieren</translation>
    </message>
    <message>
        <source>Reads a CSV export of Phin organisations: name, optional domain or id</source>
        <translation>Liest einen CSV-Export von Phin-Organisationen: Name, optional Domain oder ID</translation>
    </message>
    <message>
        <source>Add organisation by name</source>
        <translation>Organisation nach Namen hinzufügen</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Organisation hinzufügen</translation>
    </message>
    <message>
        <source>Type the name of a Phin organisation and press Enter to add it</source>
        <translation>Namen einer Phin-Organisation eingeben und mit der Eingabetaste hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the organisation</source>
        <translation>Die Organisation hinzufügen</translation>
    </message>
    <message>
        <source>Adds the typed organisation to the list</source>
        <translation>Fügt die eingegebene Organisation der Liste hinzu</translation>
    </message>
    <message>
        <source>Search organisations and companies</source>
        <translation>Organisationen und Firmen suchen</translation>
    </message>
    <message>
        <source>Search the mapping</source>
        <translation>Zuordnung durchsuchen</translation>
    </message>
    <message>
        <source>Shows only the rows whose organisation, company or agreement contains the text</source>
        <translation>Zeigt nur die Zeilen, deren Organisation, Firma oder Vertrag den Text enthält</translation>
    </message>
    <message>
        <source>Company mapping</source>
        <translation>Firmenzuordnung</translation>
    </message>
    <message>
        <source>One row per Phin organisation. Enter accepts the proposal, Delete clears the row.</source>
        <translation>Eine Zeile pro Phin-Organisation. Die Eingabetaste übernimmt den Vorschlag, Entf leert die Zeile.</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Accept the proposal</source>
        <translation>Den Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>Maps the selected rows to their proposed companies</source>
        <translation>Ordnet die ausgewählten Zeilen den vorgeschlagenen Firmen zu</translation>
    </message>
    <message>
        <source>Accept all proposals</source>
        <translation>Alle Vorschläge übernehmen</translation>
    </message>
    <message>
        <source>Maps every row that has a proposal to its proposed company</source>
        <translation>Ordnet jede Zeile mit Vorschlag der vorgeschlagenen Firma zu</translation>
    </message>
    <message>
        <source>C&amp;hange company…</source>
        <translation>Firma ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Change company</source>
        <translation>Firma ändern</translation>
    </message>
    <message>
        <source>Opens a searchable list of ConnectWise companies for the current row</source>
        <translation>Öffnet eine durchsuchbare Liste der ConnectWise-Firmen für die aktuelle Zeile</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the mapping</source>
        <translation>Zuordnung aufheben</translation>
    </message>
    <message>
        <source>Removes the mapping of the selected rows; the organisations stay</source>
        <translation>Entfernt die Zuordnung der ausgewählten Zeilen; die Organisationen bleiben</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>&amp;Vertrag…</translation>
    </message>
    <message>
        <source>Choose agreement</source>
        <translation>Vertrag wählen</translation>
    </message>
    <message>
        <source>Loads the agreements of the current row&apos;s company to choose the one Billing uses</source>
        <translation>Lädt die Verträge der Firma in der aktuellen Zeile, um den für Billing zu wählen</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Type part of a company name, identifier or id</source>
        <translation>Teil von Firmenname, Kennung oder ID eingeben</translation>
    </message>
    <message>
        <source>Company to map to</source>
        <translation>Zuzuordnende Firma</translation>
    </message>
    <message>
        <source>Type part of a name; pick a company from the list with the arrow keys and Enter</source>
        <translation>Teil eines Namens eingeben; Firma mit den Pfeiltasten und der Eingabetaste aus der Liste wählen</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>The agreement Billing uses for this company</source>
        <translation>Der Vertrag, den Billing für diese Firma verwendet</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>Verwen&amp;den</translation>
    </message>
    <message>
        <source>Use this choice</source>
        <translation>Diese Auswahl verwenden</translation>
    </message>
    <message>
        <source>Uses the chosen company or agreement for the current row</source>
        <translation>Verwendet die gewählte Firma oder den gewählten Vertrag für die aktuelle Zeile</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the picker</source>
        <translation>Auswahl schließen</translation>
    </message>
    <message>
        <source>Closes the picker without changing the row</source>
        <translation>Schließt die Auswahl, ohne die Zeile zu ändern</translation>
    </message>
    <message>
        <source>Im&amp;port mapping…</source>
        <translation>Zuordnung im&amp;portieren…</translation>
    </message>
    <message>
        <source>Import mapping CSV</source>
        <translation>Zuordnungs-CSV importieren</translation>
    </message>
    <message>
        <source>Reads a mapping CSV; rows of the same organisations are replaced</source>
        <translation>Liest eine Zuordnungs-CSV; Zeilen derselben Organisationen werden ersetzt</translation>
    </message>
    <message>
        <source>E&amp;xport mapping…</source>
        <translation>Zuordnung e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export mapping CSV</source>
        <translation>Zuordnungs-CSV exportieren</translation>
    </message>
    <message>
        <source>Writes the whole mapping to a CSV file</source>
        <translation>Schreibt die ganze Zuordnung in eine CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Save mapping</source>
        <translation>Zuordnung &amp;speichern</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Stores the mapping with the saved connection</source>
        <translation>Speichert die Zuordnung mit der gespeicherten Verbindung</translation>
    </message>
    <message>
        <source>%1 (%2, #%3)</source>
        <extracomment>A ConnectWise company in the picker: name, identifier and id.</extracomment>
        <translation>%1 (%2, #%3)</translation>
    </message>
    <message>
        <source>[inactive]</source>
        <translation>[inaktiv]</translation>
    </message>
    <message>
        <source>Map Phin organisations to ConnectWise companies</source>
        <translation>Phin-Organisationen ConnectWise-Firmen zuordnen</translation>
    </message>
    <message>
        <source>Optional: press Next to skip; you can map companies later from Integrations.</source>
        <translation>Optional: Mit „Weiter“ überspringen; Sie können Firmen später unter „Integrationen“ zuordnen.</translation>
    </message>
    <message>
        <source>Import company mapping</source>
        <translation>Firmenzuordnung importieren</translation>
    </message>
    <message>
        <source>Export company mapping</source>
        <translation>Firmenzuordnung exportieren</translation>
    </message>
    <message>
        <source>This connection is not saved, so the mapping lasts only until the wizard closes. Export it to keep it.</source>
        <translation>Diese Verbindung ist nicht gespeichert, daher gilt die Zuordnung nur, bis der Assistent geschlossen wird. Exportieren Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Connect to ConnectWise first: there is no check of this connection yet.</source>
        <translation>Verbinden Sie sich zuerst mit ConnectWise: Diese Verbindung wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Without keys the companies cannot be loaded: connect again to map companies. The saved mapping is kept.</source>
        <translation>Ohne Schlüssel können die Firmen nicht geladen werden: Verbinden Sie sich erneut, um Firmen zuzuordnen. Die gespeicherte Zuordnung bleibt erhalten.</translation>
    </message>
    <message>
        <source>ConnectWise companies cannot be listed. %1 You can still add organisations and import or export the mapping.</source>
        <translation>ConnectWise-Firmen können nicht aufgelistet werden. %1 Sie können trotzdem Organisationen hinzufügen und die Zuordnung importieren oder exportieren.</translation>
    </message>
    <message>
        <source>Loading ConnectWise companies…</source>
        <translation>ConnectWise-Firmen werden geladen…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Loading companies was stopped; the mapping is unchanged.</source>
        <translation>Das Laden der Firmen wurde angehalten; die Zuordnung ist unverändert.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>%1 of %2 companies</source>
        <extracomment>Progress of loading ConnectWise companies, e.g. &quot;1,000 of 10,000 companies&quot;.</extracomment>
        <translation>%1 von %2 Firmen</translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation>%1 Firmen</translation>
    </message>
    <message>
        <source>The companies could not be loaded: %1</source>
        <translation>Die Firmen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loaded %1 ConnectWise companies.</source>
        <translation>%1 ConnectWise-Firmen geladen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already listed.</source>
        <translation>„%1“ ist bereits aufgeführt.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Nothing was imported; the file has errors:</source>
        <translation>Nichts wurde importiert; die Datei enthält Fehler:</translation>
    </message>
    <message>
        <source>Imported %1 organisations (%2 new).</source>
        <translation>%1 Organisationen importiert (%2 neu).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported the mapping of %1 organisations.</source>
        <translation>Zuordnung von %1 Organisationen importiert.</translation>
    </message>
    <message>
        <source>Exported the mapping to %1.</source>
        <translation>Zuordnung nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The mapping was not saved: %1 Press Next again to go on without saving it.</source>
        <translation>Die Zuordnung wurde nicht gespeichert: %1 Klicken Sie erneut auf „Weiter“, um ohne Speichern fortzufahren.</translation>
    </message>
    <message>
        <source>Saved the mapping with &quot;%1&quot;.</source>
        <translation>Zuordnung mit „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Accepted %1 proposals.</source>
        <translation>%1 Vorschläge übernommen.</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Vertrag:</translation>
    </message>
    <message>
        <source>Loading agreements…</source>
        <translation>Verträge werden geladen…</translation>
    </message>
    <message>
        <source>The agreements could not be loaded: %1</source>
        <translation>Die Verträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>Kein Vertrag</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>[cancelled]</source>
        <translation>[gekündigt]</translation>
    </message>
    <message>
        <source>No ConnectWise company matches &quot;%1&quot;.</source>
        <translation>Keine ConnectWise-Firma passt zu „%1“.</translation>
    </message>
    <message>
        <source>Accept a&amp;ll (%1)</source>
        <extracomment>Accepts every proposed match; %1 is how many.</extracomment>
        <translation>&amp;Alle übernehmen (%1)</translation>
    </message>
</context>
<context>
    <name>MappingSection</name>
    <message>
        <source>Company mapping</source>
        <translation>Firmenzuordnung</translation>
    </message>
    <message>
        <source>Edit &amp;mapping…</source>
        <extracomment>Goes back to the company mapping page of the wizard.</extracomment>
        <translation>Z&amp;uordnung bearbeiten…</translation>
    </message>
    <message>
        <source>Edit mapping</source>
        <translation>Zuordnung bearbeiten</translation>
    </message>
    <message>
        <source>Opens the company mapping page</source>
        <translation>Öffnet die Seite mit der Firmenzuordnung</translation>
    </message>
    <message>
        <source>Ex&amp;port mapping…</source>
        <translation>Zuordnung e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export mapping CSV</source>
        <translation>Zuordnungs-CSV exportieren</translation>
    </message>
    <message>
        <source>Writes the whole mapping to a CSV file</source>
        <translation>Schreibt die ganze Zuordnung in eine CSV-Datei</translation>
    </message>
    <message>
        <source>No Phin organisations yet.</source>
        <translation>Noch keine Phin-Organisationen.</translation>
    </message>
    <message>
        <source>Disconnected: without keys the companies cannot be loaded, so the mapping is read-only until you connect again. It is kept, and you can export it.</source>
        <translation>Getrennt: Ohne Schlüssel können die Firmen nicht geladen werden, daher ist die Zuordnung schreibgeschützt, bis Sie sich erneut verbinden. Sie bleibt erhalten und kann exportiert werden.</translation>
    </message>
    <message>
        <source>Export company mapping</source>
        <translation>Firmenzuordnung exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The mapping could not be written to %1: %2</source>
        <translation>Die Zuordnung konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n organisation(s) to %1.</source>
        <translation>
            <numerusform>%n Organisation nach %1 exportiert.</numerusform>
            <numerusform>%n Organisationen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mapped</source>
        <extracomment>Part of the company mapping summary; the count is of Phin organisations.</extracomment>
        <translation>
            <numerusform>%Ln zugeordnet</numerusform>
            <numerusform>%Ln zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed</source>
        <extracomment>Part of the company mapping summary; the count is of Phin organisations.</extracomment>
        <translation>
            <numerusform>%Ln vorgeschlagen</numerusform>
            <numerusform>%Ln vorgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unmapped</source>
        <extracomment>Part of the company mapping summary; the count is of Phin organisations.</extracomment>
        <translation>
            <numerusform>%Ln nicht zugeordnet</numerusform>
            <numerusform>%Ln nicht zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing in ConnectWise</source>
        <extracomment>Part of the company mapping summary; the count is of Phin organisations.</extracomment>
        <translation>
            <numerusform>%Ln fehlt in ConnectWise</numerusform>
            <numerusform>%Ln fehlen in ConnectWise</numerusform>
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
        <translation>Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>How this computer reaches ConnectWise. The setup wizard and phin-cw-check both use this setting.</source>
        <translation>Wie dieser Computer ConnectWise erreicht. Der Einrichtungsassistent und phin-cw-check verwenden beide diese Einstellung.</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings (recommended)</source>
        <translation>Proxy-Einstellungen des &amp;Systems verwenden (empfohlen)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>System-Proxy</translation>
    </message>
    <message>
        <source>&amp;No proxy: connect directly</source>
        <translation>&amp;Kein Proxy: direkt verbinden</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manueller Proxy:</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Manueller Proxy</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxy-Typ</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>3128</source>
        <translation>3128</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Proxy-Benutzername</translation>
    </message>
    <message>
        <source>only if the proxy asks for one</source>
        <translation>nur, wenn der Proxy einen verlangt</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
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
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <extracomment>Saves the proxy choice; the mnemonic must differ from the options above.</extracomment>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Save network settings</source>
        <translation>Netzwerkeinstellungen speichern</translation>
    </message>
    <message>
        <source>saved in the keychain; type to replace it</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>A password is saved in the keychain; leave empty to keep it</source>
        <translation>Im Schlüsselbund ist ein Passwort gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Stored in the keychain, never in the settings file</source>
        <translation>Wird im Schlüsselbund gespeichert, niemals in der Einstellungsdatei</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>PagedLoader</name>
    <message>
        <source>ConnectWise did not answer (%1).</source>
        <translation>ConnectWise hat nicht geantwortet (%1).</translation>
    </message>
    <message>
        <source>ConnectWise rejected the integration&apos;s clientId (&quot;%1&quot;).</source>
        <translation>ConnectWise hat die clientId der Integration abgelehnt („%1“).</translation>
    </message>
    <message>
        <source>ConnectWise did not accept the API keys (401). Check the connection again.</source>
        <translation>ConnectWise hat die API-Schlüssel nicht angenommen (401). Prüfen Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>The API member&apos;s security role may not read this list (403).</source>
        <translation>Die Sicherheitsrolle des API-Mitglieds darf diese Liste nicht lesen (403).</translation>
    </message>
    <message>
        <source>ConnectWise answered %1 for %2: %3</source>
        <translation>ConnectWise hat für %2 mit %1 geantwortet: %3</translation>
    </message>
    <message>
        <source>ConnectWise answered page %1 with something that is not a list.</source>
        <translation>ConnectWise hat Seite %1 mit etwas beantwortet, das keine Liste ist.</translation>
    </message>
    <message>
        <source>Stopped after page %1: ConnectWise sent a %2.</source>
        <translation>Nach Seite %1 angehalten: ConnectWise hat %2 gesendet.</translation>
    </message>
    <message>
        <source>Stopped after page %1: the next page is on another server (%2); the keys were not sent there.</source>
        <translation>Nach Seite %1 angehalten: Die nächste Seite liegt auf einem anderen Server (%2); die Schlüssel wurden nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>Stopped after page %1: the next page link points back to a page already loaded.</source>
        <translation>Nach Seite %1 angehalten: Der Link zur nächsten Seite zeigt auf eine bereits geladene Seite.</translation>
    </message>
    <message>
        <source>Stopped after %1 pages: ConnectWise announced fewer pages than it keeps sending.</source>
        <translation>Nach %1 Seiten angehalten: ConnectWise hat weniger Seiten angekündigt, als es weiterhin sendet.</translation>
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
        <translation>1. Eine Sicherheitsrolle anlegen</translation>
    </message>
    <message>
        <source>Role name:</source>
        <translation>Rollenname:</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>The name to give the new security role in ConnectWise</source>
        <translation>Der Name für die neue Sicherheitsrolle in ConnectWise</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>Namen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the role name</source>
        <translation>Rollennamen kopieren</translation>
    </message>
    <message>
        <source>Copies the role name to the clipboard</source>
        <translation>Kopiert den Rollennamen in die Zwischenablage</translation>
    </message>
    <message>
        <source>Copy &amp;all permission lines</source>
        <translation>&amp;Alle Berechtigungszeilen kopieren</translation>
    </message>
    <message>
        <source>Copy all permission lines</source>
        <translation>Alle Berechtigungszeilen kopieren</translation>
    </message>
    <message>
        <source>Copies every permission line for the chosen features, one per line</source>
        <translation>Kopiert jede Berechtigungszeile für die gewählten Funktionen, eine pro Zeile</translation>
    </message>
    <message>
        <source>2. Create an API member and its keys</source>
        <translation>2. Ein API-Mitglied und seine Schlüssel anlegen</translation>
    </message>
    <message>
        <source>Prepare ConnectWise</source>
        <translation>ConnectWise vorbereiten</translation>
    </message>
    <message>
        <source>Do these steps in ConnectWise Manage, then come back for the four values.</source>
        <translation>Erledigen Sie diese Schritte in ConnectWise Manage und kommen Sie dann mit den vier Werten zurück.</translation>
    </message>
    <message>
        <source>the role name</source>
        <translation>den Rollennamen</translation>
    </message>
    <message>
        <source>all permission lines</source>
        <translation>alle Berechtigungszeilen</translation>
    </message>
    <message>
        <source>If the API member will have the &lt;b&gt;Admin&lt;/b&gt; role, skip this step: Admin already has every permission below.</source>
        <translation>Bekommt das API-Mitglied die Rolle &lt;b&gt;Admin&lt;/b&gt;, überspringen Sie diesen Schritt: Admin hat bereits jede der folgenden Berechtigungen.</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left:0&quot;&gt;&lt;li&gt;In ConnectWise, go to &lt;b&gt;System &amp;gt; Security Roles&lt;/b&gt; and select &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Name the role as below and save.&lt;/li&gt;&lt;li&gt;Set these Security Module levels and save again.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&quot;margin-left:0&quot;&gt;&lt;li&gt;Gehen Sie in ConnectWise zu &lt;b&gt;System &amp;gt; Security Roles&lt;/b&gt; und wählen Sie &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Benennen Sie die Rolle wie unten angegeben und speichern Sie.&lt;/li&gt;&lt;li&gt;Setzen Sie diese Stufen im Security Module und speichern Sie erneut.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Permissions needed for %1:</source>
        <translation>Benötigte Berechtigungen für %1:</translation>
    </message>
    <message>
        <source>%1 &gt; %2 &gt; %3 Level (%4)</source>
        <translation>%1 &gt; %2 &gt; %3 Level (%4)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copies this permission line to the clipboard</source>
        <translation>Kopiert diese Berechtigungszeile in die Zwischenablage</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left:0&quot;&gt;&lt;li&gt;Go to &lt;b&gt;System &amp;gt; Members &amp;gt; API Members&lt;/b&gt; and select &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Fill in Member ID, Member Name and the required fields; choose the &lt;b&gt;%1&lt;/b&gt; role (or Admin).&lt;/li&gt;</source>
        <translation>&lt;ol style=&quot;margin-left:0&quot;&gt;&lt;li&gt;Gehen Sie zu &lt;b&gt;System &amp;gt; Members &amp;gt; API Members&lt;/b&gt; und wählen Sie &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Füllen Sie Member ID, Member Name und die Pflichtfelder aus; wählen Sie die Rolle &lt;b&gt;%1&lt;/b&gt; (oder Admin).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Under &lt;b&gt;%1&lt;/b&gt;, choose a default service board: Phin creates its tickets there.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Wählen Sie unter &lt;b&gt;%1&lt;/b&gt; ein Standard-Service-Board: Dort legt Phin seine Tickets an.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Open the &lt;b&gt;API Keys&lt;/b&gt; tab, select &lt;b&gt;+&lt;/b&gt;, enter a description and save. Copy the &lt;b&gt;Public Key&lt;/b&gt; and the &lt;b&gt;Private Key&lt;/b&gt; now: ConnectWise shows the private key only once.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;li&gt;Öffnen Sie die Registerkarte &lt;b&gt;API Keys&lt;/b&gt;, wählen Sie &lt;b&gt;+&lt;/b&gt;, geben Sie eine Beschreibung ein und speichern Sie. Kopieren Sie jetzt den &lt;b&gt;Public Key&lt;/b&gt; und den &lt;b&gt;Private Key&lt;/b&gt;: ConnectWise zeigt den privaten Schlüssel nur einmal an.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
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
        <translation>System-Proxy</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>kein Proxy</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or IP address, e.g. proxy.example.com.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse des Proxys ein, z. B. proxy.example.com.</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host name, without &quot;http://&quot;; choose the type above.</source>
        <translation>Geben Sie nur den Hostnamen des Proxys ein, ohne „http://“; wählen Sie den Typ oben.</translation>
    </message>
    <message>
        <source>The proxy host must not contain spaces, &quot;/&quot; or &quot;@&quot;.</source>
        <translation>Der Proxy-Host darf keine Leerzeichen, „/“ oder „@“ enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address.</source>
        <translation>„%1“ ist kein Hostname und keine IP-Adresse.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535 (often 3128, 8080 or 1080).</source>
        <translation>Der Proxy-Port muss eine Zahl von 1 bis 65535 sein (oft 3128, 8080 oder 1080).</translation>
    </message>
    <message>
        <source>The proxy user name starts or ends with a space; remove it.</source>
        <translation>Der Proxy-Benutzername beginnt oder endet mit einem Leerzeichen; entfernen Sie es.</translation>
    </message>
    <message>
        <source>Enter the password for the proxy user %1, or clear the user name if the proxy needs none.</source>
        <translation>Geben Sie das Passwort für den Proxy-Benutzer %1 ein oder leeren Sie den Benutzernamen, wenn der Proxy keinen braucht.</translation>
    </message>
    <message>
        <source>A proxy password needs a user name; enter it, or clear the password.</source>
        <translation>Ein Proxy-Passwort braucht einen Benutzernamen; geben Sie ihn ein oder leeren Sie das Passwort.</translation>
    </message>
    <message>
        <source>%1 is not a proxy address; give http://host:port or socks5://host:port (optionally with user@).</source>
        <translation>%1 ist keine Proxy-Adresse; geben Sie http://host:port oder socks5://host:port an (optional mit benutzer@).</translation>
    </message>
</context>
<context>
    <name>ProxyVault</name>
    <message>
        <source>Connections use the system&apos;s proxy settings.</source>
        <translation>Verbindungen verwenden die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>Connections go directly to ConnectWise, without a proxy.</source>
        <translation>Verbindungen gehen direkt zu ConnectWise, ohne Proxy.</translation>
    </message>
    <message>
        <source>Connections go through the proxy %1.</source>
        <translation>Verbindungen gehen über den Proxy %1.</translation>
    </message>
    <message>
        <source>the keychain gave no reason</source>
        <translation>der Schlüsselbund nannte keinen Grund</translation>
    </message>
    <message>
        <source>The saved proxy %1 cannot be used: %2</source>
        <translation>Der gespeicherte Proxy %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The password of the proxy %1 could not be read from the keychain (%2); the proxy is used without it. Enter it again in the network settings.</source>
        <translation>Das Passwort des Proxys %1 konnte nicht aus dem Schlüsselbund gelesen werden (%2); der Proxy wird ohne Passwort verwendet. Geben Sie es in den Netzwerkeinstellungen erneut ein.</translation>
    </message>
    <message>
        <source>The keychain did not store the proxy password (%1); nothing was changed.</source>
        <translation>Der Schlüsselbund hat das Proxy-Passwort nicht gespeichert (%1); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The stored password of the proxy %1 could not be read from the keychain (%2); type it again.</source>
        <translation>Das gespeicherte Passwort des Proxys %1 konnte nicht aus dem Schlüsselbund gelesen werden (%2); geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The proxy settings could not be saved: %1</source>
        <translation>Die Proxy-Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The proxy %1 cannot be used: %2</source>
        <translation>Der Proxy %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The password of the previous proxy %1 could not be removed from the keychain (%2); remove the entry &quot;%3&quot; by hand.</source>
        <translation>Das Passwort des vorherigen Proxys %1 konnte nicht aus dem Schlüsselbund entfernt werden (%2); entfernen Sie den Eintrag „%3“ von Hand.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Phin ConnectWise Setup</source>
        <translation>Phin ConnectWise-Einrichtung</translation>
    </message>
    <message>
        <source>Connects Phin to ConnectWise Manage and checks every permission it needs.</source>
        <translation>Verbindet Phin mit ConnectWise Manage und prüft jede Berechtigung, die Phin braucht.</translation>
    </message>
    <message>
        <source>Open the wizard connected to the built-in ConnectWise simulator (scenario given as argument; default &quot;ready&quot;).</source>
        <translation>Den Assistenten mit dem eingebauten ConnectWise-Simulator verbunden öffnen (Szenario als Argument; Vorgabe „ready“).</translation>
    </message>
    <message>
        <source>List the sandbox scenarios and exit.</source>
        <translation>Die Sandbox-Szenarien auflisten und beenden.</translation>
    </message>
    <message>
        <source>Language of the wizard, e.g. de, fr, es, nl (default: the system&apos;s).</source>
        <translation>Sprache des Assistenten, z. B. de, fr, es, nl (Vorgabe: die des Systems).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Sandbox scenario for --sandbox.</source>
        <translation>Sandbox-Szenario für --sandbox.</translation>
    </message>
    <message>
        <source>phin-cw-setup: the permission catalog is damaged: %1</source>
        <translation>phin-cw-setup: Der Berechtigungskatalog ist beschädigt: %1</translation>
    </message>
    <message>
        <source>phin-cw-setup: the ConnectWise assumptions are damaged: %1</source>
        <translation>phin-cw-setup: Die ConnectWise-Annahmen sind beschädigt: %1</translation>
    </message>
    <message>
        <source>phin-cw-setup: the sandbox did not start: %1</source>
        <translation>phin-cw-setup: Die Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>phin-cw-setup: no translation for &quot;%1&quot;; using English.</source>
        <translation>phin-cw-setup: keine Übersetzung für „%1“; Anzeige auf Englisch.</translation>
    </message>
</context>
<context>
    <name>RemediationPage</name>
    <message>
        <source>What to change in ConnectWise</source>
        <translation>Was in ConnectWise zu ändern ist</translation>
    </message>
    <message>
        <source>Grouped by where it is changed: the security role, then the API member</source>
        <translation>Gruppiert danach, wo es geändert wird: erst die Sicherheitsrolle, dann das API-Mitglied</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Was zu ändern ist</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Setzen auf</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>&amp;Copy steps</source>
        <translation>Schritte &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy steps</source>
        <translation>Schritte kopieren</translation>
    </message>
    <message>
        <source>Copies the steps as plain text for a ConnectWise administrator</source>
        <translation>Kopiert die Schritte als reinen Text für einen ConnectWise-Administrator</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Saves a redacted report as Markdown, JSON or HTML</source>
        <translation>Speichert einen geschwärzten Bericht als Markdown, JSON oder HTML</translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Runs the checks again after you changed ConnectWise, and shows what changed</source>
        <translation>Führt die Prüfungen nach Ihren Änderungen in ConnectWise erneut aus und zeigt, was sich geändert hat</translation>
    </message>
    <message>
        <source>Only what still needs doing, grouped by where it is changed.</source>
        <translation>Nur was noch zu tun ist, gruppiert danach, wo es geändert wird.</translation>
    </message>
    <message>
        <source>The steps are on the clipboard, ready to paste into a message to your ConnectWise administrator.</source>
        <translation>Die Schritte sind in der Zwischenablage, bereit zum Einfügen in eine Nachricht an Ihren ConnectWise-Administrator.</translation>
    </message>
    <message>
        <source>There is no report to save yet.</source>
        <translation>Es gibt noch keinen Bericht zum Speichern.</translation>
    </message>
    <message>
        <source>Phin ConnectWise check</source>
        <translation>Phin-ConnectWise-Prüfung</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>&amp;Andere Datei wählen…</translation>
    </message>
    <message>
        <source>Report saved to %1. It contains no private key; the public key appears only as its last four characters.</source>
        <translation>Bericht in %1 gespeichert. Er enthält keinen privaten Schlüssel; der öffentliche Schlüssel erscheint nur mit seinen letzten vier Zeichen.</translation>
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
        <translation>Erneute Prüfung läuft…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>The re-check was stopped; the list shows the previous results.</source>
        <translation>Die erneute Prüfung wurde angehalten; die Liste zeigt die vorherigen Ergebnisse.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>The re-check could not connect: %1</source>
        <translation>Die erneute Prüfung konnte keine Verbindung herstellen: %1</translation>
    </message>
    <message>
        <source>Nothing changed since the previous check. Changes to a security role can take a moment to apply; save them in ConnectWise and re-check.</source>
        <translation>Seit der vorherigen Prüfung hat sich nichts geändert. Änderungen an einer Sicherheitsrolle brauchen einen Moment, bis sie greifen; speichern Sie sie in ConnectWise und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Changed since the previous check:</source>
        <translation>Seit der vorherigen Prüfung geändert:</translation>
    </message>
    <message>
        <source>the API member&apos;s role</source>
        <translation>die Rolle des API-Mitglieds</translation>
    </message>
    <message>
        <source>the API member</source>
        <translation>das API-Mitglied</translation>
    </message>
    <message>
        <source>API member: System &gt; Members &gt; API Members &gt; %1</source>
        <translation>API-Mitglied: System &gt; Members &gt; API Members &gt; %1</translation>
    </message>
    <message>
        <source>Security role: System &gt; Security Roles &gt; %1</source>
        <translation>Sicherheitsrolle: System &gt; Security Roles &gt; %1</translation>
    </message>
    <message>
        <source>%1 (found: %2). %3</source>
        <translation>%1 (vorgefunden: %2). %3</translation>
    </message>
    <message>
        <source>a default board</source>
        <translation>ein Standard-Board</translation>
    </message>
    <message>
        <source>%1 Level: %2</source>
        <translation>%1 Level: %2</translation>
    </message>
    <message>
        <source>%1, %2, set to %3, blocks %4</source>
        <translation>%1, %2, setzen auf %3, blockiert %4</translation>
    </message>
    <message>
        <source>Everything the chosen features need is now in place. Continue to save the connection.</source>
        <translation>Alles, was die gewählten Funktionen brauchen, ist jetzt vorhanden. Fahren Sie fort, um die Verbindung zu speichern.</translation>
    </message>
    <message>
        <source>One item needs changing in ConnectWise.</source>
        <translation>Ein Punkt muss in ConnectWise geändert werden.</translation>
    </message>
    <message>
        <source>%1 items need changing in ConnectWise.</source>
        <translation>%1 Punkte müssen in ConnectWise geändert werden.</translation>
    </message>
    <message>
        <source>Change them (or send the steps to your ConnectWise administrator), then re-check.</source>
        <translation>Ändern Sie sie (oder senden Sie die Schritte an Ihren ConnectWise-Administrator) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source></source>
        <comment>The page that lists what to change in ConnectWise. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>Not checked: ConnectWise did not answer normally. Re-check in a moment.</source>
        <translation>Nicht geprüft: ConnectWise hat nicht normal geantwortet. Prüfen Sie gleich erneut.</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Nicht geprüft: %1.</translation>
    </message>
    <message>
        <source>Not checked, %1: %2, blocks %3</source>
        <translation>Nicht geprüft, %1: %2, blockiert %3</translation>
    </message>
    <message>
        <source>Why not checked</source>
        <translation>Warum nicht geprüft</translation>
    </message>
    <message>
        <source>Set to, or why not checked</source>
        <translation>Setzen auf oder warum nicht geprüft</translation>
    </message>
    <message>
        <source>One check got no normal answer from ConnectWise; re-check in a moment.</source>
        <translation>Eine Prüfung hat keine normale Antwort von ConnectWise erhalten; prüfen Sie gleich erneut.</translation>
    </message>
    <message>
        <source>%1 checks got no normal answer from ConnectWise; re-check in a moment.</source>
        <translation>%1 Prüfungen haben keine normale Antwort von ConnectWise erhalten; prüfen Sie gleich erneut.</translation>
    </message>
</context>
<context>
    <name>ReportFormatter</name>
    <message>
        <source>cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>on-premise</source>
        <translation>On-Premise</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>, role &quot;%1&quot;</source>
        <translation>, Rolle „%1“</translation>
    </message>
    <message>
        <source> (an Admin role)</source>
        <translation> (eine Admin-Rolle)</translation>
    </message>
    <message>
        <source>, default board &quot;%1&quot;</source>
        <translation>, Standard-Board „%1“</translation>
    </message>
    <message>
        <source>, no default board</source>
        <translation>, kein Standard-Board</translation>
    </message>
    <message>
        <source>%1: not selected</source>
        <translation>%1: nicht ausgewählt</translation>
    </message>
    <message>
        <source>%1: ready</source>
        <translation>%1: bereit</translation>
    </message>
    <message>
        <source>%1: not ready</source>
        <translation>%1: nicht bereit</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>insufficient</source>
        <translation>unzureichend</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Phin ConnectWise check (%1 %2), %3</source>
        <translation>Phin-ConnectWise-Prüfung (%1 %2), %3</translation>
    </message>
    <message>
        <source>Site:        %1</source>
        <translation>Adresse:                %1</translation>
    </message>
    <message>
        <source>Company ID:  %1</source>
        <translation>Firmen-ID:              %1</translation>
    </message>
    <message>
        <source>Public key:  %1</source>
        <translation>Öffentlicher Schlüssel: %1</translation>
    </message>
    <message>
        <source>Features:    %1</source>
        <translation>Funktionen:             %1</translation>
    </message>
    <message>
        <source>Connection:  %1: %2</source>
        <translation>Verbindung:             %1: %2</translation>
    </message>
    <message>
        <source>API member:  %1</source>
        <translation>API-Mitglied:           %1</translation>
    </message>
    <message>
        <source>Note:        %1</source>
        <translation>Hinweis:                %1</translation>
    </message>
    <message>
        <source>WARNING:     %1</source>
        <translation>WARNUNG:                %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>: found %1</source>
        <translation>: vorgefunden %1</translation>
    </message>
    <message>
        <source>      fix: %1</source>
        <translation>      Lösung: %1</translation>
    </message>
    <message>
        <source>Summary: %1 granted, %2 insufficient, %3 missing, %4 unknown, %5 skipped</source>
        <translation>Ergebnis: %1 erteilt, %2 unzureichend, %3 fehlen, %4 unbekannt, %5 übersprungen</translation>
    </message>
    <message>
        <source>Ready:   %1</source>
        <translation>Bereit:   %1</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <source>### Phin ConnectWise check</source>
        <translation>### Phin-ConnectWise-Prüfung</translation>
    </message>
    <message>
        <source>- **Checked:** %1 (%2 %3)</source>
        <translation>- **Geprüft:** %1 (%2 %3)</translation>
    </message>
    <message>
        <source>- **Site:** `%1`</source>
        <translation>- **Adresse:** `%1`</translation>
    </message>
    <message>
        <source>- **Company ID:** `%1`</source>
        <translation>- **Firmen-ID:** `%1`</translation>
    </message>
    <message>
        <source>- **Public key:** `%1`</source>
        <translation>- **Öffentlicher Schlüssel:** `%1`</translation>
    </message>
    <message>
        <source>- **Features:** %1</source>
        <translation>- **Funktionen:** %1</translation>
    </message>
    <message>
        <source>- **Connection:** `%1`: %2</source>
        <translation>- **Verbindung:** `%1`: %2</translation>
    </message>
    <message>
        <source>- **API member:** %1</source>
        <translation>- **API-Mitglied:** %1</translation>
    </message>
    <message>
        <source>- **Note:** %1</source>
        <translation>- **Hinweis:** %1</translation>
    </message>
    <message>
        <source>- **WARNING:** %1</source>
        <translation>- **WARNUNG:** %1</translation>
    </message>
    <message>
        <source>| Check | Needs | Status | Found | How |</source>
        <translation>| Prüfung | Benötigt | Status | Vorgefunden | Wie |</translation>
    </message>
    <message>
        <source>**Summary:** %1 granted, %2 insufficient, %3 missing, %4 unknown, %5 skipped. %6.</source>
        <translation>**Ergebnis:** %1 erteilt, %2 unzureichend, %3 fehlen, %4 unbekannt, %5 übersprungen. %6.</translation>
    </message>
    <message>
        <source>#### How to fix</source>
        <translation>#### So beheben Sie es</translation>
    </message>
    <message>
        <source>Phin ConnectWise check</source>
        <translation>Phin-ConnectWise-Prüfung</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Company ID: %1</source>
        <translation>Firmen-ID: %1</translation>
    </message>
    <message>
        <source>Connection: %1: %2</source>
        <translation>Verbindung: %1: %2</translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation>WARNUNG: %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Vorgefunden</translation>
    </message>
    <message>
        <source>Connection: %1 → %2</source>
        <translation>Verbindung: %1 → %2</translation>
    </message>
    <message>
        <source>(the API member&apos;s security role)</source>
        <translation>(die Sicherheitsrolle des API-Mitglieds)</translation>
    </message>
    <message>
        <source>(the API member)</source>
        <translation>(das API-Mitglied)</translation>
    </message>
    <message>
        <source>Service Defaults &gt; Default Board: choose the board Phin should create tickets on</source>
        <translation>Service Defaults &gt; Default Board: Wählen Sie das Board, auf dem Phin Tickets anlegen soll</translation>
    </message>
    <message>
        <source>%1 &gt; %2 &gt; %3 Level = %4</source>
        <translation>%1 &gt; %2 &gt; %3 Level = %4</translation>
    </message>
    <message>
        <source> (now %1)</source>
        <translation> (jetzt %1)</translation>
    </message>
    <message>
        <source> (could not be checked: %1)</source>
        <translation> (konnte nicht geprüft werden: %1)</translation>
    </message>
    <message>
        <source>In ConnectWise, System &gt; Security Roles &gt; %1, set and save:</source>
        <translation>In ConnectWise unter System &gt; Security Roles &gt; %1 setzen und speichern:</translation>
    </message>
    <message>
        <source>  Note: the API member uses the Admin role, so these settings were changed on the Admin role itself.</source>
        <translation>  Hinweis: Das API-Mitglied verwendet die Admin-Rolle, daher wurden diese Einstellungen an der Admin-Rolle selbst geändert.</translation>
    </message>
    <message>
        <source>In ConnectWise, System &gt; Members &gt; API Members &gt; %1:</source>
        <translation>In ConnectWise unter System &gt; Members &gt; API Members &gt; %1:</translation>
    </message>
    <message>
        <source>Verify by hand (System &gt; Security Roles &gt; %1 and System &gt; Members &gt; API Members &gt; %2):</source>
        <translation>Von Hand prüfen (System &gt; Security Roles &gt; %1 und System &gt; Members &gt; API Members &gt; %2):</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source></source>
        <comment>The text and Markdown report of phin-cw-check and the wizard. Keep the padding of the &quot;Label: %1&quot; lines so the values line up (pad every label of the block to the same width in your language). JSON keys and check ids are never translated. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>  [%1] %2 (need %3)</source>
        <extracomment>%1 status (padded), %2 the check, e.g. &quot;Companies &gt; Manage Attachments &gt; Add&quot;, %3 the level it needs, e.g. &quot;All&quot; (ConnectWise&apos;s own words: keep them as they are)</extracomment>
        <translation>  [%1] %2 (nötig: %3)</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Connection na&amp;me:</source>
        <translation>Verbindungs&amp;name:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <source>How this connection is listed on the welcome page next time</source>
        <translation>Unter diesem Namen erscheint die Verbindung beim nächsten Mal auf der Startseite</translation>
    </message>
    <message>
        <source>&amp;Save to keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Save to keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Stores both keys in the system keychain and the rest of the connection in the settings</source>
        <translation>Speichert beide Schlüssel im Schlüsselbund des Systems und den Rest der Verbindung in den Einstellungen</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>Nur für diese Sitzung &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the keys for this session only</source>
        <translation>Die Schlüssel nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Continues without storing the keys; they are forgotten when the wizard closes</source>
        <translation>Fährt fort, ohne die Schlüssel zu speichern; sie werden beim Schließen des Assistenten vergessen</translation>
    </message>
    <message>
        <source>Save the connection</source>
        <translation>Verbindung speichern</translation>
    </message>
    <message>
        <source>The keys go into this computer&apos;s keychain, never into a settings file.</source>
        <translation>Die Schlüssel kommen in den Schlüsselbund dieses Computers, niemals in eine Einstellungsdatei.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Company &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;, public key &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Both keys are stored in the system keychain (Secret Service, macOS Keychain or Windows Credential Manager). The settings keep only the site, the company and the chosen features.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Firma &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt;, öffentlicher Schlüssel &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Beide Schlüssel werden im Schlüsselbund des Systems gespeichert (Secret Service, macOS-Schlüsselbund oder Windows-Anmeldeinformationsverwaltung). Die Einstellungen enthalten nur die Adresse, die Firma und die gewählten Funktionen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Speichern im Schlüsselbund…</translation>
    </message>
    <message>
        <source>The keys are used for this session only and forgotten when the wizard closes. Save again later to keep them.</source>
        <translation>Die Schlüssel werden nur für diese Sitzung verwendet und beim Schließen des Assistenten vergessen. Speichern Sie später erneut, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;. The keys are in the keychain.</source>
        <translation>Gespeichert als „%1“. Die Schlüssel sind im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Keychain says: %1</source>
        <translation>Meldung des Schlüsselbunds: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation>%1 von %2 Prüfungen bestanden</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Connect Phin to ConnectWise Manage</source>
        <translation>Phin mit ConnectWise Manage verbinden</translation>
    </message>
    <message>
        <source>Connect Phin to ConnectWise Manage (sandbox: %1)</source>
        <translation>Phin mit ConnectWise Manage verbinden (Sandbox: %1)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Shows the version, commit, Qt and QtKeychain versions</source>
        <translation>Zeigt Version, Commit sowie die Versionen von Qt und QtKeychain</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>Proxy used to reach ConnectWise</source>
        <translation>Proxy für die Verbindung zu ConnectWise</translation>
    </message>
    <message>
        <source>Network…</source>
        <extracomment>Opens the proxy settings. No mnemonic: the button is on every page.</extracomment>
        <translation>Netzwerk…</translation>
    </message>
</context>
<context>
    <name>SiteAddress</name>
    <message>
        <source>ConnectWise site: enter the address you use to log in to ConnectWise, for example na.myconnectwise.net.</source>
        <translation>ConnectWise-Adresse: Geben Sie die Adresse ein, unter der Sie sich bei ConnectWise anmelden, z. B. na.myconnectwise.net.</translation>
    </message>
    <message>
        <source>ConnectWise site: the address contains a space. Copy only the address bar of the ConnectWise login page, for example na.myconnectwise.net.</source>
        <translation>ConnectWise-Adresse: Die Adresse enthält ein Leerzeichen. Kopieren Sie nur die Adressleiste der ConnectWise-Anmeldeseite, z. B. na.myconnectwise.net.</translation>
    </message>
    <message>
        <source>ConnectWise site: &quot;%1&quot; is not a web address. Enter the https address of your ConnectWise login page, for example https://na.myconnectwise.net.</source>
        <translation>ConnectWise-Adresse: „%1“ ist keine Webadresse. Geben Sie die https-Adresse Ihrer ConnectWise-Anmeldeseite ein, z. B. https://na.myconnectwise.net.</translation>
    </message>
    <message>
        <source>ConnectWise site: the port number in &quot;%1&quot; is not valid. Use a number such as 443 or 8443, or leave the port out.</source>
        <translation>ConnectWise-Adresse: Die Portnummer in „%1“ ist ungültig. Verwenden Sie eine Zahl wie 443 oder 8443 oder lassen Sie den Port weg.</translation>
    </message>
    <message>
        <source>ConnectWise site: &quot;%1&quot; is not a valid address. Enter the host name only, for example na.myconnectwise.net or connectwise.example.com:8443.</source>
        <translation>ConnectWise-Adresse: „%1“ ist keine gültige Adresse. Geben Sie nur den Hostnamen ein, z. B. na.myconnectwise.net oder connectwise.example.com:8443.</translation>
    </message>
    <message>
        <source>ConnectWise site: remove the user name before the @ sign; keys go in the key fields, never in the address.</source>
        <translation>ConnectWise-Adresse: Entfernen Sie den Benutzernamen vor dem @-Zeichen; Schlüssel gehören in die Schlüsselfelder, niemals in die Adresse.</translation>
    </message>
    <message>
        <source>ConnectWise site: &quot;%1&quot; is not a valid host name. Check for typing mistakes.</source>
        <translation>ConnectWise-Adresse: „%1“ ist kein gültiger Hostname. Prüfen Sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>ConnectWise site: http:// is not allowed for %1, because the keys would travel unencrypted and ConnectWise refuses plain http. Use https://%1 (or type just the host name).</source>
        <translation>ConnectWise-Adresse: http:// ist für %1 nicht erlaubt, weil die Schlüssel unverschlüsselt übertragen würden und ConnectWise reines http ablehnt. Verwenden Sie https://%1 (oder geben Sie nur den Hostnamen ein).</translation>
    </message>
    <message>
        <source>ConnectWise site: kept only the host %1; the rest of the pasted address is not needed.</source>
        <translation>ConnectWise-Adresse: Nur der Host %1 wurde übernommen; der Rest der eingefügten Adresse wird nicht gebraucht.</translation>
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
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Insufficient</source>
        <translation>Unzureichend</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>This wizard connects Phin to your ConnectWise Manage. It explains what to prepare in ConnectWise, checks the four values as you type them, tests every permission the chosen features need without changing anything, and stores the keys in this computer&apos;s keychain.</source>
        <translation>Dieser Assistent verbindet Phin mit Ihrem ConnectWise Manage. Er erklärt, was in ConnectWise vorzubereiten ist, prüft die vier Werte schon beim Tippen, testet jede Berechtigung, die die gewählten Funktionen brauchen, ohne etwas zu ändern, und speichert die Schlüssel im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Features to set up</source>
        <translation>Einzurichtende Funktionen</translation>
    </message>
    <message>
        <source>&amp;Billing: keep agreements in ConnectWise up to date</source>
        <translation>&amp;Billing: Verträge in ConnectWise aktuell halten</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Set up the Billing feature, which updates agreements in ConnectWise</source>
        <translation>Die Funktion Billing einrichten, die Verträge in ConnectWise aktualisiert</translation>
    </message>
    <message>
        <source>&amp;Service Desk: create tickets with attachments in ConnectWise</source>
        <translation>&amp;Service Desk: Tickets mit Anhängen in ConnectWise anlegen</translation>
    </message>
    <message>
        <source>Service Desk</source>
        <translation>Service Desk</translation>
    </message>
    <message>
        <source>Set up the Service Desk feature, which creates tickets on the API member&apos;s default board</source>
        <translation>Die Funktion Service Desk einrichten, die Tickets auf dem Standard-Board des API-Mitglieds anlegt</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Connections saved on this computer; choose one to re-check or edit it</source>
        <translation>Auf diesem Computer gespeicherte Verbindungen; wählen Sie eine, um sie erneut zu prüfen oder zu bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Re-check the saved connection</source>
        <translation>Die gespeicherte Verbindung erneut prüfen</translation>
    </message>
    <message>
        <source>Runs every check again with the stored keys</source>
        <translation>Führt jede Prüfung mit den gespeicherten Schlüsseln erneut aus</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Edit the saved connection</source>
        <translation>Die gespeicherte Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Opens the connection details of the saved connection</source>
        <translation>Öffnet die Verbindungsdaten der gespeicherten Verbindung</translation>
    </message>
    <message>
        <source>&amp;Practise in the sandbox</source>
        <translation>&amp;Probelauf in der Sandbox</translation>
    </message>
    <message>
        <source>Connects the wizard to a built-in ConnectWise simulator on this computer. Nothing is sent to a real server.</source>
        <translation>Verbindet den Assistenten mit einem eingebauten ConnectWise-Simulator auf diesem Computer. Nichts wird an einen echten Server gesendet.</translation>
    </message>
    <message>
        <source>Practise in the sandbox</source>
        <translation>Probelauf in der Sandbox</translation>
    </message>
    <message>
        <source>Connects the wizard to a built-in ConnectWise simulator; nothing is sent to a real server</source>
        <translation>Verbindet den Assistenten mit einem eingebauten ConnectWise-Simulator; nichts wird an einen echten Server gesendet</translation>
    </message>
    <message>
        <source>Connect Phin to ConnectWise Manage</source>
        <translation>Phin mit ConnectWise Manage verbinden</translation>
    </message>
    <message>
        <source>Choose the features to set up. You can turn each one on or off later.</source>
        <translation>Wählen Sie die einzurichtenden Funktionen. Sie können jede später ein- oder ausschalten.</translation>
    </message>
    <message>
        <source>Connected to the sandbox (scenario &quot;%1&quot;): a ConnectWise simulator on this computer. The connection details are filled in; nothing reaches a real server.</source>
        <translation>Mit der Sandbox verbunden (Szenario „%1“): ein ConnectWise-Simulator auf diesem Computer. Die Verbindungsdaten sind ausgefüllt; nichts erreicht einen echten Server.</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Die Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was disconnected; enter new keys to connect it again.</source>
        <translation>„%1“ wurde getrennt; geben Sie neue Schlüssel ein, um sie wieder zu verbinden.</translation>
    </message>
    <message>
        <source>Reading the keys of &quot;%1&quot;…</source>
        <translation>Schlüssel von „%1“ werden gelesen…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Nochmals versuchen</translation>
    </message>
    <message>
        <source>Choose at least one feature to continue.</source>
        <translation>Wählen Sie mindestens eine Funktion, um fortzufahren.</translation>
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
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>This build has no sandbox.</source>
        <translation>Diese Version enthält keine Sandbox.</translation>
    </message>
    <message>
        <source>This connection is not saved, so the mapping lasts only until the wizard closes. Export it to keep it.</source>
        <translation>Diese Verbindung ist nicht gespeichert, daher gilt die Zuordnung nur, bis der Assistent geschlossen wird. Exportieren Sie sie, um sie zu behalten.</translation>
    </message>
</context>
</TS>
