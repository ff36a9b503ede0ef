<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>BatchFile</name>
    <message>
        <source>line %1: the header has an unclosed quote.</source>
        <translation>regel %1: in de kopregel is een aanhalingsteken niet gesloten.</translation>
    </message>
    <message>
        <source>line %1: unknown column &quot;%2&quot;; the columns are name, site, company, profile, public_key_env, private_key_env, features, member.</source>
        <translation>regel %1: onbekende kolom &quot;%2&quot;; de kolommen zijn name, site, company, profile, public_key_env, private_key_env, features, member.</translation>
    </message>
    <message>
        <source>not a JSON object (%1).</source>
        <translation>geen JSON-object (%1).</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>een andere JSON-waarde</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>onbekende sleutel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unclosed quote (a field cannot span lines).</source>
        <translation>aanhalingsteken niet gesloten (een veld kan niet over meerdere regels lopen).</translation>
    </message>
    <message>
        <source>%1 fields, but the header names %2 columns.</source>
        <translation>%1 velden, maar de kopregel noemt %2 kolommen.</translation>
    </message>
    <message>
        <source>no connections in the file.</source>
        <translation>geen verbindingen in het bestand.</translation>
    </message>
    <message>
        <source>needs a profile, or a site and a company.</source>
        <translation>heeft een profiel nodig, of een adres en een bedrijf.</translation>
    </message>
    <message>
        <source>needs public_key_env and private_key_env (the names of the environment variables holding the keys), or a profile.</source>
        <translation>heeft public_key_env en private_key_env nodig (de namen van de omgevingsvariabelen met de sleutels), of een profiel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name; the file names the variables that hold the keys, never the keys.</source>
        <translation>&quot;%1&quot; is geen naam van een omgevingsvariabele; het bestand noemt de variabelen die de sleutels bevatten, nooit de sleutels zelf.</translation>
    </message>
    <message>
        <source>unknown feature &quot;%1&quot;; choose from %2.</source>
        <translation>onbekende functie &quot;%1&quot;; kies uit %2.</translation>
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
        <translation>Qt %1 (gebouwd met %2)</translation>
    </message>
    <message>
        <source>QtKeychain %1 (build time)</source>
        <extracomment>%1 QtKeychain version; it cannot be asked at run time, so it is the build-time one</extracomment>
        <translation>QtKeychain %1 (tijdens het bouwen)</translation>
    </message>
</context>
<context>
    <name>CatalogChangesPanel</name>
    <message>
        <source>New requirements</source>
        <translation>Nieuwe vereisten</translation>
    </message>
    <message>
        <source>Check new re&amp;quirements</source>
        <translation>&amp;Nieuwe vereisten controleren</translation>
    </message>
    <message>
        <source>Check new requirements</source>
        <translation>Nieuwe vereisten controleren</translation>
    </message>
    <message>
        <source>Checks only the permissions added since this connection was last checked</source>
        <translation>Controleert alleen de rechten die zijn toegevoegd sinds de laatste controle van deze verbinding</translation>
    </message>
    <message>
        <source>List of new requirements</source>
        <translation>Lijst met nieuwe vereisten</translation>
    </message>
    <message>
        <source>Since this connection was checked (requirements %1), Phin needs %2 more:</source>
        <extracomment>%1 is the requirements (catalog) version the connection was checked against, %2 how many requirements were added since.</extracomment>
        <translation>Sinds de laatste controle (vereisten %1) heeft Phin er %2 meer nodig:</translation>
    </message>
    <message>
        <source>To check them, go back to the Connection page and enter the keys.</source>
        <translation>Ga om ze te controleren terug naar de pagina Verbindingsgegevens en voer de sleutels in.</translation>
    </message>
    <message numerus="yes">
        <source>Checking the %n new requirement(s)…</source>
        <translation>
            <numerusform>De %n nieuwe vereiste wordt gecontroleerd…</numerusform>
            <numerusform>De %n nieuwe vereisten worden gecontroleerd…</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not connect: %1</source>
        <translation>De controle kon geen verbinding maken: %1</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Still needed in ConnectWise: %1. Fix it there and check again.</source>
        <translation>Nog nodig in ConnectWise: %1. Los het daar op en controleer opnieuw.</translation>
    </message>
    <message>
        <source>the settings could not be written</source>
        <translation>de instellingen konden niet worden geschreven</translation>
    </message>
    <message>
        <source>the connection is no longer saved</source>
        <translation>de verbinding is niet meer opgeslagen</translation>
    </message>
    <message>
        <source>The new requirements are met, but this could not be recorded: %1</source>
        <translation>Aan de nieuwe vereisten is voldaan, maar dit kon niet worden vastgelegd: %1</translation>
    </message>
    <message>
        <source>The new requirements are met; this connection is now up to date with requirements %1.</source>
        <translation>Aan de nieuwe vereisten is voldaan; deze verbinding is nu bijgewerkt tot vereisten %1.</translation>
    </message>
</context>
<context>
    <name>CatalogVersion</name>
    <message>
        <source>since %1: %2 needed (%3)</source>
        <extracomment>%1 catalog version (&quot;2026.12&quot;), %2 a ConnectWise function and level (&quot;Service Tickets Edit&quot;, keep in English), %3 Phin features (&quot;Service Desk&quot;, in English).</extracomment>
        <translation>sinds %1: %2 nodig (%3)</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Server certificate</source>
        <translation>Servercertificaat</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Uitgegeven aan:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Uitgegeven door:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Geldig vanaf:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Geldig tot:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-vingerafdruk:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-vingerafdruk</translation>
    </message>
    <message>
        <source>Before you trust it, ask the server&apos;s administrator to read you the server&apos;s SHA-256 fingerprint and compare it with the one above. Trusting it applies to this server and port only, and is saved with this connection.</source>
        <translation>Vraag voordat u het vertrouwt de beheerder van de server om u de SHA-256-vingerafdruk voor te lezen, en vergelijk die met de vingerafdruk hierboven. Het vertrouwen geldt alleen voor deze server en poort en wordt bij deze verbinding opgeslagen.</translation>
    </message>
    <message>
        <source>Trust this &amp;certificate</source>
        <translation>Dit &amp;certificaat vertrouwen</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Dit certificaat vertrouwen</translation>
    </message>
    <message>
        <source>Accepts exactly this certificate for this server and port, and looks the company up again</source>
        <translation>Accepteert precies dit certificaat voor deze server en poort, en zoekt het bedrijf opnieuw op</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>A certificate date and time, shown in UTC so that it reads the same to the server&apos;s administrator anywhere; %1 is the localised date and time.</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Trust this &amp;certificate for %1</source>
        <extracomment>%1 is host:port, e.g. cw.example.com:443</extracomment>
        <translation>Dit &amp;certificaat vertrouwen voor %1</translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation>Dit certificaat vertrouwen voor %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Probeer &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>keys are never accepted as arguments (they would be visible in the process list and shell history). Set CW_PUBLIC_KEY and CW_PRIVATE_KEY, or pass them as two lines with --keys-from-stdin.</source>
        <translation>sleutels worden nooit als argument geaccepteerd (ze zouden zichtbaar zijn in de proceslijst en de shellgeschiedenis). Stel CW_PUBLIC_KEY en CW_PRIVATE_KEY in, of geef ze als twee regels door met --keys-from-stdin.</translation>
    </message>
    <message>
        <source>ConnectWise site, e.g. na.myconnectwise.net or cw.example.com:8443.</source>
        <translation>ConnectWise-adres, bijv. na.myconnectwise.net of cw.example.com:8443.</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>Login company ID (the Company field).</source>
        <translation>Bedrijfs-ID voor het aanmelden (het veld Company).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Features to check, comma-separated (default: billing,service-desk).</source>
        <translation>Te controleren functies, gescheiden door komma&apos;s (standaard: billing,service-desk).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIJST</translation>
    </message>
    <message>
        <source>Output format: text, json or markdown (default: text).</source>
        <translation>Uitvoerformaat: text, json of markdown (standaard: text).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of stdout.</source>
        <translation>Het rapport naar BESTAND schrijven in plaats van naar stdout.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Time limit for the whole check (default: 30).</source>
        <translation>Tijdslimiet voor de hele controle (standaard: 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDEN</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (on-premise servers).</source>
        <translation>Ook de CA-certificaten in dit PEM-bestand vertrouwen (on-premises servers).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>ConnectWise clientId to send (default: Phin&apos;s built-in one).</source>
        <translation>Te verzenden ConnectWise-clientId (standaard: die van Phin zelf).</translation>
    </message>
    <message>
        <source>Language of the report.</source>
        <translation>Taal van het rapport.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Check against the built-in ConnectWise simulator running this scenario.</source>
        <translation>Controleren tegen de ingebouwde ConnectWise-simulator met dit scenario.</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>SCENARIO</translation>
    </message>
    <message>
        <source>API member identifier; lets the default board be read when the member cannot read itself.</source>
        <translation>Identificatie van het API-lid; hiermee kan het standaardboard worden gelezen als het lid zichzelf niet mag lezen.</translation>
    </message>
    <message>
        <source>IDENTIFIER</source>
        <translation>IDENTIFICATIE</translation>
    </message>
    <message>
        <source>Read the public and private key as two lines.</source>
        <translation>De openbare en de privésleutel als twee regels lezen.</translation>
    </message>
    <message>
        <source>Print each request and its timing on stderr.</source>
        <translation>Elk verzoek en de duur ervan op stderr tonen.</translation>
    </message>
    <message>
        <source>Send one request at a time (slower; a benchmark baseline).</source>
        <translation>Eén verzoek tegelijk verzenden (trager; een referentiepunt voor metingen).</translation>
    </message>
    <message>
        <source>Check the saved connection NAME (site, company and keys from it).</source>
        <translation>De opgeslagen verbinding NAAM controleren (adres, bedrijf en sleutels daaruit).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>After a check that connected, save the connection as NAME (default: the --profile name, else the company ID).</source>
        <translation>Na een controle die verbinding kon maken, de verbinding opslaan als NAAM (standaard: de naam van --profile, anders de bedrijfs-ID).</translation>
    </message>
    <message>
        <source>Disconnect the saved connection NAME: remove its keys from the keychain, keep its settings and company mapping.</source>
        <translation>De opgeslagen verbinding NAAM loskoppelen: de sleutels uit de sleutelhanger verwijderen, de instellingen en bedrijfskoppeling behouden.</translation>
    </message>
    <message>
        <source>List the saved connections (no secrets).</source>
        <translation>De opgeslagen verbindingen tonen (zonder geheimen).</translation>
    </message>
    <message>
        <source>Settings file for saved connections (default: $PHIN_SETTINGS_FILE, else the per-user settings).</source>
        <translation>Instellingenbestand voor opgeslagen verbindingen (standaard: $PHIN_SETTINGS_FILE, anders de instellingen van de gebruiker).</translation>
    </message>
    <message>
        <source>Check every connection listed in FILE (CSV or JSON Lines).</source>
        <translation>Elke verbinding in BESTAND controleren (CSV of JSON Lines).</translation>
    </message>
    <message>
        <source>Check every saved connection.</source>
        <translation>Elke opgeslagen verbinding controleren.</translation>
    </message>
    <message>
        <source>Checks in flight at once with --batch or --all-profiles (default: 8).</source>
        <translation>Aantal gelijktijdige controles met --batch of --all-profiles (standaard: 8).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>No progress line, even on a terminal.</source>
        <translation>Geen voortgangsregel, ook niet in een terminal.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>De versie tonen.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>onverwacht argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--list-profiles, --forget, --batch and --all-profiles cannot be combined.</source>
        <translation>--list-profiles, --forget, --batch en --all-profiles kunnen niet worden gecombineerd.</translation>
    </message>
    <message>
        <source>--forget needs the name of a saved connection.</source>
        <translation>--forget heeft de naam van een opgeslagen verbinding nodig.</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection.</source>
        <translation>--profile heeft de naam van een opgeslagen verbinding nodig.</translation>
    </message>
    <message>
        <source>--profile, --save and --sandbox check one connection; they do not go with --list-profiles, --forget, --batch or --all-profiles.</source>
        <translation>--profile, --save en --sandbox controleren één verbinding; ze gaan niet samen met --list-profiles, --forget, --batch of --all-profiles.</translation>
    </message>
    <message>
        <source>--save: %1</source>
        <translation>--save: %1</translation>
    </message>
    <message>
        <source>--jobs must be a number from 1 to 256.</source>
        <translation>--jobs moet een getal van 1 tot 256 zijn.</translation>
    </message>
    <message>
        <source>--site and --company are required (or --sandbox SCENARIO, or --profile NAME).</source>
        <translation>--site en --company zijn verplicht (of --sandbox SCENARIO, of --profile NAAM).</translation>
    </message>
    <message>
        <source>unknown feature &quot;%1&quot;; choose from %2.</source>
        <translation>onbekende functie &quot;%1&quot;; kies uit %2.</translation>
    </message>
    <message>
        <source>--features needs at least one feature.</source>
        <translation>--features heeft minstens één functie nodig.</translation>
    </message>
    <message>
        <source>--format must be text, json or markdown.</source>
        <translation>--format moet text, json of markdown zijn.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600.</source>
        <translation>--timeout moet een aantal seconden tussen 0 en 3600 zijn.</translation>
    </message>
    <message>
        <source>--keys-from-stdin: stdin is not readable.</source>
        <translation>--keys-from-stdin: stdin is niet leesbaar.</translation>
    </message>
    <message>
        <source>%1: no keys given. Set CW_PUBLIC_KEY and CW_PRIVATE_KEY, or pass two lines with --keys-from-stdin.</source>
        <translation>%1: geen sleutels opgegeven. Stel CW_PUBLIC_KEY en CW_PRIVATE_KEY in, of geef twee regels door met --keys-from-stdin.</translation>
    </message>
    <message>
        <source>sandbox: scenario &quot;%1&quot; listening on %2</source>
        <translation>sandbox: scenario &quot;%1&quot; luistert op %2</translation>
    </message>
    <message>
        <source>To reconnect: %1 --profile &quot;%2&quot; --keys-from-stdin --save</source>
        <translation>Opnieuw verbinden: %1 --profile &quot;%2&quot; --keys-from-stdin --save</translation>
    </message>
    <message>
        <source>No saved connections. Save one with %1 --site SITE --company ID --save NAME.
</source>
        <translation>Geen opgeslagen verbindingen. Sla er een op met %1 --site ADRES --company ID --save NAAM.
</translation>
    </message>
    <message>
        <source>connected, key …%1</source>
        <translation>verbonden, sleutel …%1</translation>
    </message>
    <message>
        <source>disconnected (keys removed; reconnect with --profile &quot;%1&quot; --keys-from-stdin --save)</source>
        <translation>losgekoppeld (sleutels verwijderd; opnieuw verbinden met --profile &quot;%1&quot; --keys-from-stdin --save)</translation>
    </message>
    <message>
        <source>  last checked %1</source>
        <translation>  laatst gecontroleerd %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n mapped companies</source>
        <translation>
            <numerusform>  %n gekoppeld bedrijf</numerusform>
            <numerusform>  %n gekoppelde bedrijven</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: disconnected &quot;%2&quot;: its keys were removed from the keychain; its settings and company mapping were kept.</source>
        <translation>%1: &quot;%2&quot; losgekoppeld: de sleutels zijn uit de sleutelhanger verwijderd; de instellingen en bedrijfskoppeling zijn behouden.</translation>
    </message>
    <message>
        <source>%1: no translation for &quot;%2&quot;; using English.</source>
        <translation>%1: geen vertaling voor &quot;%2&quot;; uitvoer in het Engels.</translation>
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
        <translation>%1 verzoeken, %2 retourtjes na het opzoeken van het bedrijf, %3 ms%4</translation>
    </message>
    <message>
        <source> (sequential)</source>
        <translation> (na elkaar)</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: kan %2 niet schrijven: %3</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation>%1 van %2 controles geslaagd</translation>
    </message>
    <message>
        <source>The new keys were saved, but the last check could not be recorded: %1</source>
        <translation>De nieuwe sleutels zijn opgeslagen, maar de laatste controle kon niet worden vastgelegd: %1</translation>
    </message>
    <message>
        <source>%1: saved the connection &quot;%2&quot; (keys in the OS keychain).</source>
        <translation>%1: verbinding &quot;%2&quot; opgeslagen (sleutels in de sleutelhanger van het systeem).</translation>
    </message>
    <message>
        <source>The check above used the keys for this run only; nothing was saved.</source>
        <translation>De controle hierboven gebruikte de sleutels alleen voor deze uitvoering; er is niets opgeslagen.</translation>
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
        <translation>Controleert een verbinding met ConnectWise Manage en elk recht dat Phin nodig heeft, zonder iets te wijzigen.

Sleutels: CW_PUBLIC_KEY en CW_PRIVATE_KEY, of twee regels op stdin met --keys-from-stdin; nooit op de opdrachtregel. Of een opgeslagen verbinding: --profile NAAM leest daaruit adres, bedrijf en sleutels (de sleutels uit de sleutelhanger van het systeem); --keys-from-stdin met --profile controleert nieuwe sleutels ervoor.

Opgeslagen verbindingen: --save [NAAM] slaat adres, bedrijf en sleutels op na een controle die verbinding kon maken (nieuwe sleutels vervangen opgeslagen sleutels alleen dan); --forget NAAM verwijdert de sleutels en behoudt de instellingen en de bedrijfskoppeling; --list-profiles toont ze zonder geheimen. Instellingenbestand: --settings BESTAND, anders $PHIN_SETTINGS_FILE, anders de standaard van de gebruiker.

Veel klanten: --batch BESTAND (CSV met een kopregel, of JSON Lines; kolommen name, site, company, en profile of public_key_env en private_key_env met namen van omgevingsvariabelen; optioneel features, member) of --all-profiles; --jobs N controles tegelijk (standaard 8). Uitvoer: --format json geeft JSON Lines, markdown of text een tabel; daarna volgt een samenvatting op stderr.

Afsluitcodes: 0 klaar, 1 er ontbreekt iets of iets is onvoldoende, 2 geen verbinding mogelijk, 3 iets is onbekend, 4 probleem met een opgeslagen verbinding (profiel onbekend of losgekoppeld, sleutelhanger of instellingen mislukt; de controle loopt toch en rapporteert als alleen het opslaan mislukte, en 4 vervangt 0, 1 en 3), 64 gebruiksfout. Een batch eindigt met de code van de slechtste regel, slechtste eerst: 64, 4, 2, 1, 3, 0.

Nieuwere catalogus: als deze versie rechten vereist waarop een opgeslagen verbinding niet is gecontroleerd, toont --all-profiles ze (&quot;since 2026.12: … needed&quot;) en controleert alleen die (--full controleert alles); de verbinding legt de nieuwe catalogusversie vast zodra ze geslaagd zijn. Een verbinding die nooit tegen een catalogus met versienummer is gecontroleerd, krijgt een volledige controle.

Bedrijfskoppeling: --profile NAAM --mapping toont welke Phin-organisaties aan welke ConnectWise-bedrijven zijn gekoppeld. Bij een verbonden profiel wordt de bedrijvenlijst opnieuw geladen en worden verdwenen bedrijven gemarkeerd (en opgeslagen); --offline, of een losgekoppeld profiel, toont de opgeslagen status zonder validatie. Afsluitcodes: 0 elke organisatie is gekoppeld aan een bedrijf dat nog bestaat (met een overeenkomst als Billing wordt gebruikt), 1 iets is niet gekoppeld, ontbreekt of heeft geen overeenkomst, of er is nog niets gekoppeld, 2 de bedrijvenlijst kon niet worden geladen, 4 probleem met profiel of sleutelhanger, 64 gebruiksfout.</translation>
    </message>
    <message>
        <source>Send every request through this proxy: http://[user@]host:port or socks5://[user@]host:port; the password comes from PHIN_PROXY_PASSWORD. Without --proxy, the proxy saved in the wizard&apos;s network settings is used (its password from the OS keychain; not with --sandbox), else the system&apos;s.</source>
        <translation>Elk verzoek via deze proxy verzenden: http://[gebruiker@]host:poort of socks5://[gebruiker@]host:poort; het wachtwoord komt uit PHIN_PROXY_PASSWORD. Zonder --proxy wordt de proxy uit de netwerkinstellingen van de wizard gebruikt (het wachtwoord uit de sleutelhanger van het systeem; niet met --sandbox), anders die van het systeem.</translation>
    </message>
    <message>
        <source>Connect directly, without the saved or the system&apos;s proxy.</source>
        <translation>Direct verbinden, zonder de opgeslagen proxy of die van het systeem.</translation>
    </message>
    <message>
        <source>With --all-profiles: check everything, also for connections that only need the permissions a newer catalog added.</source>
        <translation>Met --all-profiles: alles controleren, ook bij verbindingen die alleen de rechten nodig hebben die een nieuwere catalogus heeft toegevoegd.</translation>
    </message>
    <message>
        <source>With --profile: print the company mapping status instead of checking permissions.</source>
        <translation>Met --profile: de status van de bedrijfskoppeling tonen in plaats van rechten te controleren.</translation>
    </message>
    <message>
        <source>With --mapping: print the stored status without contacting ConnectWise.</source>
        <translation>Met --mapping: de opgeslagen status tonen zonder contact met ConnectWise.</translation>
    </message>
    <message>
        <source>Use the permission catalog in FILE instead of the built-in one.</source>
        <translation>De rechtencatalogus in BESTAND gebruiken in plaats van de ingebouwde.</translation>
    </message>
    <message>
        <source>--full goes with --all-profiles.</source>
        <translation>--full werkt alleen met --all-profiles.</translation>
    </message>
    <message>
        <source>--offline goes with --mapping.</source>
        <translation>--offline werkt alleen met --mapping.</translation>
    </message>
    <message>
        <source>--mapping needs --profile NAME and does not go with --save, --sandbox or --keys-from-stdin.</source>
        <translation>--mapping heeft --profile NAAM nodig en gaat niet samen met --save, --sandbox of --keys-from-stdin.</translation>
    </message>
    <message>
        <source>no checks in the catalog</source>
        <translation>geen controles in de catalogus</translation>
    </message>
    <message>
        <source>--catalog %1: %2</source>
        <translation>--catalog %1: %2</translation>
    </message>
    <message>
        <source>--proxy and --no-proxy exclude each other.</source>
        <translation>--proxy en --no-proxy sluiten elkaar uit.</translation>
    </message>
    <message>
        <source>proxy: %1 (saved setting)</source>
        <translation>proxy: %1 (opgeslagen instelling)</translation>
    </message>
</context>
<context>
    <name>CheckRows</name>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Granted (%1)</source>
        <translation>Toegekend (%1)</translation>
    </message>
    <message>
        <source>Not needed for the chosen features</source>
        <translation>Niet nodig voor de gekozen functies</translation>
    </message>
    <message>
        <source>%1; needs %2</source>
        <translation>%1; nodig: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ConnectWise site answers</source>
        <translation>ConnectWise-adres antwoordt</translation>
    </message>
    <message>
        <source>Company ID is known</source>
        <translation>Bedrijfs-ID is bekend</translation>
    </message>
    <message>
        <source>API keys are accepted</source>
        <translation>API-sleutels worden geaccepteerd</translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation>%1 bereikt</translation>
    </message>
    <message>
        <source>%1 (ConnectWise %2)</source>
        <translation>%1 (ConnectWise %2)</translation>
    </message>
    <message>
        <source>API member %1, role %2</source>
        <translation>API-lid %1, rol %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Accepted (key …%1)</source>
        <translation>Geaccepteerd (sleutel …%1)</translation>
    </message>
    <message>
        <source>Not checked: an earlier step failed</source>
        <translation>Niet gecontroleerd: een eerdere stap is mislukt</translation>
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
        <translation>Aangetroffen: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Oplossing: %1</translation>
    </message>
    <message>
        <source></source>
        <comment>Rows of the check table in the wizard. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>geen antwoord op tijd</translation>
    </message>
    <message>
        <source>connection failed (%1)</source>
        <translation>verbinding mislukt (%1)</translation>
    </message>
    <message>
        <source>too many requests (429), also after waiting</source>
        <translation>te veel verzoeken (429), ook na wachten</translation>
    </message>
    <message>
        <source>server error (%1)</source>
        <translation>serverfout (%1)</translation>
    </message>
    <message>
        <source>redirected (%1), not followed</source>
        <translation>doorgestuurd (%1), niet gevolgd</translation>
    </message>
    <message>
        <source>unreadable answer (%1)</source>
        <translation>onleesbaar antwoord (%1)</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host niet gevonden</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>verbinding geweigerd</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>verbinding verbroken</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-fout</translation>
    </message>
    <message>
        <source>proxy error</source>
        <translation>proxyfout</translation>
    </message>
    <message>
        <source>redirect refused</source>
        <translation>omleiding geweigerd</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>antwoord te groot</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>netwerkfout</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>Features: &quot;%1&quot; is not a feature; choose from %2.</source>
        <translation>Functies: &quot;%1&quot; is geen functie; kies uit %2.</translation>
    </message>
    <message>
        <source>feature not selected</source>
        <translation>functie niet gekozen</translation>
    </message>
    <message>
        <source>ConnectWise rejected the integration&apos;s clientId: it is missing, unknown or disabled (&quot;%1&quot;). Keys were not checked further. Use the clientId Phin registered with ConnectWise, or contact Phin support.</source>
        <translation>ConnectWise heeft de clientId van de integratie geweigerd: die ontbreekt, is onbekend of is uitgeschakeld (&quot;%1&quot;). De sleutels zijn niet verder gecontroleerd. Gebruik de clientId die Phin bij ConnectWise heeft geregistreerd, of neem contact op met Phin-support.</translation>
    </message>
    <message>
        <source>ConnectWise refused the keys (401). Check that the public and private key belong to an API member of company &quot;%1&quot;, that the key was not deleted, and that the Company ID is the login company.</source>
        <translation>ConnectWise heeft de sleutels geweigerd (401). Controleer of de openbare en de privésleutel bij een API-lid van bedrijf &quot;%1&quot; horen, of de sleutel niet is verwijderd en of de bedrijfs-ID het aanmeldbedrijf is.</translation>
    </message>
    <message>
        <source>ConnectWise at %1 did not answer in time.</source>
        <translation>ConnectWise op %1 antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>Lost the connection to %1 (%2).</source>
        <translation>Verbinding met %1 verbroken (%2).</translation>
    </message>
    <message>
        <source>ConnectWise at %1 had a server error (%2). Try again later.</source>
        <translation>ConnectWise op %1 had een serverfout (%2). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>ConnectWise at %1 answered %2 to %3 instead of JSON. Check the site and the codebase %4.</source>
        <translation>ConnectWise op %1 antwoordde %2 op %3 in plaats van JSON. Controleer het adres en de codebase %4.</translation>
    </message>
    <message>
        <source>Connected to ConnectWise %1 as API member %2.</source>
        <translation>Verbonden met ConnectWise %1 als API-lid %2.</translation>
    </message>
    <message>
        <source>Connected to ConnectWise %1.</source>
        <translation>Verbonden met ConnectWise %1.</translation>
    </message>
    <message>
        <source>Its security role &quot;%1&quot; is an Admin role: far more than Phin needs; a dedicated role such as &quot;Phin Integration&quot; is safer.</source>
        <translation>De beveiligingsrol &quot;%1&quot; is een Admin-rol: veel meer dan Phin nodig heeft; een eigen rol zoals &quot;Phin Integration&quot; is veiliger.</translation>
    </message>
    <message>
        <source>ConnectWise does not let this API member read itself, and the member identifier is unknown, so its default board cannot be read. Check System &gt; Members &gt; API Members &gt; (member) &gt; Service Defaults by hand.</source>
        <translation>ConnectWise laat dit API-lid zichzelf niet lezen en de identificatie van het lid is onbekend, dus het standaardboard kan niet worden gelezen. Controleer System &gt; Members &gt; API Members &gt; (lid) &gt; Service Defaults met de hand.</translation>
    </message>
    <message>
        <source>member not readable</source>
        <translation>lid niet leesbaar</translation>
    </message>
    <message>
        <source>%1 is set: %2</source>
        <translation>%1 is ingesteld: %2</translation>
    </message>
    <message>
        <source>%1 is empty: the API member has no default board</source>
        <translation>%1 is leeg: het API-lid heeft geen standaardboard</translation>
    </message>
    <message>
        <source>no default board</source>
        <translation>geen standaardboard</translation>
    </message>
    <message>
        <source>%1 &gt; %2 is not listed in the member&apos;s security.</source>
        <translation>%1 &gt; %2 staat niet in de beveiliging van het lid.</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>niet vermeld</translation>
    </message>
    <message>
        <source>The company lookup did not answer with a list.</source>
        <translation>Het opzoeken van het bedrijf gaf geen lijst terug.</translation>
    </message>
    <message>
        <source>All (own company record visible)</source>
        <translation>All (eigen bedrijfsrecord zichtbaar)</translation>
    </message>
    <message>
        <source>The MSP&apos;s own company record &quot;%1&quot; is visible, which a role limited to its own records would not see.</source>
        <translation>Het eigen bedrijfsrecord van de MSP &quot;%1&quot; is zichtbaar, wat een rol die beperkt is tot eigen records niet zou zien.</translation>
    </message>
    <message>
        <source>My (own company record not visible)</source>
        <translation>My (eigen bedrijfsrecord niet zichtbaar)</translation>
    </message>
    <message>
        <source>Companies can be read, but the MSP&apos;s own company record &quot;%1&quot; is not visible: the role (or the member&apos;s level) only shows the member&apos;s own records.</source>
        <translation>Bedrijven zijn leesbaar, maar het eigen bedrijfsrecord van de MSP &quot;%1&quot; is niet zichtbaar: de rol (of het niveau van het lid) toont alleen de eigen records van het lid.</translation>
    </message>
    <message>
        <source>no test defined</source>
        <translation>geen test gedefinieerd</translation>
    </message>
    <message>
        <source>The API member %1 could not be read (its role probably lacks System &gt; Member Maintenance Inquire), so its default board is not known. Check System &gt; Members &gt; API Members &gt; %1 &gt; Service Defaults by hand.</source>
        <translation>Het API-lid %1 kon niet worden gelezen (de rol mist waarschijnlijk System &gt; Member Maintenance Inquire), dus het standaardboard is onbekend. Controleer System &gt; Members &gt; API Members &gt; %1 &gt; Service Defaults met de hand.</translation>
    </message>
    <message>
        <source>(the API member)</source>
        <translation>(het API-lid)</translation>
    </message>
    <message>
        <source>System &gt; Members &gt; API Members &gt; %1 &gt; Service Defaults &gt; Default Board: choose the service board Phin should create tickets on, then save.</source>
        <translation>System &gt; Members &gt; API Members &gt; %1 &gt; Service Defaults &gt; Default Board: kies het serviceboard waarop Phin tickets moet aanmaken en sla op.</translation>
    </message>
    <message>
        <source>(the API member&apos;s security role)</source>
        <translation>(de beveiligingsrol van het API-lid)</translation>
    </message>
    <message>
        <source>System &gt; Security Roles &gt; %1 &gt; %2 &gt; %3 &gt; %4 Level = %5</source>
        <translation>System &gt; Security Roles &gt; %1 &gt; %2 &gt; %3 &gt; %4 Level = %5</translation>
    </message>
    <message>
        <source> (the API member uses the Admin role; its settings were changed, or the role is limited elsewhere)</source>
        <translation> (het API-lid gebruikt de Admin-rol; de instellingen daarvan zijn gewijzigd, of de rol is elders beperkt)</translation>
    </message>
    <message>
        <source>ConnectWise did not answer within the time limit (%1 s). Check the site and your network, or allow more time (--timeout).</source>
        <translation>ConnectWise antwoordde niet binnen de tijdslimiet (%1 s). Controleer het adres en uw netwerk, of geef meer tijd (--timeout).</translation>
    </message>
    <message>
        <source>no answer within the time limit (%1 s)</source>
        <translation>geen antwoord binnen de tijdslimiet (%1 s)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>not checked: </source>
        <translation>niet gecontroleerd: </translation>
    </message>
    <message>
        <source>no record id in the answer</source>
        <translation>geen record-ID in het antwoord</translation>
    </message>
    <message>
        <source>No answer, so the permission could not be tested: </source>
        <translation>Geen antwoord, dus het recht kon niet worden getest: </translation>
    </message>
    <message>
        <source>ConnectWise rejected the request because of the clientId: </source>
        <translation>ConnectWise weigerde het verzoek vanwege de clientId: </translation>
    </message>
    <message>
        <source> (not JSON)</source>
        <translation> (geen JSON)</translation>
    </message>
    <message>
        <source>POSSIBLE SIDE EFFECT: ConnectWise answered %1 to a test write (%2 %3) that should have been refused; %4. Check ConnectWise and delete it.</source>
        <translation>MOGELIJK NEVENEFFECT: ConnectWise antwoordde %1 op een testschrijfactie (%2 %3) die geweigerd had moeten worden; %4. Controleer ConnectWise en verwijder het.</translation>
    </message>
    <message>
        <source>Redirected; the redirect was not followed: </source>
        <translation>Doorgestuurd; de doorverwijzing is niet gevolgd: </translation>
    </message>
    <message>
        <source>Refused by the security role: </source>
        <translation>Geweigerd door de beveiligingsrol: </translation>
    </message>
    <message>
        <source>The answer was not ConnectWise JSON (HTML or malformed), so it proves nothing.</source>
        <translation>Het antwoord was geen ConnectWise-JSON (HTML of ongeldig) en bewijst dus niets.</translation>
    </message>
    <message>
        <source>Accepted past the security check (</source>
        <translation>Voorbij de beveiligingscontrole geaccepteerd (</translation>
    </message>
    <message>
        <source>Read allowed (</source>
        <translation>Lezen toegestaan (</translation>
    </message>
    <message>
        <source>); a read probe cannot tell Inquire All from My.</source>
        <translation>); een leestest kan Inquire All niet van My onderscheiden.</translation>
    </message>
    <message>
        <source>Passed the security check and stopped at validation, as intended (</source>
        <translation>Door de beveiligingscontrole gekomen en zoals bedoeld gestopt bij de validatie (</translation>
    </message>
    <message>
        <source>Authentication was refused during the test.</source>
        <translation>De authenticatie werd tijdens de test geweigerd.</translation>
    </message>
    <message>
        <source>Rate limited by ConnectWise even after waiting as asked.</source>
        <translation>Door ConnectWise afgeremd, zelfs na het gevraagde wachten.</translation>
    </message>
    <message>
        <source>ConnectWise had a server error: </source>
        <translation>ConnectWise had een serverfout: </translation>
    </message>
    <message>
        <source>An answer the test does not know how to read: </source>
        <translation>Een antwoord dat de test niet kan lezen: </translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>niet gemeld</translation>
    </message>
    <message>
        <source>mySecurity did not report this level.</source>
        <translation>mySecurity heeft dit niveau niet gemeld.</translation>
    </message>
    <message>
        <source>Level read from the member&apos;s security.</source>
        <translation>Niveau gelezen uit de beveiliging van het lid.</translation>
    </message>
    <message>
        <source>Level read from the member&apos;s security: only the member&apos;s own records.</source>
        <translation>Niveau gelezen uit de beveiliging van het lid: alleen de eigen records van het lid.</translation>
    </message>
    <message>
        <source>Unrecognised level &quot;%1&quot; in the member&apos;s security.</source>
        <translation>Onbekend niveau &quot;%1&quot; in de beveiliging van het lid.</translation>
    </message>
    <message>
        <source></source>
        <comment>Remediation and evidence text for each permission check. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>not re-checked: unchanged since the last check</source>
        <translation>niet opnieuw gecontroleerd: ongewijzigd sinds de vorige controle</translation>
    </message>
    <message>
        <source>Check again when ConnectWise answers normally; if it stays unknown, verify by hand: %1</source>
        <translation>Controleer opnieuw als ConnectWise normaal antwoordt; blijft het onbekend, controleer dan met de hand: %1</translation>
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
        <translation>Controle</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Wat is aangetroffen</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Progress of the checks</source>
        <translation>Voortgang van de controles</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v van %m</translation>
    </message>
    <message>
        <source>S&amp;top checking</source>
        <translation>&amp;Controles stoppen</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Controles stoppen</translation>
    </message>
    <message>
        <source>Stops the checks in progress; finished rows keep their result</source>
        <translation>Stopt de lopende controles; afgeronde regels houden hun resultaat</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>One row per check, with its status and what was found; select a row to see its evidence</source>
        <translation>Eén regel per controle, met de status en wat is aangetroffen; selecteer een regel om het bewijs te zien</translation>
    </message>
    <message>
        <source>Show &amp;evidence</source>
        <translation>Bewijs t&amp;onen</translation>
    </message>
    <message>
        <source>Show evidence</source>
        <translation>Bewijs tonen</translation>
    </message>
    <message>
        <source>Shows the requests and answers behind the selected check</source>
        <translation>Toont de verzoeken en antwoorden achter de geselecteerde controle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>The requests and answers behind the selected check; keys are never shown</source>
        <translation>De verzoeken en antwoorden achter de geselecteerde controle; sleutels worden nooit getoond</translation>
    </message>
    <message>
        <source>Checking the connection and permissions</source>
        <translation>Verbinding en rechten worden gecontroleerd</translation>
    </message>
    <message>
        <source>Each check reads or probes without changing anything in ConnectWise.</source>
        <translation>Elke controle leest of test zonder iets in ConnectWise te wijzigen.</translation>
    </message>
    <message>
        <source>Hide &amp;evidence</source>
        <translation>Bewijs verbe&amp;rgen</translation>
    </message>
    <message>
        <source>Stopped before this check finished</source>
        <translation>Gestopt voordat deze controle klaar was</translation>
    </message>
    <message>
        <source>Checks stopped.</source>
        <translation>Controles gestopt.</translation>
    </message>
    <message>
        <source>The checks were stopped. Run them again to continue, or go Back to change the connection details.</source>
        <translation>De controles zijn gestopt. Voer ze opnieuw uit om verder te gaan, of ga terug om de verbindingsgegevens te wijzigen.</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>Checking the values…</source>
        <translation>Waarden worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Looking up the company…</source>
        <translation>Bedrijf wordt opgezocht…</translation>
    </message>
    <message>
        <source>Signing in with the API keys…</source>
        <translation>Aanmelden met de API-sleutels…</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Antwoordt</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Checking permissions…</source>
        <translation>Rechten worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Not checked: the connection failed</source>
        <translation>Niet gecontroleerd: de verbinding is mislukt</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>De verbinding is mislukt.</translation>
    </message>
    <message>
        <source>%1 Go Back to correct the connection details, or try again.</source>
        <translation>%1 Ga terug om de verbindingsgegevens te corrigeren, of probeer het opnieuw.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Opn&amp;ieuw proberen</translation>
    </message>
    <message>
        <source>Checks finished.</source>
        <translation>Controles klaar.</translation>
    </message>
    <message>
        <source>Everything the chosen features need is in place: all %1 checks passed.</source>
        <translation>Alles wat de gekozen functies nodig hebben is aanwezig: alle %1 controles geslaagd.</translation>
    </message>
    <message>
        <source>One item needs attention in ConnectWise.</source>
        <translation>Eén punt in ConnectWise vraagt aandacht.</translation>
    </message>
    <message>
        <source>%1 items need attention in ConnectWise.</source>
        <translation>%1 punten in ConnectWise vragen aandacht.</translation>
    </message>
    <message>
        <source>Next shows exactly what to change.</source>
        <translation>&quot;Volgende&quot; toont precies wat er moet veranderen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>One check got no normal answer from ConnectWise.</source>
        <translation>Eén controle kreeg geen normaal antwoord van ConnectWise.</translation>
    </message>
    <message>
        <source>%1 checks got no normal answer from ConnectWise.</source>
        <translation>%1 controles kregen geen normaal antwoord van ConnectWise.</translation>
    </message>
    <message>
        <source>Run the checks again in a moment, or continue and re-check later.</source>
        <translation>Voer de controles zo meteen opnieuw uit, of ga verder en controleer later opnieuw.</translation>
    </message>
</context>
<context>
    <name>CompanyDirectory</name>
    <message>
        <source>Connect to ConnectWise first: the last check did not connect.</source>
        <translation>Maak eerst verbinding met ConnectWise: de laatste controle kon geen verbinding maken.</translation>
    </message>
    <message>
        <source>The API member&apos;s role needs Companies &gt; Company Maintenance &gt; Inquire = All to list companies.</source>
        <translation>De rol van het API-lid heeft Companies &gt; Company Maintenance &gt; Inquire = All nodig om bedrijven te tonen.</translation>
    </message>
    <message>
        <source>The API member&apos;s role needs Finance &gt; Agreements &gt; Inquire = All to list agreements.</source>
        <translation>De rol van het API-lid heeft Finance &gt; Agreements &gt; Inquire = All nodig om overeenkomsten te tonen.</translation>
    </message>
</context>
<context>
    <name>CompanyLookup</name>
    <message>
        <source>ConnectWise site: %1 could not be found (DNS lookup failed). Check the spelling of the site and your network or VPN.</source>
        <translation>ConnectWise-adres: %1 is niet gevonden (DNS-opzoeking mislukt). Controleer de spelling van het adres en uw netwerk of VPN.</translation>
    </message>
    <message>
        <source>ConnectWise site: the secure connection to %1 failed (%2). If this is an on-premise server with its own certificate authority, trust that CA; never turn certificate checks off.</source>
        <translation>ConnectWise-adres: de beveiligde verbinding met %1 is mislukt (%2). Is dit een on-premises server met een eigen certificeringsinstantie, vertrouw dan die CA; schakel certificaatcontroles nooit uit.</translation>
    </message>
    <message>
        <source>ConnectWise site: %1 did not answer in time. Check the address and your network, then try again.</source>
        <translation>ConnectWise-adres: %1 antwoordde niet op tijd. Controleer het adres en uw netwerk en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>ConnectWise site: could not connect to %1 (%2). Check the address, the port and any firewall or proxy.</source>
        <translation>ConnectWise-adres: kan geen verbinding maken met %1 (%2). Controleer het adres, de poort en eventuele firewalls of proxy&apos;s.</translation>
    </message>
    <message>
        <source>ConnectWise site: %1 answered the company lookup with a redirect (%2). Enter the address of the ConnectWise server itself.</source>
        <translation>ConnectWise-adres: %1 beantwoordde het opzoeken van het bedrijf met een doorverwijzing (%2). Voer het adres van de ConnectWise-server zelf in.</translation>
    </message>
    <message>
        <source>ConnectWise at %1 had a server error (%2) while looking up the company. Try again later.</source>
        <translation>ConnectWise op %1 had een serverfout (%2) bij het opzoeken van het bedrijf. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>ConnectWise site: %1 answered with a web page instead of company information (HTTP %2). Check that the site is your ConnectWise address.</source>
        <translation>ConnectWise-adres: %1 antwoordde met een webpagina in plaats van bedrijfsgegevens (HTTP %2). Controleer of dit uw ConnectWise-adres is.</translation>
    </message>
    <message>
        <source>Company ID: ConnectWise at %1 does not know the company &quot;%2&quot;. Enter the short login company from the Company field of the login page (not the company&apos;s display name).</source>
        <translation>Bedrijfs-ID: ConnectWise op %1 kent het bedrijf &quot;%2&quot; niet. Voer de korte aanmeldnaam uit het veld Company van de aanmeldpagina in (niet de weergavenaam van het bedrijf).</translation>
    </message>
    <message>
        <source>ConnectWise site: unexpected answer %1 to the company lookup on %2.</source>
        <translation>ConnectWise-adres: onverwacht antwoord %1 op het opzoeken van het bedrijf op %2.</translation>
    </message>
    <message>
        <source>ConnectWise site: %1 answered the company lookup, but not with the company information ConnectWise sends (no codebase). Check the site address.</source>
        <translation>ConnectWise-adres: %1 beantwoordde het opzoeken van het bedrijf, maar niet met de bedrijfsgegevens die ConnectWise stuurt (geen codebase). Controleer het adres.</translation>
    </message>
    <message>
        <source></source>
        <comment>Messages when the ConnectWise company lookup fails. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed since it was trusted for %1: the trusted one has SHA-256 %2, the server now shows %3. Someone may be intercepting the connection; only trust the new certificate if your administrator replaced it.</source>
        <translation>Het certificaat van de server is gewijzigd sinds het werd vertrouwd voor %1: het vertrouwde heeft SHA-256 %2, de server toont nu %3. Mogelijk onderschept iemand de verbinding; vertrouw het nieuwe certificaat alleen als uw beheerder het heeft vervangen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1. The server&apos;s administrator must renew it; an expired certificate cannot be trusted.</source>
        <translation>Het certificaat van de server is verlopen op %1. De beheerder van de server moet het vernieuwen; een verlopen certificaat kan niet worden vertrouwd.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid only from %1. Check the date and time of this computer; if they are right, the server&apos;s administrator must fix the certificate.</source>
        <translation>Het certificaat van de server is pas geldig vanaf %1. Controleer de datum en tijd van deze computer; kloppen die, dan moet de beheerder van de server het certificaat corrigeren.</translation>
    </message>
    <message>
        <source>no host name</source>
        <translation>geen hostnaam</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not for %2.</source>
        <translation>Het certificaat van de server is voor %1, niet voor %2.</translation>
    </message>
    <message>
        <source>Enter the site by a name the certificate is for, or ask the server&apos;s administrator for a certificate for %1.</source>
        <translation>Voer het adres in met een naam waarvoor het certificaat geldt, of vraag de beheerder van de server om een certificaat voor %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed (%1), so this computer cannot tell who the server is.</source>
        <translation>Het certificaat van de server is zelfondertekend (%1), dus deze computer kan niet vaststellen wie de server is.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (%1) was issued by %2, a certificate authority this computer does not trust.</source>
        <translation>Het certificaat van de server (%1) is uitgegeven door %2, een certificeringsinstantie die deze computer niet vertrouwt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked by its issuer.</source>
        <translation>Het certificaat van de server is ingetrokken door de uitgever.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) could not be verified.</source>
        <translation>Het certificaat van de server (SHA-256 %1) kon niet worden geverifieerd.</translation>
    </message>
    <message>
        <source>If this is your own server, compare the SHA-256 fingerprint %1 with its administrator, then trust this certificate for %2 in the setup wizard, or give its certificate authority with --ca-file.</source>
        <translation>Is dit uw eigen server, vergelijk dan de SHA-256-vingerafdruk %1 met de beheerder ervan en vertrouw dit certificaat voor %2 in de installatiewizard, of geef de certificeringsinstantie op met --ca-file.</translation>
    </message>
    <message>
        <source>Never turn certificate checks off.</source>
        <translation>Schakel certificaatcontroles nooit uit.</translation>
    </message>
    <message>
        <source>ConnectWise site: the secure connection to %1 failed. %2</source>
        <translation>ConnectWise-adres: de beveiligde verbinding met %1 is mislukt. %2</translation>
    </message>
</context>
<context>
    <name>CompanyMappingModel</name>
    <message>
        <source>Mapped (company inactive)</source>
        <translation>Gekoppeld (bedrijf inactief)</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <source>Missing in ConnectWise since %1</source>
        <translation>Ontbreekt in ConnectWise sinds %1</translation>
    </message>
    <message>
        <source>Proposed (%1)</source>
        <translation>Voorgesteld (%1)</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <source>Phin organisation</source>
        <translation>Phin-organisatie</translation>
    </message>
    <message>
        <source>ConnectWise company</source>
        <translation>ConnectWise-bedrijf</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
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
        <translation>naam gelijk</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>zonder %1</translation>
    </message>
    <message>
        <source>removing “The”</source>
        <translation>zonder ‘The’</translation>
    </message>
    <message>
        <source>reading &amp; as “and”</source>
        <translation>&amp; gelezen als ‘and’</translation>
    </message>
    <message>
        <source>expanding %1</source>
        <translation>%1 uitgeschreven</translation>
    </message>
    <message>
        <source>ignoring accents</source>
        <translation>accenten genegeerd</translation>
    </message>
    <message>
        <source>ignoring case and punctuation</source>
        <translation>hoofdletters en leestekens genegeerd</translation>
    </message>
    <message>
        <source>name equal after %1</source>
        <extracomment>%1 lists what was ignored: &quot;removing LLC, ignoring accents&quot;.</extracomment>
        <translation>naam gelijk na: %1</translation>
    </message>
    <message>
        <source>same identifier (%1)</source>
        <translation>zelfde identificatie (%1)</translation>
    </message>
    <message>
        <source>same ConnectWise id (%1)</source>
        <translation>zelfde ConnectWise-id (%1)</translation>
    </message>
    <message>
        <source>same domain (%1)</source>
        <translation>zelfde domein (%1)</translation>
    </message>
    <message>
        <source>name equal apart from spaces</source>
        <translation>naam gelijk op spaties na</translation>
    </message>
    <message>
        <source>name equals the ConnectWise identifier</source>
        <translation>naam gelijk aan de ConnectWise-identificatie</translation>
    </message>
    <message>
        <source>1 typo</source>
        <translation>1 typefout</translation>
    </message>
    <message>
        <source>2 typos</source>
        <translation>2 typefouten</translation>
    </message>
    <message>
        <source>every word of %1 is in %2</source>
        <translation>elk woord van %1 staat in %2</translation>
    </message>
    <message>
        <source>similar name (%1% of letter groups shared)</source>
        <translation>vergelijkbare naam (%1% van de lettergroepen gedeeld)</translation>
    </message>
    <message>
        <source>preferred over inactive %1</source>
        <translation>verkozen boven inactief %1</translation>
    </message>
    <message>
        <source>%1 matches equally well</source>
        <translation>%1 past even goed</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Compan&amp;y ID:</source>
        <translation>&amp;Bedrijfs-ID:</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Bedrijfs-ID</translation>
    </message>
    <message>
        <source>The Company field on your ConnectWise login page</source>
        <translation>Het veld Company op uw ConnectWise-aanmeldpagina</translation>
    </message>
    <message>
        <source>Where do I find this?</source>
        <translation>Waar vind ik dit?</translation>
    </message>
    <message>
        <source>Where do I find the Company ID?</source>
        <translation>Waar vind ik de bedrijfs-ID?</translation>
    </message>
    <message>
        <source>Shows or hides help for this field</source>
        <translation>Toont of verbergt hulp bij dit veld</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Company&lt;/b&gt; field on your ConnectWise login page. You can also find it under &lt;b&gt;System &amp;gt; My Company&lt;/b&gt;, in the system URL.</source>
        <translation>Het veld &lt;b&gt;Company&lt;/b&gt; op uw ConnectWise-aanmeldpagina. U vindt het ook onder &lt;b&gt;System &amp;gt; My Company&lt;/b&gt;, in de systeem-URL.</translation>
    </message>
    <message>
        <source>Connect&amp;Wise site:</source>
        <translation>Connect&amp;Wise-adres:</translation>
    </message>
    <message>
        <source>ConnectWise site</source>
        <translation>ConnectWise-adres</translation>
    </message>
    <message>
        <source>The address you use to log in to ConnectWise, for example na.myconnectwise.net</source>
        <translation>Het adres waarmee u zich bij ConnectWise aanmeldt, bijv. na.myconnectwise.net</translation>
    </message>
    <message>
        <source>Where do I find the ConnectWise site?</source>
        <translation>Waar vind ik het ConnectWise-adres?</translation>
    </message>
    <message>
        <source>The address you use to log in to ConnectWise, for example &lt;b&gt;na.myconnectwise.net&lt;/b&gt; or your own server&apos;s name. You can paste the whole login URL; the wizard keeps the host and finds the API address.</source>
        <translation>Het adres waarmee u zich bij ConnectWise aanmeldt, bijv. &lt;b&gt;na.myconnectwise.net&lt;/b&gt; of de naam van uw eigen server. U kunt de hele aanmeld-URL plakken; de wizard houdt de hostnaam en vindt het API-adres.</translation>
    </message>
    <message>
        <source>P&amp;ublic key:</source>
        <translation>O&amp;penbare sleutel:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Openbare sleutel</translation>
    </message>
    <message>
        <source>The Public Key of the API member&apos;s key pair</source>
        <translation>De Public Key van het sleutelpaar van het API-lid</translation>
    </message>
    <message>
        <source>Where do I find the public key?</source>
        <translation>Waar vind ik de openbare sleutel?</translation>
    </message>
    <message>
        <source>In ConnectWise: &lt;b&gt;System &amp;gt; Members &amp;gt; API Members&lt;/b&gt;, open the member, &lt;b&gt;API Keys&lt;/b&gt; tab. Each key pair has a Public Key and a Private Key.</source>
        <translation>In ConnectWise: &lt;b&gt;System &amp;gt; Members &amp;gt; API Members&lt;/b&gt;, open het lid, tabblad &lt;b&gt;API Keys&lt;/b&gt;. Elk sleutelpaar heeft een Public Key en een Private Key.</translation>
    </message>
    <message>
        <source>Pri&amp;vate key:</source>
        <translation>Privés&amp;leutel:</translation>
    </message>
    <message>
        <source>Where do I find the private key?</source>
        <translation>Waar vind ik de privésleutel?</translation>
    </message>
    <message>
        <source>Shown by ConnectWise only once, when the key pair is created on the API member&apos;s &lt;b&gt;API Keys&lt;/b&gt; tab. If nobody saved it, create a new key pair there and use both new keys.</source>
        <translation>ConnectWise toont hem maar één keer, wanneer het sleutelpaar wordt gemaakt op het tabblad &lt;b&gt;API Keys&lt;/b&gt; van het API-lid. Heeft niemand hem bewaard, maak daar dan een nieuw sleutelpaar en gebruik beide nieuwe sleutels.</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Verbindingsgegevens</translation>
    </message>
    <message>
        <source>The four values from ConnectWise. Each is checked as you type.</source>
        <translation>De vier waarden uit ConnectWise. Elke waarde wordt al tijdens het typen gecontroleerd.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privésleutel</translation>
    </message>
    <message>
        <source>The Private Key of the API member&apos;s key pair; masked while you type</source>
        <translation>De Private Key van het sleutelpaar van het API-lid; verborgen tijdens het typen</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>bijv. acme</translation>
    </message>
    <message>
        <source>e.g. na.myconnectwise.net</source>
        <translation>bijv. na.myconnectwise.net</translation>
    </message>
    <message>
        <source>API calls go to %1.</source>
        <translation>API-aanroepen gaan naar %1.</translation>
    </message>
    <message>
        <source>Spaces around the pasted key were removed.</source>
        <translation>Spaties rond de geplakte sleutel zijn verwijderd.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Opn&amp;ieuw proberen</translation>
    </message>
    <message>
        <source>Looking up company &quot;%1&quot; on %2…</source>
        <translation>Bedrijf &quot;%1&quot; wordt opgezocht op %2…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>The company lookup was stopped. The checks look the company up again.</source>
        <translation>Het opzoeken van het bedrijf is gestopt. De controles zoeken het bedrijf opnieuw op.</translation>
    </message>
    <message>
        <source>sandbox on this computer</source>
        <translation>sandbox op deze computer</translation>
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
        <translation>on-premises</translation>
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
        <translation>De beveiligde verbinding met %1 is mislukt: deze computer vertrouwt het certificaat van de server niet. Controleer het hieronder.</translation>
    </message>
</context>
<context>
    <name>InputValidation</name>
    <message>
        <source>%1: paste the key from System &gt; Members &gt; API Members &gt; (your member) &gt; API Keys.</source>
        <translation>%1: plak de sleutel uit System &gt; Members &gt; API Members &gt; (uw lid) &gt; API Keys.</translation>
    </message>
    <message>
        <source>%1: remove the label in front of the key and paste only the key itself.</source>
        <translation>%1: verwijder het label voor de sleutel en plak alleen de sleutel zelf.</translation>
    </message>
    <message>
        <source>%1: remove the quotation marks around the key.</source>
        <translation>%1: verwijder de aanhalingstekens rond de sleutel.</translation>
    </message>
    <message>
        <source>%1: the key contains a space or line break. Copy the key again in one piece.</source>
        <translation>%1: de sleutel bevat een spatie of regeleinde. Kopieer de sleutel opnieuw in één stuk.</translation>
    </message>
    <message>
        <source>%1: the key contains characters that ConnectWise keys never have (for example curly quotes or an ellipsis). Copy the key again from ConnectWise.</source>
        <translation>%1: de sleutel bevat tekens die ConnectWise-sleutels nooit hebben (bijvoorbeeld gekrulde aanhalingstekens of een beletselteken). Kopieer de sleutel opnieuw uit ConnectWise.</translation>
    </message>
    <message>
        <source>%1: a public key never contains a colon. Paste only the public key.</source>
        <translation>%1: een openbare sleutel bevat nooit een dubbele punt. Plak alleen de openbare sleutel.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the key is %n character(s) long, but ConnectWise keys are usually 16 letters and digits. Check that you copied the whole key.</source>
        <translation>
            <numerusform>%1: de sleutel is %n teken lang, maar ConnectWise-sleutels hebben meestal 16 letters en cijfers. Controleer of u de hele sleutel hebt gekopieerd.</numerusform>
            <numerusform>%1: de sleutel is %n tekens lang, maar ConnectWise-sleutels hebben meestal 16 letters en cijfers. Controleer of u de hele sleutel hebt gekopieerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>ConnectWise site</source>
        <translation>ConnectWise-adres</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Bedrijfs-ID</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Openbare sleutel</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privésleutel</translation>
    </message>
    <message numerus="yes">
        <source>%1: removed %n space(s) or line break(s) around the value.</source>
        <translation>
            <numerusform>%1: %n spatie of regeleinde rond de waarde verwijderd.</numerusform>
            <numerusform>%1: %n spaties of regeleinden rond de waarde verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: enter the company you type in the Company field of the ConnectWise login page (for example acme).</source>
        <translation>%1: voer het bedrijf in dat u in het veld Company van de ConnectWise-aanmeldpagina typt (bijvoorbeeld acme).</translation>
    </message>
    <message>
        <source>%1: this looks like a web address. Put the address in ConnectWise site and enter the short login company here (the Company field on the login page).</source>
        <translation>%1: dit lijkt op een webadres. Zet het adres bij &quot;ConnectWise-adres&quot; en voer hier de korte aanmeldnaam van het bedrijf in (het veld Company op de aanmeldpagina).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains spaces, so it looks like the company&apos;s display name. Enter the short login company instead (the Company field on the login page, also shown in the address under System &gt; My Company).</source>
        <translation>%1: &quot;%2&quot; bevat spaties en lijkt dus op de weergavenaam van het bedrijf. Voer in plaats daarvan de korte aanmeldnaam van het bedrijf in (het veld Company op de aanmeldpagina, ook te zien in het adres onder System &gt; My Company).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a number, which looks like a record id. Enter the short login company you type on the ConnectWise login page instead.</source>
        <translation>%1: &quot;%2&quot; is een getal en lijkt op een record-ID. Voer in plaats daarvan de korte aanmeldnaam van het bedrijf in die u op de ConnectWise-aanmeldpagina typt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains characters a login company does not have. Use only letters, digits, &apos;-&apos; and &apos;_&apos;, as on the login page.</source>
        <translation>%1: &quot;%2&quot; bevat tekens die een aanmeldnaam van een bedrijf niet heeft. Gebruik alleen letters, cijfers, &apos;-&apos; en &apos;_&apos;, zoals op de aanmeldpagina.</translation>
    </message>
    <message numerus="yes">
        <source>%1: removed %n space(s) or line break(s) around the key.</source>
        <translation>
            <numerusform>%1: %n spatie of regeleinde rond de sleutel verwijderd.</numerusform>
            <numerusform>%1: %n spaties of regeleinden rond de sleutel verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: it is the same as the public key. Paste the private key here; ConnectWise shows it only once, when the key is created (create a new key if it is lost).</source>
        <translation>%1: deze is gelijk aan de openbare sleutel. Plak hier de privésleutel; ConnectWise toont die maar één keer, wanneer de sleutel wordt gemaakt (maak een nieuwe sleutel als hij kwijt is).</translation>
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
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraties</translation>
    </message>
    <message>
        <source>B&amp;illing</source>
        <translation>&amp;Billing</translation>
    </message>
    <message>
        <source>Billing integration</source>
        <translation>Billing-integratie</translation>
    </message>
    <message>
        <source>Turns the Billing integration on or off; turning it on checks its permissions first</source>
        <translation>Zet de Billing-integratie aan of uit; bij het aanzetten worden eerst de rechten gecontroleerd</translation>
    </message>
    <message>
        <source>Service &amp;Desk</source>
        <translation>Service &amp;Desk</translation>
    </message>
    <message>
        <source>Service Desk integration</source>
        <translation>Service Desk-integratie</translation>
    </message>
    <message>
        <source>Turns the Service Desk integration on or off; turning it on checks its permissions first</source>
        <translation>Zet de Service Desk-integratie aan of uit; bij het aanzetten worden eerst de rechten gecontroleerd</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Loskoppelen</translation>
    </message>
    <message>
        <source>Disconnecting removes both keys from the keychain. The mapping of Phin organizations to ConnectWise companies is kept, but Phin can no longer push billing data or create tickets.</source>
        <translation>Loskoppelen verwijdert beide sleutels uit de sleutelhanger. De koppeling van Phin-organisaties aan ConnectWise-bedrijven blijft bewaard, maar Phin kan geen factuurgegevens meer doorsturen en geen tickets meer aanmaken.</translation>
    </message>
    <message>
        <source>Dis&amp;connect…</source>
        <translation>&amp;Loskoppelen…</translation>
    </message>
    <message>
        <source>Asks for confirmation, then removes the keys from the keychain</source>
        <translation>Vraagt om bevestiging en verwijdert daarna de sleutels uit de sleutelhanger</translation>
    </message>
    <message>
        <source>&amp;Yes, remove the keys</source>
        <translation>&amp;Ja, sleutels verwijderen</translation>
    </message>
    <message>
        <source>Confirm disconnect</source>
        <translation>Loskoppelen bevestigen</translation>
    </message>
    <message>
        <source>Removes both keys from the keychain now</source>
        <translation>Verwijdert nu beide sleutels uit de sleutelhanger</translation>
    </message>
    <message>
        <source>&amp;Keep connected</source>
        <translation>Verbonden bl&amp;ijven</translation>
    </message>
    <message>
        <source>Keep connected</source>
        <translation>Verbonden blijven</translation>
    </message>
    <message>
        <source>Cancels the disconnect</source>
        <translation>Annuleert het loskoppelen</translation>
    </message>
    <message>
        <source>Turn each feature on or off. A feature can be on only when ConnectWise grants everything it needs.</source>
        <translation>Zet elke functie aan of uit. Een functie kan alleen aan staan als ConnectWise alles toekent wat ze nodig heeft.</translation>
    </message>
    <message>
        <source>Checking what %1 needs…</source>
        <translation>Controleren wat %1 nodig heeft…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>The check was stopped; %1 stays off.</source>
        <translation>De controle is gestopt; %1 blijft uit.</translation>
    </message>
    <message>
        <source>%1 stays off: the check could not connect. %2</source>
        <translation>%1 blijft uit: de controle kon geen verbinding maken. %2</translation>
    </message>
    <message>
        <source>%1 is on: ConnectWise grants everything it needs.</source>
        <translation>%1 staat aan: ConnectWise kent alles toe wat de functie nodig heeft.</translation>
    </message>
    <message>
        <source>%1 stays off until this is fixed in ConnectWise: %2</source>
        <translation>%1 blijft uit tot dit in ConnectWise is opgelost: %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it was not checked yet.</source>
        <translation>nog niet gecontroleerd.</translation>
    </message>
    <message>
        <source>Off: disconnected.</source>
        <translation>Uit: losgekoppeld.</translation>
    </message>
    <message>
        <source>On: ConnectWise grants everything it needs.</source>
        <translation>Aan: ConnectWise kent alles toe wat de functie nodig heeft.</translation>
    </message>
    <message>
        <source>Off. Cannot be turned on yet: %1</source>
        <translation>Uit. Kan nog niet worden aangezet: %1</translation>
    </message>
    <message>
        <source>Off. Turning it on checks its permissions first.</source>
        <translation>Uit. Bij het aanzetten worden eerst de rechten gecontroleerd.</translation>
    </message>
    <message>
        <source>%1 integration. %2</source>
        <translation>%1-integratie. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Company &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Bedrijf &lt;b&gt;%1&lt;/b&gt; op &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>API member &lt;b&gt;%1&lt;/b&gt;, role &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>API-lid &lt;b&gt;%1&lt;/b&gt;, rol &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Disconnected: the keys were removed from the keychain.</source>
        <translation>Losgekoppeld: de sleutels zijn uit de sleutelhanger verwijderd.</translation>
    </message>
    <message>
        <source>Public key %1, used for this session only (not saved)</source>
        <translation>Openbare sleutel %1, alleen voor deze sessie gebruikt (niet opgeslagen)</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;%1&lt;/b&gt;; public key %2 in the keychain</source>
        <translation>Opgeslagen als &lt;b&gt;%1&lt;/b&gt;; openbare sleutel %2 in de sleutelhanger</translation>
    </message>
    <message>
        <source>This is the sandbox: nothing reaches a real ConnectWise server.</source>
        <translation>Dit is de sandbox: niets bereikt een echte ConnectWise-server.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>De wijziging kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Opnieuw p&amp;roberen</translation>
    </message>
    <message>
        <source>Remove the keys of this connection from the keychain? Phin stops pushing billing data and creating tickets; the company mapping is kept.</source>
        <translation>De sleutels van deze verbinding uit de sleutelhanger verwijderen? Phin stopt dan met het doorsturen van factuurgegevens en het aanmaken van tickets; de bedrijfskoppeling blijft bewaard.</translation>
    </message>
    <message>
        <source>Removing the keys…</source>
        <translation>Sleutels worden verwijderd…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Nogmaals pr&amp;oberen</translation>
    </message>
    <message>
        <source>Disconnected. Both keys were removed from the keychain; the company mapping is kept for when you connect again.</source>
        <translation>Losgekoppeld. Beide sleutels zijn uit de sleutelhanger verwijderd; de bedrijfskoppeling blijft bewaard voor als u opnieuw verbinding maakt.</translation>
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
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Sleutel verbergen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Sleutel tonen</translation>
    </message>
    <message>
        <source>Mask the key again</source>
        <translation>De sleutel weer verbergen</translation>
    </message>
    <message>
        <source>Show the key as plain text</source>
        <translation>De sleutel als leesbare tekst tonen</translation>
    </message>
</context>
<context>
    <name>MappingCommand</name>
    <message>
        <source>missing in ConnectWise since %1</source>
        <extracomment>A mapped ConnectWise company no longer listed; %1 is a date (2026-11-28).</extracomment>
        <translation>ontbreekt in ConnectWise sinds %1</translation>
    </message>
    <message>
        <source>company inactive in ConnectWise</source>
        <translation>bedrijf inactief in ConnectWise</translation>
    </message>
    <message>
        <source>no agreement for Billing</source>
        <translation>geen overeenkomst voor Billing</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>niet gekoppeld</translation>
    </message>
    <message numerus="yes">
        <source>Company mapping of &quot;%1&quot; (company %2 at %3), checked against %n ConnectWise companies just now.</source>
        <translation>
            <numerusform>Bedrijfskoppeling van &quot;%1&quot; (bedrijf %2 op %3), zojuist gecontroleerd tegen %n ConnectWise-bedrijf.</numerusform>
            <numerusform>Bedrijfskoppeling van &quot;%1&quot; (bedrijf %2 op %3), zojuist gecontroleerd tegen %n ConnectWise-bedrijven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Company mapping of &quot;%1&quot; (company %2 at %3) as stored; not re-validated against ConnectWise: %4</source>
        <translation>Bedrijfskoppeling van &quot;%1&quot; (bedrijf %2 op %3) zoals opgeslagen; niet opnieuw gevalideerd tegen ConnectWise: %4</translation>
    </message>
    <message>
        <source>Mapped: %1 of %2</source>
        <translation>Gekoppeld: %1 van %2</translation>
    </message>
    <message>
        <source>Not mapped: %1</source>
        <translation>Niet gekoppeld: %1</translation>
    </message>
    <message>
        <source>Missing in ConnectWise: %1</source>
        <translation>Ontbreekt in ConnectWise: %1</translation>
    </message>
    <message>
        <source>Without an agreement for Billing: %1</source>
        <translation>Zonder overeenkomst voor Billing: %1</translation>
    </message>
    <message>
        <source>No organisations in the mapping yet: map them in the setup wizard (Integrations page) or import a mapping CSV.</source>
        <translation>Nog geen organisaties in de koppeling: koppel ze in de installatiewizard (pagina Integraties) of importeer een koppelings-CSV.</translation>
    </message>
    <message>
        <source>agreement %1</source>
        <translation>overeenkomst %1</translation>
    </message>
    <message>
        <source>Company mapping of &quot;%1&quot;</source>
        <translation>Bedrijfskoppeling van &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No organisations in the mapping yet.</source>
        <translation>Nog geen organisaties in de koppeling.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>--offline was given.</source>
        <translation>--offline is opgegeven.</translation>
    </message>
    <message>
        <source>the connection is disconnected (its keys were removed); reconnect with %1 --profile &quot;%2&quot; --keys-from-stdin --save.</source>
        <translation>de verbinding is losgekoppeld (de sleutels zijn verwijderd); verbind opnieuw met %1 --profile &quot;%2&quot; --keys-from-stdin --save.</translation>
    </message>
    <message>
        <source>the settings could not be written.</source>
        <translation>de instellingen konden niet worden geschreven.</translation>
    </message>
    <message>
        <source>the reconciled mapping could not be saved: %1</source>
        <translation>de bijgewerkte koppeling kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>not re-validated against ConnectWise: %1</source>
        <translation>niet opnieuw gevalideerd tegen ConnectWise: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Companies loaded</source>
        <translation>Geladen bedrijven</translation>
    </message>
    <message>
        <source>How many ConnectWise companies have been loaded</source>
        <translation>Hoeveel ConnectWise-bedrijven er zijn geladen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>Cancel loading companies</source>
        <translation>Laden van bedrijven annuleren</translation>
    </message>
    <message>
        <source>Stops loading the companies; the mapping stays as it is</source>
        <translation>Stopt het laden van de bedrijven; de koppeling blijft zoals ze is</translation>
    </message>
    <message>
        <source>&amp;Import Phin organisations (CSV)…</source>
        <translation>Phin-organisaties &amp;importeren (CSV)…</translation>
    </message>
    <message>
        <source>Import Phin organisations</source>
        <translation>Phin-organisaties importeren</translation>
    </message>
    <message>
        <source>Reads a CSV export of Phin organisations: name, optional domain or id</source>
        <translation>Leest een CSV-export van Phin-organisaties: naam, optioneel domein of ID</translation>
    </message>
    <message>
        <source>Add organisation by name</source>
        <translation>Organisatie op naam toevoegen</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Organisatie toevoegen</translation>
    </message>
    <message>
        <source>Type the name of a Phin organisation and press Enter to add it</source>
        <translation>Typ de naam van een Phin-organisatie en druk op Enter om die toe te voegen</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Toevoe&amp;gen</translation>
    </message>
    <message>
        <source>Add the organisation</source>
        <translation>De organisatie toevoegen</translation>
    </message>
    <message>
        <source>Adds the typed organisation to the list</source>
        <translation>Voegt de getypte organisatie aan de lijst toe</translation>
    </message>
    <message>
        <source>Search organisations and companies</source>
        <translation>Organisaties en bedrijven zoeken</translation>
    </message>
    <message>
        <source>Search the mapping</source>
        <translation>In de koppeling zoeken</translation>
    </message>
    <message>
        <source>Shows only the rows whose organisation, company or agreement contains the text</source>
        <translation>Toont alleen de regels waarvan de organisatie, het bedrijf of de overeenkomst de tekst bevat</translation>
    </message>
    <message>
        <source>Company mapping</source>
        <translation>Bedrijfskoppeling</translation>
    </message>
    <message>
        <source>One row per Phin organisation. Enter accepts the proposal, Delete clears the row.</source>
        <translation>Eén regel per Phin-organisatie. Enter accepteert het voorstel, Delete wist de regel.</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>&amp;Accepteren</translation>
    </message>
    <message>
        <source>Accept the proposal</source>
        <translation>Het voorstel accepteren</translation>
    </message>
    <message>
        <source>Maps the selected rows to their proposed companies</source>
        <translation>Koppelt de geselecteerde regels aan hun voorgestelde bedrijven</translation>
    </message>
    <message>
        <source>Accept all proposals</source>
        <translation>Alle voorstellen accepteren</translation>
    </message>
    <message>
        <source>Maps every row that has a proposal to its proposed company</source>
        <translation>Koppelt elke regel met een voorstel aan het voorgestelde bedrijf</translation>
    </message>
    <message>
        <source>C&amp;hange company…</source>
        <translation>Bedrijf wij&amp;zigen…</translation>
    </message>
    <message>
        <source>Change company</source>
        <translation>Bedrijf wijzigen</translation>
    </message>
    <message>
        <source>Opens a searchable list of ConnectWise companies for the current row</source>
        <translation>Opent een doorzoekbare lijst van ConnectWise-bedrijven voor de huidige regel</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>Clear the mapping</source>
        <translation>De koppeling wissen</translation>
    </message>
    <message>
        <source>Removes the mapping of the selected rows; the organisations stay</source>
        <translation>Verwijdert de koppeling van de geselecteerde regels; de organisaties blijven</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>&amp;Overeenkomst…</translation>
    </message>
    <message>
        <source>Choose agreement</source>
        <translation>Overeenkomst kiezen</translation>
    </message>
    <message>
        <source>Loads the agreements of the current row&apos;s company to choose the one Billing uses</source>
        <translation>Laadt de overeenkomsten van het bedrijf in de huidige regel, om te kiezen welke Billing gebruikt</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;Bedrijf:</translation>
    </message>
    <message>
        <source>Type part of a company name, identifier or id</source>
        <translation>Typ een deel van een bedrijfsnaam, identificatie of ID</translation>
    </message>
    <message>
        <source>Company to map to</source>
        <translation>Bedrijf om aan te koppelen</translation>
    </message>
    <message>
        <source>Type part of a name; pick a company from the list with the arrow keys and Enter</source>
        <translation>Typ een deel van een naam; kies een bedrijf uit de lijst met de pijltoetsen en Enter</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>The agreement Billing uses for this company</source>
        <translation>De overeenkomst die Billing voor dit bedrijf gebruikt</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>Gebr&amp;uiken</translation>
    </message>
    <message>
        <source>Use this choice</source>
        <translation>Deze keuze gebruiken</translation>
    </message>
    <message>
        <source>Uses the chosen company or agreement for the current row</source>
        <translation>Gebruikt het gekozen bedrijf of de gekozen overeenkomst voor de huidige regel</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Sluit&amp;en</translation>
    </message>
    <message>
        <source>Close the picker</source>
        <translation>De keuzelijst sluiten</translation>
    </message>
    <message>
        <source>Closes the picker without changing the row</source>
        <translation>Sluit de keuzelijst zonder de regel te wijzigen</translation>
    </message>
    <message>
        <source>Im&amp;port mapping…</source>
        <translation>&amp;Koppeling importeren…</translation>
    </message>
    <message>
        <source>Import mapping CSV</source>
        <translation>Koppelings-CSV importeren</translation>
    </message>
    <message>
        <source>Reads a mapping CSV; rows of the same organisations are replaced</source>
        <translation>Leest een koppelings-CSV; regels van dezelfde organisaties worden vervangen</translation>
    </message>
    <message>
        <source>E&amp;xport mapping…</source>
        <translation>Koppeling e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export mapping CSV</source>
        <translation>Koppelings-CSV exporteren</translation>
    </message>
    <message>
        <source>Writes the whole mapping to a CSV file</source>
        <translation>Schrijft de hele koppeling naar een CSV-bestand</translation>
    </message>
    <message>
        <source>&amp;Save mapping</source>
        <translation>Koppeling op&amp;slaan</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Koppeling opslaan</translation>
    </message>
    <message>
        <source>Stores the mapping with the saved connection</source>
        <translation>Bewaart de koppeling bij de opgeslagen verbinding</translation>
    </message>
    <message>
        <source>%1 (%2, #%3)</source>
        <extracomment>A ConnectWise company in the picker: name, identifier and id.</extracomment>
        <translation>%1 (%2, #%3)</translation>
    </message>
    <message>
        <source>[inactive]</source>
        <translation>[inactief]</translation>
    </message>
    <message>
        <source>Map Phin organisations to ConnectWise companies</source>
        <translation>Phin-organisaties aan ConnectWise-bedrijven koppelen</translation>
    </message>
    <message>
        <source>Optional: press Next to skip; you can map companies later from Integrations.</source>
        <translation>Optioneel: kies Volgende om dit over te slaan; u kunt bedrijven later koppelen via Integraties.</translation>
    </message>
    <message>
        <source>Import company mapping</source>
        <translation>Bedrijfskoppeling importeren</translation>
    </message>
    <message>
        <source>Export company mapping</source>
        <translation>Bedrijfskoppeling exporteren</translation>
    </message>
    <message>
        <source>This connection is not saved, so the mapping lasts only until the wizard closes. Export it to keep it.</source>
        <translation>Deze verbinding is niet opgeslagen, dus de koppeling blijft alleen bewaard tot de wizard sluit. Exporteer ze om ze te behouden.</translation>
    </message>
    <message>
        <source>Connect to ConnectWise first: there is no check of this connection yet.</source>
        <translation>Maak eerst verbinding met ConnectWise: deze verbinding is nog niet gecontroleerd.</translation>
    </message>
    <message>
        <source>Without keys the companies cannot be loaded: connect again to map companies. The saved mapping is kept.</source>
        <translation>Zonder sleutels kunnen de bedrijven niet worden geladen: maak opnieuw verbinding om bedrijven te koppelen. De opgeslagen koppeling blijft bewaard.</translation>
    </message>
    <message>
        <source>ConnectWise companies cannot be listed. %1 You can still add organisations and import or export the mapping.</source>
        <translation>ConnectWise-bedrijven kunnen niet worden opgehaald. %1 U kunt nog wel organisaties toevoegen en de koppeling importeren of exporteren.</translation>
    </message>
    <message>
        <source>Loading ConnectWise companies…</source>
        <translation>ConnectWise-bedrijven worden geladen…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>Loading companies was stopped; the mapping is unchanged.</source>
        <translation>Het laden van bedrijven is gestopt; de koppeling is ongewijzigd.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Opnieuw p&amp;roberen</translation>
    </message>
    <message>
        <source>%1 of %2 companies</source>
        <extracomment>Progress of loading ConnectWise companies, e.g. &quot;1,000 of 10,000 companies&quot;.</extracomment>
        <translation>%1 van %2 bedrijven</translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation>%1 bedrijven</translation>
    </message>
    <message>
        <source>The companies could not be loaded: %1</source>
        <translation>De bedrijven konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>Loaded %1 ConnectWise companies.</source>
        <translation>%1 ConnectWise-bedrijven geladen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already listed.</source>
        <translation>&quot;%1&quot; staat al in de lijst.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; toegevoegd.</translation>
    </message>
    <message>
        <source>Nothing was imported; the file has errors:</source>
        <translation>Er is niets geïmporteerd; het bestand bevat fouten:</translation>
    </message>
    <message>
        <source>Imported %1 organisations (%2 new).</source>
        <translation>%1 organisaties geïmporteerd (%2 nieuw).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Imported the mapping of %1 organisations.</source>
        <translation>De koppeling van %1 organisaties geïmporteerd.</translation>
    </message>
    <message>
        <source>Exported the mapping to %1.</source>
        <translation>De koppeling geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>The mapping was not saved: %1 Press Next again to go on without saving it.</source>
        <translation>De koppeling is niet opgeslagen: %1 Kies nogmaals Volgende om verder te gaan zonder op te slaan.</translation>
    </message>
    <message>
        <source>Saved the mapping with &quot;%1&quot;.</source>
        <translation>De koppeling is opgeslagen bij &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Accepted %1 proposals.</source>
        <translation>%1 voorstellen geaccepteerd.</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Overeenkomst:</translation>
    </message>
    <message>
        <source>Loading agreements…</source>
        <translation>Overeenkomsten worden geladen…</translation>
    </message>
    <message>
        <source>The agreements could not be loaded: %1</source>
        <translation>De overeenkomsten konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>Geen overeenkomst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>[cancelled]</source>
        <translation>[geannuleerd]</translation>
    </message>
    <message>
        <source>No ConnectWise company matches &quot;%1&quot;.</source>
        <translation>Geen ConnectWise-bedrijf komt overeen met &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Accept a&amp;ll (%1)</source>
        <extracomment>Accepts every proposed match; %1 is how many.</extracomment>
        <translation>A&amp;lle accepteren (%1)</translation>
    </message>
</context>
<context>
    <name>MappingSection</name>
    <message>
        <source>Company mapping</source>
        <translation>Bedrijfskoppeling</translation>
    </message>
    <message>
        <source>Edit &amp;mapping…</source>
        <extracomment>Goes back to the company mapping page of the wizard.</extracomment>
        <translation>Koppeling bew&amp;erken…</translation>
    </message>
    <message>
        <source>Edit mapping</source>
        <translation>Koppeling bewerken</translation>
    </message>
    <message>
        <source>Opens the company mapping page</source>
        <translation>Opent de pagina voor de bedrijfskoppeling</translation>
    </message>
    <message>
        <source>Ex&amp;port mapping…</source>
        <translation>Koppeling e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export mapping CSV</source>
        <translation>Koppelings-CSV exporteren</translation>
    </message>
    <message>
        <source>Writes the whole mapping to a CSV file</source>
        <translation>Schrijft de hele koppeling naar een CSV-bestand</translation>
    </message>
    <message>
        <source>No Phin organisations yet.</source>
        <translation>Nog geen Phin-organisaties.</translation>
    </message>
    <message>
        <source>Disconnected: without keys the companies cannot be loaded, so the mapping is read-only until you connect again. It is kept, and you can export it.</source>
        <translation>Losgekoppeld: zonder sleutels kunnen de bedrijven niet worden geladen, dus de koppeling is alleen-lezen tot u opnieuw verbinding maakt. Ze blijft bewaard en u kunt ze exporteren.</translation>
    </message>
    <message>
        <source>Export company mapping</source>
        <translation>Bedrijfskoppeling exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The mapping could not be written to %1: %2</source>
        <translation>De koppeling kon niet naar %1 worden geschreven: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n organisation(s) to %1.</source>
        <translation>
            <numerusform>%n organisatie geëxporteerd naar %1.</numerusform>
            <numerusform>%n organisaties geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mapped</source>
        <extracomment>Part of the company mapping summary; the count is of Phin organisations.</extracomment>
        <translation>
            <numerusform>%Ln gekoppeld</numerusform>
            <numerusform>%Ln gekoppeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed</source>
        <extracomment>Part of the company mapping summary; the count is of Phin organisations.</extracomment>
        <translation>
            <numerusform>%Ln voorgesteld</numerusform>
            <numerusform>%Ln voorgesteld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unmapped</source>
        <extracomment>Part of the company mapping summary; the count is of Phin organisations.</extracomment>
        <translation>
            <numerusform>%Ln niet gekoppeld</numerusform>
            <numerusform>%Ln niet gekoppeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing in ConnectWise</source>
        <extracomment>Part of the company mapping summary; the count is of Phin organisations.</extracomment>
        <translation>
            <numerusform>%Ln ontbreekt in ConnectWise</numerusform>
            <numerusform>%Ln ontbreken in ConnectWise</numerusform>
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
        <translation>Netwerkinstellingen</translation>
    </message>
    <message>
        <source>How this computer reaches ConnectWise. The setup wizard and phin-cw-check both use this setting.</source>
        <translation>Hoe deze computer ConnectWise bereikt. De installatiewizard en phin-cw-check gebruiken allebei deze instelling.</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings (recommended)</source>
        <translation>Proxy-instellingen van het &amp;systeem gebruiken (aanbevolen)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Systeemproxy</translation>
    </message>
    <message>
        <source>&amp;No proxy: connect directly</source>
        <translation>&amp;Geen proxy: direct verbinden</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Geen proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>Hand&amp;matige proxy:</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Handmatige proxy</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxytype</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxyhost</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxypoort</translation>
    </message>
    <message>
        <source>3128</source>
        <translation>3128</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Gebr&amp;uikersnaam:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Gebruikersnaam voor de proxy</translation>
    </message>
    <message>
        <source>only if the proxy asks for one</source>
        <translation>alleen als de proxy erom vraagt</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
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
        <translation>Proxywachtwoord</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <extracomment>Saves the proxy choice; the mnemonic must differ from the options above.</extracomment>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save network settings</source>
        <translation>Netwerkinstellingen opslaan</translation>
    </message>
    <message>
        <source>saved in the keychain; type to replace it</source>
        <translation>opgeslagen; typ om te vervangen</translation>
    </message>
    <message>
        <source>A password is saved in the keychain; leave empty to keep it</source>
        <translation>Er is een wachtwoord opgeslagen in de sleutelhanger; laat leeg om het te behouden</translation>
    </message>
    <message>
        <source>Stored in the keychain, never in the settings file</source>
        <translation>Opgeslagen in de sleutelhanger, nooit in het instellingenbestand</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
</context>
<context>
    <name>PagedLoader</name>
    <message>
        <source>ConnectWise did not answer (%1).</source>
        <translation>ConnectWise antwoordde niet (%1).</translation>
    </message>
    <message>
        <source>ConnectWise rejected the integration&apos;s clientId (&quot;%1&quot;).</source>
        <translation>ConnectWise heeft de clientId van de integratie geweigerd (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>ConnectWise did not accept the API keys (401). Check the connection again.</source>
        <translation>ConnectWise heeft de API-sleutels niet geaccepteerd (401). Controleer de verbinding opnieuw.</translation>
    </message>
    <message>
        <source>The API member&apos;s security role may not read this list (403).</source>
        <translation>De beveiligingsrol van het API-lid mag deze lijst mogelijk niet lezen (403).</translation>
    </message>
    <message>
        <source>ConnectWise answered %1 for %2: %3</source>
        <translation>ConnectWise antwoordde %1 voor %2: %3</translation>
    </message>
    <message>
        <source>ConnectWise answered page %1 with something that is not a list.</source>
        <translation>ConnectWise beantwoordde pagina %1 met iets wat geen lijst is.</translation>
    </message>
    <message>
        <source>Stopped after page %1: ConnectWise sent a %2.</source>
        <translation>Gestopt na pagina %1: ConnectWise stuurde %2.</translation>
    </message>
    <message>
        <source>Stopped after page %1: the next page is on another server (%2); the keys were not sent there.</source>
        <translation>Gestopt na pagina %1: de volgende pagina staat op een andere server (%2); de sleutels zijn daar niet naartoe gestuurd.</translation>
    </message>
    <message>
        <source>Stopped after page %1: the next page link points back to a page already loaded.</source>
        <translation>Gestopt na pagina %1: de link naar de volgende pagina wijst naar een pagina die al is geladen.</translation>
    </message>
    <message>
        <source>Stopped after %1 pages: ConnectWise announced fewer pages than it keeps sending.</source>
        <translation>Gestopt na %1 pagina&apos;s: ConnectWise kondigde minder pagina&apos;s aan dan het blijft sturen.</translation>
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
        <translation>1. Maak een beveiligingsrol</translation>
    </message>
    <message>
        <source>Role name:</source>
        <translation>Rolnaam:</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Rolnaam</translation>
    </message>
    <message>
        <source>The name to give the new security role in ConnectWise</source>
        <translation>De naam voor de nieuwe beveiligingsrol in ConnectWise</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>&amp;Naam kopiëren</translation>
    </message>
    <message>
        <source>Copy the role name</source>
        <translation>De rolnaam kopiëren</translation>
    </message>
    <message>
        <source>Copies the role name to the clipboard</source>
        <translation>Kopieert de rolnaam naar het klembord</translation>
    </message>
    <message>
        <source>Copy &amp;all permission lines</source>
        <translation>A&amp;lle rechtenregels kopiëren</translation>
    </message>
    <message>
        <source>Copy all permission lines</source>
        <translation>Alle rechtenregels kopiëren</translation>
    </message>
    <message>
        <source>Copies every permission line for the chosen features, one per line</source>
        <translation>Kopieert elke rechtenregel voor de gekozen functies, één per regel</translation>
    </message>
    <message>
        <source>2. Create an API member and its keys</source>
        <translation>2. Maak een API-lid en de sleutels ervan</translation>
    </message>
    <message>
        <source>Prepare ConnectWise</source>
        <translation>ConnectWise voorbereiden</translation>
    </message>
    <message>
        <source>Do these steps in ConnectWise Manage, then come back for the four values.</source>
        <translation>Voer deze stappen uit in ConnectWise Manage en kom dan terug met de vier waarden.</translation>
    </message>
    <message>
        <source>the role name</source>
        <translation>de rolnaam</translation>
    </message>
    <message>
        <source>all permission lines</source>
        <translation>alle rechtenregels</translation>
    </message>
    <message>
        <source>If the API member will have the &lt;b&gt;Admin&lt;/b&gt; role, skip this step: Admin already has every permission below.</source>
        <translation>Krijgt het API-lid de rol &lt;b&gt;Admin&lt;/b&gt;, sla deze stap dan over: Admin heeft alle onderstaande rechten al.</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left:0&quot;&gt;&lt;li&gt;In ConnectWise, go to &lt;b&gt;System &amp;gt; Security Roles&lt;/b&gt; and select &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Name the role as below and save.&lt;/li&gt;&lt;li&gt;Set these Security Module levels and save again.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&quot;margin-left:0&quot;&gt;&lt;li&gt;Ga in ConnectWise naar &lt;b&gt;System &amp;gt; Security Roles&lt;/b&gt; en kies &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Geef de rol de naam hieronder en sla op.&lt;/li&gt;&lt;li&gt;Stel deze niveaus in de Security Module in en sla opnieuw op.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Permissions needed for %1:</source>
        <translation>Benodigde rechten voor %1:</translation>
    </message>
    <message>
        <source>%1 &gt; %2 &gt; %3 Level (%4)</source>
        <translation>%1 &gt; %2 &gt; %3 Level (%4)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopiëren</translation>
    </message>
    <message>
        <source>Copies this permission line to the clipboard</source>
        <translation>Kopieert deze rechtenregel naar het klembord</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left:0&quot;&gt;&lt;li&gt;Go to &lt;b&gt;System &amp;gt; Members &amp;gt; API Members&lt;/b&gt; and select &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Fill in Member ID, Member Name and the required fields; choose the &lt;b&gt;%1&lt;/b&gt; role (or Admin).&lt;/li&gt;</source>
        <translation>&lt;ol style=&quot;margin-left:0&quot;&gt;&lt;li&gt;Ga naar &lt;b&gt;System &amp;gt; Members &amp;gt; API Members&lt;/b&gt; en kies &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Vul Member ID, Member Name en de verplichte velden in; kies de rol &lt;b&gt;%1&lt;/b&gt; (of Admin).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Under &lt;b&gt;%1&lt;/b&gt;, choose a default service board: Phin creates its tickets there.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Kies onder &lt;b&gt;%1&lt;/b&gt; een standaard-serviceboard: daar maakt Phin zijn tickets aan.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Open the &lt;b&gt;API Keys&lt;/b&gt; tab, select &lt;b&gt;+&lt;/b&gt;, enter a description and save. Copy the &lt;b&gt;Public Key&lt;/b&gt; and the &lt;b&gt;Private Key&lt;/b&gt; now: ConnectWise shows the private key only once.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;li&gt;Open het tabblad &lt;b&gt;API Keys&lt;/b&gt;, kies &lt;b&gt;+&lt;/b&gt;, voer een beschrijving in en sla op. Kopieer nu de &lt;b&gt;Public Key&lt;/b&gt; en de &lt;b&gt;Private Key&lt;/b&gt;: ConnectWise toont de privésleutel maar één keer.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 gekopieerd.</translation>
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
        <translation>systeemproxy</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>geen proxy</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or IP address, e.g. proxy.example.com.</source>
        <translation>Voer de hostnaam of het IP-adres van de proxy in, bijv. proxy.example.com.</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host name, without &quot;http://&quot;; choose the type above.</source>
        <translation>Voer alleen de hostnaam van de proxy in, zonder &quot;http://&quot;; kies het type hierboven.</translation>
    </message>
    <message>
        <source>The proxy host must not contain spaces, &quot;/&quot; or &quot;@&quot;.</source>
        <translation>De proxyhost mag geen spaties, &quot;/&quot; of &quot;@&quot; bevatten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address.</source>
        <translation>&quot;%1&quot; is geen hostnaam of IP-adres.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535 (often 3128, 8080 or 1080).</source>
        <translation>De proxypoort moet een getal van 1 tot 65535 zijn (vaak 3128, 8080 of 1080).</translation>
    </message>
    <message>
        <source>The proxy user name starts or ends with a space; remove it.</source>
        <translation>De gebruikersnaam voor de proxy begint of eindigt met een spatie; verwijder die.</translation>
    </message>
    <message>
        <source>Enter the password for the proxy user %1, or clear the user name if the proxy needs none.</source>
        <translation>Voer het wachtwoord in voor de proxygebruiker %1, of wis de gebruikersnaam als de proxy er geen nodig heeft.</translation>
    </message>
    <message>
        <source>A proxy password needs a user name; enter it, or clear the password.</source>
        <translation>Een proxywachtwoord vereist een gebruikersnaam; voer die in, of wis het wachtwoord.</translation>
    </message>
    <message>
        <source>%1 is not a proxy address; give http://host:port or socks5://host:port (optionally with user@).</source>
        <translation>%1 is geen proxyadres; geef http://host:poort of socks5://host:poort op (eventueel met gebruiker@).</translation>
    </message>
</context>
<context>
    <name>ProxyVault</name>
    <message>
        <source>Connections use the system&apos;s proxy settings.</source>
        <translation>Verbindingen gebruiken de proxy-instellingen van het systeem.</translation>
    </message>
    <message>
        <source>Connections go directly to ConnectWise, without a proxy.</source>
        <translation>Verbindingen gaan direct naar ConnectWise, zonder proxy.</translation>
    </message>
    <message>
        <source>Connections go through the proxy %1.</source>
        <translation>Verbindingen gaan via de proxy %1.</translation>
    </message>
    <message>
        <source>the keychain gave no reason</source>
        <translation>de sleutelhanger gaf geen reden</translation>
    </message>
    <message>
        <source>The saved proxy %1 cannot be used: %2</source>
        <translation>De opgeslagen proxy %1 kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>The password of the proxy %1 could not be read from the keychain (%2); the proxy is used without it. Enter it again in the network settings.</source>
        <translation>Het wachtwoord van de proxy %1 kon niet uit de sleutelhanger worden gelezen (%2); de proxy wordt zonder wachtwoord gebruikt. Voer het opnieuw in bij de netwerkinstellingen.</translation>
    </message>
    <message>
        <source>The keychain did not store the proxy password (%1); nothing was changed.</source>
        <translation>De sleutelhanger heeft het proxywachtwoord niet opgeslagen (%1); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The stored password of the proxy %1 could not be read from the keychain (%2); type it again.</source>
        <translation>Het opgeslagen wachtwoord van de proxy %1 kon niet uit de sleutelhanger worden gelezen (%2); typ het opnieuw.</translation>
    </message>
    <message>
        <source>The proxy settings could not be saved: %1</source>
        <translation>De proxy-instellingen konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The proxy %1 cannot be used: %2</source>
        <translation>De proxy %1 kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>The password of the previous proxy %1 could not be removed from the keychain (%2); remove the entry &quot;%3&quot; by hand.</source>
        <translation>Het wachtwoord van de vorige proxy %1 kon niet uit de sleutelhanger worden verwijderd (%2); verwijder het item &quot;%3&quot; met de hand.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Phin ConnectWise Setup</source>
        <translation>Phin ConnectWise-installatie</translation>
    </message>
    <message>
        <source>Connects Phin to ConnectWise Manage and checks every permission it needs.</source>
        <translation>Verbindt Phin met ConnectWise Manage en controleert elk recht dat het nodig heeft.</translation>
    </message>
    <message>
        <source>Open the wizard connected to the built-in ConnectWise simulator (scenario given as argument; default &quot;ready&quot;).</source>
        <translation>De wizard openen, verbonden met de ingebouwde ConnectWise-simulator (scenario als argument; standaard &quot;ready&quot;).</translation>
    </message>
    <message>
        <source>List the sandbox scenarios and exit.</source>
        <translation>De sandboxscenario&apos;s tonen en afsluiten.</translation>
    </message>
    <message>
        <source>Language of the wizard, e.g. de, fr, es, nl (default: the system&apos;s).</source>
        <translation>Taal van de wizard, bijv. de, fr, es, nl (standaard: die van het systeem).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Sandbox scenario for --sandbox.</source>
        <translation>Sandboxscenario voor --sandbox.</translation>
    </message>
    <message>
        <source>phin-cw-setup: the permission catalog is damaged: %1</source>
        <translation>phin-cw-setup: de rechtencatalogus is beschadigd: %1</translation>
    </message>
    <message>
        <source>phin-cw-setup: the ConnectWise assumptions are damaged: %1</source>
        <translation>phin-cw-setup: de aannames over ConnectWise zijn beschadigd: %1</translation>
    </message>
    <message>
        <source>phin-cw-setup: the sandbox did not start: %1</source>
        <translation>phin-cw-setup: de sandbox is niet gestart: %1</translation>
    </message>
    <message>
        <source>phin-cw-setup: no translation for &quot;%1&quot;; using English.</source>
        <translation>phin-cw-setup: geen vertaling voor &quot;%1&quot;; de wizard blijft Engels.</translation>
    </message>
</context>
<context>
    <name>RemediationPage</name>
    <message>
        <source>What to change in ConnectWise</source>
        <translation>Wat er in ConnectWise moet veranderen</translation>
    </message>
    <message>
        <source>Grouped by where it is changed: the security role, then the API member</source>
        <translation>Gegroepeerd naar waar het wordt gewijzigd: eerst de beveiligingsrol, dan het API-lid</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Wat te wijzigen</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Instellen op</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blokkeert</translation>
    </message>
    <message>
        <source>&amp;Copy steps</source>
        <translation>Stappen &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy steps</source>
        <translation>Stappen kopiëren</translation>
    </message>
    <message>
        <source>Copies the steps as plain text for a ConnectWise administrator</source>
        <translation>Kopieert de stappen als platte tekst voor een ConnectWise-beheerder</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>Rapport op&amp;slaan…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>Saves a redacted report as Markdown, JSON or HTML</source>
        <translation>Slaat een geschoond rapport op als Markdown, JSON of HTML</translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>Runs the checks again after you changed ConnectWise, and shows what changed</source>
        <translation>Voert de controles opnieuw uit nadat u ConnectWise hebt gewijzigd, en toont wat er is veranderd</translation>
    </message>
    <message>
        <source>Only what still needs doing, grouped by where it is changed.</source>
        <translation>Alleen wat nog moet gebeuren, gegroepeerd naar waar het wordt gewijzigd.</translation>
    </message>
    <message>
        <source>The steps are on the clipboard, ready to paste into a message to your ConnectWise administrator.</source>
        <translation>De stappen staan op het klembord, klaar om in een bericht aan uw ConnectWise-beheerder te plakken.</translation>
    </message>
    <message>
        <source>There is no report to save yet.</source>
        <translation>Er is nog geen rapport om op te slaan.</translation>
    </message>
    <message>
        <source>Phin ConnectWise check</source>
        <translation>Phin ConnectWise-controle</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Het rapport kon niet worden opgeslagen in %1: %2</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>&amp;Ander bestand kiezen…</translation>
    </message>
    <message>
        <source>Report saved to %1. It contains no private key; the public key appears only as its last four characters.</source>
        <translation>Rapport opgeslagen in %1. Het bevat geen privésleutel; de openbare sleutel staat er alleen met de laatste vier tekens in.</translation>
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
        <translation>Opnieuw controleren…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>The re-check was stopped; the list shows the previous results.</source>
        <translation>De nieuwe controle is gestopt; de lijst toont de vorige resultaten.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Opn&amp;ieuw proberen</translation>
    </message>
    <message>
        <source>The re-check could not connect: %1</source>
        <translation>De nieuwe controle kon geen verbinding maken: %1</translation>
    </message>
    <message>
        <source>Nothing changed since the previous check. Changes to a security role can take a moment to apply; save them in ConnectWise and re-check.</source>
        <translation>Er is niets veranderd sinds de vorige controle. Wijzigingen in een beveiligingsrol kunnen even duren voordat ze gelden; sla ze op in ConnectWise en controleer opnieuw.</translation>
    </message>
    <message>
        <source>Changed since the previous check:</source>
        <translation>Gewijzigd sinds de vorige controle:</translation>
    </message>
    <message>
        <source>the API member&apos;s role</source>
        <translation>de rol van het API-lid</translation>
    </message>
    <message>
        <source>the API member</source>
        <translation>het API-lid</translation>
    </message>
    <message>
        <source>API member: System &gt; Members &gt; API Members &gt; %1</source>
        <translation>API-lid: System &gt; Members &gt; API Members &gt; %1</translation>
    </message>
    <message>
        <source>Security role: System &gt; Security Roles &gt; %1</source>
        <translation>Beveiligingsrol: System &gt; Security Roles &gt; %1</translation>
    </message>
    <message>
        <source>%1 (found: %2). %3</source>
        <translation>%1 (aangetroffen: %2). %3</translation>
    </message>
    <message>
        <source>a default board</source>
        <translation>een standaardboard</translation>
    </message>
    <message>
        <source>%1 Level: %2</source>
        <translation>%1 Level: %2</translation>
    </message>
    <message>
        <source>%1, %2, set to %3, blocks %4</source>
        <translation>%1, %2, instellen op %3, blokkeert %4</translation>
    </message>
    <message>
        <source>Everything the chosen features need is now in place. Continue to save the connection.</source>
        <translation>Alles wat de gekozen functies nodig hebben is nu aanwezig. Ga verder om de verbinding op te slaan.</translation>
    </message>
    <message>
        <source>One item needs changing in ConnectWise.</source>
        <translation>Eén punt moet in ConnectWise worden gewijzigd.</translation>
    </message>
    <message>
        <source>%1 items need changing in ConnectWise.</source>
        <translation>%1 punten moeten in ConnectWise worden gewijzigd.</translation>
    </message>
    <message>
        <source>Change them (or send the steps to your ConnectWise administrator), then re-check.</source>
        <translation>Wijzig ze (of stuur de stappen naar uw ConnectWise-beheerder) en controleer daarna opnieuw.</translation>
    </message>
    <message>
        <source></source>
        <comment>The page that lists what to change in ConnectWise. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>Not checked: ConnectWise did not answer normally. Re-check in a moment.</source>
        <translation>Niet gecontroleerd: ConnectWise antwoordde niet normaal. Controleer zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Niet gecontroleerd: %1.</translation>
    </message>
    <message>
        <source>Not checked, %1: %2, blocks %3</source>
        <translation>Niet gecontroleerd, %1: %2, blokkeert %3</translation>
    </message>
    <message>
        <source>Why not checked</source>
        <translation>Waarom niet gecontroleerd</translation>
    </message>
    <message>
        <source>Set to, or why not checked</source>
        <translation>Instellen op, of waarom niet gecontroleerd</translation>
    </message>
    <message>
        <source>One check got no normal answer from ConnectWise; re-check in a moment.</source>
        <translation>Eén controle kreeg geen normaal antwoord van ConnectWise; controleer zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>%1 checks got no normal answer from ConnectWise; re-check in a moment.</source>
        <translation>%1 controles kregen geen normaal antwoord van ConnectWise; controleer zo meteen opnieuw.</translation>
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
        <translation>on-premises</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>niet leesbaar</translation>
    </message>
    <message>
        <source>, role &quot;%1&quot;</source>
        <translation>, rol &quot;%1&quot;</translation>
    </message>
    <message>
        <source> (an Admin role)</source>
        <translation> (een Admin-rol)</translation>
    </message>
    <message>
        <source>, default board &quot;%1&quot;</source>
        <translation>, standaardboard &quot;%1&quot;</translation>
    </message>
    <message>
        <source>, no default board</source>
        <translation>, geen standaardboard</translation>
    </message>
    <message>
        <source>%1: not selected</source>
        <translation>%1: niet gekozen</translation>
    </message>
    <message>
        <source>%1: ready</source>
        <translation>%1: klaar</translation>
    </message>
    <message>
        <source>%1: not ready</source>
        <translation>%1: niet klaar</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>toegekend</translation>
    </message>
    <message>
        <source>insufficient</source>
        <translation>onvoldoende</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>Phin ConnectWise check (%1 %2), %3</source>
        <translation>Phin ConnectWise-controle (%1 %2), %3</translation>
    </message>
    <message>
        <source>Site:        %1</source>
        <translation>Adres:            %1</translation>
    </message>
    <message>
        <source>Company ID:  %1</source>
        <translation>Bedrijfs-ID:      %1</translation>
    </message>
    <message>
        <source>Public key:  %1</source>
        <translation>Openbare sleutel: %1</translation>
    </message>
    <message>
        <source>Features:    %1</source>
        <translation>Functies:         %1</translation>
    </message>
    <message>
        <source>Connection:  %1: %2</source>
        <translation>Verbinding:       %1: %2</translation>
    </message>
    <message>
        <source>API member:  %1</source>
        <translation>API-lid:          %1</translation>
    </message>
    <message>
        <source>Note:        %1</source>
        <translation>Opmerking:        %1</translation>
    </message>
    <message>
        <source>WARNING:     %1</source>
        <translation>WAARSCHUWING:     %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>: found %1</source>
        <translation>: aangetroffen %1</translation>
    </message>
    <message>
        <source>      fix: %1</source>
        <translation>      oplossing: %1</translation>
    </message>
    <message>
        <source>Summary: %1 granted, %2 insufficient, %3 missing, %4 unknown, %5 skipped</source>
        <translation>Samenvatting: %1 toegekend, %2 onvoldoende, %3 ontbreken, %4 onbekend, %5 overgeslagen</translation>
    </message>
    <message>
        <source>Ready:   %1</source>
        <translation>Klaar:        %1</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Zo lost u het op</translation>
    </message>
    <message>
        <source>### Phin ConnectWise check</source>
        <translation>### Phin ConnectWise-controle</translation>
    </message>
    <message>
        <source>- **Checked:** %1 (%2 %3)</source>
        <translation>- **Gecontroleerd:** %1 (%2 %3)</translation>
    </message>
    <message>
        <source>- **Site:** `%1`</source>
        <translation>- **Adres:** `%1`</translation>
    </message>
    <message>
        <source>- **Company ID:** `%1`</source>
        <translation>- **Bedrijfs-ID:** `%1`</translation>
    </message>
    <message>
        <source>- **Public key:** `%1`</source>
        <translation>- **Openbare sleutel:** `%1`</translation>
    </message>
    <message>
        <source>- **Features:** %1</source>
        <translation>- **Functies:** %1</translation>
    </message>
    <message>
        <source>- **Connection:** `%1`: %2</source>
        <translation>- **Verbinding:** `%1`: %2</translation>
    </message>
    <message>
        <source>- **API member:** %1</source>
        <translation>- **API-lid:** %1</translation>
    </message>
    <message>
        <source>- **Note:** %1</source>
        <translation>- **Opmerking:** %1</translation>
    </message>
    <message>
        <source>- **WARNING:** %1</source>
        <translation>- **WAARSCHUWING:** %1</translation>
    </message>
    <message>
        <source>| Check | Needs | Status | Found | How |</source>
        <translation>| Controle | Nodig | Status | Aangetroffen | Hoe |</translation>
    </message>
    <message>
        <source>**Summary:** %1 granted, %2 insufficient, %3 missing, %4 unknown, %5 skipped. %6.</source>
        <translation>**Samenvatting:** %1 toegekend, %2 onvoldoende, %3 ontbreken, %4 onbekend, %5 overgeslagen. %6.</translation>
    </message>
    <message>
        <source>#### How to fix</source>
        <translation>#### Zo lost u het op</translation>
    </message>
    <message>
        <source>Phin ConnectWise check</source>
        <translation>Phin ConnectWise-controle</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <source>Company ID: %1</source>
        <translation>Bedrijfs-ID: %1</translation>
    </message>
    <message>
        <source>Connection: %1: %2</source>
        <translation>Verbinding: %1: %2</translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation>WAARSCHUWING: %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Aangetroffen</translation>
    </message>
    <message>
        <source>Connection: %1 → %2</source>
        <translation>Verbinding: %1 → %2</translation>
    </message>
    <message>
        <source>(the API member&apos;s security role)</source>
        <translation>(de beveiligingsrol van het API-lid)</translation>
    </message>
    <message>
        <source>(the API member)</source>
        <translation>(het API-lid)</translation>
    </message>
    <message>
        <source>Service Defaults &gt; Default Board: choose the board Phin should create tickets on</source>
        <translation>Service Defaults &gt; Default Board: kies het board waarop Phin tickets moet aanmaken</translation>
    </message>
    <message>
        <source>%1 &gt; %2 &gt; %3 Level = %4</source>
        <translation>%1 &gt; %2 &gt; %3 Level = %4</translation>
    </message>
    <message>
        <source> (now %1)</source>
        <translation> (nu %1)</translation>
    </message>
    <message>
        <source> (could not be checked: %1)</source>
        <translation> (kon niet worden gecontroleerd: %1)</translation>
    </message>
    <message>
        <source>In ConnectWise, System &gt; Security Roles &gt; %1, set and save:</source>
        <translation>Stel in ConnectWise onder System &gt; Security Roles &gt; %1 in en sla op:</translation>
    </message>
    <message>
        <source>  Note: the API member uses the Admin role, so these settings were changed on the Admin role itself.</source>
        <translation>  Opmerking: het API-lid gebruikt de Admin-rol, dus deze instellingen zijn op de Admin-rol zelf gewijzigd.</translation>
    </message>
    <message>
        <source>In ConnectWise, System &gt; Members &gt; API Members &gt; %1:</source>
        <translation>In ConnectWise, System &gt; Members &gt; API Members &gt; %1:</translation>
    </message>
    <message>
        <source>Verify by hand (System &gt; Security Roles &gt; %1 and System &gt; Members &gt; API Members &gt; %2):</source>
        <translation>Met de hand controleren (System &gt; Security Roles &gt; %1 en System &gt; Members &gt; API Members &gt; %2):</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Voer de controle daarna opnieuw uit.</translation>
    </message>
    <message>
        <source></source>
        <comment>The text and Markdown report of phin-cw-check and the wizard. Keep the padding of the &quot;Label: %1&quot; lines so the values line up (pad every label of the block to the same width in your language). JSON keys and check ids are never translated. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>  [%1] %2 (need %3)</source>
        <extracomment>%1 status (padded), %2 the check, e.g. &quot;Companies &gt; Manage Attachments &gt; Add&quot;, %3 the level it needs, e.g. &quot;All&quot; (ConnectWise&apos;s own words: keep them as they are)</extracomment>
        <translation>  [%1] %2 (nodig: %3)</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Connection na&amp;me:</source>
        <translation>Verbindings&amp;naam:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Verbindingsnaam</translation>
    </message>
    <message>
        <source>How this connection is listed on the welcome page next time</source>
        <translation>Zo staat deze verbinding de volgende keer op de welkomstpagina</translation>
    </message>
    <message>
        <source>&amp;Save to keychain</source>
        <translation>Opslaan in &amp;sleutelhanger</translation>
    </message>
    <message>
        <source>Save to keychain</source>
        <translation>Opslaan in sleutelhanger</translation>
    </message>
    <message>
        <source>Stores both keys in the system keychain and the rest of the connection in the settings</source>
        <translation>Slaat beide sleutels op in de sleutelhanger van het systeem en de rest van de verbinding in de instellingen</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>Alleen voor deze sessie gebr&amp;uiken</translation>
    </message>
    <message>
        <source>Use the keys for this session only</source>
        <translation>De sleutels alleen voor deze sessie gebruiken</translation>
    </message>
    <message>
        <source>Continues without storing the keys; they are forgotten when the wizard closes</source>
        <translation>Gaat verder zonder de sleutels op te slaan; ze worden vergeten als de wizard sluit</translation>
    </message>
    <message>
        <source>Save the connection</source>
        <translation>De verbinding opslaan</translation>
    </message>
    <message>
        <source>The keys go into this computer&apos;s keychain, never into a settings file.</source>
        <translation>De sleutels gaan naar de sleutelhanger van deze computer, nooit naar een instellingenbestand.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Company &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;, public key &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Both keys are stored in the system keychain (Secret Service, macOS Keychain or Windows Credential Manager). The settings keep only the site, the company and the chosen features.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bedrijf &lt;b&gt;%1&lt;/b&gt; op &lt;b&gt;%2&lt;/b&gt;, openbare sleutel &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Beide sleutels worden opgeslagen in de sleutelhanger van het systeem (Secret Service, macOS-sleutelhanger of Windows Referentiebeheer). De instellingen bewaren alleen het adres, het bedrijf en de gekozen functies.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Opslaan in de sleutelhanger…</translation>
    </message>
    <message>
        <source>The keys are used for this session only and forgotten when the wizard closes. Save again later to keep them.</source>
        <translation>De sleutels worden alleen voor deze sessie gebruikt en vergeten als de wizard sluit. Sla later opnieuw op om ze te bewaren.</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;. The keys are in the keychain.</source>
        <translation>Opgeslagen als &quot;%1&quot;. De sleutels staan in de sleutelhanger.</translation>
    </message>
    <message>
        <source>Keychain says: %1</source>
        <translation>De sleutelhanger meldt: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Opn&amp;ieuw proberen</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation>%1 van %2 controles geslaagd</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Connect Phin to ConnectWise Manage</source>
        <translation>Phin met ConnectWise Manage verbinden</translation>
    </message>
    <message>
        <source>Connect Phin to ConnectWise Manage (sandbox: %1)</source>
        <translation>Phin met ConnectWise Manage verbinden (sandbox: %1)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Shows the version, commit, Qt and QtKeychain versions</source>
        <translation>Toont de versie, de commit en de versies van Qt en QtKeychain</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Netwerkinstellingen</translation>
    </message>
    <message>
        <source>Proxy used to reach ConnectWise</source>
        <translation>Proxy om ConnectWise te bereiken</translation>
    </message>
    <message>
        <source>Network…</source>
        <extracomment>Opens the proxy settings. No mnemonic: the button is on every page.</extracomment>
        <translation>Netwerk…</translation>
    </message>
</context>
<context>
    <name>SiteAddress</name>
    <message>
        <source>ConnectWise site: enter the address you use to log in to ConnectWise, for example na.myconnectwise.net.</source>
        <translation>ConnectWise-adres: voer het adres in waarmee u zich bij ConnectWise aanmeldt, bijvoorbeeld na.myconnectwise.net.</translation>
    </message>
    <message>
        <source>ConnectWise site: the address contains a space. Copy only the address bar of the ConnectWise login page, for example na.myconnectwise.net.</source>
        <translation>ConnectWise-adres: het adres bevat een spatie. Kopieer alleen de adresbalk van de ConnectWise-aanmeldpagina, bijvoorbeeld na.myconnectwise.net.</translation>
    </message>
    <message>
        <source>ConnectWise site: &quot;%1&quot; is not a web address. Enter the https address of your ConnectWise login page, for example https://na.myconnectwise.net.</source>
        <translation>ConnectWise-adres: &quot;%1&quot; is geen webadres. Voer het https-adres van uw ConnectWise-aanmeldpagina in, bijvoorbeeld https://na.myconnectwise.net.</translation>
    </message>
    <message>
        <source>ConnectWise site: the port number in &quot;%1&quot; is not valid. Use a number such as 443 or 8443, or leave the port out.</source>
        <translation>ConnectWise-adres: het poortnummer in &quot;%1&quot; is ongeldig. Gebruik een getal zoals 443 of 8443, of laat de poort weg.</translation>
    </message>
    <message>
        <source>ConnectWise site: &quot;%1&quot; is not a valid address. Enter the host name only, for example na.myconnectwise.net or connectwise.example.com:8443.</source>
        <translation>ConnectWise-adres: &quot;%1&quot; is geen geldig adres. Voer alleen de hostnaam in, bijvoorbeeld na.myconnectwise.net of connectwise.example.com:8443.</translation>
    </message>
    <message>
        <source>ConnectWise site: remove the user name before the @ sign; keys go in the key fields, never in the address.</source>
        <translation>ConnectWise-adres: verwijder de gebruikersnaam voor het @-teken; sleutels horen in de sleutelvelden, nooit in het adres.</translation>
    </message>
    <message>
        <source>ConnectWise site: &quot;%1&quot; is not a valid host name. Check for typing mistakes.</source>
        <translation>ConnectWise-adres: &quot;%1&quot; is geen geldige hostnaam. Controleer op typefouten.</translation>
    </message>
    <message>
        <source>ConnectWise site: http:// is not allowed for %1, because the keys would travel unencrypted and ConnectWise refuses plain http. Use https://%1 (or type just the host name).</source>
        <translation>ConnectWise-adres: http:// is niet toegestaan voor %1, omdat de sleutels dan onversleuteld zouden worden verzonden en ConnectWise gewoon http weigert. Gebruik https://%1 (of typ alleen de hostnaam).</translation>
    </message>
    <message>
        <source>ConnectWise site: kept only the host %1; the rest of the pasted address is not needed.</source>
        <translation>ConnectWise-adres: alleen de host %1 is behouden; de rest van het geplakte adres is niet nodig.</translation>
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
        <translation>Wachten</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Insufficient</source>
        <translation>Onvoldoende</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>This wizard connects Phin to your ConnectWise Manage. It explains what to prepare in ConnectWise, checks the four values as you type them, tests every permission the chosen features need without changing anything, and stores the keys in this computer&apos;s keychain.</source>
        <translation>Deze wizard verbindt Phin met uw ConnectWise Manage. Hij legt uit wat u in ConnectWise moet voorbereiden, controleert de vier waarden al tijdens het typen, test elk recht dat de gekozen functies nodig hebben zonder iets te wijzigen, en bewaart de sleutels in de sleutelhanger van deze computer.</translation>
    </message>
    <message>
        <source>Features to set up</source>
        <translation>In te stellen functies</translation>
    </message>
    <message>
        <source>&amp;Billing: keep agreements in ConnectWise up to date</source>
        <translation>&amp;Billing: overeenkomsten in ConnectWise actueel houden</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Set up the Billing feature, which updates agreements in ConnectWise</source>
        <translation>De functie Billing instellen, die overeenkomsten in ConnectWise bijwerkt</translation>
    </message>
    <message>
        <source>&amp;Service Desk: create tickets with attachments in ConnectWise</source>
        <translation>&amp;Service Desk: tickets met bijlagen aanmaken in ConnectWise</translation>
    </message>
    <message>
        <source>Service Desk</source>
        <translation>Service Desk</translation>
    </message>
    <message>
        <source>Set up the Service Desk feature, which creates tickets on the API member&apos;s default board</source>
        <translation>De functie Service Desk instellen, die tickets aanmaakt op het standaardboard van het API-lid</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Opgeslagen verbindingen</translation>
    </message>
    <message>
        <source>Connections saved on this computer; choose one to re-check or edit it</source>
        <translation>Verbindingen die op deze computer zijn opgeslagen; kies er een om opnieuw te controleren of te bewerken</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Re-check the saved connection</source>
        <translation>De opgeslagen verbinding opnieuw controleren</translation>
    </message>
    <message>
        <source>Runs every check again with the stored keys</source>
        <translation>Voert elke controle opnieuw uit met de opgeslagen sleutels</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>Edit the saved connection</source>
        <translation>De opgeslagen verbinding bewerken</translation>
    </message>
    <message>
        <source>Opens the connection details of the saved connection</source>
        <translation>Opent de verbindingsgegevens van de opgeslagen verbinding</translation>
    </message>
    <message>
        <source>&amp;Practise in the sandbox</source>
        <translation>Oefenen in de s&amp;andbox</translation>
    </message>
    <message>
        <source>Connects the wizard to a built-in ConnectWise simulator on this computer. Nothing is sent to a real server.</source>
        <translation>Verbindt de wizard met een ingebouwde ConnectWise-simulator op deze computer. Er wordt niets naar een echte server gestuurd.</translation>
    </message>
    <message>
        <source>Practise in the sandbox</source>
        <translation>Oefenen in de sandbox</translation>
    </message>
    <message>
        <source>Connects the wizard to a built-in ConnectWise simulator; nothing is sent to a real server</source>
        <translation>Verbindt de wizard met een ingebouwde ConnectWise-simulator; er wordt niets naar een echte server gestuurd</translation>
    </message>
    <message>
        <source>Connect Phin to ConnectWise Manage</source>
        <translation>Phin met ConnectWise Manage verbinden</translation>
    </message>
    <message>
        <source>Choose the features to set up. You can turn each one on or off later.</source>
        <translation>Kies de functies die u wilt instellen. U kunt elke functie later aan- of uitzetten.</translation>
    </message>
    <message>
        <source>Connected to the sandbox (scenario &quot;%1&quot;): a ConnectWise simulator on this computer. The connection details are filled in; nothing reaches a real server.</source>
        <translation>Verbonden met de sandbox (scenario &quot;%1&quot;): een ConnectWise-simulator op deze computer. De verbindingsgegevens zijn ingevuld; niets bereikt een echte server.</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>De sandbox is niet gestart: %1</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Opn&amp;ieuw proberen</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>losgekoppeld</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was disconnected; enter new keys to connect it again.</source>
        <translation>&quot;%1&quot; is losgekoppeld; voer nieuwe sleutels in om opnieuw te verbinden.</translation>
    </message>
    <message>
        <source>Reading the keys of &quot;%1&quot;…</source>
        <translation>Sleutels van &quot;%1&quot; worden gelezen…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Nogmaals pr&amp;oberen</translation>
    </message>
    <message>
        <source>Choose at least one feature to continue.</source>
        <translation>Kies minstens één functie om verder te gaan.</translation>
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
        <translation>Deze versie bevat geen sandbox.</translation>
    </message>
    <message>
        <source>This connection is not saved, so the mapping lasts only until the wizard closes. Export it to keep it.</source>
        <translation>Deze verbinding is niet opgeslagen, dus de koppeling blijft alleen bewaard tot de wizard sluit. Exporteer ze om ze te behouden.</translation>
    </message>
</context>
</TS>
