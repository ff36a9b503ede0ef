<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BatchFile</name>
    <message>
        <source>line %1: the header has an unclosed quote.</source>
        <translation>línea %1: falta cerrar unas comillas en la cabecera.</translation>
    </message>
    <message>
        <source>line %1: unknown column &quot;%2&quot;; the columns are name, site, company, profile, public_key_env, private_key_env, features, member.</source>
        <translation>línea %1: columna «%2» desconocida; las columnas son name, site, company, profile, public_key_env, private_key_env, features, member.</translation>
    </message>
    <message>
        <source>not a JSON object (%1).</source>
        <translation>no es un objeto JSON (%1).</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>otro valor JSON</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>clave «%1» desconocida.</translation>
    </message>
    <message>
        <source>unclosed quote (a field cannot span lines).</source>
        <translation>comillas sin cerrar (un campo no puede ocupar varias líneas).</translation>
    </message>
    <message>
        <source>%1 fields, but the header names %2 columns.</source>
        <translation>%1 campos, pero la cabecera nombra %2 columnas.</translation>
    </message>
    <message>
        <source>no connections in the file.</source>
        <translation>no hay conexiones en el archivo.</translation>
    </message>
    <message>
        <source>needs a profile, or a site and a company.</source>
        <translation>necesita un perfil, o una dirección y una empresa.</translation>
    </message>
    <message>
        <source>needs public_key_env and private_key_env (the names of the environment variables holding the keys), or a profile.</source>
        <translation>necesita public_key_env y private_key_env (los nombres de las variables de entorno que contienen las claves), o un perfil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name; the file names the variables that hold the keys, never the keys.</source>
        <translation>«%1» no es un nombre de variable de entorno; el archivo nombra las variables que contienen las claves, nunca las claves.</translation>
    </message>
    <message>
        <source>unknown feature &quot;%1&quot;; choose from %2.</source>
        <translation>función «%1» desconocida; elija entre %2.</translation>
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
        <translation>Qt %1 (compilado con %2)</translation>
    </message>
    <message>
        <source>QtKeychain %1 (build time)</source>
        <extracomment>%1 QtKeychain version; it cannot be asked at run time, so it is the build-time one</extracomment>
        <translation>QtKeychain %1 (al compilar)</translation>
    </message>
</context>
<context>
    <name>CatalogChangesPanel</name>
    <message>
        <source>New requirements</source>
        <translation>Requisitos nuevos</translation>
    </message>
    <message>
        <source>Check new re&amp;quirements</source>
        <translation>Comprobar los nuevos re&amp;quisitos</translation>
    </message>
    <message>
        <source>Check new requirements</source>
        <translation>Comprobar los nuevos requisitos</translation>
    </message>
    <message>
        <source>Checks only the permissions added since this connection was last checked</source>
        <translation>Comprueba solo los permisos añadidos desde la última comprobación de esta conexión</translation>
    </message>
    <message>
        <source>List of new requirements</source>
        <translation>Lista de requisitos nuevos</translation>
    </message>
    <message>
        <source>Since this connection was checked (requirements %1), Phin needs %2 more:</source>
        <extracomment>%1 is the requirements (catalog) version the connection was checked against, %2 how many requirements were added since.</extracomment>
        <translation>Desde que se comprobó esta conexión (requisitos %1), Phin necesita %2 más:</translation>
    </message>
    <message>
        <source>To check them, go back to the Connection page and enter the keys.</source>
        <translation>Para comprobarlos, vuelva a la página Conexión e introduzca las claves.</translation>
    </message>
    <message numerus="yes">
        <source>Checking the %n new requirement(s)…</source>
        <translation>
            <numerusform>Comprobando %n requisito nuevo…</numerusform>
            <numerusform>Comprobando los %n requisitos nuevos…</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not connect: %1</source>
        <translation>La comprobación no pudo conectar: %1</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Still needed in ConnectWise: %1. Fix it there and check again.</source>
        <translation>Aún falta en ConnectWise: %1. Corríjalo allí y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>the settings could not be written</source>
        <translation>no se pudieron escribir los ajustes</translation>
    </message>
    <message>
        <source>the connection is no longer saved</source>
        <translation>la conexión ya no está guardada</translation>
    </message>
    <message>
        <source>The new requirements are met, but this could not be recorded: %1</source>
        <translation>Se cumplen los nuevos requisitos, pero no se pudo registrar: %1</translation>
    </message>
    <message>
        <source>The new requirements are met; this connection is now up to date with requirements %1.</source>
        <translation>Se cumplen los nuevos requisitos; esta conexión ya está al día con los requisitos %1.</translation>
    </message>
</context>
<context>
    <name>CatalogVersion</name>
    <message>
        <source>since %1: %2 needed (%3)</source>
        <extracomment>%1 catalog version (&quot;2026.12&quot;), %2 a ConnectWise function and level (&quot;Service Tickets Edit&quot;, keep in English), %3 Phin features (&quot;Service Desk&quot;, in English).</extracomment>
        <translation>desde %1: se necesita %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Server certificate</source>
        <translation>Certificado del servidor</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <source>Before you trust it, ask the server&apos;s administrator to read you the server&apos;s SHA-256 fingerprint and compare it with the one above. Trusting it applies to this server and port only, and is saved with this connection.</source>
        <translation>Antes de confiar en él, pida al administrador del servidor que le lea la huella SHA-256 del servidor y compárela con la de arriba. La confianza se aplica solo a este servidor y puerto, y se guarda con esta conexión.</translation>
    </message>
    <message>
        <source>Trust this &amp;certificate</source>
        <translation>Confiar en este &amp;certificado</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Confiar en este certificado</translation>
    </message>
    <message>
        <source>Accepts exactly this certificate for this server and port, and looks the company up again</source>
        <translation>Acepta exactamente este certificado para este servidor y puerto, y vuelve a buscar la empresa</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>A certificate date and time, shown in UTC so that it reads the same to the server&apos;s administrator anywhere; %1 is the localised date and time.</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Trust this &amp;certificate for %1</source>
        <extracomment>%1 is host:port, e.g. cw.example.com:443</extracomment>
        <translation>Confiar en este &amp;certificado para %1</translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation>Confiar en este certificado para %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Pruebe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>keys are never accepted as arguments (they would be visible in the process list and shell history). Set CW_PUBLIC_KEY and CW_PRIVATE_KEY, or pass them as two lines with --keys-from-stdin.</source>
        <translation>las claves nunca se aceptan como argumentos (serían visibles en la lista de procesos y en el historial del shell). Defina CW_PUBLIC_KEY y CW_PRIVATE_KEY, o páselas como dos líneas con --keys-from-stdin.</translation>
    </message>
    <message>
        <source>ConnectWise site, e.g. na.myconnectwise.net or cw.example.com:8443.</source>
        <translation>Dirección de ConnectWise, p. ej. na.myconnectwise.net o cw.example.com:8443.</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>Login company ID (the Company field).</source>
        <translation>ID de la empresa de inicio de sesión (el campo Company).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Features to check, comma-separated (default: billing,service-desk).</source>
        <translation>Funciones que comprobar, separadas por comas (predeterminado: billing,service-desk).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>Output format: text, json or markdown (default: text).</source>
        <translation>Formato de salida: text, json o markdown (predeterminado: text).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of stdout.</source>
        <translation>Escribir el informe en ARCHIVO en lugar de stdout.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Time limit for the whole check (default: 30).</source>
        <translation>Tiempo límite para toda la comprobación (predeterminado: 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (on-premise servers).</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM (servidores locales).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>ConnectWise clientId to send (default: Phin&apos;s built-in one).</source>
        <translation>clientId de ConnectWise que enviar (predeterminado: el integrado en Phin).</translation>
    </message>
    <message>
        <source>Language of the report.</source>
        <translation>Idioma del informe.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Check against the built-in ConnectWise simulator running this scenario.</source>
        <translation>Comprobar contra el simulador de ConnectWise integrado con este escenario.</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>ESCENARIO</translation>
    </message>
    <message>
        <source>API member identifier; lets the default board be read when the member cannot read itself.</source>
        <translation>Identificador del miembro de API; permite leer el board predeterminado cuando el miembro no puede leerse a sí mismo.</translation>
    </message>
    <message>
        <source>IDENTIFIER</source>
        <translation>IDENTIFICADOR</translation>
    </message>
    <message>
        <source>Read the public and private key as two lines.</source>
        <translation>Leer la clave pública y la privada como dos líneas.</translation>
    </message>
    <message>
        <source>Print each request and its timing on stderr.</source>
        <translation>Mostrar cada petición y su duración en stderr.</translation>
    </message>
    <message>
        <source>Send one request at a time (slower; a benchmark baseline).</source>
        <translation>Enviar una sola petición a la vez (más lento; referencia para pruebas de rendimiento).</translation>
    </message>
    <message>
        <source>Check the saved connection NAME (site, company and keys from it).</source>
        <translation>Comprobar la conexión guardada NOMBRE (dirección, empresa y claves de ella).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>After a check that connected, save the connection as NAME (default: the --profile name, else the company ID).</source>
        <translation>Tras una comprobación que logró conectar, guardar la conexión como NOMBRE (predeterminado: el nombre de --profile o, si no, el ID de empresa).</translation>
    </message>
    <message>
        <source>Disconnect the saved connection NAME: remove its keys from the keychain, keep its settings and company mapping.</source>
        <translation>Desconectar la conexión guardada NOMBRE: quitar sus claves del llavero y conservar sus ajustes y su asignación de empresas.</translation>
    </message>
    <message>
        <source>List the saved connections (no secrets).</source>
        <translation>Listar las conexiones guardadas (sin secretos).</translation>
    </message>
    <message>
        <source>Settings file for saved connections (default: $PHIN_SETTINGS_FILE, else the per-user settings).</source>
        <translation>Archivo de ajustes de las conexiones guardadas (predeterminado: $PHIN_SETTINGS_FILE o, si no, los ajustes del usuario).</translation>
    </message>
    <message>
        <source>Check every connection listed in FILE (CSV or JSON Lines).</source>
        <translation>Comprobar cada conexión listada en ARCHIVO (CSV o JSON Lines).</translation>
    </message>
    <message>
        <source>Check every saved connection.</source>
        <translation>Comprobar cada conexión guardada.</translation>
    </message>
    <message>
        <source>Checks in flight at once with --batch or --all-profiles (default: 8).</source>
        <translation>Comprobaciones simultáneas con --batch o --all-profiles (predeterminado: 8).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>No progress line, even on a terminal.</source>
        <translation>Sin línea de progreso, ni siquiera en un terminal.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--list-profiles, --forget, --batch and --all-profiles cannot be combined.</source>
        <translation>--list-profiles, --forget, --batch y --all-profiles no se pueden combinar.</translation>
    </message>
    <message>
        <source>--forget needs the name of a saved connection.</source>
        <translation>--forget necesita el nombre de una conexión guardada.</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection.</source>
        <translation>--profile necesita el nombre de una conexión guardada.</translation>
    </message>
    <message>
        <source>--profile, --save and --sandbox check one connection; they do not go with --list-profiles, --forget, --batch or --all-profiles.</source>
        <translation>--profile, --save y --sandbox comprueban una sola conexión; no van con --list-profiles, --forget, --batch ni --all-profiles.</translation>
    </message>
    <message>
        <source>--save: %1</source>
        <translation>--save: %1</translation>
    </message>
    <message>
        <source>--jobs must be a number from 1 to 256.</source>
        <translation>--jobs debe ser un número de 1 a 256.</translation>
    </message>
    <message>
        <source>--site and --company are required (or --sandbox SCENARIO, or --profile NAME).</source>
        <translation>--site y --company son obligatorios (o --sandbox ESCENARIO, o --profile NOMBRE).</translation>
    </message>
    <message>
        <source>unknown feature &quot;%1&quot;; choose from %2.</source>
        <translation>función «%1» desconocida; elija entre %2.</translation>
    </message>
    <message>
        <source>--features needs at least one feature.</source>
        <translation>--features necesita al menos una función.</translation>
    </message>
    <message>
        <source>--format must be text, json or markdown.</source>
        <translation>--format debe ser text, json o markdown.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600.</source>
        <translation>--timeout debe ser un número de segundos entre 0 y 3600.</translation>
    </message>
    <message>
        <source>--keys-from-stdin: stdin is not readable.</source>
        <translation>--keys-from-stdin: no se puede leer stdin.</translation>
    </message>
    <message>
        <source>%1: no keys given. Set CW_PUBLIC_KEY and CW_PRIVATE_KEY, or pass two lines with --keys-from-stdin.</source>
        <translation>%1: no se han indicado claves. Defina CW_PUBLIC_KEY y CW_PRIVATE_KEY, o pase dos líneas con --keys-from-stdin.</translation>
    </message>
    <message>
        <source>sandbox: scenario &quot;%1&quot; listening on %2</source>
        <translation>sandbox: escenario «%1» escuchando en %2</translation>
    </message>
    <message>
        <source>To reconnect: %1 --profile &quot;%2&quot; --keys-from-stdin --save</source>
        <translation>Para volver a conectar: %1 --profile &quot;%2&quot; --keys-from-stdin --save</translation>
    </message>
    <message>
        <source>No saved connections. Save one with %1 --site SITE --company ID --save NAME.
</source>
        <translation>No hay conexiones guardadas. Guarde una con %1 --site DIRECCIÓN --company ID --save NOMBRE.
</translation>
    </message>
    <message>
        <source>connected, key …%1</source>
        <translation>conectada, clave …%1</translation>
    </message>
    <message>
        <source>disconnected (keys removed; reconnect with --profile &quot;%1&quot; --keys-from-stdin --save)</source>
        <translation>desconectada (claves eliminadas; vuelva a conectar con --profile &quot;%1&quot; --keys-from-stdin --save)</translation>
    </message>
    <message>
        <source>  last checked %1</source>
        <translation>  última comprobación %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n mapped companies</source>
        <translation>
            <numerusform>  %n empresa asignada</numerusform>
            <numerusform>  %n empresas asignadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: disconnected &quot;%2&quot;: its keys were removed from the keychain; its settings and company mapping were kept.</source>
        <translation>%1: «%2» desconectada: sus claves se eliminaron del llavero; se conservaron sus ajustes y su asignación de empresas.</translation>
    </message>
    <message>
        <source>%1: no translation for &quot;%2&quot;; using English.</source>
        <translation>%1: no hay traducción para «%2»; se usa el inglés.</translation>
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
        <translation>%1 peticiones, %2 idas y vueltas tras la búsqueda de la empresa, %3 ms%4</translation>
    </message>
    <message>
        <source> (sequential)</source>
        <translation> (secuencial)</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: no se puede escribir %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation>%1 de %2 comprobaciones superadas</translation>
    </message>
    <message>
        <source>The new keys were saved, but the last check could not be recorded: %1</source>
        <translation>Las claves nuevas se guardaron, pero no se pudo registrar la última comprobación: %1</translation>
    </message>
    <message>
        <source>%1: saved the connection &quot;%2&quot; (keys in the OS keychain).</source>
        <translation>%1: conexión «%2» guardada (claves en el llavero del sistema).</translation>
    </message>
    <message>
        <source>The check above used the keys for this run only; nothing was saved.</source>
        <translation>La comprobación anterior usó las claves solo para esta ejecución; no se guardó nada.</translation>
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
        <translation>Comprueba una conexión con ConnectWise Manage y cada permiso que Phin necesita, sin cambiar nada.

Claves: CW_PUBLIC_KEY y CW_PRIVATE_KEY, o dos líneas en stdin con --keys-from-stdin; nunca en la línea de comandos. O una conexión guardada: --profile NOMBRE lee de ella la dirección, la empresa y las claves (las claves del llavero del sistema); --keys-from-stdin con --profile comprueba claves nuevas para ella.

Conexiones guardadas: --save [NOMBRE] guarda la dirección, la empresa y las claves tras una comprobación que logró conectar (las claves nuevas solo sustituyen a las guardadas en ese caso); --forget NOMBRE elimina las claves y conserva los ajustes y la asignación de empresas; --list-profiles las muestra sin secretos. Archivo de ajustes: --settings ARCHIVO, si no $PHIN_SETTINGS_FILE, si no el predeterminado del usuario.

Muchos clientes: --batch ARCHIVO (CSV con una línea de cabecera, o JSON Lines; columnas name, site, company, y profile o public_key_env y private_key_env con nombres de variables de entorno; features y member opcionales) o --all-profiles; --jobs N comprobaciones a la vez (8 de forma predeterminada). Salida: --format json da JSON Lines, markdown o text una tabla; a continuación, un resumen en stderr.

Códigos de salida: 0 listo, 1 algo falta o es insuficiente, 2 no se pudo conectar, 3 algo desconocido, 4 problema con una conexión guardada (perfil desconocido o desconectado, fallo del llavero o de los ajustes; la comprobación se ejecuta igualmente e informa cuando solo falló el guardado, y 4 sustituye a 0, 1 y 3), 64 error de uso. Un lote termina con el código de su peor fila, de peor a mejor: 64, 4, 2, 1, 3, 0.

Catálogo más reciente: cuando esta versión requiere permisos para los que una conexión guardada no se comprobó, --all-profiles los lista (&quot;since 2026.12: … needed&quot;) y comprueba solo esos (--full lo comprueba todo); la conexión registra la nueva versión del catálogo cuando se superan. Una conexión nunca comprobada con un catálogo versionado recibe una comprobación completa.

Asignación de empresas: --profile NOMBRE --mapping muestra qué organizaciones de Phin se asignan a qué empresas de ConnectWise. En un perfil conectado se vuelve a cargar la lista de empresas y se marcan las empresas que desaparecieron (y se guarda); --offline, o un perfil desconectado, muestra el estado guardado sin validarlo. Códigos de salida: 0 cada organización está asignada a una empresa que sigue existiendo (con un contrato si se usa Billing), 1 algo sin asignar, desaparecido o sin contrato, o nada asignado aún, 2 no se pudo cargar la lista de empresas, 4 problema con el perfil o el llavero, 64 error de uso.</translation>
    </message>
    <message>
        <source>Send every request through this proxy: http://[user@]host:port or socks5://[user@]host:port; the password comes from PHIN_PROXY_PASSWORD. Without --proxy, the proxy saved in the wizard&apos;s network settings is used (its password from the OS keychain; not with --sandbox), else the system&apos;s.</source>
        <translation>Enviar cada petición a través de este proxy: http://[usuario@]host:puerto o socks5://[usuario@]host:puerto; la contraseña se toma de PHIN_PROXY_PASSWORD. Sin --proxy, se usa el proxy guardado en los ajustes de red del asistente (su contraseña, del llavero del sistema; no con --sandbox) o, si no, el del sistema.</translation>
    </message>
    <message>
        <source>Connect directly, without the saved or the system&apos;s proxy.</source>
        <translation>Conectar directamente, sin el proxy guardado ni el del sistema.</translation>
    </message>
    <message>
        <source>With --all-profiles: check everything, also for connections that only need the permissions a newer catalog added.</source>
        <translation>Con --all-profiles: comprobarlo todo, también en las conexiones que solo necesitan los permisos que añadió un catálogo más reciente.</translation>
    </message>
    <message>
        <source>With --profile: print the company mapping status instead of checking permissions.</source>
        <translation>Con --profile: mostrar el estado de la asignación de empresas en lugar de comprobar los permisos.</translation>
    </message>
    <message>
        <source>With --mapping: print the stored status without contacting ConnectWise.</source>
        <translation>Con --mapping: mostrar el estado guardado sin contactar con ConnectWise.</translation>
    </message>
    <message>
        <source>Use the permission catalog in FILE instead of the built-in one.</source>
        <translation>Usar el catálogo de permisos de ARCHIVO en lugar del integrado.</translation>
    </message>
    <message>
        <source>--full goes with --all-profiles.</source>
        <translation>--full va con --all-profiles.</translation>
    </message>
    <message>
        <source>--offline goes with --mapping.</source>
        <translation>--offline va con --mapping.</translation>
    </message>
    <message>
        <source>--mapping needs --profile NAME and does not go with --save, --sandbox or --keys-from-stdin.</source>
        <translation>--mapping necesita --profile NOMBRE y no va con --save, --sandbox ni --keys-from-stdin.</translation>
    </message>
    <message>
        <source>no checks in the catalog</source>
        <translation>no hay comprobaciones en el catálogo</translation>
    </message>
    <message>
        <source>--catalog %1: %2</source>
        <translation>--catalog %1: %2</translation>
    </message>
    <message>
        <source>--proxy and --no-proxy exclude each other.</source>
        <translation>--proxy y --no-proxy se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>proxy: %1 (saved setting)</source>
        <translation>proxy: %1 (ajuste guardado)</translation>
    </message>
</context>
<context>
    <name>CheckRows</name>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Granted (%1)</source>
        <translation>Concedido (%1)</translation>
    </message>
    <message>
        <source>Not needed for the chosen features</source>
        <translation>No hace falta para las funciones elegidas</translation>
    </message>
    <message>
        <source>%1; needs %2</source>
        <translation>%1; necesita %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ConnectWise site answers</source>
        <translation>La dirección de ConnectWise responde</translation>
    </message>
    <message>
        <source>Company ID is known</source>
        <translation>El ID de empresa es conocido</translation>
    </message>
    <message>
        <source>API keys are accepted</source>
        <translation>Las claves de API se aceptan</translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation>Se alcanzó %1</translation>
    </message>
    <message>
        <source>%1 (ConnectWise %2)</source>
        <translation>%1 (ConnectWise %2)</translation>
    </message>
    <message>
        <source>API member %1, role %2</source>
        <translation>Miembro de API %1, rol %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Accepted (key …%1)</source>
        <translation>Aceptadas (clave …%1)</translation>
    </message>
    <message>
        <source>Not checked: an earlier step failed</source>
        <translation>Sin comprobar: falló un paso anterior</translation>
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
        <translation>Observado: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source></source>
        <comment>Rows of the check table in the wizard. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>connection failed (%1)</source>
        <translation>fallo de conexión (%1)</translation>
    </message>
    <message>
        <source>too many requests (429), also after waiting</source>
        <translation>demasiadas peticiones (429), pese a esperar</translation>
    </message>
    <message>
        <source>server error (%1)</source>
        <translation>error del servidor (%1)</translation>
    </message>
    <message>
        <source>redirected (%1), not followed</source>
        <translation>redirigido (%1), no se siguió</translation>
    </message>
    <message>
        <source>unreadable answer (%1)</source>
        <translation>respuesta ilegible (%1)</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host no encontrado</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>conexión restablecida</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>error TLS</translation>
    </message>
    <message>
        <source>proxy error</source>
        <translation>error del proxy</translation>
    </message>
    <message>
        <source>redirect refused</source>
        <translation>redirección rechazada</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>respuesta demasiado grande</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>error de red</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>Features: &quot;%1&quot; is not a feature; choose from %2.</source>
        <translation>Funciones: «%1» no es una función; elija entre %2.</translation>
    </message>
    <message>
        <source>feature not selected</source>
        <translation>función no seleccionada</translation>
    </message>
    <message>
        <source>ConnectWise rejected the integration&apos;s clientId: it is missing, unknown or disabled (&quot;%1&quot;). Keys were not checked further. Use the clientId Phin registered with ConnectWise, or contact Phin support.</source>
        <translation>ConnectWise rechazó el clientId de la integración: falta, es desconocido o está desactivado («%1»). Las claves no se comprobaron más. Use el clientId que Phin registró en ConnectWise o contacte con el soporte de Phin.</translation>
    </message>
    <message>
        <source>ConnectWise refused the keys (401). Check that the public and private key belong to an API member of company &quot;%1&quot;, that the key was not deleted, and that the Company ID is the login company.</source>
        <translation>ConnectWise rechazó las claves (401). Compruebe que la clave pública y la privada pertenecen a un miembro de API de la empresa «%1», que la clave no se ha eliminado y que el ID de empresa es la empresa de inicio de sesión.</translation>
    </message>
    <message>
        <source>ConnectWise at %1 did not answer in time.</source>
        <translation>ConnectWise en %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Lost the connection to %1 (%2).</source>
        <translation>Se perdió la conexión con %1 (%2).</translation>
    </message>
    <message>
        <source>ConnectWise at %1 had a server error (%2). Try again later.</source>
        <translation>ConnectWise en %1 tuvo un error del servidor (%2). Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>ConnectWise at %1 answered %2 to %3 instead of JSON. Check the site and the codebase %4.</source>
        <translation>ConnectWise en %1 respondió %2 a %3 en lugar de JSON. Compruebe la dirección y el codebase %4.</translation>
    </message>
    <message>
        <source>Connected to ConnectWise %1 as API member %2.</source>
        <translation>Conectado a ConnectWise %1 como miembro de API %2.</translation>
    </message>
    <message>
        <source>Connected to ConnectWise %1.</source>
        <translation>Conectado a ConnectWise %1.</translation>
    </message>
    <message>
        <source>Its security role &quot;%1&quot; is an Admin role: far more than Phin needs; a dedicated role such as &quot;Phin Integration&quot; is safer.</source>
        <translation>Su rol de seguridad «%1» es un rol Admin: mucho más de lo que Phin necesita; un rol propio como «Phin Integration» es más seguro.</translation>
    </message>
    <message>
        <source>ConnectWise does not let this API member read itself, and the member identifier is unknown, so its default board cannot be read. Check System &gt; Members &gt; API Members &gt; (member) &gt; Service Defaults by hand.</source>
        <translation>ConnectWise no permite que este miembro de API se lea a sí mismo y el identificador del miembro es desconocido, así que no se puede leer su board predeterminado. Compruebe a mano System &gt; Members &gt; API Members &gt; (miembro) &gt; Service Defaults.</translation>
    </message>
    <message>
        <source>member not readable</source>
        <translation>miembro no legible</translation>
    </message>
    <message>
        <source>%1 is set: %2</source>
        <translation>%1 está definido: %2</translation>
    </message>
    <message>
        <source>%1 is empty: the API member has no default board</source>
        <translation>%1 está vacío: el miembro de API no tiene board predeterminado</translation>
    </message>
    <message>
        <source>no default board</source>
        <translation>sin board predeterminado</translation>
    </message>
    <message>
        <source>%1 &gt; %2 is not listed in the member&apos;s security.</source>
        <translation>%1 &gt; %2 no aparece en la seguridad del miembro.</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>no aparece</translation>
    </message>
    <message>
        <source>The company lookup did not answer with a list.</source>
        <translation>La búsqueda de la empresa no respondió con una lista.</translation>
    </message>
    <message>
        <source>All (own company record visible)</source>
        <translation>All (registro de la propia empresa visible)</translation>
    </message>
    <message>
        <source>The MSP&apos;s own company record &quot;%1&quot; is visible, which a role limited to its own records would not see.</source>
        <translation>El registro de la propia empresa del MSP «%1» es visible, algo que un rol limitado a sus propios registros no vería.</translation>
    </message>
    <message>
        <source>My (own company record not visible)</source>
        <translation>My (registro de la propia empresa no visible)</translation>
    </message>
    <message>
        <source>Companies can be read, but the MSP&apos;s own company record &quot;%1&quot; is not visible: the role (or the member&apos;s level) only shows the member&apos;s own records.</source>
        <translation>Las empresas se pueden leer, pero el registro de la propia empresa del MSP «%1» no es visible: el rol (o el nivel del miembro) solo muestra los registros propios del miembro.</translation>
    </message>
    <message>
        <source>no test defined</source>
        <translation>no hay prueba definida</translation>
    </message>
    <message>
        <source>The API member %1 could not be read (its role probably lacks System &gt; Member Maintenance Inquire), so its default board is not known. Check System &gt; Members &gt; API Members &gt; %1 &gt; Service Defaults by hand.</source>
        <translation>No se pudo leer el miembro de API %1 (probablemente a su rol le falta System &gt; Member Maintenance Inquire), así que no se conoce su board predeterminado. Compruebe a mano System &gt; Members &gt; API Members &gt; %1 &gt; Service Defaults.</translation>
    </message>
    <message>
        <source>(the API member)</source>
        <translation>(el miembro de API)</translation>
    </message>
    <message>
        <source>System &gt; Members &gt; API Members &gt; %1 &gt; Service Defaults &gt; Default Board: choose the service board Phin should create tickets on, then save.</source>
        <translation>System &gt; Members &gt; API Members &gt; %1 &gt; Service Defaults &gt; Default Board: elija el board de servicio en el que Phin debe crear los tickets y guarde.</translation>
    </message>
    <message>
        <source>(the API member&apos;s security role)</source>
        <translation>(el rol de seguridad del miembro de API)</translation>
    </message>
    <message>
        <source>System &gt; Security Roles &gt; %1 &gt; %2 &gt; %3 &gt; %4 Level = %5</source>
        <translation>System &gt; Security Roles &gt; %1 &gt; %2 &gt; %3 &gt; %4 Level = %5</translation>
    </message>
    <message>
        <source> (the API member uses the Admin role; its settings were changed, or the role is limited elsewhere)</source>
        <translation> (el miembro de API usa el rol Admin; se cambiaron sus ajustes o el rol está limitado en otro lugar)</translation>
    </message>
    <message>
        <source>ConnectWise did not answer within the time limit (%1 s). Check the site and your network, or allow more time (--timeout).</source>
        <translation>ConnectWise no respondió dentro del tiempo límite (%1 s). Compruebe la dirección y su red, o dé más tiempo (--timeout).</translation>
    </message>
    <message>
        <source>no answer within the time limit (%1 s)</source>
        <translation>sin respuesta dentro del tiempo límite (%1 s)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>not checked: </source>
        <translation>sin comprobar: </translation>
    </message>
    <message>
        <source>no record id in the answer</source>
        <translation>no hay ID de registro en la respuesta</translation>
    </message>
    <message>
        <source>No answer, so the permission could not be tested: </source>
        <translation>Sin respuesta, así que no se pudo probar el permiso: </translation>
    </message>
    <message>
        <source>ConnectWise rejected the request because of the clientId: </source>
        <translation>ConnectWise rechazó la petición por el clientId: </translation>
    </message>
    <message>
        <source> (not JSON)</source>
        <translation> (no es JSON)</translation>
    </message>
    <message>
        <source>POSSIBLE SIDE EFFECT: ConnectWise answered %1 to a test write (%2 %3) that should have been refused; %4. Check ConnectWise and delete it.</source>
        <translation>POSIBLE EFECTO SECUNDARIO: ConnectWise respondió %1 a una escritura de prueba (%2 %3) que debería haberse rechazado; %4. Revise ConnectWise y elimínelo.</translation>
    </message>
    <message>
        <source>Redirected; the redirect was not followed: </source>
        <translation>Redirigido; no se siguió la redirección: </translation>
    </message>
    <message>
        <source>Refused by the security role: </source>
        <translation>Rechazado por el rol de seguridad: </translation>
    </message>
    <message>
        <source>The answer was not ConnectWise JSON (HTML or malformed), so it proves nothing.</source>
        <translation>La respuesta no era JSON de ConnectWise (HTML o mal formado), así que no prueba nada.</translation>
    </message>
    <message>
        <source>Accepted past the security check (</source>
        <translation>Aceptado tras el control de seguridad (</translation>
    </message>
    <message>
        <source>Read allowed (</source>
        <translation>Lectura permitida (</translation>
    </message>
    <message>
        <source>); a read probe cannot tell Inquire All from My.</source>
        <translation>); una prueba de lectura no distingue Inquire All de My.</translation>
    </message>
    <message>
        <source>Passed the security check and stopped at validation, as intended (</source>
        <translation>Superó el control de seguridad y se detuvo en la validación, como se pretendía (</translation>
    </message>
    <message>
        <source>Authentication was refused during the test.</source>
        <translation>La autenticación se rechazó durante la prueba.</translation>
    </message>
    <message>
        <source>Rate limited by ConnectWise even after waiting as asked.</source>
        <translation>ConnectWise limitó la frecuencia incluso tras esperar lo indicado.</translation>
    </message>
    <message>
        <source>ConnectWise had a server error: </source>
        <translation>ConnectWise tuvo un error del servidor: </translation>
    </message>
    <message>
        <source>An answer the test does not know how to read: </source>
        <translation>Una respuesta que la prueba no sabe interpretar: </translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>mySecurity did not report this level.</source>
        <translation>mySecurity no indicó este nivel.</translation>
    </message>
    <message>
        <source>Level read from the member&apos;s security.</source>
        <translation>Nivel leído de la seguridad del miembro.</translation>
    </message>
    <message>
        <source>Level read from the member&apos;s security: only the member&apos;s own records.</source>
        <translation>Nivel leído de la seguridad del miembro: solo los registros propios del miembro.</translation>
    </message>
    <message>
        <source>Unrecognised level &quot;%1&quot; in the member&apos;s security.</source>
        <translation>Nivel «%1» no reconocido en la seguridad del miembro.</translation>
    </message>
    <message>
        <source></source>
        <comment>Remediation and evidence text for each permission check. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>not re-checked: unchanged since the last check</source>
        <translation>no se volvió a comprobar: sin cambios desde la última comprobación</translation>
    </message>
    <message>
        <source>Check again when ConnectWise answers normally; if it stays unknown, verify by hand: %1</source>
        <translation>Vuelva a comprobar cuando ConnectWise responda con normalidad; si sigue sin conocerse, compruébelo a mano: %1</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Lo encontrado</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Progress of the checks</source>
        <translation>Progreso de las comprobaciones</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>S&amp;top checking</source>
        <translation>&amp;Detener la comprobación</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Detener la comprobación</translation>
    </message>
    <message>
        <source>Stops the checks in progress; finished rows keep their result</source>
        <translation>Detiene las comprobaciones en curso; las filas terminadas conservan su resultado</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>One row per check, with its status and what was found; select a row to see its evidence</source>
        <translation>Una fila por comprobación, con su estado y lo encontrado; seleccione una fila para ver sus pruebas</translation>
    </message>
    <message>
        <source>Show &amp;evidence</source>
        <translation>Mostrar &amp;pruebas</translation>
    </message>
    <message>
        <source>Show evidence</source>
        <translation>Mostrar pruebas</translation>
    </message>
    <message>
        <source>Shows the requests and answers behind the selected check</source>
        <translation>Muestra las peticiones y respuestas en que se basa la comprobación seleccionada</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>The requests and answers behind the selected check; keys are never shown</source>
        <translation>Las peticiones y respuestas en que se basa la comprobación seleccionada; las claves nunca se muestran</translation>
    </message>
    <message>
        <source>Checking the connection and permissions</source>
        <translation>Comprobando la conexión y los permisos</translation>
    </message>
    <message>
        <source>Each check reads or probes without changing anything in ConnectWise.</source>
        <translation>Cada comprobación lee o prueba sin cambiar nada en ConnectWise.</translation>
    </message>
    <message>
        <source>Hide &amp;evidence</source>
        <translation>Ocultar &amp;pruebas</translation>
    </message>
    <message>
        <source>Stopped before this check finished</source>
        <translation>Se detuvo antes de que terminara esta comprobación</translation>
    </message>
    <message>
        <source>Checks stopped.</source>
        <translation>Comprobaciones detenidas.</translation>
    </message>
    <message>
        <source>The checks were stopped. Run them again to continue, or go Back to change the connection details.</source>
        <translation>Las comprobaciones se detuvieron. Vuelva a ejecutarlas para continuar, o vuelva atrás para cambiar los datos de conexión.</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Ejecutar de nuevo</translation>
    </message>
    <message>
        <source>Checking the values…</source>
        <translation>Comprobando los valores…</translation>
    </message>
    <message>
        <source>Looking up the company…</source>
        <translation>Buscando la empresa…</translation>
    </message>
    <message>
        <source>Signing in with the API keys…</source>
        <translation>Iniciando sesión con las claves de API…</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Responde</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrada</translation>
    </message>
    <message>
        <source>Checking permissions…</source>
        <translation>Comprobando los permisos…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Not checked: the connection failed</source>
        <translation>Sin comprobar: la conexión falló</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>La conexión falló.</translation>
    </message>
    <message>
        <source>%1 Go Back to correct the connection details, or try again.</source>
        <translation>%1 Vuelva atrás para corregir los datos de conexión, o inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Checks finished.</source>
        <translation>Comprobaciones terminadas.</translation>
    </message>
    <message>
        <source>Everything the chosen features need is in place: all %1 checks passed.</source>
        <translation>Todo lo que necesitan las funciones elegidas está en orden: se superaron las %1 comprobaciones.</translation>
    </message>
    <message>
        <source>One item needs attention in ConnectWise.</source>
        <translation>Un elemento requiere atención en ConnectWise.</translation>
    </message>
    <message>
        <source>%1 items need attention in ConnectWise.</source>
        <translation>%1 elementos requieren atención en ConnectWise.</translation>
    </message>
    <message>
        <source>Next shows exactly what to change.</source>
        <translation>«Siguiente» muestra exactamente qué cambiar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>One check got no normal answer from ConnectWise.</source>
        <translation>Una comprobación no obtuvo una respuesta normal de ConnectWise.</translation>
    </message>
    <message>
        <source>%1 checks got no normal answer from ConnectWise.</source>
        <translation>%1 comprobaciones no obtuvieron una respuesta normal de ConnectWise.</translation>
    </message>
    <message>
        <source>Run the checks again in a moment, or continue and re-check later.</source>
        <translation>Vuelva a ejecutar las comprobaciones en un momento, o continúe y compruebe más tarde.</translation>
    </message>
</context>
<context>
    <name>CompanyDirectory</name>
    <message>
        <source>Connect to ConnectWise first: the last check did not connect.</source>
        <translation>Conéctese primero a ConnectWise: la última comprobación no pudo conectar.</translation>
    </message>
    <message>
        <source>The API member&apos;s role needs Companies &gt; Company Maintenance &gt; Inquire = All to list companies.</source>
        <translation>El rol del miembro de API necesita Companies &gt; Company Maintenance &gt; Inquire = All para listar las empresas.</translation>
    </message>
    <message>
        <source>The API member&apos;s role needs Finance &gt; Agreements &gt; Inquire = All to list agreements.</source>
        <translation>El rol del miembro de API necesita Finance &gt; Agreements &gt; Inquire = All para listar los contratos.</translation>
    </message>
</context>
<context>
    <name>CompanyLookup</name>
    <message>
        <source>ConnectWise site: %1 could not be found (DNS lookup failed). Check the spelling of the site and your network or VPN.</source>
        <translation>Dirección de ConnectWise: no se encontró %1 (falló la consulta DNS). Compruebe cómo está escrita la dirección y su red o VPN.</translation>
    </message>
    <message>
        <source>ConnectWise site: the secure connection to %1 failed (%2). If this is an on-premise server with its own certificate authority, trust that CA; never turn certificate checks off.</source>
        <translation>Dirección de ConnectWise: falló la conexión segura con %1 (%2). Si es un servidor local con su propia autoridad de certificación, confíe en esa CA; nunca desactive la comprobación de certificados.</translation>
    </message>
    <message>
        <source>ConnectWise site: %1 did not answer in time. Check the address and your network, then try again.</source>
        <translation>Dirección de ConnectWise: %1 no respondió a tiempo. Compruebe la dirección y su red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>ConnectWise site: could not connect to %1 (%2). Check the address, the port and any firewall or proxy.</source>
        <translation>Dirección de ConnectWise: no se pudo conectar con %1 (%2). Compruebe la dirección, el puerto y cualquier cortafuegos o proxy.</translation>
    </message>
    <message>
        <source>ConnectWise site: %1 answered the company lookup with a redirect (%2). Enter the address of the ConnectWise server itself.</source>
        <translation>Dirección de ConnectWise: %1 respondió a la búsqueda de la empresa con una redirección (%2). Introduzca la dirección del propio servidor de ConnectWise.</translation>
    </message>
    <message>
        <source>ConnectWise at %1 had a server error (%2) while looking up the company. Try again later.</source>
        <translation>ConnectWise en %1 tuvo un error del servidor (%2) al buscar la empresa. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>ConnectWise site: %1 answered with a web page instead of company information (HTTP %2). Check that the site is your ConnectWise address.</source>
        <translation>Dirección de ConnectWise: %1 respondió con una página web en lugar de la información de la empresa (HTTP %2). Compruebe que es su dirección de ConnectWise.</translation>
    </message>
    <message>
        <source>Company ID: ConnectWise at %1 does not know the company &quot;%2&quot;. Enter the short login company from the Company field of the login page (not the company&apos;s display name).</source>
        <translation>ID de empresa: ConnectWise en %1 no conoce la empresa «%2». Introduzca el nombre corto de inicio de sesión del campo Company de la página de inicio de sesión (no el nombre visible de la empresa).</translation>
    </message>
    <message>
        <source>ConnectWise site: unexpected answer %1 to the company lookup on %2.</source>
        <translation>Dirección de ConnectWise: respuesta inesperada %1 a la búsqueda de la empresa en %2.</translation>
    </message>
    <message>
        <source>ConnectWise site: %1 answered the company lookup, but not with the company information ConnectWise sends (no codebase). Check the site address.</source>
        <translation>Dirección de ConnectWise: %1 respondió a la búsqueda de la empresa, pero no con la información que envía ConnectWise (sin codebase). Compruebe la dirección.</translation>
    </message>
    <message>
        <source></source>
        <comment>Messages when the ConnectWise company lookup fails. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed since it was trusted for %1: the trusted one has SHA-256 %2, the server now shows %3. Someone may be intercepting the connection; only trust the new certificate if your administrator replaced it.</source>
        <translation>El certificado del servidor cambió desde que se confió en él para %1: el de confianza tiene SHA-256 %2 y el servidor muestra ahora %3. Puede que alguien esté interceptando la conexión; confíe en el certificado nuevo solo si su administrador lo sustituyó.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1. The server&apos;s administrator must renew it; an expired certificate cannot be trusted.</source>
        <translation>El certificado del servidor caducó el %1. El administrador del servidor debe renovarlo; no se puede confiar en un certificado caducado.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid only from %1. Check the date and time of this computer; if they are right, the server&apos;s administrator must fix the certificate.</source>
        <translation>El certificado del servidor solo es válido desde el %1. Compruebe la fecha y la hora de este equipo; si son correctas, el administrador del servidor debe corregir el certificado.</translation>
    </message>
    <message>
        <source>no host name</source>
        <translation>sin nombre de host</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not for %2.</source>
        <translation>El certificado del servidor es para %1, no para %2.</translation>
    </message>
    <message>
        <source>Enter the site by a name the certificate is for, or ask the server&apos;s administrator for a certificate for %1.</source>
        <translation>Introduzca la dirección con un nombre que figure en el certificado, o pida al administrador del servidor un certificado para %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed (%1), so this computer cannot tell who the server is.</source>
        <translation>El certificado del servidor está autofirmado (%1), así que este equipo no puede saber quién es el servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (%1) was issued by %2, a certificate authority this computer does not trust.</source>
        <translation>El certificado del servidor (%1) lo emitió %2, una autoridad de certificación en la que este equipo no confía.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked by its issuer.</source>
        <translation>El emisor del certificado del servidor lo ha revocado.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) could not be verified.</source>
        <translation>No se pudo verificar el certificado del servidor (SHA-256 %1).</translation>
    </message>
    <message>
        <source>If this is your own server, compare the SHA-256 fingerprint %1 with its administrator, then trust this certificate for %2 in the setup wizard, or give its certificate authority with --ca-file.</source>
        <translation>Si es su propio servidor, compare la huella SHA-256 %1 con su administrador y después confíe en este certificado para %2 en el asistente de configuración, o indique su autoridad de certificación con --ca-file.</translation>
    </message>
    <message>
        <source>Never turn certificate checks off.</source>
        <translation>Nunca desactive la comprobación de certificados.</translation>
    </message>
    <message>
        <source>ConnectWise site: the secure connection to %1 failed. %2</source>
        <translation>Dirección de ConnectWise: falló la conexión segura con %1. %2</translation>
    </message>
</context>
<context>
    <name>CompanyMappingModel</name>
    <message>
        <source>Mapped (company inactive)</source>
        <translation>Asignada (empresa inactiva)</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>Missing in ConnectWise since %1</source>
        <translation>Falta en ConnectWise desde %1</translation>
    </message>
    <message>
        <source>Proposed (%1)</source>
        <translation>Propuesta (%1)</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Phin organisation</source>
        <translation>Organización de Phin</translation>
    </message>
    <message>
        <source>ConnectWise company</source>
        <translation>Empresa de ConnectWise</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>CompanyMatcher</name>
    <message>
        <source>name equal</source>
        <translation>nombre igual</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>quitando %1</translation>
    </message>
    <message>
        <source>removing “The”</source>
        <translation>quitando «The»</translation>
    </message>
    <message>
        <source>reading &amp; as “and”</source>
        <translation>leyendo &amp; como «and»</translation>
    </message>
    <message>
        <source>expanding %1</source>
        <translation>desarrollando %1</translation>
    </message>
    <message>
        <source>ignoring accents</source>
        <translation>ignorando acentos</translation>
    </message>
    <message>
        <source>ignoring case and punctuation</source>
        <translation>ignorando mayúsculas y puntuación</translation>
    </message>
    <message>
        <source>name equal after %1</source>
        <extracomment>%1 lists what was ignored: &quot;removing LLC, ignoring accents&quot;.</extracomment>
        <translation>nombre igual %1</translation>
    </message>
    <message>
        <source>same identifier (%1)</source>
        <translation>mismo identificador (%1)</translation>
    </message>
    <message>
        <source>same ConnectWise id (%1)</source>
        <translation>mismo ID de ConnectWise (%1)</translation>
    </message>
    <message>
        <source>same domain (%1)</source>
        <translation>mismo dominio (%1)</translation>
    </message>
    <message>
        <source>name equal apart from spaces</source>
        <translation>nombre igual salvo espacios</translation>
    </message>
    <message>
        <source>name equals the ConnectWise identifier</source>
        <translation>el nombre es el identificador de ConnectWise</translation>
    </message>
    <message>
        <source>1 typo</source>
        <translation>1 errata</translation>
    </message>
    <message>
        <source>2 typos</source>
        <translation>2 erratas</translation>
    </message>
    <message>
        <source>every word of %1 is in %2</source>
        <translation>cada palabra de %1 está en %2</translation>
    </message>
    <message>
        <source>similar name (%1% of letter groups shared)</source>
        <translation>nombre parecido (%1 % de grupos de letras en común)</translation>
    </message>
    <message>
        <source>preferred over inactive %1</source>
        <translation>preferido frente a %1, inactivo</translation>
    </message>
    <message>
        <source>%1 matches equally well</source>
        <translation>%1 coincide igual de bien</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Compan&amp;y ID:</source>
        <translation>ID de &amp;empresa:</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID de empresa</translation>
    </message>
    <message>
        <source>The Company field on your ConnectWise login page</source>
        <translation>El campo Company de su página de inicio de sesión de ConnectWise</translation>
    </message>
    <message>
        <source>Where do I find this?</source>
        <translation>¿Dónde lo encuentro?</translation>
    </message>
    <message>
        <source>Where do I find the Company ID?</source>
        <translation>¿Dónde encuentro el ID de empresa?</translation>
    </message>
    <message>
        <source>Shows or hides help for this field</source>
        <translation>Muestra u oculta la ayuda de este campo</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Company&lt;/b&gt; field on your ConnectWise login page. You can also find it under &lt;b&gt;System &amp;gt; My Company&lt;/b&gt;, in the system URL.</source>
        <translation>El campo &lt;b&gt;Company&lt;/b&gt; de su página de inicio de sesión de ConnectWise. También lo encontrará en &lt;b&gt;System &amp;gt; My Company&lt;/b&gt;, en la URL del sistema.</translation>
    </message>
    <message>
        <source>Connect&amp;Wise site:</source>
        <translation>Dirección de Connect&amp;Wise:</translation>
    </message>
    <message>
        <source>ConnectWise site</source>
        <translation>Dirección de ConnectWise</translation>
    </message>
    <message>
        <source>The address you use to log in to ConnectWise, for example na.myconnectwise.net</source>
        <translation>La dirección con la que inicia sesión en ConnectWise, p. ej. na.myconnectwise.net</translation>
    </message>
    <message>
        <source>Where do I find the ConnectWise site?</source>
        <translation>¿Dónde encuentro la dirección de ConnectWise?</translation>
    </message>
    <message>
        <source>The address you use to log in to ConnectWise, for example &lt;b&gt;na.myconnectwise.net&lt;/b&gt; or your own server&apos;s name. You can paste the whole login URL; the wizard keeps the host and finds the API address.</source>
        <translation>La dirección con la que inicia sesión en ConnectWise, p. ej. &lt;b&gt;na.myconnectwise.net&lt;/b&gt; o el nombre de su propio servidor. Puede pegar la URL de inicio de sesión completa; el asistente conserva el nombre de host y encuentra la dirección de la API.</translation>
    </message>
    <message>
        <source>P&amp;ublic key:</source>
        <translation>Clave &amp;pública:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>The Public Key of the API member&apos;s key pair</source>
        <translation>La Public Key del par de claves del miembro de API</translation>
    </message>
    <message>
        <source>Where do I find the public key?</source>
        <translation>¿Dónde encuentro la clave pública?</translation>
    </message>
    <message>
        <source>In ConnectWise: &lt;b&gt;System &amp;gt; Members &amp;gt; API Members&lt;/b&gt;, open the member, &lt;b&gt;API Keys&lt;/b&gt; tab. Each key pair has a Public Key and a Private Key.</source>
        <translation>En ConnectWise: &lt;b&gt;System &amp;gt; Members &amp;gt; API Members&lt;/b&gt;, abra el miembro, pestaña &lt;b&gt;API Keys&lt;/b&gt;. Cada par de claves tiene una Public Key y una Private Key.</translation>
    </message>
    <message>
        <source>Pri&amp;vate key:</source>
        <translation>Clave pri&amp;vada:</translation>
    </message>
    <message>
        <source>Where do I find the private key?</source>
        <translation>¿Dónde encuentro la clave privada?</translation>
    </message>
    <message>
        <source>Shown by ConnectWise only once, when the key pair is created on the API member&apos;s &lt;b&gt;API Keys&lt;/b&gt; tab. If nobody saved it, create a new key pair there and use both new keys.</source>
        <translation>ConnectWise solo la muestra una vez, al crear el par de claves en la pestaña &lt;b&gt;API Keys&lt;/b&gt; del miembro de API. Si nadie la guardó, cree allí un par de claves nuevo y use las dos claves nuevas.</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Datos de conexión</translation>
    </message>
    <message>
        <source>The four values from ConnectWise. Each is checked as you type.</source>
        <translation>Los cuatro valores de ConnectWise. Cada uno se comprueba mientras escribe.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>The Private Key of the API member&apos;s key pair; masked while you type</source>
        <translation>La Private Key del par de claves del miembro de API; oculta mientras escribe</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>p. ej. acme</translation>
    </message>
    <message>
        <source>e.g. na.myconnectwise.net</source>
        <translation>p. ej. na.myconnectwise.net</translation>
    </message>
    <message>
        <source>API calls go to %1.</source>
        <translation>Las llamadas a la API van a %1.</translation>
    </message>
    <message>
        <source>Spaces around the pasted key were removed.</source>
        <translation>Se quitaron los espacios alrededor de la clave pegada.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Looking up company &quot;%1&quot; on %2…</source>
        <translation>Buscando la empresa «%1» en %2…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>The company lookup was stopped. The checks look the company up again.</source>
        <translation>Se detuvo la búsqueda de la empresa. Las comprobaciones volverán a buscarla.</translation>
    </message>
    <message>
        <source>sandbox on this computer</source>
        <translation>sandbox en este equipo</translation>
    </message>
    <message>
        <source>cloud (%1)</source>
        <translation>nube (%1)</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>nube</translation>
    </message>
    <message>
        <source>on-premise</source>
        <translation>local</translation>
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
        <translation>Falló la conexión segura con %1: este equipo no confía en el certificado del servidor. Revíselo abajo.</translation>
    </message>
</context>
<context>
    <name>InputValidation</name>
    <message>
        <source>%1: paste the key from System &gt; Members &gt; API Members &gt; (your member) &gt; API Keys.</source>
        <translation>%1: pegue la clave de System &gt; Members &gt; API Members &gt; (su miembro) &gt; API Keys.</translation>
    </message>
    <message>
        <source>%1: remove the label in front of the key and paste only the key itself.</source>
        <translation>%1: quite la etiqueta delante de la clave y pegue solo la clave.</translation>
    </message>
    <message>
        <source>%1: remove the quotation marks around the key.</source>
        <translation>%1: quite las comillas alrededor de la clave.</translation>
    </message>
    <message>
        <source>%1: the key contains a space or line break. Copy the key again in one piece.</source>
        <translation>%1: la clave contiene un espacio o un salto de línea. Vuelva a copiar la clave de una sola vez.</translation>
    </message>
    <message>
        <source>%1: the key contains characters that ConnectWise keys never have (for example curly quotes or an ellipsis). Copy the key again from ConnectWise.</source>
        <translation>%1: la clave contiene caracteres que las claves de ConnectWise nunca tienen (por ejemplo, comillas tipográficas o puntos suspensivos). Vuelva a copiar la clave desde ConnectWise.</translation>
    </message>
    <message>
        <source>%1: a public key never contains a colon. Paste only the public key.</source>
        <translation>%1: una clave pública nunca contiene dos puntos. Pegue solo la clave pública.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the key is %n character(s) long, but ConnectWise keys are usually 16 letters and digits. Check that you copied the whole key.</source>
        <translation>
            <numerusform>%1: la clave tiene %n carácter, pero las claves de ConnectWise suelen tener 16 letras y cifras. Compruebe que copió la clave entera.</numerusform>
            <numerusform>%1: la clave tiene %n caracteres, pero las claves de ConnectWise suelen tener 16 letras y cifras. Compruebe que copió la clave entera.</numerusform>
        </translation>
    </message>
    <message>
        <source>ConnectWise site</source>
        <translation>Dirección de ConnectWise</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID de empresa</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message numerus="yes">
        <source>%1: removed %n space(s) or line break(s) around the value.</source>
        <translation>
            <numerusform>%1: se quitó %n espacio o salto de línea alrededor del valor.</numerusform>
            <numerusform>%1: se quitaron %n espacios o saltos de línea alrededor del valor.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: enter the company you type in the Company field of the ConnectWise login page (for example acme).</source>
        <translation>%1: introduzca la empresa que escribe en el campo Company de la página de inicio de sesión de ConnectWise (por ejemplo, acme).</translation>
    </message>
    <message>
        <source>%1: this looks like a web address. Put the address in ConnectWise site and enter the short login company here (the Company field on the login page).</source>
        <translation>%1: esto parece una dirección web. Ponga la dirección en «Dirección de ConnectWise» e introduzca aquí el nombre corto de la empresa de inicio de sesión (el campo Company de la página de inicio de sesión).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains spaces, so it looks like the company&apos;s display name. Enter the short login company instead (the Company field on the login page, also shown in the address under System &gt; My Company).</source>
        <translation>%1: «%2» contiene espacios, así que parece el nombre visible de la empresa. Introduzca en su lugar el nombre corto de la empresa de inicio de sesión (el campo Company de la página de inicio de sesión, que también aparece en la dirección en System &gt; My Company).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a number, which looks like a record id. Enter the short login company you type on the ConnectWise login page instead.</source>
        <translation>%1: «%2» es un número, que parece un ID de registro. Introduzca en su lugar el nombre corto de la empresa que escribe en la página de inicio de sesión de ConnectWise.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains characters a login company does not have. Use only letters, digits, &apos;-&apos; and &apos;_&apos;, as on the login page.</source>
        <translation>%1: «%2» contiene caracteres que una empresa de inicio de sesión no tiene. Use solo letras, cifras, &apos;-&apos; y &apos;_&apos;, como en la página de inicio de sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%1: removed %n space(s) or line break(s) around the key.</source>
        <translation>
            <numerusform>%1: se quitó %n espacio o salto de línea alrededor de la clave.</numerusform>
            <numerusform>%1: se quitaron %n espacios o saltos de línea alrededor de la clave.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: it is the same as the public key. Paste the private key here; ConnectWise shows it only once, when the key is created (create a new key if it is lost).</source>
        <translation>%1: es igual que la clave pública. Pegue aquí la clave privada; ConnectWise solo la muestra una vez, al crear la clave (cree una clave nueva si se ha perdido).</translation>
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
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>B&amp;illing</source>
        <translation>&amp;Billing</translation>
    </message>
    <message>
        <source>Billing integration</source>
        <translation>Integración Billing</translation>
    </message>
    <message>
        <source>Turns the Billing integration on or off; turning it on checks its permissions first</source>
        <translation>Activa o desactiva la integración Billing; al activarla se comprueban antes sus permisos</translation>
    </message>
    <message>
        <source>Service &amp;Desk</source>
        <translation>Service &amp;Desk</translation>
    </message>
    <message>
        <source>Service Desk integration</source>
        <translation>Integración Service Desk</translation>
    </message>
    <message>
        <source>Turns the Service Desk integration on or off; turning it on checks its permissions first</source>
        <translation>Activa o desactiva la integración Service Desk; al activarla se comprueban antes sus permisos</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Disconnecting removes both keys from the keychain. The mapping of Phin organizations to ConnectWise companies is kept, but Phin can no longer push billing data or create tickets.</source>
        <translation>Al desconectar se eliminan las dos claves del llavero. Se conserva la asignación de organizaciones de Phin a empresas de ConnectWise, pero Phin ya no puede enviar datos de facturación ni crear tickets.</translation>
    </message>
    <message>
        <source>Dis&amp;connect…</source>
        <translation>Des&amp;conectar…</translation>
    </message>
    <message>
        <source>Asks for confirmation, then removes the keys from the keychain</source>
        <translation>Pide confirmación y después elimina las claves del llavero</translation>
    </message>
    <message>
        <source>&amp;Yes, remove the keys</source>
        <translation>&amp;Sí, eliminar las claves</translation>
    </message>
    <message>
        <source>Confirm disconnect</source>
        <translation>Confirmar la desconexión</translation>
    </message>
    <message>
        <source>Removes both keys from the keychain now</source>
        <translation>Elimina ahora las dos claves del llavero</translation>
    </message>
    <message>
        <source>&amp;Keep connected</source>
        <translation>&amp;Mantener conectado</translation>
    </message>
    <message>
        <source>Keep connected</source>
        <translation>Mantener conectado</translation>
    </message>
    <message>
        <source>Cancels the disconnect</source>
        <translation>Cancela la desconexión</translation>
    </message>
    <message>
        <source>Turn each feature on or off. A feature can be on only when ConnectWise grants everything it needs.</source>
        <translation>Active o desactive cada función. Una función solo puede estar activada cuando ConnectWise concede todo lo que necesita.</translation>
    </message>
    <message>
        <source>Checking what %1 needs…</source>
        <translation>Comprobando lo que necesita %1…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>The check was stopped; %1 stays off.</source>
        <translation>Se detuvo la comprobación; %1 sigue desactivada.</translation>
    </message>
    <message>
        <source>%1 stays off: the check could not connect. %2</source>
        <translation>%1 sigue desactivada: la comprobación no pudo conectar. %2</translation>
    </message>
    <message>
        <source>%1 is on: ConnectWise grants everything it needs.</source>
        <translation>%1 está activada: ConnectWise concede todo lo que necesita.</translation>
    </message>
    <message>
        <source>%1 stays off until this is fixed in ConnectWise: %2</source>
        <translation>%1 sigue desactivada hasta que esto se corrija en ConnectWise: %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it was not checked yet.</source>
        <translation>aún no se ha comprobado.</translation>
    </message>
    <message>
        <source>Off: disconnected.</source>
        <translation>Desactivada: desconectada.</translation>
    </message>
    <message>
        <source>On: ConnectWise grants everything it needs.</source>
        <translation>Activada: ConnectWise concede todo lo que necesita.</translation>
    </message>
    <message>
        <source>Off. Cannot be turned on yet: %1</source>
        <translation>Desactivada. Aún no se puede activar: %1</translation>
    </message>
    <message>
        <source>Off. Turning it on checks its permissions first.</source>
        <translation>Desactivada. Al activarla se comprueban antes sus permisos.</translation>
    </message>
    <message>
        <source>%1 integration. %2</source>
        <translation>Integración %1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Company &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Empresa &lt;b&gt;%1&lt;/b&gt; en &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>API member &lt;b&gt;%1&lt;/b&gt;, role &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Miembro de API &lt;b&gt;%1&lt;/b&gt;, rol &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Disconnected: the keys were removed from the keychain.</source>
        <translation>Desconectada: las claves se eliminaron del llavero.</translation>
    </message>
    <message>
        <source>Public key %1, used for this session only (not saved)</source>
        <translation>Clave pública %1, usada solo en esta sesión (no guardada)</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;%1&lt;/b&gt;; public key %2 in the keychain</source>
        <translation>Guardada como &lt;b&gt;%1&lt;/b&gt;; clave pública %2 en el llavero</translation>
    </message>
    <message>
        <source>This is the sandbox: nothing reaches a real ConnectWise server.</source>
        <translation>Esto es el sandbox: nada llega a un servidor real de ConnectWise.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Remove the keys of this connection from the keychain? Phin stops pushing billing data and creating tickets; the company mapping is kept.</source>
        <translation>¿Eliminar del llavero las claves de esta conexión? Phin deja de enviar datos de facturación y de crear tickets; se conserva la asignación de empresas.</translation>
    </message>
    <message>
        <source>Removing the keys…</source>
        <translation>Eliminando las claves…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Intentar de nue&amp;vo</translation>
    </message>
    <message>
        <source>Disconnected. Both keys were removed from the keychain; the company mapping is kept for when you connect again.</source>
        <translation>Desconectada. Las dos claves se eliminaron del llavero; la asignación de empresas se conserva para cuando vuelva a conectar.</translation>
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
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Ocultar la clave</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <source>Mask the key again</source>
        <translation>Volver a ocultar la clave</translation>
    </message>
    <message>
        <source>Show the key as plain text</source>
        <translation>Mostrar la clave como texto sin formato</translation>
    </message>
</context>
<context>
    <name>MappingCommand</name>
    <message>
        <source>missing in ConnectWise since %1</source>
        <extracomment>A mapped ConnectWise company no longer listed; %1 is a date (2026-11-28).</extracomment>
        <translation>falta en ConnectWise desde %1</translation>
    </message>
    <message>
        <source>company inactive in ConnectWise</source>
        <translation>empresa inactiva en ConnectWise</translation>
    </message>
    <message>
        <source>no agreement for Billing</source>
        <translation>sin contrato para Billing</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>sin asignar</translation>
    </message>
    <message numerus="yes">
        <source>Company mapping of &quot;%1&quot; (company %2 at %3), checked against %n ConnectWise companies just now.</source>
        <translation>
            <numerusform>Asignación de empresas de «%1» (empresa %2 en %3), comprobada ahora mismo con %n empresa de ConnectWise.</numerusform>
            <numerusform>Asignación de empresas de «%1» (empresa %2 en %3), comprobada ahora mismo con %n empresas de ConnectWise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Company mapping of &quot;%1&quot; (company %2 at %3) as stored; not re-validated against ConnectWise: %4</source>
        <translation>Asignación de empresas de «%1» (empresa %2 en %3) tal como está guardada; no se volvió a validar con ConnectWise: %4</translation>
    </message>
    <message>
        <source>Mapped: %1 of %2</source>
        <translation>Asignadas: %1 de %2</translation>
    </message>
    <message>
        <source>Not mapped: %1</source>
        <translation>Sin asignar: %1</translation>
    </message>
    <message>
        <source>Missing in ConnectWise: %1</source>
        <translation>Faltan en ConnectWise: %1</translation>
    </message>
    <message>
        <source>Without an agreement for Billing: %1</source>
        <translation>Sin contrato para Billing: %1</translation>
    </message>
    <message>
        <source>No organisations in the mapping yet: map them in the setup wizard (Integrations page) or import a mapping CSV.</source>
        <translation>Aún no hay organizaciones en la asignación: asígnelas en el asistente de configuración (página Integraciones) o importe un CSV de asignación.</translation>
    </message>
    <message>
        <source>agreement %1</source>
        <translation>contrato %1</translation>
    </message>
    <message>
        <source>Company mapping of &quot;%1&quot;</source>
        <translation>Asignación de empresas de «%1»</translation>
    </message>
    <message>
        <source>No organisations in the mapping yet.</source>
        <translation>Aún no hay organizaciones en la asignación.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>--offline was given.</source>
        <translation>se indicó --offline.</translation>
    </message>
    <message>
        <source>the connection is disconnected (its keys were removed); reconnect with %1 --profile &quot;%2&quot; --keys-from-stdin --save.</source>
        <translation>la conexión está desconectada (se eliminaron sus claves); vuelva a conectar con %1 --profile &quot;%2&quot; --keys-from-stdin --save.</translation>
    </message>
    <message>
        <source>the settings could not be written.</source>
        <translation>no se pudieron escribir los ajustes.</translation>
    </message>
    <message>
        <source>the reconciled mapping could not be saved: %1</source>
        <translation>no se pudo guardar la asignación conciliada: %1</translation>
    </message>
    <message>
        <source>not re-validated against ConnectWise: %1</source>
        <translation>no se volvió a validar con ConnectWise: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Companies loaded</source>
        <translation>Empresas cargadas</translation>
    </message>
    <message>
        <source>How many ConnectWise companies have been loaded</source>
        <translation>Cuántas empresas de ConnectWise se han cargado</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Cancel loading companies</source>
        <translation>Cancelar la carga de empresas</translation>
    </message>
    <message>
        <source>Stops loading the companies; the mapping stays as it is</source>
        <translation>Detiene la carga de las empresas; la asignación queda como está</translation>
    </message>
    <message>
        <source>&amp;Import Phin organisations (CSV)…</source>
        <translation>&amp;Importar organizaciones de Phin (CSV)…</translation>
    </message>
    <message>
        <source>Import Phin organisations</source>
        <translation>Importar organizaciones de Phin</translation>
    </message>
    <message>
        <source>Reads a CSV export of Phin organisations: name, optional domain or id</source>
        <translation>Lee un CSV exportado de organizaciones de Phin: nombre y, opcionalmente, dominio o id</translation>
    </message>
    <message>
        <source>Add organisation by name</source>
        <translation>Añadir organización por nombre</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Añadir organización</translation>
    </message>
    <message>
        <source>Type the name of a Phin organisation and press Enter to add it</source>
        <translation>Escriba el nombre de una organización de Phin y pulse Intro para añadirla</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>Add the organisation</source>
        <translation>Añadir la organización</translation>
    </message>
    <message>
        <source>Adds the typed organisation to the list</source>
        <translation>Añade la organización escrita a la lista</translation>
    </message>
    <message>
        <source>Search organisations and companies</source>
        <translation>Buscar organizaciones y empresas</translation>
    </message>
    <message>
        <source>Search the mapping</source>
        <translation>Buscar en la asignación</translation>
    </message>
    <message>
        <source>Shows only the rows whose organisation, company or agreement contains the text</source>
        <translation>Muestra solo las filas cuya organización, empresa o contrato contiene el texto</translation>
    </message>
    <message>
        <source>Company mapping</source>
        <translation>Asignación de empresas</translation>
    </message>
    <message>
        <source>One row per Phin organisation. Enter accepts the proposal, Delete clears the row.</source>
        <translation>Una fila por organización de Phin. Intro acepta la propuesta, Supr vacía la fila.</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>Ace&amp;ptar</translation>
    </message>
    <message>
        <source>Accept the proposal</source>
        <translation>Aceptar la propuesta</translation>
    </message>
    <message>
        <source>Maps the selected rows to their proposed companies</source>
        <translation>Asigna las filas seleccionadas a sus empresas propuestas</translation>
    </message>
    <message>
        <source>Accept all proposals</source>
        <translation>Aceptar todas las propuestas</translation>
    </message>
    <message>
        <source>Maps every row that has a proposal to its proposed company</source>
        <translation>Asigna cada fila que tiene una propuesta a su empresa propuesta</translation>
    </message>
    <message>
        <source>C&amp;hange company…</source>
        <translation>Cam&amp;biar empresa…</translation>
    </message>
    <message>
        <source>Change company</source>
        <translation>Cambiar la empresa</translation>
    </message>
    <message>
        <source>Opens a searchable list of ConnectWise companies for the current row</source>
        <translation>Abre una lista de empresas de ConnectWise con búsqueda para la fila actual</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Clear the mapping</source>
        <translation>Quitar la asignación</translation>
    </message>
    <message>
        <source>Removes the mapping of the selected rows; the organisations stay</source>
        <translation>Quita la asignación de las filas seleccionadas; las organizaciones se mantienen</translation>
    </message>
    <message>
        <source>A&amp;greement…</source>
        <translation>C&amp;ontrato…</translation>
    </message>
    <message>
        <source>Choose agreement</source>
        <translation>Elegir contrato</translation>
    </message>
    <message>
        <source>Loads the agreements of the current row&apos;s company to choose the one Billing uses</source>
        <translation>Carga los contratos de la empresa de la fila actual para elegir el que usa Billing</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>E&amp;mpresa:</translation>
    </message>
    <message>
        <source>Type part of a company name, identifier or id</source>
        <translation>Escriba parte del nombre, identificador o id de una empresa</translation>
    </message>
    <message>
        <source>Company to map to</source>
        <translation>Empresa que asignar</translation>
    </message>
    <message>
        <source>Type part of a name; pick a company from the list with the arrow keys and Enter</source>
        <translation>Escriba parte de un nombre; elija una empresa de la lista con las flechas e Intro</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>The agreement Billing uses for this company</source>
        <translation>El contrato que usa Billing para esta empresa</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <source>Use this choice</source>
        <translation>Usar esta elección</translation>
    </message>
    <message>
        <source>Uses the chosen company or agreement for the current row</source>
        <translation>Usa la empresa o el contrato elegido para la fila actual</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the picker</source>
        <translation>Cerrar el selector</translation>
    </message>
    <message>
        <source>Closes the picker without changing the row</source>
        <translation>Cierra el selector sin cambiar la fila</translation>
    </message>
    <message>
        <source>Im&amp;port mapping…</source>
        <translation>Im&amp;portar asignación…</translation>
    </message>
    <message>
        <source>Import mapping CSV</source>
        <translation>Importar CSV de asignación</translation>
    </message>
    <message>
        <source>Reads a mapping CSV; rows of the same organisations are replaced</source>
        <translation>Lee un CSV de asignación; se sustituyen las filas de las mismas organizaciones</translation>
    </message>
    <message>
        <source>E&amp;xport mapping…</source>
        <translation>E&amp;xportar asignación…</translation>
    </message>
    <message>
        <source>Export mapping CSV</source>
        <translation>Exportar CSV de asignación</translation>
    </message>
    <message>
        <source>Writes the whole mapping to a CSV file</source>
        <translation>Escribe toda la asignación en un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Save mapping</source>
        <translation>&amp;Guardar asignación</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Guardar la asignación</translation>
    </message>
    <message>
        <source>Stores the mapping with the saved connection</source>
        <translation>Guarda la asignación con la conexión guardada</translation>
    </message>
    <message>
        <source>%1 (%2, #%3)</source>
        <extracomment>A ConnectWise company in the picker: name, identifier and id.</extracomment>
        <translation>%1 (%2, #%3)</translation>
    </message>
    <message>
        <source>[inactive]</source>
        <translation>[inactiva]</translation>
    </message>
    <message>
        <source>Map Phin organisations to ConnectWise companies</source>
        <translation>Asignar organizaciones de Phin a empresas de ConnectWise</translation>
    </message>
    <message>
        <source>Optional: press Next to skip; you can map companies later from Integrations.</source>
        <translation>Opcional: pulse Siguiente para omitir este paso; puede asignar empresas más tarde desde Integraciones.</translation>
    </message>
    <message>
        <source>Import company mapping</source>
        <translation>Importar asignación de empresas</translation>
    </message>
    <message>
        <source>Export company mapping</source>
        <translation>Exportar asignación de empresas</translation>
    </message>
    <message>
        <source>This connection is not saved, so the mapping lasts only until the wizard closes. Export it to keep it.</source>
        <translation>Esta conexión no está guardada, así que la asignación solo dura hasta que se cierre el asistente. Expórtela para conservarla.</translation>
    </message>
    <message>
        <source>Connect to ConnectWise first: there is no check of this connection yet.</source>
        <translation>Conéctese primero a ConnectWise: aún no hay ninguna comprobación de esta conexión.</translation>
    </message>
    <message>
        <source>Without keys the companies cannot be loaded: connect again to map companies. The saved mapping is kept.</source>
        <translation>Sin claves no se pueden cargar las empresas: vuelva a conectar para asignar empresas. Se conserva la asignación guardada.</translation>
    </message>
    <message>
        <source>ConnectWise companies cannot be listed. %1 You can still add organisations and import or export the mapping.</source>
        <translation>No se pueden listar las empresas de ConnectWise. %1 Aún puede añadir organizaciones e importar o exportar la asignación.</translation>
    </message>
    <message>
        <source>Loading ConnectWise companies…</source>
        <translation>Cargando las empresas de ConnectWise…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Loading companies was stopped; the mapping is unchanged.</source>
        <translation>Se detuvo la carga de empresas; la asignación no ha cambiado.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>%1 of %2 companies</source>
        <extracomment>Progress of loading ConnectWise companies, e.g. &quot;1,000 of 10,000 companies&quot;.</extracomment>
        <translation>%1 de %2 empresas</translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation>%1 empresas</translation>
    </message>
    <message>
        <source>The companies could not be loaded: %1</source>
        <translation>No se pudieron cargar las empresas: %1</translation>
    </message>
    <message>
        <source>Loaded %1 ConnectWise companies.</source>
        <translation>Empresas de ConnectWise cargadas: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already listed.</source>
        <translation>«%1» ya está en la lista.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>Se añadió «%1».</translation>
    </message>
    <message>
        <source>Nothing was imported; the file has errors:</source>
        <translation>No se importó nada; el archivo tiene errores:</translation>
    </message>
    <message>
        <source>Imported %1 organisations (%2 new).</source>
        <translation>Organizaciones importadas: %1 (%2 nuevas).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Imported the mapping of %1 organisations.</source>
        <translation>Se importó la asignación de %1 organizaciones.</translation>
    </message>
    <message>
        <source>Exported the mapping to %1.</source>
        <translation>Se exportó la asignación a %1.</translation>
    </message>
    <message>
        <source>The mapping was not saved: %1 Press Next again to go on without saving it.</source>
        <translation>No se guardó la asignación: %1 Vuelva a pulsar Siguiente para continuar sin guardarla.</translation>
    </message>
    <message>
        <source>Saved the mapping with &quot;%1&quot;.</source>
        <translation>Asignación guardada con «%1».</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Accepted %1 proposals.</source>
        <translation>Propuestas aceptadas: %1.</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Contrato:</translation>
    </message>
    <message>
        <source>Loading agreements…</source>
        <translation>Cargando los contratos…</translation>
    </message>
    <message>
        <source>The agreements could not be loaded: %1</source>
        <translation>No se pudieron cargar los contratos: %1</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>Sin contrato</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>[cancelled]</source>
        <translation>[cancelado]</translation>
    </message>
    <message>
        <source>No ConnectWise company matches &quot;%1&quot;.</source>
        <translation>Ninguna empresa de ConnectWise coincide con «%1».</translation>
    </message>
    <message>
        <source>Accept a&amp;ll (%1)</source>
        <extracomment>Accepts every proposed match; %1 is how many.</extracomment>
        <translation>Aceptar toda&amp;s (%1)</translation>
    </message>
</context>
<context>
    <name>MappingSection</name>
    <message>
        <source>Company mapping</source>
        <translation>Asignación de empresas</translation>
    </message>
    <message>
        <source>Edit &amp;mapping…</source>
        <extracomment>Goes back to the company mapping page of the wizard.</extracomment>
        <translation>&amp;Editar asignación…</translation>
    </message>
    <message>
        <source>Edit mapping</source>
        <translation>Editar la asignación</translation>
    </message>
    <message>
        <source>Opens the company mapping page</source>
        <translation>Abre la página de asignación de empresas</translation>
    </message>
    <message>
        <source>Ex&amp;port mapping…</source>
        <translation>E&amp;xportar asignación…</translation>
    </message>
    <message>
        <source>Export mapping CSV</source>
        <translation>Exportar CSV de asignación</translation>
    </message>
    <message>
        <source>Writes the whole mapping to a CSV file</source>
        <translation>Escribe toda la asignación en un archivo CSV</translation>
    </message>
    <message>
        <source>No Phin organisations yet.</source>
        <translation>Aún no hay organizaciones de Phin.</translation>
    </message>
    <message>
        <source>Disconnected: without keys the companies cannot be loaded, so the mapping is read-only until you connect again. It is kept, and you can export it.</source>
        <translation>Desconectada: sin claves no se pueden cargar las empresas, así que la asignación es de solo lectura hasta que vuelva a conectar. Se conserva y puede exportarla.</translation>
    </message>
    <message>
        <source>Export company mapping</source>
        <translation>Exportar asignación de empresas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The mapping could not be written to %1: %2</source>
        <translation>No se pudo escribir la asignación en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n organisation(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n organización a %1.</numerusform>
            <numerusform>Se exportaron %n organizaciones a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mapped</source>
        <extracomment>Part of the company mapping summary; the count is of Phin organisations.</extracomment>
        <translation>
            <numerusform>%Ln asignada</numerusform>
            <numerusform>%Ln asignadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed</source>
        <extracomment>Part of the company mapping summary; the count is of Phin organisations.</extracomment>
        <translation>
            <numerusform>%Ln propuesta</numerusform>
            <numerusform>%Ln propuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unmapped</source>
        <extracomment>Part of the company mapping summary; the count is of Phin organisations.</extracomment>
        <translation>
            <numerusform>%Ln sin asignar</numerusform>
            <numerusform>%Ln sin asignar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing in ConnectWise</source>
        <extracomment>Part of the company mapping summary; the count is of Phin organisations.</extracomment>
        <translation>
            <numerusform>%Ln falta en ConnectWise</numerusform>
            <numerusform>%Ln faltan en ConnectWise</numerusform>
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
        <translation>Ajustes de red</translation>
    </message>
    <message>
        <source>How this computer reaches ConnectWise. The setup wizard and phin-cw-check both use this setting.</source>
        <translation>Cómo llega este equipo a ConnectWise. El asistente de configuración y phin-cw-check usan este ajuste.</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings (recommended)</source>
        <translation>Usar los ajustes de proxy del &amp;sistema (recomendado)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy del sistema</translation>
    </message>
    <message>
        <source>&amp;No proxy: connect directly</source>
        <translation>Si&amp;n proxy: conectar directamente</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manual:</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Proxy manual</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Tipo de proxy</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host del proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>3128</source>
        <translation>3128</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Usuario del proxy</translation>
    </message>
    <message>
        <source>only if the proxy asks for one</source>
        <translation>solo si el proxy lo pide</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
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
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <extracomment>Saves the proxy choice; the mnemonic must differ from the options above.</extracomment>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save network settings</source>
        <translation>Guardar los ajustes de red</translation>
    </message>
    <message>
        <source>saved in the keychain; type to replace it</source>
        <translation>guardada en el llavero; escriba para sustituirla</translation>
    </message>
    <message>
        <source>A password is saved in the keychain; leave empty to keep it</source>
        <translation>Hay una contraseña guardada en el llavero; deje el campo vacío para conservarla</translation>
    </message>
    <message>
        <source>Stored in the keychain, never in the settings file</source>
        <translation>Se guarda en el llavero, nunca en el archivo de ajustes</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>PagedLoader</name>
    <message>
        <source>ConnectWise did not answer (%1).</source>
        <translation>ConnectWise no respondió (%1).</translation>
    </message>
    <message>
        <source>ConnectWise rejected the integration&apos;s clientId (&quot;%1&quot;).</source>
        <translation>ConnectWise rechazó el clientId de la integración («%1»).</translation>
    </message>
    <message>
        <source>ConnectWise did not accept the API keys (401). Check the connection again.</source>
        <translation>ConnectWise no aceptó las claves de API (401). Vuelva a comprobar la conexión.</translation>
    </message>
    <message>
        <source>The API member&apos;s security role may not read this list (403).</source>
        <translation>Es posible que el rol de seguridad del miembro de API no pueda leer esta lista (403).</translation>
    </message>
    <message>
        <source>ConnectWise answered %1 for %2: %3</source>
        <translation>ConnectWise respondió %1 para %2: %3</translation>
    </message>
    <message>
        <source>ConnectWise answered page %1 with something that is not a list.</source>
        <translation>ConnectWise respondió a la página %1 con algo que no es una lista.</translation>
    </message>
    <message>
        <source>Stopped after page %1: ConnectWise sent a %2.</source>
        <translation>Detenido tras la página %1: ConnectWise envió %2.</translation>
    </message>
    <message>
        <source>Stopped after page %1: the next page is on another server (%2); the keys were not sent there.</source>
        <translation>Detenido tras la página %1: la página siguiente está en otro servidor (%2); las claves no se enviaron allí.</translation>
    </message>
    <message>
        <source>Stopped after page %1: the next page link points back to a page already loaded.</source>
        <translation>Detenido tras la página %1: el enlace a la página siguiente apunta a una página ya cargada.</translation>
    </message>
    <message>
        <source>Stopped after %1 pages: ConnectWise announced fewer pages than it keeps sending.</source>
        <translation>Detenido tras %1 páginas: ConnectWise anunció menos páginas de las que sigue enviando.</translation>
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
        <translation>1. Crear un rol de seguridad</translation>
    </message>
    <message>
        <source>Role name:</source>
        <translation>Nombre del rol:</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Nombre del rol</translation>
    </message>
    <message>
        <source>The name to give the new security role in ConnectWise</source>
        <translation>El nombre que dar al nuevo rol de seguridad en ConnectWise</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>&amp;Copiar nombre</translation>
    </message>
    <message>
        <source>Copy the role name</source>
        <translation>Copiar el nombre del rol</translation>
    </message>
    <message>
        <source>Copies the role name to the clipboard</source>
        <translation>Copia el nombre del rol en el portapapeles</translation>
    </message>
    <message>
        <source>Copy &amp;all permission lines</source>
        <translation>Copiar &amp;todas las líneas de permisos</translation>
    </message>
    <message>
        <source>Copy all permission lines</source>
        <translation>Copiar todas las líneas de permisos</translation>
    </message>
    <message>
        <source>Copies every permission line for the chosen features, one per line</source>
        <translation>Copia cada línea de permiso de las funciones elegidas, una por línea</translation>
    </message>
    <message>
        <source>2. Create an API member and its keys</source>
        <translation>2. Crear un miembro de API y sus claves</translation>
    </message>
    <message>
        <source>Prepare ConnectWise</source>
        <translation>Preparar ConnectWise</translation>
    </message>
    <message>
        <source>Do these steps in ConnectWise Manage, then come back for the four values.</source>
        <translation>Haga estos pasos en ConnectWise Manage y vuelva con los cuatro valores.</translation>
    </message>
    <message>
        <source>the role name</source>
        <translation>el nombre del rol</translation>
    </message>
    <message>
        <source>all permission lines</source>
        <translation>todas las líneas de permisos</translation>
    </message>
    <message>
        <source>If the API member will have the &lt;b&gt;Admin&lt;/b&gt; role, skip this step: Admin already has every permission below.</source>
        <translation>Si el miembro de API va a tener el rol &lt;b&gt;Admin&lt;/b&gt;, omita este paso: Admin ya tiene todos los permisos de abajo.</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left:0&quot;&gt;&lt;li&gt;In ConnectWise, go to &lt;b&gt;System &amp;gt; Security Roles&lt;/b&gt; and select &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Name the role as below and save.&lt;/li&gt;&lt;li&gt;Set these Security Module levels and save again.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&quot;margin-left:0&quot;&gt;&lt;li&gt;En ConnectWise, vaya a &lt;b&gt;System &amp;gt; Security Roles&lt;/b&gt; y seleccione &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Ponga al rol el nombre de abajo y guarde.&lt;/li&gt;&lt;li&gt;Establezca estos niveles del Security Module y vuelva a guardar.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Permissions needed for %1:</source>
        <translation>Permisos necesarios para %1:</translation>
    </message>
    <message>
        <source>%1 &gt; %2 &gt; %3 Level (%4)</source>
        <translation>%1 &gt; %2 &gt; %3 Level (%4)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copies this permission line to the clipboard</source>
        <translation>Copia esta línea de permiso en el portapapeles</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left:0&quot;&gt;&lt;li&gt;Go to &lt;b&gt;System &amp;gt; Members &amp;gt; API Members&lt;/b&gt; and select &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Fill in Member ID, Member Name and the required fields; choose the &lt;b&gt;%1&lt;/b&gt; role (or Admin).&lt;/li&gt;</source>
        <translation>&lt;ol style=&quot;margin-left:0&quot;&gt;&lt;li&gt;Vaya a &lt;b&gt;System &amp;gt; Members &amp;gt; API Members&lt;/b&gt; y seleccione &lt;b&gt;+&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Rellene Member ID, Member Name y los campos obligatorios; elija el rol &lt;b&gt;%1&lt;/b&gt; (o Admin).&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Under &lt;b&gt;%1&lt;/b&gt;, choose a default service board: Phin creates its tickets there.&lt;/li&gt;</source>
        <translation>&lt;li&gt;En &lt;b&gt;%1&lt;/b&gt;, elija un board de servicio predeterminado: Phin crea ahí sus tickets.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Open the &lt;b&gt;API Keys&lt;/b&gt; tab, select &lt;b&gt;+&lt;/b&gt;, enter a description and save. Copy the &lt;b&gt;Public Key&lt;/b&gt; and the &lt;b&gt;Private Key&lt;/b&gt; now: ConnectWise shows the private key only once.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;li&gt;Abra la pestaña &lt;b&gt;API Keys&lt;/b&gt;, seleccione &lt;b&gt;+&lt;/b&gt;, escriba una descripción y guarde. Copie ahora la &lt;b&gt;Public Key&lt;/b&gt; y la &lt;b&gt;Private Key&lt;/b&gt;: ConnectWise solo muestra la clave privada una vez.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Se copió %1.</translation>
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
        <translation>proxy del sistema</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>sin proxy</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or IP address, e.g. proxy.example.com.</source>
        <translation>Introduzca el nombre de host o la dirección IP del proxy, p. ej. proxy.example.com.</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host name, without &quot;http://&quot;; choose the type above.</source>
        <translation>Introduzca solo el nombre de host del proxy, sin &quot;http://&quot;; elija el tipo arriba.</translation>
    </message>
    <message>
        <source>The proxy host must not contain spaces, &quot;/&quot; or &quot;@&quot;.</source>
        <translation>El host del proxy no debe contener espacios, &quot;/&quot; ni &quot;@&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address.</source>
        <translation>«%1» no es un nombre de host ni una dirección IP.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535 (often 3128, 8080 or 1080).</source>
        <translation>El puerto del proxy debe ser un número de 1 a 65535 (a menudo 3128, 8080 o 1080).</translation>
    </message>
    <message>
        <source>The proxy user name starts or ends with a space; remove it.</source>
        <translation>El usuario del proxy empieza o termina con un espacio; quítelo.</translation>
    </message>
    <message>
        <source>Enter the password for the proxy user %1, or clear the user name if the proxy needs none.</source>
        <translation>Introduzca la contraseña del usuario del proxy %1, o borre el usuario si el proxy no necesita ninguno.</translation>
    </message>
    <message>
        <source>A proxy password needs a user name; enter it, or clear the password.</source>
        <translation>Una contraseña de proxy necesita un usuario; introdúzcalo o borre la contraseña.</translation>
    </message>
    <message>
        <source>%1 is not a proxy address; give http://host:port or socks5://host:port (optionally with user@).</source>
        <translation>%1 no es una dirección de proxy; indique http://host:puerto o socks5://host:puerto (opcionalmente con usuario@).</translation>
    </message>
</context>
<context>
    <name>ProxyVault</name>
    <message>
        <source>Connections use the system&apos;s proxy settings.</source>
        <translation>Las conexiones usan los ajustes de proxy del sistema.</translation>
    </message>
    <message>
        <source>Connections go directly to ConnectWise, without a proxy.</source>
        <translation>Las conexiones van directamente a ConnectWise, sin proxy.</translation>
    </message>
    <message>
        <source>Connections go through the proxy %1.</source>
        <translation>Las conexiones pasan por el proxy %1.</translation>
    </message>
    <message>
        <source>the keychain gave no reason</source>
        <translation>el llavero no indicó ningún motivo</translation>
    </message>
    <message>
        <source>The saved proxy %1 cannot be used: %2</source>
        <translation>No se puede usar el proxy guardado %1: %2</translation>
    </message>
    <message>
        <source>The password of the proxy %1 could not be read from the keychain (%2); the proxy is used without it. Enter it again in the network settings.</source>
        <translation>No se pudo leer del llavero la contraseña del proxy %1 (%2); se usa el proxy sin ella. Vuelva a introducirla en los ajustes de red.</translation>
    </message>
    <message>
        <source>The keychain did not store the proxy password (%1); nothing was changed.</source>
        <translation>El llavero no guardó la contraseña del proxy (%1); no se cambió nada.</translation>
    </message>
    <message>
        <source>The stored password of the proxy %1 could not be read from the keychain (%2); type it again.</source>
        <translation>No se pudo leer del llavero la contraseña guardada del proxy %1 (%2); vuelva a escribirla.</translation>
    </message>
    <message>
        <source>The proxy settings could not be saved: %1</source>
        <translation>No se pudieron guardar los ajustes de proxy: %1</translation>
    </message>
    <message>
        <source>The proxy %1 cannot be used: %2</source>
        <translation>No se puede usar el proxy %1: %2</translation>
    </message>
    <message>
        <source>The password of the previous proxy %1 could not be removed from the keychain (%2); remove the entry &quot;%3&quot; by hand.</source>
        <translation>No se pudo eliminar del llavero la contraseña del proxy anterior %1 (%2); elimine a mano la entrada «%3».</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Phin ConnectWise Setup</source>
        <translation>Configuración de Phin para ConnectWise</translation>
    </message>
    <message>
        <source>Connects Phin to ConnectWise Manage and checks every permission it needs.</source>
        <translation>Conecta Phin con ConnectWise Manage y comprueba cada permiso que necesita.</translation>
    </message>
    <message>
        <source>Open the wizard connected to the built-in ConnectWise simulator (scenario given as argument; default &quot;ready&quot;).</source>
        <translation>Abrir el asistente conectado al simulador de ConnectWise integrado (escenario como argumento; predeterminado «ready»).</translation>
    </message>
    <message>
        <source>List the sandbox scenarios and exit.</source>
        <translation>Listar los escenarios del sandbox y salir.</translation>
    </message>
    <message>
        <source>Language of the wizard, e.g. de, fr, es, nl (default: the system&apos;s).</source>
        <translation>Idioma del asistente, p. ej. de, fr, es, nl (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Sandbox scenario for --sandbox.</source>
        <translation>Escenario del sandbox para --sandbox.</translation>
    </message>
    <message>
        <source>phin-cw-setup: the permission catalog is damaged: %1</source>
        <translation>phin-cw-setup: el catálogo de permisos está dañado: %1</translation>
    </message>
    <message>
        <source>phin-cw-setup: the ConnectWise assumptions are damaged: %1</source>
        <translation>phin-cw-setup: las suposiciones sobre ConnectWise están dañadas: %1</translation>
    </message>
    <message>
        <source>phin-cw-setup: the sandbox did not start: %1</source>
        <translation>phin-cw-setup: el sandbox no se inició: %1</translation>
    </message>
    <message>
        <source>phin-cw-setup: no translation for &quot;%1&quot;; using English.</source>
        <translation>phin-cw-setup: no hay traducción para «%1»; se usa el inglés.</translation>
    </message>
</context>
<context>
    <name>RemediationPage</name>
    <message>
        <source>What to change in ConnectWise</source>
        <translation>Qué cambiar en ConnectWise</translation>
    </message>
    <message>
        <source>Grouped by where it is changed: the security role, then the API member</source>
        <translation>Agrupado según dónde se cambia: primero el rol de seguridad, después el miembro de API</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Qué cambiar</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloquea</translation>
    </message>
    <message>
        <source>&amp;Copy steps</source>
        <translation>&amp;Copiar los pasos</translation>
    </message>
    <message>
        <source>Copy steps</source>
        <translation>Copiar los pasos</translation>
    </message>
    <message>
        <source>Copies the steps as plain text for a ConnectWise administrator</source>
        <translation>Copia los pasos como texto sin formato para un administrador de ConnectWise</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>Guardar &amp;informe…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Saves a redacted report as Markdown, JSON or HTML</source>
        <translation>Guarda un informe sin datos sensibles en Markdown, JSON o HTML</translation>
    </message>
    <message>
        <source>Re-chec&amp;k</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Runs the checks again after you changed ConnectWise, and shows what changed</source>
        <translation>Vuelve a ejecutar las comprobaciones después de sus cambios en ConnectWise y muestra qué cambió</translation>
    </message>
    <message>
        <source>Only what still needs doing, grouped by where it is changed.</source>
        <translation>Solo lo que queda por hacer, agrupado según dónde se cambia.</translation>
    </message>
    <message>
        <source>The steps are on the clipboard, ready to paste into a message to your ConnectWise administrator.</source>
        <translation>Los pasos están en el portapapeles, listos para pegarlos en un mensaje a su administrador de ConnectWise.</translation>
    </message>
    <message>
        <source>There is no report to save yet.</source>
        <translation>Todavía no hay ningún informe que guardar.</translation>
    </message>
    <message>
        <source>Phin ConnectWise check</source>
        <translation>Comprobación de Phin para ConnectWise</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>No se pudo guardar el informe en %1: %2</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Elegir &amp;otro archivo…</translation>
    </message>
    <message>
        <source>Report saved to %1. It contains no private key; the public key appears only as its last four characters.</source>
        <translation>Informe guardado en %1. No contiene ninguna clave privada; la clave pública solo aparece con sus cuatro últimos caracteres.</translation>
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
        <translation>Comprobando de nuevo…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>The re-check was stopped; the list shows the previous results.</source>
        <translation>Se detuvo la nueva comprobación; la lista muestra los resultados anteriores.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>The re-check could not connect: %1</source>
        <translation>La nueva comprobación no pudo conectar: %1</translation>
    </message>
    <message>
        <source>Nothing changed since the previous check. Changes to a security role can take a moment to apply; save them in ConnectWise and re-check.</source>
        <translation>Nada ha cambiado desde la comprobación anterior. Los cambios en un rol de seguridad pueden tardar un momento en aplicarse; guárdelos en ConnectWise y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>Changed since the previous check:</source>
        <translation>Cambios desde la comprobación anterior:</translation>
    </message>
    <message>
        <source>the API member&apos;s role</source>
        <translation>el rol del miembro de API</translation>
    </message>
    <message>
        <source>the API member</source>
        <translation>el miembro de API</translation>
    </message>
    <message>
        <source>API member: System &gt; Members &gt; API Members &gt; %1</source>
        <translation>Miembro de API: System &gt; Members &gt; API Members &gt; %1</translation>
    </message>
    <message>
        <source>Security role: System &gt; Security Roles &gt; %1</source>
        <translation>Rol de seguridad: System &gt; Security Roles &gt; %1</translation>
    </message>
    <message>
        <source>%1 (found: %2). %3</source>
        <translation>%1 (encontrado: %2). %3</translation>
    </message>
    <message>
        <source>a default board</source>
        <translation>un board predeterminado</translation>
    </message>
    <message>
        <source>%1 Level: %2</source>
        <translation>%1 Level: %2</translation>
    </message>
    <message>
        <source>%1, %2, set to %3, blocks %4</source>
        <translation>%1, %2, establecer en %3, bloquea %4</translation>
    </message>
    <message>
        <source>Everything the chosen features need is now in place. Continue to save the connection.</source>
        <translation>Todo lo que necesitan las funciones elegidas ya está en orden. Continúe para guardar la conexión.</translation>
    </message>
    <message>
        <source>One item needs changing in ConnectWise.</source>
        <translation>Hay que cambiar un elemento en ConnectWise.</translation>
    </message>
    <message>
        <source>%1 items need changing in ConnectWise.</source>
        <translation>Hay que cambiar %1 elementos en ConnectWise.</translation>
    </message>
    <message>
        <source>Change them (or send the steps to your ConnectWise administrator), then re-check.</source>
        <translation>Cámbielos (o envíe los pasos a su administrador de ConnectWise) y vuelva a comprobar.</translation>
    </message>
    <message>
        <source></source>
        <comment>The page that lists what to change in ConnectWise. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>Not checked: ConnectWise did not answer normally. Re-check in a moment.</source>
        <translation>Sin comprobar: ConnectWise no respondió con normalidad. Vuelva a comprobar en un momento.</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Sin comprobar: %1.</translation>
    </message>
    <message>
        <source>Not checked, %1: %2, blocks %3</source>
        <translation>Sin comprobar, %1: %2, bloquea %3</translation>
    </message>
    <message>
        <source>Why not checked</source>
        <translation>Por qué no se comprobó</translation>
    </message>
    <message>
        <source>Set to, or why not checked</source>
        <translation>Valor, o por qué no se comprobó</translation>
    </message>
    <message>
        <source>One check got no normal answer from ConnectWise; re-check in a moment.</source>
        <translation>Una comprobación no obtuvo una respuesta normal de ConnectWise; vuelva a comprobar en un momento.</translation>
    </message>
    <message>
        <source>%1 checks got no normal answer from ConnectWise; re-check in a moment.</source>
        <translation>%1 comprobaciones no obtuvieron una respuesta normal de ConnectWise; vuelva a comprobar en un momento.</translation>
    </message>
</context>
<context>
    <name>ReportFormatter</name>
    <message>
        <source>cloud</source>
        <translation>nube</translation>
    </message>
    <message>
        <source>on-premise</source>
        <translation>local</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>no legible</translation>
    </message>
    <message>
        <source>, role &quot;%1&quot;</source>
        <translation>, rol «%1»</translation>
    </message>
    <message>
        <source> (an Admin role)</source>
        <translation> (un rol Admin)</translation>
    </message>
    <message>
        <source>, default board &quot;%1&quot;</source>
        <translation>, board predeterminado «%1»</translation>
    </message>
    <message>
        <source>, no default board</source>
        <translation>, sin board predeterminado</translation>
    </message>
    <message>
        <source>%1: not selected</source>
        <translation>%1: no seleccionada</translation>
    </message>
    <message>
        <source>%1: ready</source>
        <translation>%1: lista</translation>
    </message>
    <message>
        <source>%1: not ready</source>
        <translation>%1: no lista</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>concedido</translation>
    </message>
    <message>
        <source>insufficient</source>
        <translation>insuficiente</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>Phin ConnectWise check (%1 %2), %3</source>
        <translation>Comprobación de Phin para ConnectWise (%1 %2), %3</translation>
    </message>
    <message>
        <source>Site:        %1</source>
        <translation>Dirección:      %1</translation>
    </message>
    <message>
        <source>Company ID:  %1</source>
        <translation>ID de empresa:  %1</translation>
    </message>
    <message>
        <source>Public key:  %1</source>
        <translation>Clave pública:  %1</translation>
    </message>
    <message>
        <source>Features:    %1</source>
        <translation>Funciones:      %1</translation>
    </message>
    <message>
        <source>Connection:  %1: %2</source>
        <translation>Conexión:       %1: %2</translation>
    </message>
    <message>
        <source>API member:  %1</source>
        <translation>Miembro de API: %1</translation>
    </message>
    <message>
        <source>Note:        %1</source>
        <translation>Nota:           %1</translation>
    </message>
    <message>
        <source>WARNING:     %1</source>
        <translation>ADVERTENCIA:    %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>: found %1</source>
        <translation>: encontrado %1</translation>
    </message>
    <message>
        <source>      fix: %1</source>
        <translation>      solución: %1</translation>
    </message>
    <message>
        <source>Summary: %1 granted, %2 insufficient, %3 missing, %4 unknown, %5 skipped</source>
        <translation>Resumen: %1 concedidos, %2 insuficientes, %3 faltan, %4 desconocidos, %5 omitidos</translation>
    </message>
    <message>
        <source>Ready:   %1</source>
        <translation>Listo:   %1</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>### Phin ConnectWise check</source>
        <translation>### Comprobación de Phin para ConnectWise</translation>
    </message>
    <message>
        <source>- **Checked:** %1 (%2 %3)</source>
        <translation>- **Comprobado:** %1 (%2 %3)</translation>
    </message>
    <message>
        <source>- **Site:** `%1`</source>
        <translation>- **Dirección:** `%1`</translation>
    </message>
    <message>
        <source>- **Company ID:** `%1`</source>
        <translation>- **ID de empresa:** `%1`</translation>
    </message>
    <message>
        <source>- **Public key:** `%1`</source>
        <translation>- **Clave pública:** `%1`</translation>
    </message>
    <message>
        <source>- **Features:** %1</source>
        <translation>- **Funciones:** %1</translation>
    </message>
    <message>
        <source>- **Connection:** `%1`: %2</source>
        <translation>- **Conexión:** `%1`: %2</translation>
    </message>
    <message>
        <source>- **API member:** %1</source>
        <translation>- **Miembro de API:** %1</translation>
    </message>
    <message>
        <source>- **Note:** %1</source>
        <translation>- **Nota:** %1</translation>
    </message>
    <message>
        <source>- **WARNING:** %1</source>
        <translation>- **ADVERTENCIA:** %1</translation>
    </message>
    <message>
        <source>| Check | Needs | Status | Found | How |</source>
        <translation>| Comprobación | Necesita | Estado | Encontrado | Cómo |</translation>
    </message>
    <message>
        <source>**Summary:** %1 granted, %2 insufficient, %3 missing, %4 unknown, %5 skipped. %6.</source>
        <translation>**Resumen:** %1 concedidos, %2 insuficientes, %3 faltan, %4 desconocidos, %5 omitidos. %6.</translation>
    </message>
    <message>
        <source>#### How to fix</source>
        <translation>#### Cómo solucionarlo</translation>
    </message>
    <message>
        <source>Phin ConnectWise check</source>
        <translation>Comprobación de Phin para ConnectWise</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <source>Company ID: %1</source>
        <translation>ID de empresa: %1</translation>
    </message>
    <message>
        <source>Connection: %1: %2</source>
        <translation>Conexión: %1: %2</translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation>ADVERTENCIA: %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Connection: %1 → %2</source>
        <translation>Conexión: %1 → %2</translation>
    </message>
    <message>
        <source>(the API member&apos;s security role)</source>
        <translation>(el rol de seguridad del miembro de API)</translation>
    </message>
    <message>
        <source>(the API member)</source>
        <translation>(el miembro de API)</translation>
    </message>
    <message>
        <source>Service Defaults &gt; Default Board: choose the board Phin should create tickets on</source>
        <translation>Service Defaults &gt; Default Board: elija el board en el que Phin debe crear los tickets</translation>
    </message>
    <message>
        <source>%1 &gt; %2 &gt; %3 Level = %4</source>
        <translation>%1 &gt; %2 &gt; %3 Level = %4</translation>
    </message>
    <message>
        <source> (now %1)</source>
        <translation> (ahora %1)</translation>
    </message>
    <message>
        <source> (could not be checked: %1)</source>
        <translation> (no se pudo comprobar: %1)</translation>
    </message>
    <message>
        <source>In ConnectWise, System &gt; Security Roles &gt; %1, set and save:</source>
        <translation>En ConnectWise, System &gt; Security Roles &gt; %1, establezca y guarde:</translation>
    </message>
    <message>
        <source>  Note: the API member uses the Admin role, so these settings were changed on the Admin role itself.</source>
        <translation>  Nota: el miembro de API usa el rol Admin, así que estos ajustes se cambiaron en el propio rol Admin.</translation>
    </message>
    <message>
        <source>In ConnectWise, System &gt; Members &gt; API Members &gt; %1:</source>
        <translation>En ConnectWise, System &gt; Members &gt; API Members &gt; %1:</translation>
    </message>
    <message>
        <source>Verify by hand (System &gt; Security Roles &gt; %1 and System &gt; Members &gt; API Members &gt; %2):</source>
        <translation>Compruebe a mano (System &gt; Security Roles &gt; %1 y System &gt; Members &gt; API Members &gt; %2):</translation>
    </message>
    <message>
        <source>Then run the check again.</source>
        <translation>Después, vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <source></source>
        <comment>The text and Markdown report of phin-cw-check and the wizard. Keep the padding of the &quot;Label: %1&quot; lines so the values line up (pad every label of the block to the same width in your language). JSON keys and check ids are never translated. ConnectWise Manage is shown in English to most MSPs: keep ConnectWise&apos;s own names exactly as ConnectWise shows them, so the steps match the screen. That includes menu paths (&quot;System &gt; Security Roles&quot;, &quot;System &gt; Members &gt; API Members&quot;, &quot;System &gt; My Company&quot;), module and function names (&quot;Company Maintenance&quot;, &quot;Service Desk&quot;, &quot;Service Tickets&quot;, &quot;Finance &gt; Agreements&quot;, &quot;Manage Attachments&quot;, &quot;Member Maintenance&quot;), tabs and fields (&quot;API Keys&quot;, &quot;Public Key&quot;, &quot;Private Key&quot;, &quot;Service Defaults&quot;, &quot;Default Board&quot;, &quot;Company&quot;, &quot;Member ID&quot;, &quot;Member Name&quot;), level names (&quot;Inquire Level&quot;, &quot;Add Level&quot;, &quot;Edit Level&quot;, &quot;All&quot;, &quot;My&quot;) and the suggested role name &quot;Phin Integration&quot;. The Phin feature names &quot;Billing&quot; and &quot;Service Desk&quot; also stay in English. Keep every %1, %2 and %n, HTML tags and entities such as &amp;gt;.</comment>
        <translation></translation>
    </message>
    <message>
        <source>  [%1] %2 (need %3)</source>
        <extracomment>%1 status (padded), %2 the check, e.g. &quot;Companies &gt; Manage Attachments &gt; Add&quot;, %3 the level it needs, e.g. &quot;All&quot; (ConnectWise&apos;s own words: keep them as they are)</extracomment>
        <translation>  [%1] %2 (necesita %3)</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Connection na&amp;me:</source>
        <translation>Nom&amp;bre de la conexión:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nombre de la conexión</translation>
    </message>
    <message>
        <source>How this connection is listed on the welcome page next time</source>
        <translation>Cómo aparecerá esta conexión en la página de bienvenida la próxima vez</translation>
    </message>
    <message>
        <source>&amp;Save to keychain</source>
        <translation>&amp;Guardar en el llavero</translation>
    </message>
    <message>
        <source>Save to keychain</source>
        <translation>Guardar en el llavero</translation>
    </message>
    <message>
        <source>Stores both keys in the system keychain and the rest of the connection in the settings</source>
        <translation>Guarda las dos claves en el llavero del sistema y el resto de la conexión en los ajustes</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>Usar solo en esta &amp;sesión</translation>
    </message>
    <message>
        <source>Use the keys for this session only</source>
        <translation>Usar las claves solo en esta sesión</translation>
    </message>
    <message>
        <source>Continues without storing the keys; they are forgotten when the wizard closes</source>
        <translation>Continúa sin guardar las claves; se olvidan al cerrar el asistente</translation>
    </message>
    <message>
        <source>Save the connection</source>
        <translation>Guardar la conexión</translation>
    </message>
    <message>
        <source>The keys go into this computer&apos;s keychain, never into a settings file.</source>
        <translation>Las claves van al llavero de este equipo, nunca a un archivo de ajustes.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Company &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;, public key &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Both keys are stored in the system keychain (Secret Service, macOS Keychain or Windows Credential Manager). The settings keep only the site, the company and the chosen features.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Empresa &lt;b&gt;%1&lt;/b&gt; en &lt;b&gt;%2&lt;/b&gt;, clave pública &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Las dos claves se guardan en el llavero del sistema (Secret Service, llavero de macOS o Administrador de credenciales de Windows). Los ajustes solo guardan la dirección, la empresa y las funciones elegidas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Guardando en el llavero…</translation>
    </message>
    <message>
        <source>The keys are used for this session only and forgotten when the wizard closes. Save again later to keep them.</source>
        <translation>Las claves se usan solo en esta sesión y se olvidan al cerrar el asistente. Vuelva a guardar más tarde para conservarlas.</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;. The keys are in the keychain.</source>
        <translation>Guardada como «%1». Las claves están en el llavero.</translation>
    </message>
    <message>
        <source>Keychain says: %1</source>
        <translation>El llavero dice: %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation>%1 de %2 comprobaciones superadas</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Connect Phin to ConnectWise Manage</source>
        <translation>Conectar Phin con ConnectWise Manage</translation>
    </message>
    <message>
        <source>Connect Phin to ConnectWise Manage (sandbox: %1)</source>
        <translation>Conectar Phin con ConnectWise Manage (sandbox: %1)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Shows the version, commit, Qt and QtKeychain versions</source>
        <translation>Muestra la versión, el commit y las versiones de Qt y QtKeychain</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Ajustes de red</translation>
    </message>
    <message>
        <source>Proxy used to reach ConnectWise</source>
        <translation>Proxy usado para llegar a ConnectWise</translation>
    </message>
    <message>
        <source>Network…</source>
        <extracomment>Opens the proxy settings. No mnemonic: the button is on every page.</extracomment>
        <translation>Red…</translation>
    </message>
</context>
<context>
    <name>SiteAddress</name>
    <message>
        <source>ConnectWise site: enter the address you use to log in to ConnectWise, for example na.myconnectwise.net.</source>
        <translation>Dirección de ConnectWise: introduzca la dirección con la que inicia sesión en ConnectWise, por ejemplo na.myconnectwise.net.</translation>
    </message>
    <message>
        <source>ConnectWise site: the address contains a space. Copy only the address bar of the ConnectWise login page, for example na.myconnectwise.net.</source>
        <translation>Dirección de ConnectWise: la dirección contiene un espacio. Copie solo la barra de direcciones de la página de inicio de sesión de ConnectWise, por ejemplo na.myconnectwise.net.</translation>
    </message>
    <message>
        <source>ConnectWise site: &quot;%1&quot; is not a web address. Enter the https address of your ConnectWise login page, for example https://na.myconnectwise.net.</source>
        <translation>Dirección de ConnectWise: «%1» no es una dirección web. Introduzca la dirección https de su página de inicio de sesión de ConnectWise, por ejemplo https://na.myconnectwise.net.</translation>
    </message>
    <message>
        <source>ConnectWise site: the port number in &quot;%1&quot; is not valid. Use a number such as 443 or 8443, or leave the port out.</source>
        <translation>Dirección de ConnectWise: el número de puerto de «%1» no es válido. Use un número como 443 u 8443, o no indique el puerto.</translation>
    </message>
    <message>
        <source>ConnectWise site: &quot;%1&quot; is not a valid address. Enter the host name only, for example na.myconnectwise.net or connectwise.example.com:8443.</source>
        <translation>Dirección de ConnectWise: «%1» no es una dirección válida. Introduzca solo el nombre de host, por ejemplo na.myconnectwise.net o connectwise.example.com:8443.</translation>
    </message>
    <message>
        <source>ConnectWise site: remove the user name before the @ sign; keys go in the key fields, never in the address.</source>
        <translation>Dirección de ConnectWise: quite el nombre de usuario delante de la @; las claves van en los campos de clave, nunca en la dirección.</translation>
    </message>
    <message>
        <source>ConnectWise site: &quot;%1&quot; is not a valid host name. Check for typing mistakes.</source>
        <translation>Dirección de ConnectWise: «%1» no es un nombre de host válido. Revise si hay errores de escritura.</translation>
    </message>
    <message>
        <source>ConnectWise site: http:// is not allowed for %1, because the keys would travel unencrypted and ConnectWise refuses plain http. Use https://%1 (or type just the host name).</source>
        <translation>Dirección de ConnectWise: http:// no está permitido para %1, porque las claves viajarían sin cifrar y ConnectWise rechaza el http sin cifrar. Use https://%1 (o escriba solo el nombre de host).</translation>
    </message>
    <message>
        <source>ConnectWise site: kept only the host %1; the rest of the pasted address is not needed.</source>
        <translation>Dirección de ConnectWise: se conservó solo el host %1; el resto de la dirección pegada no hace falta.</translation>
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
        <translation>En espera</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Insufficient</source>
        <translation>Insuficiente</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>This wizard connects Phin to your ConnectWise Manage. It explains what to prepare in ConnectWise, checks the four values as you type them, tests every permission the chosen features need without changing anything, and stores the keys in this computer&apos;s keychain.</source>
        <translation>Este asistente conecta Phin con su ConnectWise Manage. Explica qué preparar en ConnectWise, comprueba los cuatro valores mientras los escribe, prueba cada permiso que necesitan las funciones elegidas sin cambiar nada y guarda las claves en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Features to set up</source>
        <translation>Funciones que configurar</translation>
    </message>
    <message>
        <source>&amp;Billing: keep agreements in ConnectWise up to date</source>
        <translation>&amp;Billing: mantener actualizados los contratos en ConnectWise</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Set up the Billing feature, which updates agreements in ConnectWise</source>
        <translation>Configurar la función Billing, que actualiza los contratos en ConnectWise</translation>
    </message>
    <message>
        <source>&amp;Service Desk: create tickets with attachments in ConnectWise</source>
        <translation>&amp;Service Desk: crear tickets con adjuntos en ConnectWise</translation>
    </message>
    <message>
        <source>Service Desk</source>
        <translation>Service Desk</translation>
    </message>
    <message>
        <source>Set up the Service Desk feature, which creates tickets on the API member&apos;s default board</source>
        <translation>Configurar la función Service Desk, que crea tickets en el board predeterminado del miembro de API</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Conexiones guardadas</translation>
    </message>
    <message>
        <source>Connections saved on this computer; choose one to re-check or edit it</source>
        <translation>Conexiones guardadas en este equipo; elija una para volver a comprobarla o editarla</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>Re-check the saved connection</source>
        <translation>Volver a comprobar la conexión guardada</translation>
    </message>
    <message>
        <source>Runs every check again with the stored keys</source>
        <translation>Vuelve a ejecutar todas las comprobaciones con las claves guardadas</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the saved connection</source>
        <translation>Editar la conexión guardada</translation>
    </message>
    <message>
        <source>Opens the connection details of the saved connection</source>
        <translation>Abre los datos de conexión de la conexión guardada</translation>
    </message>
    <message>
        <source>&amp;Practise in the sandbox</source>
        <translation>&amp;Practicar en el sandbox</translation>
    </message>
    <message>
        <source>Connects the wizard to a built-in ConnectWise simulator on this computer. Nothing is sent to a real server.</source>
        <translation>Conecta el asistente a un simulador de ConnectWise integrado en este equipo. No se envía nada a un servidor real.</translation>
    </message>
    <message>
        <source>Practise in the sandbox</source>
        <translation>Practicar en el sandbox</translation>
    </message>
    <message>
        <source>Connects the wizard to a built-in ConnectWise simulator; nothing is sent to a real server</source>
        <translation>Conecta el asistente a un simulador de ConnectWise integrado; no se envía nada a un servidor real</translation>
    </message>
    <message>
        <source>Connect Phin to ConnectWise Manage</source>
        <translation>Conectar Phin con ConnectWise Manage</translation>
    </message>
    <message>
        <source>Choose the features to set up. You can turn each one on or off later.</source>
        <translation>Elija las funciones que configurar. Puede activar o desactivar cada una más adelante.</translation>
    </message>
    <message>
        <source>Connected to the sandbox (scenario &quot;%1&quot;): a ConnectWise simulator on this computer. The connection details are filled in; nothing reaches a real server.</source>
        <translation>Conectado al sandbox (escenario «%1»): un simulador de ConnectWise en este equipo. Los datos de conexión están rellenados; nada llega a un servidor real.</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>El sandbox no se inició: %1</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>desconectada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was disconnected; enter new keys to connect it again.</source>
        <translation>«%1» se desconectó; introduzca claves nuevas para volver a conectarla.</translation>
    </message>
    <message>
        <source>Reading the keys of &quot;%1&quot;…</source>
        <translation>Leyendo las claves de «%1»…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>In&amp;tentar de nuevo</translation>
    </message>
    <message>
        <source>Choose at least one feature to continue.</source>
        <translation>Elija al menos una función para continuar.</translation>
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
        <translation>Esta versión no incluye sandbox.</translation>
    </message>
    <message>
        <source>This connection is not saved, so the mapping lasts only until the wizard closes. Export it to keep it.</source>
        <translation>Esta conexión no está guardada, así que la asignación solo dura hasta que se cierre el asistente. Expórtela para conservarla.</translation>
    </message>
</context>
</TS>
