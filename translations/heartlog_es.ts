<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About HeartLog</source>
        <translation>Acerca de HeartLog</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>A private journal for each partner in a couple. Your entries are encrypted on this computer and never leave it unless you share them.</source>
        <translation>Un diario privado para cada integrante de la pareja. Tus entradas se cifran en este equipo y nunca salen de él, salvo que decidas compartirlas.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
</context>
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>Add partner</source>
        <translation>Añadir pareja</translation>
    </message>
    <message>
        <source>Paste your partner&apos;s share code here</source>
        <translation>Pega aquí el código para compartir de tu pareja</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Cargar desde un archivo…</translation>
    </message>
    <message>
        <source>Your partner&apos;s name</source>
        <translation>El nombre de tu pareja</translation>
    </message>
    <message>
        <source>Before adding, read the fingerprint aloud with your partner: it must match.</source>
        <translation>Antes de añadirla, lee la huella digital en voz alta con tu pareja: tiene que coincidir.</translation>
    </message>
    <message>
        <source>Share code:</source>
        <translation>Código para compartir:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>This is not a complete HeartLog share code yet. Paste the whole code.</source>
        <translation>El código para compartir de HeartLog todavía está incompleto. Pega el código entero.</translation>
    </message>
    <message>
        <source>That is your own share code. Paste your partner&apos;s code instead.</source>
        <translation>Ese es tu propio código para compartir. Pega el código de tu pareja.</translation>
    </message>
    <message>
        <source>Open share code</source>
        <translation>Abrir un código para compartir</translation>
    </message>
    <message>
        <source>HeartLog share code (*.heartcode);;All files (*)</source>
        <translation>Código para compartir de HeartLog (*.heartcode);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Wrong passphrase</source>
        <translation>Frase de contraseña incorrecta</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check it and try again (it is case-sensitive).</source>
        <translation>Esa frase de contraseña no abre este diario. Revísala y vuelve a intentarlo (distingue entre mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>Profile already open</source>
        <translation>El perfil ya está abierto</translation>
    </message>
    <message>
        <source>The profile “%1” is already open in another HeartLog window or command. Switch to that window, or close it there first.</source>
        <translation>El perfil «%1» ya está abierto en otra ventana o en otro comando de HeartLog. Ve a esa ventana o ciérralo allí primero.</translation>
    </message>
    <message>
        <source>Profile not found</source>
        <translation>No se encontró el perfil</translation>
    </message>
    <message>
        <source>The profile “%1” is no longer on this computer. Choose another profile or create a new one.</source>
        <translation>El perfil «%1» ya no está en este equipo. Elige otro perfil o crea uno nuevo.</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Ese nombre ya existe</translation>
    </message>
    <message>
        <source>A profile called “%1” already exists. Choose another name.</source>
        <translation>Ya existe un perfil llamado «%1». Elige otro nombre.</translation>
    </message>
    <message>
        <source>Journal cannot be read</source>
        <translation>No se puede leer el diario</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Paquete no importado</translation>
    </message>
    <message>
        <source>This journal is damaged or is not a HeartLog journal. Restore it from a backup; nothing was changed.</source>
        <translation>Este diario está dañado o no es un diario de HeartLog. Restáuralo desde una copia de seguridad; no se modificó nada.</translation>
    </message>
    <message>
        <source>Entry not found</source>
        <translation>No se encontró la entrada</translation>
    </message>
    <message>
        <source>That entry no longer exists; it may have been deleted.</source>
        <translation>Esa entrada ya no existe; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>HeartLog could not write to the disk (it may be full). Your text is kept in the window; free some space and HeartLog will keep trying.</source>
        <translation>HeartLog no pudo escribir en el disco (puede que esté lleno). Tu texto sigue en la ventana; libera algo de espacio y HeartLog seguirá intentándolo.</translation>
    </message>
    <message>
        <source>HeartLog</source>
        <translation>HeartLog</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>HeartLog hit an unexpected problem. Your saved entries are safe. Details are in the log file.</source>
        <translation>HeartLog se encontró con un problema inesperado. Tus entradas guardadas están a salvo. Encontrarás los detalles en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>AnalysisFeature</name>
    <message>
        <source>Analysis progress</source>
        <translation>Progreso del análisis</translation>
    </message>
    <message>
        <source>&amp;Why this mood?</source>
        <translation>¿&amp;Por qué este estado de ánimo?</translation>
    </message>
    <message>
        <source>Show how HeartLog read this entry: each sentence, its score and why</source>
        <translation>Muestra cómo leyó HeartLog esta entrada: cada frase, su puntuación y el porqué</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %1 of %Ln entry(ies)…</source>
        <translation>
            <numerusform>Analizando %1 de %Ln entrada…</numerusform>
            <numerusform>Analizando %1 de %Ln entradas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>Not analysed · Why?</source>
        <translation>Sin analizar · ¿Por qué?</translation>
    </message>
    <message>
        <source>How HeartLog read this entry, sentence by sentence (%1)</source>
        <translation>Cómo leyó HeartLog esta entrada, frase por frase (%1)</translation>
    </message>
    <message>
        <source>Reads negative · Why?</source>
        <translation>Tono negativo · ¿Por qué?</translation>
    </message>
    <message>
        <source>Reads somewhat negative · Why?</source>
        <translation>Tono algo negativo · ¿Por qué?</translation>
    </message>
    <message>
        <source>Reads neutral · Why?</source>
        <translation>Tono neutro · ¿Por qué?</translation>
    </message>
    <message>
        <source>Reads somewhat positive · Why?</source>
        <translation>Tono algo positivo · ¿Por qué?</translation>
    </message>
    <message>
        <source>Reads positive · Why?</source>
        <translation>Tono positivo · ¿Por qué?</translation>
    </message>
</context>
<context>
    <name>AnalysisWorker</name>
    <message>
        <source>The analysis stopped because of an error. Details are in the log.</source>
        <translation>El análisis se detuvo por un error. Encontrarás los detalles en el registro.</translation>
    </message>
</context>
<context>
    <name>BackupTexts</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>Diaria (automática)</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Hecha por ti</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Sin verificar</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Change Folder…</source>
        <translation>Cambiar carpeta…</translation>
    </message>
    <message>
        <source>Use Default Folder</source>
        <translation>Usar la carpeta predeterminada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Backups are saved in %1</source>
        <translation>Las copias de seguridad se guardan en %1</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation>Haciendo la copia de seguridad y comprobándola…</translation>
    </message>
    <message>
        <source>Backup written and verified.</source>
        <translation>Copia de seguridad creada y verificada.</translation>
    </message>
    <message>
        <source>the disk is full or could not be written. Free some space.</source>
        <translation>el disco está lleno o no se pudo escribir en él. Libera algo de espacio.</translation>
    </message>
    <message>
        <source>an unexpected error (details are in the log).</source>
        <translation>un error inesperado (encontrarás los detalles en el registro).</translation>
    </message>
    <message>
        <source>The backup failed and your journal is unchanged: %1</source>
        <translation>La copia de seguridad falló y tu diario sigue igual: %1</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Replace your journal with the backup from %1 (%2 old)?

Anything written after that backup will not be in the restored journal. The current journal is not deleted: it is kept in the profile folder.</source>
        <translation>¿Reemplazar tu diario por la copia de seguridad del %1 (de hace %2)?

Lo que hayas escrito después de esa copia no estará en el diario restaurado. El diario actual no se elimina: se conserva en la carpeta del perfil.</translation>
    </message>
    <message>
        <source>Choose a Backup Folder</source>
        <translation>Elige una carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <source>New backups will be saved in the chosen folder.</source>
        <translation>Las nuevas copias de seguridad se guardarán en la carpeta elegida.</translation>
    </message>
</context>
<context>
    <name>BackupsFeature</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>Copias de &amp;seguridad…</translation>
    </message>
    <message>
        <source>Restored the backup. The journal it replaced is kept in the profile folder.</source>
        <translation>Se restauró la copia de seguridad. El diario reemplazado se conserva en la carpeta del perfil.</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>Charts of the week</source>
        <translation>Gráficos de la semana</translation>
    </message>
</context>
<context>
    <name>ConnectionReminder</name>
    <message>
        <source>HeartLog</source>
        <translation>HeartLog</translation>
    </message>
    <message>
        <source>Connection time</source>
        <translation>Tiempo para conectar</translation>
    </message>
    <message>
        <source>Time for your daily connection: set the phones aside and give each other a few unhurried minutes.</source>
        <translation>Es hora de conectar: los teléfonos a un lado y unos minutos sin prisa en pareja.</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>Wrong passphrase. Check it and try again (it is case-sensitive).</source>
        <translation>Frase de contraseña incorrecta. Revísala e inténtalo de nuevo (distingue mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>There is no profile called %1. See &apos;heartlog profile list&apos;.</source>
        <translation>No hay ningún perfil llamado «%1». Consulta «heartlog profile list».</translation>
    </message>
    <message>
        <source>A profile called %1 already exists. Choose another name.</source>
        <translation>Ya existe un perfil llamado «%1». Elige otro nombre.</translation>
    </message>
    <message>
        <source>The profile %1 is already open in another HeartLog window or command. Close it there first.</source>
        <translation>El perfil «%1» ya está abierto en otra ventana u orden de HeartLog. Ciérralo allí primero.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Ponle un nombre al perfil.</translation>
    </message>
    <message>
        <source>A profile name can be at most %1 characters.</source>
        <translation>Un nombre de perfil puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters.</source>
        <translation>Un nombre de perfil no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>Use a passphrase of at least %1 characters; a few unrelated words work well.</source>
        <translation>Usa una frase de contraseña de al menos %1 caracteres; unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>The journal file %1 is missing. Restore it from a backup.</source>
        <translation>Falta el archivo del diario %1. Restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal file %1 is empty: it was cut short</source>
        <translation>El archivo del diario %1 está vacío: se cortó</translation>
    </message>
    <message>
        <source>The journal file %1 cannot be opened: %2. Restore it from a backup.</source>
        <translation>No se puede abrir el archivo del diario %1: %2. Restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal file %1 cannot be read: %2. It may be damaged; restore it from a backup.</source>
        <translation>No se puede leer el archivo del diario %1: %2. Puede estar dañado; restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal failed its integrity check: %1.</source>
        <translation>El diario no superó la comprobación de integridad: %1.</translation>
    </message>
    <message>
        <source>The journal failed its integrity check (%1).</source>
        <translation>El diario no superó la comprobación de integridad (%1).</translation>
    </message>
    <message>
        <source>Could not set PRAGMA %1 (got %2).</source>
        <translation>No se pudo establecer PRAGMA %1 (resultado: %2).</translation>
    </message>
    <message>
        <source>The key file holds a key of the wrong size.</source>
        <translation>El archivo de clave contiene una clave de tamaño incorrecto.</translation>
    </message>
    <message>
        <source>The key file has format %1, which this HeartLog does not know. Update HeartLog.</source>
        <translation>El archivo de clave tiene el formato %1, que este HeartLog no conoce. Actualiza HeartLog.</translation>
    </message>
    <message>
        <source>The key file is damaged and cannot be read. Restore it from a backup.</source>
        <translation>El archivo de clave está dañado y no se puede leer. Restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The key file %1 has format %2, which this HeartLog does not know. Update HeartLog.</source>
        <translation>El archivo de clave %1 tiene el formato %2, que este HeartLog no conoce. Actualiza HeartLog.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged and cannot be read. Restore it from a backup.</source>
        <translation>El archivo de clave %1 está dañado y no se puede leer. Restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The %1 has format %2, which this HeartLog does not know. Update HeartLog.</source>
        <translation>«%1» tiene el formato %2, que este HeartLog no conoce. Actualiza HeartLog.</translation>
    </message>
    <message>
        <source>The %1 is damaged and cannot be read. Restore it from a backup.</source>
        <translation>«%1» está dañado y no se puede leer. Restáuralo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation>No se puede leer el archivo de clave %1: %2.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved. Free some space and save again; your text is kept.</source>
        <translation>El disco está lleno, así que el último cambio no se guardó. Libera espacio y vuelve a guardar; tu texto se conserva.</translation>
    </message>
    <message>
        <source>The disk could not be written (input/output error), so the last change was not saved. Check the disk and save again; your text is kept.</source>
        <translation>No se pudo escribir en el disco (error de entrada/salida), así que el último cambio no se guardó. Revisa el disco y vuelve a guardar; tu texto se conserva.</translation>
    </message>
    <message>
        <source>The journal file cannot be written (it is read-only), so the last change was not saved. Check the folder&apos;s permissions and save again.</source>
        <translation>No se puede escribir en el archivo del diario (es de solo lectura), así que el último cambio no se guardó. Revisa los permisos de la carpeta y vuelve a guardar.</translation>
    </message>
    <message>
        <source>The journal file is damaged. Nothing more was written to it; close the profile and open it again to restore it from a backup.</source>
        <translation>El archivo del diario está dañado. No se escribió nada más en él; cierra el perfil y vuelve a abrirlo para restaurarlo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo escribir %1. Libera espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>HeartLog is not allowed to write %1. Choose another folder.</source>
        <translation>HeartLog no tiene permiso para escribir %1. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was changed.</source>
        <translation>No se pudo escribir %1: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>No entry with id %1.</source>
        <translation>No hay ninguna entrada con el id %1.</translation>
    </message>
    <message>
        <source>A tag can be at most %1 characters long.</source>
        <translation>Una etiqueta puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Mood must be a whole number from 1 to 5, or empty.</source>
        <translation>El estado de ánimo debe ser un número entero del 1 al 5, o quedar vacío.</translation>
    </message>
    <message>
        <source>Entry text must be text.</source>
        <translation>El texto de la entrada debe ser texto.</translation>
    </message>
    <message>
        <source>The text contains characters that cannot be saved.</source>
        <translation>El texto contiene caracteres que no se pueden guardar.</translation>
    </message>
    <message>
        <source>%1 (The backup was not written; the journal is unchanged.)</source>
        <translation>%1 (La copia de seguridad no se escribió; el diario no ha cambiado.)</translation>
    </message>
    <message>
        <source>The backup %1 failed its integrity check. Choose another backup.</source>
        <translation>La copia de seguridad %1 no superó la comprobación de integridad. Elige otra copia.</translation>
    </message>
    <message>
        <source>The backup %1 failed its integrity check (%2). Choose another backup.</source>
        <translation>La copia de seguridad %1 no superó la comprobación de integridad (%2). Elige otra copia.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened with this profile&apos;s key. Choose another backup.</source>
        <translation>La copia de seguridad %1 no se puede abrir con la clave de este perfil. Elige otra copia.</translation>
    </message>
    <message>
        <source>%1 is not a HeartLog backup. Nothing was changed.</source>
        <translation>%1 no es una copia de seguridad de HeartLog. No se cambió nada.</translation>
    </message>
    <message>
        <source>There is no verified backup of profile %1. Nothing was changed.</source>
        <translation>No hay ninguna copia de seguridad verificada del perfil «%1». No se cambió nada.</translation>
    </message>
    <message>
        <source>Every prompt is hidden. Show some again from the prompt browser in the app.</source>
        <translation>Todas las propuestas de escritura están ocultas. Vuelve a mostrar algunas desde el explorador de propuestas de la aplicación.</translation>
    </message>
    <message>
        <source>There is no prompt %1 in the catalogue.</source>
        <translation>No hay ninguna propuesta «%1» en el catálogo.</translation>
    </message>
    <message>
        <source>Answer all %1 pairs of the self-check (got %2).</source>
        <translation>Responde a los %1 pares de la autoevaluación (respondidos: %2).</translation>
    </message>
    <message>
        <source>Answer %1 must be one of the two statements of that pair.</source>
        <translation>La respuesta %1 debe ser una de las dos afirmaciones de ese par.</translation>
    </message>
    <message>
        <source>%1 is not one of the five love languages.</source>
        <translation>«%1» no es uno de los cinco lenguajes del amor.</translation>
    </message>
    <message>
        <source>%1 is not a time of day. Use HH:MM, for example 20:30.</source>
        <translation>«%1» no es una hora del día. Usa HH:MM, por ejemplo 20:30.</translation>
    </message>
    <message>
        <source>%1 is not a week. Use YYYY-Www, for example 2026-W47.</source>
        <translation>«%1» no es una semana. Usa AAAA-Wss, por ejemplo 2026-W47.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Se canceló la importación. No se importó nada.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation>Se canceló la exportación. No se escribió nada.</translation>
    </message>
    <message>
        <source>The folder %1 already exists and is not empty. Choose a new folder name.</source>
        <translation>La carpeta %1 ya existe y no está vacía. Elige otro nombre de carpeta.</translation>
    </message>
    <message>
        <source>unknown import format %1; use one of: %2.</source>
        <translation>formato de importación desconocido «%1»; usa uno de estos: %2.</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>no existe.</translation>
    </message>
    <message>
        <source>cannot be read (%1). Check that it exists and is readable.</source>
        <translation>no se puede leer (%1). Comprueba que existe y que se puede leer.</translation>
    </message>
    <message>
        <source>is not a journal HeartLog can read (jrnl, jrnl JSON, Day One, a Markdown folder or a HeartLog JSON export). Choose the format yourself if you know it.</source>
        <translation>no es un diario que HeartLog pueda leer (jrnl, JSON de jrnl, Day One, una carpeta de Markdown o una exportación JSON de HeartLog). Elige tú el formato si lo conoces.</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation>la línea %1 no es texto UTF-8. Guarda el archivo como UTF-8 e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>line %1 is not valid JSON (%2). Nothing was imported.</source>
        <translation>la línea %1 no es JSON válido (%2). No se importó nada.</translation>
    </message>
    <message>
        <source>is not valid JSON (too deep or too large).</source>
        <translation>no es JSON válido (demasiado anidado o demasiado grande).</translation>
    </message>
    <message>
        <source>is not a HeartLog journal export: it has no &quot;entries&quot; list.</source>
        <translation>no es una exportación de diario de HeartLog: no tiene la lista «entries».</translation>
    </message>
    <message>
        <source>is not a jrnl JSON export: it has no &quot;entries&quot; list.</source>
        <translation>no es una exportación JSON de jrnl: no tiene la lista «entries».</translation>
    </message>
    <message>
        <source>is not a %1: it has no &quot;entries&quot; list.</source>
        <translation>no es %1: no tiene la lista «entries».</translation>
    </message>
    <message>
        <source>is not a JSON object.</source>
        <translation>no es un objeto JSON.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>«%1» debe ser true o false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>«%1» debe ser una lista.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing; every entry needs one.</source>
        <translation>falta «%1»; cada entrada lo necesita.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 date and time.</source>
        <translation>«%1» debe ser una fecha y hora ISO 8601.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time: %2.</source>
        <translation>«%1» no es una fecha y hora válida: «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text of at most %2 characters.</source>
        <translation>«%1» debe ser un texto de como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>&quot;mood&quot; must be a whole number from 1 to 5, or null.</source>
        <translation>«mood» debe ser un número entero del 1 al 5, o null.</translation>
    </message>
    <message>
        <source>&quot;id&quot; %1 is not an entry id (a UUID).</source>
        <translation>el «id» «%1» no es un id de entrada (un UUID).</translation>
    </message>
    <message>
        <source>is not a HeartLog journal export (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>no es una exportación de diario de HeartLog (falta «format»: «%1»).</translation>
    </message>
    <message>
        <source>has no valid &quot;version&quot;.</source>
        <translation>no tiene una «version» válida.</translation>
    </message>
    <message>
        <source>was made by a newer HeartLog (format version %1). Update HeartLog to import it.</source>
        <translation>se hizo con un HeartLog más reciente (versión de formato %1). Actualiza HeartLog para importarlo.</translation>
    </message>
    <message>
        <source>the id %1 appears twice.</source>
        <translation>el id %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>is a folder; a HeartLog JSON export is one file.</source>
        <translation>es una carpeta; una exportación JSON de HeartLog es un solo archivo.</translation>
    </message>
    <message>
        <source>is a folder; a jrnl JSON export is one file.</source>
        <translation>es una carpeta; una exportación JSON de jrnl es un solo archivo.</translation>
    </message>
    <message>
        <source>is a folder; a jrnl journal is one text file.</source>
        <translation>es una carpeta; un diario de jrnl es un solo archivo de texto.</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be text like &quot;15:30&quot;.</source>
        <translation>«time» debe ser un texto como «15:30».</translation>
    </message>
    <message>
        <source>the time in [%1] is not understood. Write it as [YYYY-MM-DD HH:MM].</source>
        <translation>no se entiende la hora en [%1]. Escríbela como [AAAA-MM-DD HH:MM].</translation>
    </message>
    <message>
        <source>there is text before the first entry. Every jrnl entry starts with a line like [2024-03-01 09:00] Title; add one or remove the text.</source>
        <translation>hay texto antes de la primera entrada. Cada entrada de jrnl empieza con una línea como [2024-03-01 09:00] Título; añade una o quita el texto.</translation>
    </message>
    <message>
        <source>this is not a jrnl journal: entries must start with a line like [2024-03-01 09:00] Title.</source>
        <translation>esto no es un diario de jrnl: las entradas deben empezar con una línea como [2024-03-01 09:00] Título.</translation>
    </message>
    <message>
        <source>%1 is not a valid time.</source>
        <translation>«%1» no es una hora válida.</translation>
    </message>
    <message>
        <source>the time zone must be text.</source>
        <translation>la zona horaria debe ser texto.</translation>
    </message>
    <message>
        <source>creationDate %1 is not a date and time (like 2024-03-01T14:30:00Z).</source>
        <translation>creationDate «%1» no es una fecha y hora (como 2024-03-01T14:30:00Z).</translation>
    </message>
    <message>
        <source>is not a Day One export: it has no &quot;entries&quot; list.</source>
        <translation>no es una exportación de Day One: no tiene la lista «entries».</translation>
    </message>
    <message>
        <source>is not a Day One entry (not a valid property list).</source>
        <translation>no es una entrada de Day One (no es una lista de propiedades válida).</translation>
    </message>
    <message>
        <source>is not a Day One entry (no entry dictionary).</source>
        <translation>no es una entrada de Day One (no hay diccionario de entrada).</translation>
    </message>
    <message>
        <source>&quot;Creation Date&quot; is missing; every entry needs one.</source>
        <translation>falta «Creation Date»; cada entrada lo necesita.</translation>
    </message>
    <message>
        <source>&quot;Tags&quot; must be a list.</source>
        <translation>«Tags» debe ser una lista.</translation>
    </message>
    <message>
        <source>&quot;Starred&quot; must be true or false.</source>
        <translation>«Starred» debe ser true o false.</translation>
    </message>
    <message>
        <source>holds no Day One journal (no Journal.json inside).</source>
        <translation>no contiene ningún diario de Day One (no hay Journal.json dentro).</translation>
    </message>
    <message>
        <source>holds no Day One journal (no Journal.json and no .doentry files).</source>
        <translation>no contiene ningún diario de Day One (ni Journal.json ni archivos .doentry).</translation>
    </message>
    <message>
        <source>is too large to import.</source>
        <translation>es demasiado grande para importarlo.</translation>
    </message>
    <message>
        <source>is not a readable zip file (%1).</source>
        <translation>no es un archivo zip legible (%1).</translation>
    </message>
    <message>
        <source>the front matter that starts on line 1 has no closing &apos;---&apos; line.</source>
        <translation>al encabezado (front matter) que empieza en la línea 1 le falta la línea de cierre «---».</translation>
    </message>
    <message>
        <source>the front matter line is not &apos;key: value&apos;. Correct it and try again.</source>
        <translation>la línea del encabezado no tiene la forma «clave: valor». Corrígela e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice in the front matter.</source>
        <translation>«%1» aparece dos veces en el encabezado.</translation>
    </message>
    <message>
        <source>a quoted value is not closed properly.</source>
        <translation>un valor entre comillas no está bien cerrado.</translation>
    </message>
    <message>
        <source>a quoted value is not closed.</source>
        <translation>un valor entre comillas no está cerrado.</translation>
    </message>
    <message>
        <source>a quoted value has a broken escape.</source>
        <translation>un valor entre comillas tiene una secuencia de escape incorrecta.</translation>
    </message>
    <message>
        <source>this front matter value is not supported; write it on one line, in quotes.</source>
        <translation>este valor del encabezado no es compatible; escríbelo en una sola línea, entre comillas.</translation>
    </message>
    <message>
        <source>a list in the front matter is not closed with &apos;]&apos;.</source>
        <translation>una lista del encabezado no está cerrada con «]».</translation>
    </message>
    <message>
        <source>nested lists are not supported in front matter.</source>
        <translation>el encabezado no admite listas anidadas.</translation>
    </message>
    <message>
        <source>&apos;tags&apos; in the front matter must be a list.</source>
        <translation>«tags» en el encabezado debe ser una lista.</translation>
    </message>
    <message>
        <source>&apos;date&apos; in the front matter must be a date like 2024-03-01.</source>
        <translation>«date» en el encabezado debe ser una fecha como 2024-03-01.</translation>
    </message>
    <message>
        <source>&apos;starred&apos; in the front matter must be true or false.</source>
        <translation>«starred» en el encabezado debe ser true o false.</translation>
    </message>
    <message>
        <source>holds no Markdown or text files (.md, .markdown, .txt).</source>
        <translation>no contiene archivos de Markdown ni de texto (.md, .markdown, .txt).</translation>
    </message>
    <message>
        <source>the time in the file name %1 is not valid.</source>
        <translation>la hora en el nombre de archivo «%1» no es válida.</translation>
    </message>
    <message>
        <source>has no date. Add a &apos;date: YYYY-MM-DD&apos; front matter line or name the file like 2024-03-01.md.</source>
        <translation>no tiene fecha. Añade una línea «date: AAAA-MM-DD» al encabezado o nombra el archivo como 2024-03-01.md.</translation>
    </message>
    <message>
        <source>the title must be text.</source>
        <translation>el título debe ser texto.</translation>
    </message>
    <message>
        <source>the body must be text.</source>
        <translation>el texto de la entrada debe ser texto.</translation>
    </message>
    <message>
        <source>the text must be text.</source>
        <translation>el texto de la entrada debe ser texto.</translation>
    </message>
    <message>
        <source>the tag must be text.</source>
        <translation>la etiqueta debe ser texto.</translation>
    </message>
    <message>
        <source>the %1 must be text.</source>
        <translation>«%1» debe ser texto.</translation>
    </message>
    <message>
        <source>the %1 contains characters that cannot be saved (broken Unicode).</source>
        <translation>«%1» contiene caracteres que no se pueden guardar (Unicode dañado).</translation>
    </message>
    <message>
        <source>every tag must be text.</source>
        <translation>cada etiqueta debe ser texto.</translation>
    </message>
    <message>
        <source>a tag is longer than %1 characters. Shorten it and try again.</source>
        <translation>una etiqueta tiene más de %1 caracteres. Acórtala e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>the date has no time zone.</source>
        <translation>la fecha no tiene zona horaria.</translation>
    </message>
    <message>
        <source>the date is out of range.</source>
        <translation>la fecha está fuera del rango válido.</translation>
    </message>
    <message>
        <source>%1 is not a date. Write it as YYYY-MM-DD or YYYY-MM-DD HH:MM.</source>
        <translation>«%1» no es una fecha. Escríbela como AAAA-MM-DD o AAAA-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>%1 is not a valid UTC offset.</source>
        <translation>«%1» no es un desfase de UTC válido.</translation>
    </message>
    <message>
        <source>%1 is not a real date (year-month-day). Correct it and try again.</source>
        <translation>«%1» no es una fecha real (año-mes-día). Corrígela e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is not a valid time (hours:minutes). Correct it and try again.</source>
        <translation>«%1» no es una hora válida (horas:minutos). Corrígela e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>A partner&apos;s name can be at most %1 characters.</source>
        <translation>El nombre de tu pareja puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A partner&apos;s name cannot contain control characters.</source>
        <translation>El nombre de tu pareja no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>That is this profile&apos;s own share code. Add your partner&apos;s code instead.</source>
        <translation>Ese es el código para compartir de este mismo perfil. Añade en su lugar el código de tu pareja.</translation>
    </message>
    <message>
        <source>That is not a HeartLog share code. It starts with &apos;heartlog-share-&apos;; paste the whole code or choose the share-code file.</source>
        <translation>Eso no es un código para compartir de HeartLog. Empieza por «heartlog-share-»; pega el código completo o elige el archivo del código.</translation>
    </message>
    <message>
        <source>This share code is version %1, which this HeartLog cannot read. Update HeartLog on both computers.</source>
        <translation>Este código para compartir es de la versión %1, que este HeartLog no puede leer. Actualiza HeartLog en ambos equipos.</translation>
    </message>
    <message>
        <source>The share code has a typing or copy mistake (its checksum does not match). Copy it again, whole, from your partner.</source>
        <translation>El código para compartir tiene un error de escritura o de copia (su suma de verificación no coincide). Vuelve a copiarlo completo de tu pareja.</translation>
    </message>
    <message>
        <source>The share code is damaged. Copy it again, whole, from your partner.</source>
        <translation>El código para compartir está dañado. Vuelve a copiarlo completo de tu pareja.</translation>
    </message>
    <message>
        <source>%1 is too large to be a share-code file.</source>
        <translation>%1 es demasiado grande para ser un archivo de código para compartir.</translation>
    </message>
    <message>
        <source>%1 is too large to be a share bundle.</source>
        <translation>%1 es demasiado grande para ser un paquete compartido.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>No partner yet. Add your partner&apos;s share code first (heartlog partner add).</source>
        <translation>Todavía no hay pareja. Añade primero el código para compartir de tu pareja (heartlog partner add).</translation>
    </message>
    <message>
        <source>That partner is no longer in this profile.</source>
        <translation>Esa pareja ya no está en este perfil.</translation>
    </message>
    <message>
        <source>There are several partners (%1); say which one.</source>
        <translation>Hay varias parejas (%1); indica cuál.</translation>
    </message>
    <message>
        <source>No single partner is called %1. Partners: %2.</source>
        <translation>No hay una única pareja llamada «%1». Parejas: %2.</translation>
    </message>
    <message>
        <source>No entries were chosen, so there is nothing to export.</source>
        <translation>No se eligió ninguna entrada, así que no hay nada que exportar.</translation>
    </message>
    <message>
        <source>Choose which entries: by ids, a tag, the entries marked for sharing, or a date range.</source>
        <translation>Elige qué entradas: por id, por etiqueta, las marcadas para compartir o un intervalo de fechas.</translation>
    </message>
    <message>
        <source>The reflection is empty: write what you heard first.</source>
        <translation>La reflexión está vacía: escribe primero lo que escuchaste.</translation>
    </message>
    <message>
        <source>A reflection can be at most %1 characters long.</source>
        <translation>Una reflexión puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>That entry is not among the entries your partner shared, so it cannot get a reflection.</source>
        <translation>Esa entrada no está entre las que compartió tu pareja, así que no puede recibir una reflexión.</translation>
    </message>
    <message>
        <source>Only your own reflections can be changed.</source>
        <translation>Solo puedes cambiar tus propias reflexiones.</translation>
    </message>
    <message>
        <source>Only your own reflections can be deleted.</source>
        <translation>Solo puedes eliminar tus propias reflexiones.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Choose an existing folder.</source>
        <translation>%1 no es una carpeta. Elige una carpeta existente.</translation>
    </message>
    <message>
        <source>No share folder is set. Choose one first (heartlog share-folder FOLDER).</source>
        <translation>No hay ninguna carpeta compartida configurada. Elige una primero (heartlog share-folder CARPETA).</translation>
    </message>
    <message>
        <source>The share folder %1 is not there. Connect it or choose another one.</source>
        <translation>La carpeta compartida %1 no está disponible. Conéctala o elige otra.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, entrada %2</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>HeartLog hit a problem</source>
        <translation>HeartLog tuvo un problema</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What you wrote has been saved as far as possible and HeartLog keeps running. If this happens again, please send the details below with a short description of what you were doing. They contain no journal text.</source>
        <translation>Algo inesperado salió mal. Lo que escribiste se guardó en la medida de lo posible y HeartLog sigue funcionando. Si vuelve a pasar, envía los detalles de abajo con una breve descripción de lo que estabas haciendo. No contienen ningún texto de tu diario.</translation>
    </message>
    <message>
        <source>The log file is %1.</source>
        <translation>El archivo de registro es %1.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>How each day felt</source>
        <translation>Cómo se sintió cada día</translation>
    </message>
    <message>
        <source>This week, from your words</source>
        <translation>Esta semana, según tus palabras</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
    <message>
        <source>Your mood rating</source>
        <translation>Tu valoración del ánimo</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bueno</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixto</translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Good moments for each difficult one</source>
        <translation>Momentos buenos por cada uno difícil</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>{value} to 1</source>
        <translation>{value} a 1</translation>
    </message>
    <message>
        <source>only good moments</source>
        <translation>solo momentos buenos</translation>
    </message>
    <message>
        <source>no good moments</source>
        <translation>ningún momento bueno</translation>
    </message>
    <message>
        <source>nothing written</source>
        <translation>nada escrito</translation>
    </message>
    <message>
        <source>5 to 1: a healthy balance</source>
        <translation>5 a 1: un equilibrio sano</translation>
    </message>
    <message>
        <source>What came up</source>
        <translation>Temas que surgieron</translation>
    </message>
    <message>
        <source>in difficult moments</source>
        <translation>en momentos difíciles</translation>
    </message>
    <message>
        <source>in good moments</source>
        <translation>en momentos buenos</translation>
    </message>
    <message>
        <source>Practices you wrote about</source>
        <translation>Prácticas sobre las que escribiste</translation>
    </message>
    <message>
        <source>No entries from prompts this week</source>
        <translation>Esta semana no escribiste a partir de ninguna propuesta</translation>
    </message>
    <message>
        <source>No entries this week yet</source>
        <translation>Todavía no hay entradas esta semana</translation>
    </message>
</context>
<context>
    <name>DashboardSummary</name>
    <message>
        <source>You didn&apos;t write this week.</source>
        <translation>Esta semana no escribiste.</translation>
    </message>
    <message>
        <source>You wrote {count_text} times this week (last week: {previous_text}).</source>
        <translation>Esta semana escribiste {count_text} veces (la semana pasada: {previous_text}).</translation>
    </message>
    <message>
        <source>You wrote once this week (last week: {previous_text}).</source>
        <translation>Esta semana escribiste una vez (la semana pasada: {previous_text}).</translation>
    </message>
    <message>
        <source>Overall the week felt {tone_text}.</source>
        <translation>En general, la semana fue {tone_text}.</translation>
    </message>
    <message>
        <source>{weekday} felt best.</source>
        <translation>El mejor día fue el {weekday}.</translation>
    </message>
    <message>
        <source>{weekday} was the hardest day.</source>
        <translation>El día más difícil fue el {weekday}.</translation>
    </message>
    <message>
        <source>There were {value_text} good moments for every difficult one (a healthy balance is 5 or more).</source>
        <translation>Los momentos buenos y los difíciles estuvieron en una proporción de {value_text} a 1 (un equilibrio sano es de 5 a 1 o más).</translation>
    </message>
    <message>
        <source>Difficult moments outnumbered good ones: {value_text} good moments for every difficult one (a healthy balance is 5 or more).</source>
        <translation>Hubo más momentos difíciles que buenos: una proporción de {value_text} a 1 (un equilibrio sano es de 5 a 1 o más).</translation>
    </message>
    <message>
        <source>You wrote about {positive_text} good moments and no difficult ones.</source>
        <translation>Escribiste sobre momentos buenos ({positive_text}) y ninguno difícil.</translation>
    </message>
    <message>
        <source>You wrote about {negative_text} difficult moments and no good ones.</source>
        <translation>Escribiste sobre momentos difíciles ({negative_text}) y ninguno bueno.</translation>
    </message>
    <message>
        <source>{label} came up {count_text} times, {how_text}.</source>
        <translation>El tema «{label}» apareció {count_text} veces, {how_text}.</translation>
    </message>
    <message>
        <source>{label} came up once, {how_text}.</source>
        <translation>El tema «{label}» apareció una vez, {how_text}.</translation>
    </message>
    <message>
        <source>Conflict about {theme_text} keeps coming back without being resolved (since {since_text}); something to try: {practice_text}.</source>
        <translation>El conflicto sobre {theme_text} vuelve una y otra vez sin resolverse (desde el {since_text}); algo que puedes probar: «{practice_text}».</translation>
    </message>
    <message>
        <source>You resolved the recurring conflict about {theme_text} this week.</source>
        <translation>Esta semana resolviste el conflicto recurrente sobre {theme_text}.</translation>
    </message>
    <message>
        <source>{count_text} entries were not analysed because they are not in English.</source>
        <translation>{count_text} entradas no se analizaron porque no están en inglés.</translation>
    </message>
    <message>
        <source>One entry was not analysed because it is not in English.</source>
        <translation>Una entrada no se analizó porque no está en inglés.</translation>
    </message>
    <message>
        <source>mostly positive</source>
        <translation>más bien positiva</translation>
    </message>
    <message>
        <source>somewhat positive</source>
        <translation>algo positiva</translation>
    </message>
    <message>
        <source>calm or mixed</source>
        <translation>tranquila o variada</translation>
    </message>
    <message>
        <source>somewhat difficult</source>
        <translation>algo difícil</translation>
    </message>
    <message>
        <source>difficult</source>
        <translation>difícil</translation>
    </message>
    <message>
        <source>mostly in good moments</source>
        <translation>sobre todo en momentos buenos</translation>
    </message>
    <message>
        <source>mostly in difficult moments</source>
        <translation>sobre todo en momentos difíciles</translation>
    </message>
    <message>
        <source>in good and difficult moments</source>
        <translation>en momentos buenos y difíciles</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save as image (PNG)…</source>
        <translation>Guardar como imagen (PNG)…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Preparing the week…</source>
        <translation>Preparando la semana…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <source>The week could not be prepared because of an error. Details are in the log.</source>
        <translation>No se pudo preparar la semana por un error. Encontrarás los detalles en el registro.</translation>
    </message>
    <message>
        <source>Every prompt for this practice is hidden; show some again first.</source>
        <translation>Todas las propuestas de esta práctica están ocultas; primero vuelve a mostrar alguna.</translation>
    </message>
    <message>
        <source>Save the week as an image</source>
        <translation>Guardar la semana como imagen</translation>
    </message>
    <message>
        <source>Save the week as a PDF</source>
        <translation>Guardar la semana como PDF</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The export failed because of an error. Details are in the log.</source>
        <translation>La exportación falló por un error. Encontrarás los detalles en el registro.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>DashboardWords</name>
    <message>
        <source>money</source>
        <translation>el dinero</translation>
    </message>
    <message>
        <source>chores</source>
        <translation>las tareas del hogar</translation>
    </message>
    <message>
        <source>family</source>
        <translation>la familia</translation>
    </message>
    <message>
        <source>work</source>
        <translation>el trabajo</translation>
    </message>
    <message>
        <source>affection</source>
        <translation>el afecto y la intimidad</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>la comunicación</translation>
    </message>
    <message>
        <source>parenting</source>
        <translation>la crianza</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>la confianza</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>los planes</translation>
    </message>
    <message>
        <source>health</source>
        <translation>la salud</translation>
    </message>
    <message>
        <source>getting more intense</source>
        <translation>va en aumento</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>sigue más o menos igual</translation>
    </message>
    <message>
        <source>easing off</source>
        <translation>se va calmando</translation>
    </message>
    <message>
        <source>It has been getting more intense lately.</source>
        <translation>Últimamente ha ido en aumento.</translation>
    </message>
    <message>
        <source>It has stayed about the same.</source>
        <translation>Se ha mantenido más o menos igual.</translation>
    </message>
    <message>
        <source>It has been easing off.</source>
        <translation>Se ha ido calmando.</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>day and month name</comment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>day and short month name</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d</source>
        <comment>day of the month alone: 16 to 22 November</comment>
        <translation>d</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 al %2</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation>Semana %1: %2</translation>
    </message>
    <message>
        <source>%1: keeps coming back</source>
        <translation>%1: vuelve una y otra vez</translation>
    </message>
    <message>
        <source>%1: resolved on %2</source>
        <translation>%1: se resolvió el %2</translation>
    </message>
    <message>
        <source>%1: resolved</source>
        <translation>%1: se resolvió</translation>
    </message>
    <message>
        <source>Conflict on %1 days, %2.</source>
        <translation>Conflicto en %1 días, %2.</translation>
    </message>
    <message>
        <source>Severity: %1.</source>
        <translation>Gravedad: %1.</translation>
    </message>
    <message>
        <source>%1, made up</source>
        <translation>%1, reconciliación</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <comment>day: quoted sentence</comment>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>Something to try: %1. %2</source>
        <translation>Algo que puedes probar: %1. %2</translation>
    </message>
    <message>
        <source>The week in a few words</source>
        <translation>La semana en pocas palabras</translation>
    </message>
    <message>
        <source>Patterns to look at</source>
        <translation>Patrones a tener en cuenta</translation>
    </message>
    <message>
        <source>Nothing keeps coming back right now.</source>
        <translation>Ahora mismo no hay nada que se repita.</translation>
    </message>
    <message>
        <source>HeartLog. Private: this file is not encrypted; keep it somewhere safe.</source>
        <translation>HeartLog. Privado: este archivo no está cifrado; guárdalo en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>EmptyWeek</name>
    <message>
        <source>Write an entry</source>
        <translation>Escribir una entrada</translation>
    </message>
    <message>
        <source>Go to this week</source>
        <translation>Ir a esta semana</translation>
    </message>
    <message>
        <source>No entries this week yet</source>
        <translation>Todavía no hay entradas esta semana</translation>
    </message>
    <message>
        <source>Write a few lines about how your week is going. Once there are entries, this page shows how the week felt, what came up, and what keeps coming back.</source>
        <translation>Escribe unas líneas sobre cómo va tu semana. Cuando haya entradas, esta página mostrará cómo se sintió la semana, qué temas surgieron y qué se repite.</translation>
    </message>
    <message>
        <source>Nothing written that week</source>
        <translation>No escribiste nada esa semana</translation>
    </message>
    <message>
        <source>There are no entries in this week. Pick another week above, or write about today.</source>
        <translation>No hay entradas en esta semana. Elige otra semana arriba o escribe sobre hoy.</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>compartida</translation>
    </message>
    <message>
        <source>to share</source>
        <translation>por compartir</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>Título de la entrada</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Fecha de la entrada</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>E&amp;stado de ánimo:</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Write here. Everything is saved as you type.</source>
        <translation>Escribe aquí. Todo se guarda mientras escribes.</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>1 · very low</source>
        <translation>1 · muy bajo</translation>
    </message>
    <message>
        <source>2 · low</source>
        <translation>2 · bajo</translation>
    </message>
    <message>
        <source>3 · okay</source>
        <translation>3 · regular</translation>
    </message>
    <message>
        <source>4 · good</source>
        <translation>4 · bueno</translation>
    </message>
    <message>
        <source>5 · very good</source>
        <translation>5 · muy bueno</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message>
        <source>mood %1 of 5</source>
        <translation>ánimo %1 de 5</translation>
    </message>
    <message>
        <source>analysed mood %1 (from -1 to +1)</source>
        <translation>ánimo analizado %1 (de -1 a +1)</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>etiquetas: %1</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>compartida</translation>
    </message>
</context>
<context>
    <name>EvidenceLink</name>
    <message>
        <source>Open this entry at this sentence</source>
        <translation>Abrir esta entrada en esta frase</translation>
    </message>
    <message>
        <source>Opens the entry at this sentence</source>
        <translation>Abre la entrada en esta frase</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the whole journal</source>
        <translation>Exportar todo el diario</translation>
    </message>
    <message>
        <source>One JSON file: everything, and it can be imported back</source>
        <translation>Un archivo JSON: lo contiene todo y se puede volver a importar</translation>
    </message>
    <message>
        <source>A folder of Markdown files, one per entry, readable anywhere</source>
        <translation>Una carpeta de archivos Markdown, uno por entrada, que se leen en cualquier lugar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Exported files are not encrypted: anyone who can open them can read them.</source>
        <translation>Los archivos exportados no están cifrados: cualquiera que pueda abrirlos podrá leerlos.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exportar como JSON</translation>
    </message>
    <message>
        <source>HeartLog journal %1</source>
        <translation>Diario de HeartLog %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose where to create the Markdown folder</source>
        <translation>Elige dónde crear la carpeta de Markdown</translation>
    </message>
    <message>
        <source>Exporting entries…</source>
        <translation>Exportando entradas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}.</source>
        <translation>Se exportaron {count} entradas a {path}.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation>Se canceló la exportación. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>&amp;Prompts</source>
        <translation>&amp;Propuestas</translation>
    </message>
    <message>
        <source>&amp;Sharing</source>
        <translation>&amp;Compartir</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a journal</source>
        <translation>Importar un diario</translation>
    </message>
    <message>
        <source>A jrnl file, a Day One export, a folder…</source>
        <translation>Un archivo de jrnl, una exportación de Day One, una carpeta…</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>jrnl journal (text)</source>
        <translation>Diario de jrnl (texto)</translation>
    </message>
    <message>
        <source>jrnl JSON export</source>
        <translation>Exportación JSON de jrnl</translation>
    </message>
    <message>
        <source>Day One (JSON export, zip or .doentry folder)</source>
        <translation>Day One (exportación JSON, zip o carpeta .doentry)</translation>
    </message>
    <message>
        <source>Folder of Markdown or text files</source>
        <translation>Carpeta de archivos Markdown o de texto</translation>
    </message>
    <message>
        <source>HeartLog JSON export</source>
        <translation>Exportación JSON de HeartLog</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>Diario:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Choose a journal to see what it holds.</source>
        <translation>Elige un diario para ver qué contiene.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Choose a journal file</source>
        <translation>Elige un archivo de diario</translation>
    </message>
    <message>
        <source>Journals (*.txt *.json *.zip *.doentry *.md);;All files (*)</source>
        <translation>Diarios (*.txt *.json *.zip *.doentry *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a journal folder</source>
        <translation>Elige una carpeta de diario</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Leyendo el diario…</translation>
    </message>
    <message>
        <source>This journal has no entries.</source>
        <translation>Este diario no tiene entradas.</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %Ln, from {first} to {last}.</source>
        <translation>
            <numerusform>%Ln entrada, del {first} al {last}.</numerusform>
            <numerusform>%Ln entradas, del {first} al {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{new} new, {skipped} already in your journal.</source>
        <translation>Nuevas: {new}; ya en tu diario: {skipped}.</translation>
    </message>
    <message numerus="yes">
        <source>Entries with an unknown time zone: %Ln. Their times are kept in UTC.</source>
        <translation>
            <numerusform>%Ln entrada tiene una zona horaria desconocida. Su hora se conserva en UTC.</numerusform>
            <numerusform>%Ln entradas tienen una zona horaria desconocida. Sus horas se conservan en UTC.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing entries…</source>
        <translation>Importando entradas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Imported {imported} entries, skipped {skipped} already present.</source>
        <translation>Se importaron {imported} entradas; se omitieron {skipped} que ya estaban.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Se canceló la importación. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Search what your partner shared</source>
        <translation>Buscar en lo que compartió tu pareja</translation>
    </message>
    <message>
        <source>What I heard is…</source>
        <translation>Lo que entendí es…</translation>
    </message>
    <message>
        <source>Save reflection</source>
        <translation>Guardar reflexión</translation>
    </message>
    <message>
        <source>Nothing shared with you yet. Your partner&apos;s entries appear here.</source>
        <translation>Aquí aparecerán las entradas que tu pareja comparta contigo. Todavía no hay ninguna.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>From partner</source>
        <translation>De tu pareja</translation>
    </message>
    <message>
        <source>Your reflections</source>
        <translation>Tus reflexiones</translation>
    </message>
    <message>
        <source>Your reflection goes to %1 with your next share.</source>
        <translation>Tu reflexión le llegará a %1 la próxima vez que compartas.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Unlock your journal to see your week.</source>
        <translation>Desbloquea tu diario para ver tu semana.</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Resumen</translation>
    </message>
</context>
<context>
    <name>Interop</name>
    <message>
        <source>Nothing was imported, because this journal has a problem.</source>
        <translation>No se importó nada porque este diario tiene un problema.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>That folder already exists and is not empty. Choose a new folder name.</source>
        <translation>Esa carpeta ya existe y no está vacía. Elige otro nombre de carpeta.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was changed; details are in the log.</source>
        <translation>Algo salió mal (%1). No se cambió nada; los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>InteropFeature</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Bring in entries from jrnl, Day One or Markdown</source>
        <translation>Importar entradas de jrnl, Day One o Markdown</translation>
    </message>
    <message>
        <source>&amp;Export journal…</source>
        <translation>E&amp;xportar diario…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
</context>
<context>
    <name>JournalController</name>
    <message>
        <source>This entry is not saved yet, so it stays open. HeartLog keeps trying.</source>
        <translation>Esta entrada todavía no está guardada, así que sigue abierta. HeartLog sigue intentándolo.</translation>
    </message>
    <message>
        <source>Entry deleted. Press Ctrl+Z or choose Edit › Undo delete to bring it back.</source>
        <translation>Entrada eliminada. Usa Ctrl+Z o elige Editar › Deshacer eliminación para recuperarla.</translation>
    </message>
    <message>
        <source>The entry is back.</source>
        <translation>La entrada se recuperó.</translation>
    </message>
    <message>
        <source>Saving works again; everything is saved.</source>
        <translation>Ya se puede guardar otra vez; todo está guardado.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <source>entries this week (last week: %1)</source>
        <translation>entradas esta semana (la semana pasada: %1)</translation>
    </message>
    <message>
        <source>%1 to 1</source>
        <translation>%1 a 1</translation>
    </message>
    <message>
        <source>all good</source>
        <translation>todos buenos</translation>
    </message>
    <message>
        <source>none good</source>
        <translation>ninguno bueno</translation>
    </message>
    <message>
        <source>good moments for each difficult one (5 to 1 is a healthy balance)</source>
        <translation>momentos buenos por cada uno difícil (5 a 1 es un equilibrio sano)</translation>
    </message>
    <message>
        <source>felt best</source>
        <translation>fue el mejor día</translation>
    </message>
    <message>
        <source>best day</source>
        <translation>mejor día</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>HeartLog is locked</source>
        <translation>HeartLog está bloqueado</translation>
    </message>
    <message>
        <source>The journal of %1 is closed. Unlock it to go on writing.</source>
        <translation>El diario de %1 está cerrado. Desbloquéalo para seguir escribiendo.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
        <source>&amp;Other profile…</source>
        <translation>&amp;Otro perfil…</translation>
    </message>
</context>
<context>
    <name>LoveLanguagesDialog</name>
    <message>
        <source>Love languages</source>
        <translation>Lenguajes del amor</translation>
    </message>
    <message>
        <source>I feel loved when my partner tells me what they appreciate about me.</source>
        <translation>Siento el amor de mi pareja cuando me dice lo que valora de mí.</translation>
    </message>
    <message>
        <source>A heartfelt note or message from my partner stays with me for days.</source>
        <translation>Una nota o un mensaje sincero de mi pareja me acompaña durante días.</translation>
    </message>
    <message>
        <source>Hearing “I&apos;m proud of you” from my partner means a great deal to me.</source>
        <translation>Que mi pareja me diga «Me llenas de orgullo» significa muchísimo para mí.</translation>
    </message>
    <message>
        <source>Kind words after a hard day lift me more than almost anything.</source>
        <translation>Unas palabras amables después de un día difícil me animan más que casi cualquier otra cosa.</translation>
    </message>
    <message>
        <source>I feel loved when we spend an evening together with our full attention.</source>
        <translation>Siento el amor de mi pareja cuando compartimos una velada prestándonos toda la atención.</translation>
    </message>
    <message>
        <source>A long walk or a talk with no phones around makes me feel close.</source>
        <translation>Un paseo largo o una charla sin teléfonos cerca me hace sentir cercanía.</translation>
    </message>
    <message>
        <source>What I treasure most is unhurried time with my partner.</source>
        <translation>Lo que más valoro es el tiempo sin prisas con mi pareja.</translation>
    </message>
    <message>
        <source>I feel hurt when our time together keeps being interrupted.</source>
        <translation>Me duele que el tiempo que compartimos se interrumpa una y otra vez.</translation>
    </message>
    <message>
        <source>I feel loved when my partner takes a task off my plate unasked.</source>
        <translation>Siento el amor de mi pareja cuando me quita una tarea de encima sin que se lo pida.</translation>
    </message>
    <message>
        <source>When my partner helps with something I have been dreading, I feel cared for.</source>
        <translation>Cuando mi pareja me ayuda con algo que me costaba mucho afrontar, siento que me cuida.</translation>
    </message>
    <message>
        <source>A practical favour says “I love you” to me more than words do.</source>
        <translation>Un favor práctico me dice «te quiero» más que las palabras.</translation>
    </message>
    <message>
        <source>It means a lot when my partner notices what needs doing and just does it.</source>
        <translation>Significa mucho para mí que mi pareja vea lo que hay que hacer y simplemente lo haga.</translation>
    </message>
    <message>
        <source>A small, thoughtful gift shows me that my partner was thinking of me.</source>
        <translation>Un regalo pequeño y pensado con cariño me muestra que mi pareja pensaba en mí.</translation>
    </message>
    <message>
        <source>I treasure the little keepsakes and surprises my partner brings me.</source>
        <translation>Atesoro los pequeños recuerdos y las sorpresas que me trae mi pareja.</translation>
    </message>
    <message>
        <source>A present chosen just for me makes me feel truly known.</source>
        <translation>Un regalo elegido solo para mí me hace sentir que mi pareja me conoce de verdad.</translation>
    </message>
    <message>
        <source>I feel loved when my partner marks a special day with a token.</source>
        <translation>Siento el amor de mi pareja cuando celebra un día especial con un detalle.</translation>
    </message>
    <message>
        <source>I feel loved when my partner hugs me or holds my hand.</source>
        <translation>Siento el amor de mi pareja cuando me abraza o me toma de la mano.</translation>
    </message>
    <message>
        <source>Sitting close together makes me feel connected.</source>
        <translation>Sentarnos muy cerca me hace sentir en conexión.</translation>
    </message>
    <message>
        <source>A touch on the arm when I&apos;m stressed comforts me more than words.</source>
        <translation>Una caricia en el brazo en un momento de estrés me reconforta más que las palabras.</translation>
    </message>
    <message>
        <source>I feel distant when there is little physical affection between us.</source>
        <translation>Siento distancia cuando hay poco contacto físico entre mi pareja y yo.</translation>
    </message>
    <message>
        <source>For each pair, choose the statement that fits you better, even if both do. There are no right answers; this stays in your journal. Prompts about the love languages that matter most to you (and to your partner) come up more often.</source>
        <translation>En cada par, elige la frase que mejor te describe, aunque encajen las dos. No hay respuestas correctas; esto se queda en tu diario. Las propuestas sobre los lenguajes del amor que más importan para ti (y para tu pareja) aparecerán con más frecuencia.</translation>
    </message>
    <message>
        <source>Pair %1 of %2</source>
        <translation>Par %1 de %2</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>My partner&apos;s love language:</source>
        <translation>El lenguaje del amor de mi pareja:</translation>
    </message>
    <message>
        <source>Your love languages: %1</source>
        <translation>Tus lenguajes del amor: %1</translation>
    </message>
    <message>
        <source>%1 of %2 pairs answered.</source>
        <translation>%1 de %2 pares respondidos.</translation>
    </message>
    <message>
        <source>Your last result: %1</source>
        <translation>Tu último resultado: %1</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Switch profile…</source>
        <translation>&amp;Cambiar de perfil…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>&amp;Eliminar entrada</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>&amp;Ir a la fecha…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;About HeartLog</source>
        <translation>&amp;Acerca de HeartLog</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — HeartLog</source>
        <translation>%1 — HeartLog</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message numerus="yes">
        <source>HeartLog closed before your last words were saved. They have been restored into %n entry(ies).</source>
        <translation>
            <numerusform>HeartLog se cerró antes de guardar tus últimas palabras. Se recuperaron en %n entrada.</numerusform>
            <numerusform>HeartLog se cerró antes de guardar tus últimas palabras. Se recuperaron en %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed; your journal is fine. See Tools &gt; Backups.</source>
        <translation>La copia de seguridad automática de hoy falló; tu diario está bien. Consulta Herramientas &gt; Copias de seguridad.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>HeartLog cannot save right now (the disk may be full), so the last words of this entry would be lost. Keep the window open and free some space?</source>
        <translation>HeartLog no puede guardar en este momento (puede que el disco esté lleno), así que se perderían las últimas palabras de esta entrada. ¿Quieres mantener la ventana abierta y liberar algo de espacio?</translation>
    </message>
</context>
<context>
    <name>MarkForSharingAction</name>
    <message>
        <source>Mark for sharing</source>
        <translation>Marcar para compartir</translation>
    </message>
    <message>
        <source>Tick this entry so it can be shared with your partner</source>
        <translation>Marca esta entrada para poder compartirla con tu pareja</translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New profile — HeartLog</source>
        <translation>Nuevo perfil — HeartLog</translation>
    </message>
    <message>
        <source>Each person keeps their own journal, locked with their own passphrase. Nobody else on this computer can read it.</source>
        <translation>Cada persona tiene su propio diario, protegido con su propia frase de contraseña. Nadie más en este equipo puede leerlo.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Your first name, for example</source>
        <translation>Tu nombre, por ejemplo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>S&amp;how passphrase</source>
        <translation>&amp;Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Parece que Bloq Mayús está activado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no way to recover a lost passphrase.&lt;/b&gt; Your journal is encrypted with it; without it, nobody can open the journal again. Write it down somewhere safe.</source>
        <translation>&lt;b&gt;No hay forma de recuperar una frase de contraseña perdida.&lt;/b&gt; Tu diario está cifrado con ella; sin ella, nadie podrá volver a abrirlo. Anótala en un lugar seguro.</translation>
    </message>
    <message>
        <source>I &amp;understand that a lost passphrase cannot be recovered.</source>
        <translation>&amp;Entiendo que una frase de contraseña perdida no se puede recuperar.</translation>
    </message>
    <message>
        <source>Acknowledge that a lost passphrase cannot be recovered</source>
        <translation>Confirmar que una frase de contraseña perdida no se puede recuperar</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Crear perfil</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Ponle un nombre al perfil.</translation>
    </message>
    <message>
        <source>A profile with this name already exists. Choose another name.</source>
        <translation>Ya existe un perfil con este nombre. Elige otro nombre.</translation>
    </message>
    <message numerus="yes">
        <source>Use a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Usa una frase de contraseña de al menos %n carácter.</numerusform>
            <numerusform>Usa una frase de contraseña de al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <source>Tick the box to confirm you understand the passphrase cannot be recovered.</source>
        <translation>Marca la casilla para confirmar que entiendes que la frase de contraseña no se puede recuperar.</translation>
    </message>
    <message>
        <source>Very weak: easy to guess.</source>
        <translation>Muy débil: fácil de adivinar.</translation>
    </message>
    <message>
        <source>Weak: add more unrelated words.</source>
        <translation>Débil: añade más palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>Aceptable: con una o dos palabras más sería segura.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Buena.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Segura.</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Seguridad: %1</translation>
    </message>
    <message>
        <source>Tip: a few unrelated words, like a short odd sentence, are strong and easy to remember.</source>
        <translation>Consejo: unas cuantas palabras sin relación entre sí, como una frase corta y curiosa, son seguras y fáciles de recordar.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>PatternCard</name>
    <message>
        <source>Lately: %1.</source>
        <translation>Últimamente: %1.</translation>
    </message>
    <message>
        <source>What you wrote (click to open the entry):</source>
        <translation>Lo que escribiste (haz clic para abrir la entrada):</translation>
    </message>
    <message>
        <source>Show all %1 sentences</source>
        <translation>Mostrar las %1 frases</translation>
    </message>
    <message>
        <source>Something to try: %1</source>
        <translation>Algo que puedes probar: %1</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Escribir sobre esto</translation>
    </message>
    <message>
        <source>Open a writing prompt from the suggested practice</source>
        <translation>Abrir una propuesta de escritura de la práctica sugerida</translation>
    </message>
</context>
<context>
    <name>ProfilePickerDialog</name>
    <message>
        <source>Choose a profile — HeartLog</source>
        <translation>Elige un perfil — HeartLog</translation>
    </message>
    <message>
        <source>Whose journal do you want to open?</source>
        <translation>¿De quién es el diario que quieres abrir?</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>PromptBadge</name>
    <message>
        <source>Written for the prompt: “%1”</source>
        <translation>Escrita a partir de la propuesta: «%1»</translation>
    </message>
    <message>
        <source>%1 — why this helps: %2</source>
        <translation>%1 — por qué ayuda: %2</translation>
    </message>
</context>
<context>
    <name>PromptBrowser</name>
    <message>
        <source>Browse prompts</source>
        <translation>Explorar propuestas</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>All practices</source>
        <translation>Todas las prácticas</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>Any depth</source>
        <translation>Cualquier profundidad</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Solo favoritas</translation>
    </message>
    <message>
        <source>Show hidden prompts</source>
        <translation>Mostrar propuestas ocultas</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <source>Don&apos;t show again</source>
        <translation>No volver a mostrar</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Escribir sobre esto</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n propuesta</numerusform>
            <numerusform>%n propuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculta)</translation>
    </message>
    <message>
        <source>Why this helps: %1</source>
        <translation>Por qué ayuda: %1</translation>
    </message>
    <message>
        <source>To go further:</source>
        <translation>Para profundizar:</translation>
    </message>
    <message>
        <source>Helps with: %1</source>
        <translation>Ayuda con: %1</translation>
    </message>
    <message>
        <source>Love language: %1</source>
        <translation>Lenguaje del amor: %1</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>Favourite</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Escribir sobre esto</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>Otra propuesta</translation>
    </message>
    <message>
        <source>Don&apos;t show again</source>
        <translation>No volver a mostrar</translation>
    </message>
    <message>
        <source>Hide this prompt for good. You can show it again from Browse prompts.</source>
        <translation>Oculta esta propuesta para siempre. Puedes volver a mostrarla desde Explorar propuestas.</translation>
    </message>
    <message>
        <source>Browse prompts…</source>
        <translation>Explorar propuestas…</translation>
    </message>
    <message>
        <source>No prompt today</source>
        <translation>Hoy no hay propuesta</translation>
    </message>
    <message>
        <source>Every prompt is hidden. Use Browse prompts to show some again.</source>
        <translation>Todas las propuestas están ocultas. Usa Explorar propuestas para volver a mostrar alguna.</translation>
    </message>
    <message>
        <source>Why this helps: %1</source>
        <translation>Por qué ayuda: %1</translation>
    </message>
    <message>
        <source>To go further:</source>
        <translation>Para profundizar:</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorita</translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation>☆ Añadir a favoritas</translation>
    </message>
</context>
<context>
    <name>PromptDepth</name>
    <message>
        <source>Light</source>
        <translation>Ligera</translation>
    </message>
    <message>
        <source>Deeper</source>
        <translation>Más profunda</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Profunda</translation>
    </message>
</context>
<context>
    <name>PromptsFeature</name>
    <message>
        <source>&amp;Show today&apos;s prompt</source>
        <translation>&amp;Mostrar la propuesta de hoy</translation>
    </message>
    <message>
        <source>&amp;Browse prompts…</source>
        <translation>&amp;Explorar propuestas…</translation>
    </message>
    <message>
        <source>&amp;Love languages…</source>
        <translation>&amp;Lenguajes del amor…</translation>
    </message>
    <message>
        <source>Daily &amp;reminder…</source>
        <translation>&amp;Recordatorio diario…</translation>
    </message>
</context>
<context>
    <name>ReflectionsPanel</name>
    <message>
        <source>%1 reflected (%2):</source>
        <translation>Reflexión de %1 (%2):</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Connection time reminder</source>
        <translation>Recordatorio del tiempo para conectar</translation>
    </message>
    <message>
        <source>A gentle daily nudge to spend a little undistracted time together. It appears while HeartLog is running.</source>
        <translation>Un suave recordatorio diario para pasar un rato en pareja sin distracciones. Aparece mientras HeartLog está abierto.</translation>
    </message>
    <message>
        <source>Remind me every day</source>
        <translation>Recordármelo todos los días</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so the reminder will appear in HeartLog&apos;s window instead.</source>
        <translation>Tu escritorio no tiene bandeja del sistema, así que el recordatorio aparecerá en la ventana de HeartLog.</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>Hora:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Journal Damaged</source>
        <translation>Diario dañado</translation>
    </message>
    <message>
        <source>The journal of “%1” is damaged and cannot be opened. HeartLog has not changed it.</source>
        <translation>El diario de «%1» está dañado y no se puede abrir. HeartLog no lo modificó.</translation>
    </message>
    <message>
        <source>Restore This Backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <source>Choose Backup Folder…</source>
        <translation>Elegir la carpeta de las copias…</translation>
    </message>
    <message>
        <source>No verified backup was found in %1. If your backups are in another folder (another disk, a synced folder), choose it.</source>
        <translation>No se encontró ninguna copia de seguridad verificada en %1. Si tus copias están en otra carpeta (otro disco, una carpeta sincronizada), elígela.</translation>
    </message>
    <message>
        <source>The newest verified backup is from %1, %2 old. Restoring it brings back your journal as it was then; anything written after it is not in it. The damaged file is kept in the profile folder, not deleted.</source>
        <translation>La copia de seguridad verificada más reciente es del %1, de hace %2. Al restaurarla, tu diario vuelve a estar como estaba entonces; lo que escribiste después no estará. El archivo dañado se conserva en la carpeta del perfil; no se elimina.</translation>
    </message>
    <message>
        <source>Choose the Backup Folder</source>
        <translation>Elige la carpeta de las copias de seguridad</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Comprobando y restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>The disk could not be written. Free some space and try again.</source>
        <translation>No se pudo escribir en el disco. Libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The restore failed unexpectedly; nothing was changed.</source>
        <translation>La restauración falló de forma inesperada; no se modificó nada.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search entries (Ctrl+F)</source>
        <translation>Buscar entradas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Buscar entradas</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Número de entradas mostradas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — HeartLog</source>
        <translation>Configuración — HeartLog</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Minutos de inactividad antes de bloquear</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Tamaño de letra del editor</translation>
    </message>
    <message>
        <source>Editor &amp;font size:</source>
        <translation>Tamaño de &amp;letra del editor:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>A new language is used after HeartLog restarts.</source>
        <translation>El nuevo idioma se aplicará cuando reinicies HeartLog.</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
</context>
<context>
    <name>ShareCodeDialog</name>
    <message>
        <source>My share code</source>
        <translation>Mi código para compartir</translation>
    </message>
    <message>
        <source>Give this code to your partner once, by message or as a file. It is public: it lets your partner share with you, and nothing more.</source>
        <translation>Dale este código a tu pareja una sola vez, por mensaje o como archivo. Es público: le permite a tu pareja compartir contigo, y nada más.</translation>
    </message>
    <message>
        <source>Fingerprint — read it aloud with your partner; theirs must show the same:</source>
        <translation>Huella digital — léela en voz alta con tu pareja; en su pantalla tiene que aparecer la misma:</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Guardar como archivo…</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Save share code</source>
        <translation>Guardar el código para compartir</translation>
    </message>
    <message>
        <source>HeartLog share code (*.heartcode)</source>
        <translation>Código para compartir de HeartLog (*.heartcode)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share entries</source>
        <translation>Compartir entradas</translation>
    </message>
    <message>
        <source>Encrypted bundle for</source>
        <translation>Paquete cifrado para</translation>
    </message>
    <message>
        <source>Put it in the share folder</source>
        <translation>Guardarlo en la carpeta compartida</translation>
    </message>
    <message>
        <source>Readable file</source>
        <translation>Archivo legible</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>A readable file is NOT encrypted: anyone who gets the file can read these entries. Keep it somewhere safe.</source>
        <translation>Un archivo legible NO está cifrado: cualquiera que lo consiga podrá leer estas entradas. Guárdalo en un lugar seguro.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be sent, encrypted.</source>
        <translation>
            <numerusform>Se enviará %n entrada, cifrada.</numerusform>
            <numerusform>Se enviarán %n entradas, cifradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be removed from your partner&apos;s app.</source>
        <translation>
            <numerusform>%n se retirará de la aplicación de tu pareja.</numerusform>
            <numerusform>%n se retirarán de la aplicación de tu pareja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write bundle…</source>
        <translation>Crear paquete…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be written to the file.</source>
        <translation>
            <numerusform>Se escribirá %n entrada en el archivo.</numerusform>
            <numerusform>Se escribirán %n entradas en el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>HeartLog share bundle (*.heartshare)</source>
        <translation>Paquete para compartir de HeartLog (*.heartshare)</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Cifrando…</translation>
    </message>
    <message>
        <source>Wrote %1 for %2.</source>
        <translation>Se creó %1 para %2.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>ShareFolderDialog</name>
    <message>
        <source>Share folder</source>
        <translation>Carpeta compartida</translation>
    </message>
    <message>
        <source>Pick a folder that you and your partner already keep in sync (Syncthing, Nextcloud, a shared drive). HeartLog writes your encrypted bundles there and imports your partner&apos;s as soon as they appear. Nothing else is put in it.</source>
        <translation>Elige una carpeta que ya sincronices con tu pareja (Syncthing, Nextcloud, una unidad compartida). HeartLog guarda allí tus paquetes cifrados e importa los de tu pareja en cuanto aparecen. No pone nada más en ella.</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Stop using a share folder</source>
        <translation>Dejar de usar una carpeta compartida</translation>
    </message>
    <message>
        <source>No share folder is set.</source>
        <translation>No hay ninguna carpeta compartida configurada.</translation>
    </message>
    <message>
        <source>Share folder: %1</source>
        <translation>Carpeta compartida: %1</translation>
    </message>
    <message>
        <source>Choose the share folder</source>
        <translation>Elige la carpeta compartida</translation>
    </message>
    <message>
        <source>That is not a folder. Choose an existing folder.</source>
        <translation>Eso no es una carpeta. Elige una carpeta que exista.</translation>
    </message>
</context>
<context>
    <name>ShareFolderWatcher</name>
    <message>
        <source>HeartLog</source>
        <translation>HeartLog</translation>
    </message>
</context>
<context>
    <name>SharePreview</name>
    <message>
        <source>Shared from HeartLog</source>
        <translation>Compartido desde HeartLog</translation>
    </message>
    <message>
        <source>This file is not encrypted. Anyone who can open it can read these entries.</source>
        <translation>Este archivo no está cifrado. Cualquiera que pueda abrirlo puede leer estas entradas.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>My reflection</source>
        <translation>Mi reflexión</translation>
    </message>
    <message>
        <source>Reflection from {name}</source>
        <translation>Reflexión de {name}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>For %1, encrypted</source>
        <translation>Para %1, cifrado</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>No hay entradas.</translation>
    </message>
    <message>
        <source>Your reflections on their entries</source>
        <translation>Tus reflexiones sobre sus entradas</translation>
    </message>
    <message>
        <source>Removed from what %1 can read</source>
        <translation>Retirado de lo que %1 puede leer</translation>
    </message>
    <message>
        <source>(deleted entry)</source>
        <translation>(entrada eliminada)</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>This file is not a HeartLog share bundle.</source>
        <translation>Este archivo no es un paquete compartido de HeartLog.</translation>
    </message>
    <message>
        <source>This bundle comes from a newer HeartLog. Update HeartLog to open it.</source>
        <translation>Este paquete viene de un HeartLog más reciente. Actualiza HeartLog para abrirlo.</translation>
    </message>
    <message>
        <source>This bundle is incomplete. Ask your partner to share again; nothing was imported.</source>
        <translation>Este paquete está incompleto. Pide a tu pareja que vuelva a compartir; no se importó nada.</translation>
    </message>
    <message>
        <source>This bundle has extra data added to it and may have been tampered with; nothing was imported.</source>
        <translation>A este paquete se le añadieron datos y puede haber sido manipulado; no se importó nada.</translation>
    </message>
    <message>
        <source>You made this bundle for your partner; open it in your partner&apos;s HeartLog.</source>
        <translation>Hiciste este paquete para tu pareja; ábrelo en el HeartLog de tu pareja.</translation>
    </message>
    <message>
        <source>This bundle was made for someone else, not for you; nothing was imported.</source>
        <translation>Este paquete se hizo para otra persona, no para ti; no se importó nada.</translation>
    </message>
    <message>
        <source>This bundle comes from someone you have not added as a partner; nothing was imported.</source>
        <translation>Este paquete viene de alguien a quien no has añadido como pareja; no se importó nada.</translation>
    </message>
    <message>
        <source>This bundle was changed or damaged after it was made, so it cannot be trusted; nothing was imported.</source>
        <translation>Este paquete se modificó o se dañó después de crearse, así que no es de fiar; no se importó nada.</translation>
    </message>
    <message>
        <source>This bundle cannot be read; it may come from a newer HeartLog. Nothing was imported.</source>
        <translation>Este paquete no se puede leer; quizá venga de un HeartLog más reciente. No se importó nada.</translation>
    </message>
    <message>
        <source>This bundle is older than one already imported; nothing was imported.</source>
        <translation>Este paquete es más antiguo que uno ya importado; no se importó nada.</translation>
    </message>
    <message>
        <source>This file is too large to be a share bundle.</source>
        <translation>Este archivo es demasiado grande para ser un paquete compartido.</translation>
    </message>
    <message>
        <source>The bundle file cannot be read.</source>
        <translation>No se puede leer el archivo del paquete.</translation>
    </message>
    <message>
        <source>This bundle cannot be imported; nothing was imported.</source>
        <translation>Este paquete no se puede importar; no se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n new entry(ies)</source>
        <translation>
            <numerusform>%n entrada nueva</numerusform>
            <numerusform>%n entradas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizada</numerusform>
            <numerusform>%n actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n retirada</numerusform>
            <numerusform>%n retiradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n reflexión</numerusform>
            <numerusform>%n reflexiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new from %1.</source>
        <translation>Nada nuevo de %1.</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>De %1: %2</translation>
    </message>
</context>
<context>
    <name>SharingFeature</name>
    <message>
        <source>My &amp;share code…</source>
        <translation>&amp;Mi código para compartir…</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Añadir pareja…</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>Com&amp;partir…</translation>
    </message>
    <message>
        <source>Preview and send the entries marked for sharing</source>
        <translation>Revisar y enviar las entradas marcadas para compartir</translation>
    </message>
    <message>
        <source>&amp;Open a bundle from your partner…</source>
        <translation>A&amp;brir un paquete de tu pareja…</translation>
    </message>
    <message>
        <source>Share &amp;folder…</source>
        <translation>&amp;Carpeta compartida…</translation>
    </message>
    <message>
        <source>Marked for sharing. Choose Sharing › Share… to send it.</source>
        <translation>Marcada para compartir. Elige Compartir › Compartir… para enviarla.</translation>
    </message>
    <message>
        <source>No longer marked for sharing.</source>
        <translation>Ya no está marcada para compartir.</translation>
    </message>
    <message>
        <source>Wrote %1 for %2.</source>
        <translation>Se creó %1 para %2.</translation>
    </message>
    <message>
        <source>Wrote %1. It is not encrypted.</source>
        <translation>Se creó %1. No está cifrado.</translation>
    </message>
    <message>
        <source>Open a bundle from your partner</source>
        <translation>Abrir un paquete de tu pareja</translation>
    </message>
    <message>
        <source>HeartLog share bundle (*.heartshare)</source>
        <translation>Paquete para compartir de HeartLog (*.heartshare)</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>No se importó el paquete</translation>
    </message>
</context>
<context>
    <name>SharingViews</name>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Shared entries</source>
        <translation>Entradas compartidas</translation>
    </message>
    <message>
        <source>Shared entry</source>
        <translation>Entrada compartida</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Tu reflexión</translation>
    </message>
    <message>
        <source>HeartLog</source>
        <translation>HeartLog</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock %1 — HeartLog</source>
        <translation>Desbloquear %1 — HeartLog</translation>
    </message>
    <message>
        <source>Unlock the journal of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Desbloquea el diario de &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>S&amp;how passphrase</source>
        <translation>&amp;Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Parece que Bloq Mayús está activado.</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Error al desbloquear</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Other profile…</source>
        <translation>&amp;Otro perfil…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check it and try again (it is case-sensitive).</source>
        <translation>Frase de contraseña incorrecta. Revísala y vuelve a intentarlo (distingue entre mayúsculas y minúsculas).</translation>
    </message>
</context>
<context>
    <name>WeekContent</name>
    <message>
        <source>The week in a few words</source>
        <translation>La semana en pocas palabras</translation>
    </message>
    <message>
        <source>Patterns to look at</source>
        <translation>Patrones a tener en cuenta</translation>
    </message>
    <message>
        <source>Nothing keeps coming back unresolved right now.</source>
        <translation>Ahora mismo no hay nada que se repita sin resolverse.</translation>
    </message>
    <message>
        <source>Only one entry this week, so this is a first, rough picture.</source>
        <translation>Solo hay una entrada esta semana, así que esta es una primera imagen aproximada.</translation>
    </message>
    <message>
        <source>Only %1 entries this week, so this is a rough picture.</source>
        <translation>Solo hay %1 entradas esta semana, así que esta es una imagen aproximada.</translation>
    </message>
    <message>
        <source>There is nothing to chart yet: these entries could not be analysed (the analysis only understands English).</source>
        <translation>Todavía no hay nada que mostrar en los gráficos: estas entradas no se pudieron analizar (el análisis solo entiende inglés).</translation>
    </message>
    <message>
        <source>Write from one of HeartLog&apos;s prompts and this page will also show which practices you worked on.</source>
        <translation>Escribe a partir de una de las propuestas de HeartLog y esta página también mostrará en qué prácticas trabajaste.</translation>
    </message>
</context>
<context>
    <name>WeekPicker</name>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Show the week before (Alt+Left)</source>
        <translation>Mostrar la semana anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Show the week after (Alt+Right)</source>
        <translation>Mostrar la semana siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Jump to:</source>
        <translation>Ir a:</translation>
    </message>
    <message>
        <source>Show the week of this day</source>
        <translation>Mostrar la semana de este día</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
</context>
<context>
    <name>WhyDialog</name>
    <message>
        <source>Why this mood?</source>
        <translation>¿Por qué este estado de ánimo?</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>This entry has not been analysed yet.</source>
        <translation>Esta entrada aún no está analizada.</translation>
    </message>
    <message>
        <source>This entry was not analysed: the analysis only understands English, and this text does not look like English.</source>
        <translation>Esta entrada no se analizó: el análisis solo entiende inglés, y este texto no parece estar en inglés.</translation>
    </message>
    <message>
        <source>Overall mood: %1 (from %2 sentences, from -1 to +1)</source>
        <translation>Estado de ánimo general: %1 (a partir de %2 frases, de -1 a +1)</translation>
    </message>
    <message>
        <source>There is no text to analyse.</source>
        <translation>No hay texto que analizar.</translation>
    </message>
    <message>
        <source>conflict with your partner</source>
        <translation>conflicto con tu pareja</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>reconciliación</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>making up</source>
        <translation>reconciliación</translation>
    </message>
    <message>
        <source>not a conflict</source>
        <translation>no es un conflicto</translation>
    </message>
    <message>
        <source>relationship words</source>
        <translation>palabras de la relación</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>estrés</translation>
    </message>
    <message>
        <source>absolute word</source>
        <translation>palabra absoluta</translation>
    </message>
    <message>
        <source>&quot;you&quot; statement</source>
        <translation>mensaje en segunda persona («tú…»)</translation>
    </message>
    <message>
        <source>&quot;I&quot; statement</source>
        <translation>mensaje en primera persona</translation>
    </message>
    <message>
        <source>conflict with someone else</source>
        <translation>conflicto con otra persona</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>the words that raised a flag</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>not counted (%1, %2)</source>
        <translation>no contado (%1, %2)</translation>
    </message>
    <message>
        <source>negated</source>
        <translation>negado</translation>
    </message>
    <message>
        <source>not something that happened</source>
        <translation>no es algo que haya pasado</translation>
    </message>
    <message>
        <source>about someone else</source>
        <translation>sobre otra persona</translation>
    </message>
    <message>
        <source>your partner is not involved</source>
        <translation>tu pareja no está implicada</translation>
    </message>
    <message>
        <source>what the apology or making up was about</source>
        <translation>el motivo de la disculpa o de la reconciliación</translation>
    </message>
    <message>
        <source>an everyday phrase, not a conflict</source>
        <translation>una expresión cotidiana, no un conflicto</translation>
    </message>
</context>
<context>
    <name>WritingStatus</name>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Recuento de palabras</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>New entry: it is saved as soon as you write.</source>
        <translation>Entrada nueva: se guarda en cuanto escribes.</translation>
    </message>
    <message>
        <source>Not saved yet — retrying</source>
        <translation>Aún sin guardar — reintentando</translation>
    </message>
</context>
</TS>
