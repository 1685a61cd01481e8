<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About HeartLog</source>
        <translation>Über HeartLog</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A private journal for each partner in a couple. Your entries are encrypted on this computer and never leave it unless you share them.</source>
        <translation>Ein privates Tagebuch für jeden Menschen in einer Partnerschaft. Deine Einträge sind auf diesem Computer verschlüsselt und verlassen ihn nur, wenn du sie teilst.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
</context>
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>Add partner</source>
        <translation>Partner oder Partnerin hinzufügen</translation>
    </message>
    <message>
        <source>Paste your partner&apos;s share code here</source>
        <translation>Füge hier den Freigabecode deines Partners oder deiner Partnerin ein</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Aus Datei laden …</translation>
    </message>
    <message>
        <source>Your partner&apos;s name</source>
        <translation>Name deines Partners oder deiner Partnerin</translation>
    </message>
    <message>
        <source>Before adding, read the fingerprint aloud with your partner: it must match.</source>
        <translation>Lest euch vor dem Hinzufügen gegenseitig den Fingerabdruck vor: Er muss übereinstimmen.</translation>
    </message>
    <message>
        <source>Share code:</source>
        <translation>Freigabecode:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>This is not a complete HeartLog share code yet. Paste the whole code.</source>
        <translation>Das ist noch kein vollständiger HeartLog-Freigabecode. Füge den ganzen Code ein.</translation>
    </message>
    <message>
        <source>That is your own share code. Paste your partner&apos;s code instead.</source>
        <translation>Das ist dein eigener Freigabecode. Füge stattdessen den Code deines Partners oder deiner Partnerin ein.</translation>
    </message>
    <message>
        <source>Open share code</source>
        <translation>Freigabecode öffnen</translation>
    </message>
    <message>
        <source>HeartLog share code (*.heartcode);;All files (*)</source>
        <translation>HeartLog-Freigabecode (*.heartcode);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Wrong passphrase</source>
        <translation>Falsche Passphrase</translation>
    </message>
    <message>
        <source>That passphrase does not open this journal. Check it and try again (it is case-sensitive).</source>
        <translation>Mit dieser Passphrase lässt sich das Tagebuch nicht öffnen. Prüfe sie und versuche es noch einmal (Groß- und Kleinschreibung zählen).</translation>
    </message>
    <message>
        <source>Profile already open</source>
        <translation>Profil schon geöffnet</translation>
    </message>
    <message>
        <source>The profile “%1” is already open in another HeartLog window or command. Switch to that window, or close it there first.</source>
        <translation>Das Profil „%1“ ist schon in einem anderen HeartLog-Fenster oder -Befehl geöffnet. Wechsle in dieses Fenster oder schließe es dort zuerst.</translation>
    </message>
    <message>
        <source>Profile not found</source>
        <translation>Profil nicht gefunden</translation>
    </message>
    <message>
        <source>The profile “%1” is no longer on this computer. Choose another profile or create a new one.</source>
        <translation>Das Profil „%1“ ist nicht mehr auf diesem Computer. Wähle ein anderes Profil oder lege ein neues an.</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Name schon vergeben</translation>
    </message>
    <message>
        <source>A profile called “%1” already exists. Choose another name.</source>
        <translation>Es gibt schon ein Profil namens „%1“. Wähle einen anderen Namen.</translation>
    </message>
    <message>
        <source>Journal cannot be read</source>
        <translation>Tagebuch nicht lesbar</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Paket nicht importiert</translation>
    </message>
    <message>
        <source>This journal is damaged or is not a HeartLog journal. Restore it from a backup; nothing was changed.</source>
        <translation>Dieses Tagebuch ist beschädigt oder kein HeartLog-Tagebuch. Stelle es aus einer Sicherung wieder her; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Entry not found</source>
        <translation>Eintrag nicht gefunden</translation>
    </message>
    <message>
        <source>That entry no longer exists; it may have been deleted.</source>
        <translation>Diesen Eintrag gibt es nicht mehr; vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>HeartLog could not write to the disk (it may be full). Your text is kept in the window; free some space and HeartLog will keep trying.</source>
        <translation>HeartLog konnte nicht auf den Datenträger schreiben (vielleicht ist er voll). Dein Text bleibt im Fenster erhalten; schaffe etwas Platz, HeartLog versucht es weiter.</translation>
    </message>
    <message>
        <source>HeartLog</source>
        <translation>HeartLog</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>HeartLog hit an unexpected problem. Your saved entries are safe. Details are in the log file.</source>
        <translation>HeartLog ist auf ein unerwartetes Problem gestoßen. Deine gespeicherten Einträge sind sicher. Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>AnalysisFeature</name>
    <message>
        <source>Analysis progress</source>
        <translation>Fortschritt der Analyse</translation>
    </message>
    <message>
        <source>&amp;Why this mood?</source>
        <translation>&amp;Warum diese Stimmung?</translation>
    </message>
    <message>
        <source>Show how HeartLog read this entry: each sentence, its score and why</source>
        <translation>Zeigt, wie HeartLog diesen Eintrag gelesen hat: jeden Satz, seine Bewertung und den Grund</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %1 of %Ln entry(ies)…</source>
        <translation>
            <numerusform>Analysiere %1 von %Ln Eintrag …</numerusform>
            <numerusform>Analysiere %1 von %Ln Einträgen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Not analysed · Why?</source>
        <translation>Nicht analysiert · Warum?</translation>
    </message>
    <message>
        <source>How HeartLog read this entry, sentence by sentence (%1)</source>
        <translation>Wie HeartLog diesen Eintrag gelesen hat, Satz für Satz (%1)</translation>
    </message>
    <message>
        <source>Reads negative · Why?</source>
        <translation>Wirkt negativ · Warum?</translation>
    </message>
    <message>
        <source>Reads somewhat negative · Why?</source>
        <translation>Wirkt eher negativ · Warum?</translation>
    </message>
    <message>
        <source>Reads neutral · Why?</source>
        <translation>Wirkt neutral · Warum?</translation>
    </message>
    <message>
        <source>Reads somewhat positive · Why?</source>
        <translation>Wirkt eher positiv · Warum?</translation>
    </message>
    <message>
        <source>Reads positive · Why?</source>
        <translation>Wirkt positiv · Warum?</translation>
    </message>
</context>
<context>
    <name>AnalysisWorker</name>
    <message>
        <source>The analysis stopped because of an error. Details are in the log.</source>
        <translation>Die Analyse wurde wegen eines Fehlers abgebrochen. Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>BackupTexts</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>Täglich (automatisch)</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Von dir erstellt</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Vor einem Update</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht geprüft</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Change Folder…</source>
        <translation>Ordner ändern …</translation>
    </message>
    <message>
        <source>Use Default Folder</source>
        <translation>Standardordner verwenden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <source>Backups are saved in %1</source>
        <translation>Sicherungen werden in %1 gespeichert</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation>Sichere und prüfe die Kopie …</translation>
    </message>
    <message>
        <source>Backup written and verified.</source>
        <translation>Sicherung geschrieben und geprüft.</translation>
    </message>
    <message>
        <source>the disk is full or could not be written. Free some space.</source>
        <translation>Der Datenträger ist voll oder konnte nicht beschrieben werden. Schaffe etwas Platz.</translation>
    </message>
    <message>
        <source>an unexpected error (details are in the log).</source>
        <translation>Ein unerwarteter Fehler (Einzelheiten stehen im Protokoll).</translation>
    </message>
    <message>
        <source>The backup failed and your journal is unchanged: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen, dein Tagebuch ist unverändert: %1</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace your journal with the backup from %1 (%2 old)?

Anything written after that backup will not be in the restored journal. The current journal is not deleted: it is kept in the profile folder.</source>
        <translation>Dein Tagebuch durch die Sicherung vom %1 ersetzen (%2 alt)?

Was du nach dieser Sicherung geschrieben hast, ist im wiederhergestellten Tagebuch nicht enthalten. Das jetzige Tagebuch wird nicht gelöscht, sondern im Profilordner aufbewahrt.</translation>
    </message>
    <message>
        <source>Choose a Backup Folder</source>
        <translation>Ordner für Sicherungen wählen</translation>
    </message>
    <message>
        <source>New backups will be saved in the chosen folder.</source>
        <translation>Neue Sicherungen werden im gewählten Ordner gespeichert.</translation>
    </message>
</context>
<context>
    <name>BackupsFeature</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen …</translation>
    </message>
    <message>
        <source>Restored the backup. The journal it replaced is kept in the profile folder.</source>
        <translation>Die Sicherung ist wiederhergestellt. Das ersetzte Tagebuch bleibt im Profilordner erhalten.</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>Charts of the week</source>
        <translation>Diagramme der Woche</translation>
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
        <translation>Zeit füreinander</translation>
    </message>
    <message>
        <source>Time for your daily connection: set the phones aside and give each other a few unhurried minutes.</source>
        <translation>Zeit für euch: Legt die Handys beiseite und schenkt euch ein paar ruhige Minuten.</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>Wrong passphrase. Check it and try again (it is case-sensitive).</source>
        <translation>Falsche Passphrase. Prüfe sie und versuche es noch einmal (Groß- und Kleinschreibung zählen).</translation>
    </message>
    <message>
        <source>There is no profile called %1. See &apos;heartlog profile list&apos;.</source>
        <translation>Es gibt kein Profil namens „%1“. Siehe „heartlog profile list“.</translation>
    </message>
    <message>
        <source>A profile called %1 already exists. Choose another name.</source>
        <translation>Es gibt schon ein Profil namens „%1“. Wähle einen anderen Namen.</translation>
    </message>
    <message>
        <source>The profile %1 is already open in another HeartLog window or command. Close it there first.</source>
        <translation>Das Profil „%1“ ist schon in einem anderen HeartLog-Fenster oder -Befehl geöffnet. Schließe es dort zuerst.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Gib dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>A profile name can be at most %1 characters.</source>
        <translation>Ein Profilname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters.</source>
        <translation>Ein Profilname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Use a passphrase of at least %1 characters; a few unrelated words work well.</source>
        <translation>Nimm eine Passphrase mit mindestens %1 Zeichen; ein paar Wörter, die nichts miteinander zu tun haben, eignen sich gut.</translation>
    </message>
    <message>
        <source>The journal file %1 is missing. Restore it from a backup.</source>
        <translation>Die Tagebuchdatei %1 fehlt. Stelle sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The journal file %1 is empty: it was cut short</source>
        <translation>Die Tagebuchdatei %1 ist leer: Sie wurde abgeschnitten</translation>
    </message>
    <message>
        <source>The journal file %1 cannot be opened: %2. Restore it from a backup.</source>
        <translation>Die Tagebuchdatei %1 lässt sich nicht öffnen: %2. Stelle sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The journal file %1 cannot be read: %2. It may be damaged; restore it from a backup.</source>
        <translation>Die Tagebuchdatei %1 lässt sich nicht lesen: %2. Sie ist vielleicht beschädigt; stelle sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The journal failed its integrity check: %1.</source>
        <translation>Das Tagebuch hat die Integritätsprüfung nicht bestanden: %1.</translation>
    </message>
    <message>
        <source>The journal failed its integrity check (%1).</source>
        <translation>Das Tagebuch hat die Integritätsprüfung nicht bestanden (%1).</translation>
    </message>
    <message>
        <source>Could not set PRAGMA %1 (got %2).</source>
        <translation>PRAGMA %1 ließ sich nicht setzen (Ergebnis: %2).</translation>
    </message>
    <message>
        <source>The key file holds a key of the wrong size.</source>
        <translation>Die Schlüsseldatei enthält einen Schlüssel mit falscher Länge.</translation>
    </message>
    <message>
        <source>The key file has format %1, which this HeartLog does not know. Update HeartLog.</source>
        <translation>Die Schlüsseldatei hat das Format %1, das dieses HeartLog nicht kennt. Aktualisiere HeartLog.</translation>
    </message>
    <message>
        <source>The key file is damaged and cannot be read. Restore it from a backup.</source>
        <translation>Die Schlüsseldatei ist beschädigt und lässt sich nicht lesen. Stelle sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key file %1 has format %2, which this HeartLog does not know. Update HeartLog.</source>
        <translation>Die Schlüsseldatei %1 hat das Format %2, das dieses HeartLog nicht kennt. Aktualisiere HeartLog.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged and cannot be read. Restore it from a backup.</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt und lässt sich nicht lesen. Stelle sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The %1 has format %2, which this HeartLog does not know. Update HeartLog.</source>
        <translation>„%1“ hat das Format %2, das dieses HeartLog nicht kennt. Aktualisiere HeartLog.</translation>
    </message>
    <message>
        <source>The %1 is damaged and cannot be read. Restore it from a backup.</source>
        <translation>„%1“ ist beschädigt und lässt sich nicht lesen. Stelle es aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation>Die Schlüsseldatei %1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved. Free some space and save again; your text is kept.</source>
        <translation>Der Datenträger ist voll, deshalb wurde die letzte Änderung nicht gespeichert. Schaffe etwas Platz und speichere noch einmal; dein Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>The disk could not be written (input/output error), so the last change was not saved. Check the disk and save again; your text is kept.</source>
        <translation>Auf den Datenträger konnte nicht geschrieben werden (Ein-/Ausgabefehler), deshalb wurde die letzte Änderung nicht gespeichert. Prüfe den Datenträger und speichere noch einmal; dein Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>The journal file cannot be written (it is read-only), so the last change was not saved. Check the folder&apos;s permissions and save again.</source>
        <translation>Die Tagebuchdatei ist schreibgeschützt, deshalb wurde die letzte Änderung nicht gespeichert. Prüfe die Berechtigungen des Ordners und speichere noch einmal.</translation>
    </message>
    <message>
        <source>The journal file is damaged. Nothing more was written to it; close the profile and open it again to restore it from a backup.</source>
        <translation>Die Tagebuchdatei ist beschädigt. Es wurde nichts mehr hineingeschrieben; schließe das Profil und öffne es erneut, um es aus einer Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, deshalb konnte %1 nicht geschrieben werden. Schaffe etwas Platz und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>HeartLog is not allowed to write %1. Choose another folder.</source>
        <translation>HeartLog darf %1 nicht schreiben. Wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was changed.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>No entry with id %1.</source>
        <translation>Es gibt keinen Eintrag mit der ID %1.</translation>
    </message>
    <message>
        <source>A tag can be at most %1 characters long.</source>
        <translation>Ein Schlagwort darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Mood must be a whole number from 1 to 5, or empty.</source>
        <translation>Die Stimmung muss eine ganze Zahl von 1 bis 5 sein oder leer bleiben.</translation>
    </message>
    <message>
        <source>Entry text must be text.</source>
        <translation>Der Eintrag muss aus Text bestehen.</translation>
    </message>
    <message>
        <source>The text contains characters that cannot be saved.</source>
        <translation>Der Text enthält Zeichen, die sich nicht speichern lassen.</translation>
    </message>
    <message>
        <source>%1 (The backup was not written; the journal is unchanged.)</source>
        <translation>%1 (Die Sicherung wurde nicht geschrieben; das Tagebuch ist unverändert.)</translation>
    </message>
    <message>
        <source>The backup %1 failed its integrity check. Choose another backup.</source>
        <translation>Die Sicherung %1 hat die Integritätsprüfung nicht bestanden. Wähle eine andere Sicherung.</translation>
    </message>
    <message>
        <source>The backup %1 failed its integrity check (%2). Choose another backup.</source>
        <translation>Die Sicherung %1 hat die Integritätsprüfung nicht bestanden (%2). Wähle eine andere Sicherung.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened with this profile&apos;s key. Choose another backup.</source>
        <translation>Die Sicherung %1 lässt sich mit dem Schlüssel dieses Profils nicht öffnen. Wähle eine andere Sicherung.</translation>
    </message>
    <message>
        <source>%1 is not a HeartLog backup. Nothing was changed.</source>
        <translation>%1 ist keine HeartLog-Sicherung. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>There is no verified backup of profile %1. Nothing was changed.</source>
        <translation>Vom Profil „%1“ gibt es keine geprüfte Sicherung. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Every prompt is hidden. Show some again from the prompt browser in the app.</source>
        <translation>Alle Schreibimpulse sind ausgeblendet. Blende in der App unter „Impulse durchsehen“ wieder welche ein.</translation>
    </message>
    <message>
        <source>There is no prompt %1 in the catalogue.</source>
        <translation>Im Katalog gibt es keinen Schreibimpuls „%1“.</translation>
    </message>
    <message>
        <source>Answer all %1 pairs of the self-check (got %2).</source>
        <translation>Beantworte alle %1 Paare des Selbsttests (beantwortet: %2).</translation>
    </message>
    <message>
        <source>Answer %1 must be one of the two statements of that pair.</source>
        <translation>Antwort %1 muss eine der beiden Aussagen dieses Paares sein.</translation>
    </message>
    <message>
        <source>%1 is not one of the five love languages.</source>
        <translation>„%1“ ist keine der fünf Sprachen der Liebe.</translation>
    </message>
    <message>
        <source>%1 is not a time of day. Use HH:MM, for example 20:30.</source>
        <translation>„%1“ ist keine Uhrzeit. Schreib sie als HH:MM, zum Beispiel 20:30.</translation>
    </message>
    <message>
        <source>%1 is not a week. Use YYYY-Www, for example 2026-W47.</source>
        <translation>„%1“ ist keine Woche. Schreib sie als JJJJ-Www, zum Beispiel 2026-W47.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation>Der Export wurde abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The folder %1 already exists and is not empty. Choose a new folder name.</source>
        <translation>Den Ordner %1 gibt es schon, und er ist nicht leer. Wähle einen neuen Ordnernamen.</translation>
    </message>
    <message>
        <source>unknown import format %1; use one of: %2.</source>
        <translation>unbekanntes Importformat „%1“; möglich sind: %2.</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>existiert nicht.</translation>
    </message>
    <message>
        <source>cannot be read (%1). Check that it exists and is readable.</source>
        <translation>lässt sich nicht lesen (%1). Prüfe, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>is not a journal HeartLog can read (jrnl, jrnl JSON, Day One, a Markdown folder or a HeartLog JSON export). Choose the format yourself if you know it.</source>
        <translation>ist kein Tagebuch, das HeartLog lesen kann (jrnl, jrnl-JSON, Day One, ein Markdown-Ordner oder ein HeartLog-JSON-Export). Wähle das Format selbst, wenn du es kennst.</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation>Zeile %1 ist kein UTF-8-Text. Speichere die Datei als UTF-8 und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>line %1 is not valid JSON (%2). Nothing was imported.</source>
        <translation>Zeile %1 ist kein gültiges JSON (%2). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>is not valid JSON (too deep or too large).</source>
        <translation>ist kein gültiges JSON (zu tief verschachtelt oder zu groß).</translation>
    </message>
    <message>
        <source>is not a HeartLog journal export: it has no &quot;entries&quot; list.</source>
        <translation>ist kein HeartLog-Tagebuchexport: Die Liste „entries“ fehlt.</translation>
    </message>
    <message>
        <source>is not a jrnl JSON export: it has no &quot;entries&quot; list.</source>
        <translation>ist kein jrnl-JSON-Export: Die Liste „entries“ fehlt.</translation>
    </message>
    <message>
        <source>is not a %1: it has no &quot;entries&quot; list.</source>
        <translation>ist kein %1: Die Liste „entries“ fehlt.</translation>
    </message>
    <message>
        <source>is not a JSON object.</source>
        <translation>ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>„%1“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing; every entry needs one.</source>
        <translation>„%1“ fehlt; jeder Eintrag braucht das.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 date and time.</source>
        <translation>„%1“ muss ein Datum mit Uhrzeit nach ISO 8601 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time: %2.</source>
        <translation>„%1“ ist kein gültiges Datum mit Uhrzeit: „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text of at most %2 characters.</source>
        <translation>„%1“ muss Text mit höchstens %2 Zeichen sein.</translation>
    </message>
    <message>
        <source>&quot;mood&quot; must be a whole number from 1 to 5, or null.</source>
        <translation>„mood“ muss eine ganze Zahl von 1 bis 5 oder null sein.</translation>
    </message>
    <message>
        <source>&quot;id&quot; %1 is not an entry id (a UUID).</source>
        <translation>„id“ „%1“ ist keine Eintrags-ID (UUID).</translation>
    </message>
    <message>
        <source>is not a HeartLog journal export (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>ist kein HeartLog-Tagebuchexport („format“: „%1“ fehlt).</translation>
    </message>
    <message>
        <source>has no valid &quot;version&quot;.</source>
        <translation>hat keine gültige „version“.</translation>
    </message>
    <message>
        <source>was made by a newer HeartLog (format version %1). Update HeartLog to import it.</source>
        <translation>stammt von einem neueren HeartLog (Formatversion %1). Aktualisiere HeartLog, um es zu importieren.</translation>
    </message>
    <message>
        <source>the id %1 appears twice.</source>
        <translation>die ID %1 kommt zweimal vor.</translation>
    </message>
    <message>
        <source>is a folder; a HeartLog JSON export is one file.</source>
        <translation>ist ein Ordner; ein HeartLog-JSON-Export ist eine einzelne Datei.</translation>
    </message>
    <message>
        <source>is a folder; a jrnl JSON export is one file.</source>
        <translation>ist ein Ordner; ein jrnl-JSON-Export ist eine einzelne Datei.</translation>
    </message>
    <message>
        <source>is a folder; a jrnl journal is one text file.</source>
        <translation>ist ein Ordner; ein jrnl-Tagebuch ist eine einzelne Textdatei.</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be text like &quot;15:30&quot;.</source>
        <translation>„time“ muss Text wie „15:30“ sein.</translation>
    </message>
    <message>
        <source>the time in [%1] is not understood. Write it as [YYYY-MM-DD HH:MM].</source>
        <translation>die Zeitangabe in [%1] ist unverständlich. Schreib sie als [JJJJ-MM-TT HH:MM].</translation>
    </message>
    <message>
        <source>there is text before the first entry. Every jrnl entry starts with a line like [2024-03-01 09:00] Title; add one or remove the text.</source>
        <translation>vor dem ersten Eintrag steht Text. Jeder jrnl-Eintrag beginnt mit einer Zeile wie [2024-03-01 09:00] Titel; füge eine hinzu oder entferne den Text.</translation>
    </message>
    <message>
        <source>this is not a jrnl journal: entries must start with a line like [2024-03-01 09:00] Title.</source>
        <translation>das ist kein jrnl-Tagebuch: Einträge müssen mit einer Zeile wie [2024-03-01 09:00] Titel beginnen.</translation>
    </message>
    <message>
        <source>%1 is not a valid time.</source>
        <translation>„%1“ ist keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>the time zone must be text.</source>
        <translation>die Zeitzone muss Text sein.</translation>
    </message>
    <message>
        <source>creationDate %1 is not a date and time (like 2024-03-01T14:30:00Z).</source>
        <translation>creationDate „%1“ ist kein Datum mit Uhrzeit (wie 2024-03-01T14:30:00Z).</translation>
    </message>
    <message>
        <source>is not a Day One export: it has no &quot;entries&quot; list.</source>
        <translation>ist kein Day-One-Export: Die Liste „entries“ fehlt.</translation>
    </message>
    <message>
        <source>is not a Day One entry (not a valid property list).</source>
        <translation>ist kein Day-One-Eintrag (keine gültige Property-Liste).</translation>
    </message>
    <message>
        <source>is not a Day One entry (no entry dictionary).</source>
        <translation>ist kein Day-One-Eintrag (kein Eintrags-Dictionary).</translation>
    </message>
    <message>
        <source>&quot;Creation Date&quot; is missing; every entry needs one.</source>
        <translation>„Creation Date“ fehlt; jeder Eintrag braucht eines.</translation>
    </message>
    <message>
        <source>&quot;Tags&quot; must be a list.</source>
        <translation>„Tags“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>&quot;Starred&quot; must be true or false.</source>
        <translation>„Starred“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>holds no Day One journal (no Journal.json inside).</source>
        <translation>enthält kein Day-One-Tagebuch (keine Journal.json darin).</translation>
    </message>
    <message>
        <source>holds no Day One journal (no Journal.json and no .doentry files).</source>
        <translation>enthält kein Day-One-Tagebuch (weder Journal.json noch .doentry-Dateien).</translation>
    </message>
    <message>
        <source>is too large to import.</source>
        <translation>ist zu groß für den Import.</translation>
    </message>
    <message>
        <source>is not a readable zip file (%1).</source>
        <translation>ist keine lesbare ZIP-Datei (%1).</translation>
    </message>
    <message>
        <source>the front matter that starts on line 1 has no closing &apos;---&apos; line.</source>
        <translation>dem Front Matter ab Zeile 1 fehlt die schließende Zeile „---“.</translation>
    </message>
    <message>
        <source>the front matter line is not &apos;key: value&apos;. Correct it and try again.</source>
        <translation>die Front-Matter-Zeile hat nicht die Form „schlüssel: wert“. Korrigiere sie und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice in the front matter.</source>
        <translation>„%1“ steht zweimal im Front Matter.</translation>
    </message>
    <message>
        <source>a quoted value is not closed properly.</source>
        <translation>ein Wert in Anführungszeichen ist nicht richtig geschlossen.</translation>
    </message>
    <message>
        <source>a quoted value is not closed.</source>
        <translation>ein Wert in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>a quoted value has a broken escape.</source>
        <translation>ein Wert in Anführungszeichen hat eine fehlerhafte Escape-Sequenz.</translation>
    </message>
    <message>
        <source>this front matter value is not supported; write it on one line, in quotes.</source>
        <translation>dieser Front-Matter-Wert wird nicht unterstützt; schreib ihn in eine Zeile, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>a list in the front matter is not closed with &apos;]&apos;.</source>
        <translation>eine Liste im Front Matter ist nicht mit „]“ geschlossen.</translation>
    </message>
    <message>
        <source>nested lists are not supported in front matter.</source>
        <translation>verschachtelte Listen werden im Front Matter nicht unterstützt.</translation>
    </message>
    <message>
        <source>&apos;tags&apos; in the front matter must be a list.</source>
        <translation>„tags“ im Front Matter muss eine Liste sein.</translation>
    </message>
    <message>
        <source>&apos;date&apos; in the front matter must be a date like 2024-03-01.</source>
        <translation>„date“ im Front Matter muss ein Datum wie 2024-03-01 sein.</translation>
    </message>
    <message>
        <source>&apos;starred&apos; in the front matter must be true or false.</source>
        <translation>„starred“ im Front Matter muss true oder false sein.</translation>
    </message>
    <message>
        <source>holds no Markdown or text files (.md, .markdown, .txt).</source>
        <translation>enthält keine Markdown- oder Textdateien (.md, .markdown, .txt).</translation>
    </message>
    <message>
        <source>the time in the file name %1 is not valid.</source>
        <translation>die Uhrzeit im Dateinamen „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>has no date. Add a &apos;date: YYYY-MM-DD&apos; front matter line or name the file like 2024-03-01.md.</source>
        <translation>hat kein Datum. Füge eine Front-Matter-Zeile „date: JJJJ-MM-TT“ hinzu oder benenne die Datei wie 2024-03-01.md.</translation>
    </message>
    <message>
        <source>the title must be text.</source>
        <translation>der Titel muss Text sein.</translation>
    </message>
    <message>
        <source>the body must be text.</source>
        <translation>der Eintragstext muss Text sein.</translation>
    </message>
    <message>
        <source>the text must be text.</source>
        <translation>der Eintragstext muss Text sein.</translation>
    </message>
    <message>
        <source>the tag must be text.</source>
        <translation>das Schlagwort muss Text sein.</translation>
    </message>
    <message>
        <source>the %1 must be text.</source>
        <translation>„%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>the %1 contains characters that cannot be saved (broken Unicode).</source>
        <translation>„%1“ enthält Zeichen, die sich nicht speichern lassen (fehlerhaftes Unicode).</translation>
    </message>
    <message>
        <source>every tag must be text.</source>
        <translation>jedes Schlagwort muss Text sein.</translation>
    </message>
    <message>
        <source>a tag is longer than %1 characters. Shorten it and try again.</source>
        <translation>ein Schlagwort ist länger als %1 Zeichen. Kürze es und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>the date has no time zone.</source>
        <translation>das Datum hat keine Zeitzone.</translation>
    </message>
    <message>
        <source>the date is out of range.</source>
        <translation>das Datum liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>%1 is not a date. Write it as YYYY-MM-DD or YYYY-MM-DD HH:MM.</source>
        <translation>„%1“ ist kein Datum. Schreib es als JJJJ-MM-TT oder JJJJ-MM-TT HH:MM.</translation>
    </message>
    <message>
        <source>%1 is not a valid UTC offset.</source>
        <translation>„%1“ ist keine gültige Abweichung von UTC.</translation>
    </message>
    <message>
        <source>%1 is not a real date (year-month-day). Correct it and try again.</source>
        <translation>„%1“ ist kein echtes Datum (Jahr-Monat-Tag). Korrigiere es und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>%1 is not a valid time (hours:minutes). Correct it and try again.</source>
        <translation>„%1“ ist keine gültige Uhrzeit (Stunden:Minuten). Korrigiere sie und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>A partner&apos;s name can be at most %1 characters.</source>
        <translation>Der Name deines Partners oder deiner Partnerin darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A partner&apos;s name cannot contain control characters.</source>
        <translation>Der Name deines Partners oder deiner Partnerin darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>That is this profile&apos;s own share code. Add your partner&apos;s code instead.</source>
        <translation>Das ist der eigene Freigabecode dieses Profils. Füge stattdessen den Code deines Partners oder deiner Partnerin hinzu.</translation>
    </message>
    <message>
        <source>That is not a HeartLog share code. It starts with &apos;heartlog-share-&apos;; paste the whole code or choose the share-code file.</source>
        <translation>Das ist kein HeartLog-Freigabecode. Er beginnt mit „heartlog-share-“; füge den ganzen Code ein oder wähle die Datei mit dem Freigabecode.</translation>
    </message>
    <message>
        <source>This share code is version %1, which this HeartLog cannot read. Update HeartLog on both computers.</source>
        <translation>Dieser Freigabecode hat die Version %1, die dieses HeartLog nicht lesen kann. Aktualisiere HeartLog auf beiden Computern.</translation>
    </message>
    <message>
        <source>The share code has a typing or copy mistake (its checksum does not match). Copy it again, whole, from your partner.</source>
        <translation>Im Freigabecode steckt ein Tipp- oder Kopierfehler (die Prüfsumme stimmt nicht). Kopiere ihn noch einmal vollständig von deinem Partner oder deiner Partnerin.</translation>
    </message>
    <message>
        <source>The share code is damaged. Copy it again, whole, from your partner.</source>
        <translation>Der Freigabecode ist beschädigt. Kopiere ihn noch einmal vollständig von deinem Partner oder deiner Partnerin.</translation>
    </message>
    <message>
        <source>%1 is too large to be a share-code file.</source>
        <translation>%1 ist zu groß für eine Datei mit Freigabecode.</translation>
    </message>
    <message>
        <source>%1 is too large to be a share bundle.</source>
        <translation>%1 ist zu groß für ein Freigabepaket.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>No partner yet. Add your partner&apos;s share code first (heartlog partner add).</source>
        <translation>Noch kein Partner und keine Partnerin. Füge zuerst den Freigabecode hinzu (heartlog partner add).</translation>
    </message>
    <message>
        <source>That partner is no longer in this profile.</source>
        <translation>Diese Person ist nicht mehr in diesem Profil eingetragen.</translation>
    </message>
    <message>
        <source>There are several partners (%1); say which one.</source>
        <translation>Es gibt mehrere Eingetragene (%1); gib an, wen du meinst.</translation>
    </message>
    <message>
        <source>No single partner is called %1. Partners: %2.</source>
        <translation>Niemand heißt eindeutig „%1“. Eingetragen sind: %2.</translation>
    </message>
    <message>
        <source>No entries were chosen, so there is nothing to export.</source>
        <translation>Es wurden keine Einträge ausgewählt, also gibt es nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Choose which entries: by ids, a tag, the entries marked for sharing, or a date range.</source>
        <translation>Wähle die Einträge aus: nach IDs, einem Schlagwort, den zum Teilen markierten Einträgen oder einem Zeitraum.</translation>
    </message>
    <message>
        <source>The reflection is empty: write what you heard first.</source>
        <translation>Die Rückmeldung ist leer: Schreib zuerst, was du gehört hast.</translation>
    </message>
    <message>
        <source>A reflection can be at most %1 characters long.</source>
        <translation>Eine Rückmeldung darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>That entry is not among the entries your partner shared, so it cannot get a reflection.</source>
        <translation>Dieser Eintrag gehört nicht zu den geteilten Einträgen deines Partners oder deiner Partnerin, deshalb kann er keine Rückmeldung bekommen.</translation>
    </message>
    <message>
        <source>Only your own reflections can be changed.</source>
        <translation>Nur deine eigenen Rückmeldungen lassen sich ändern.</translation>
    </message>
    <message>
        <source>Only your own reflections can be deleted.</source>
        <translation>Nur deine eigenen Rückmeldungen lassen sich löschen.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Choose an existing folder.</source>
        <translation>%1 ist kein Ordner. Wähle einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>No share folder is set. Choose one first (heartlog share-folder FOLDER).</source>
        <translation>Es ist kein Freigabeordner festgelegt. Wähle zuerst einen (heartlog share-folder ORDNER).</translation>
    </message>
    <message>
        <source>The share folder %1 is not there. Connect it or choose another one.</source>
        <translation>Den Freigabeordner %1 gibt es gerade nicht. Schließe ihn an oder wähle einen anderen.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>HeartLog hit a problem</source>
        <translation>HeartLog hatte ein Problem</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What you wrote has been saved as far as possible and HeartLog keeps running. If this happens again, please send the details below with a short description of what you were doing. They contain no journal text.</source>
        <translation>Etwas Unerwartetes ist schiefgelaufen. Was du geschrieben hast, wurde so weit wie möglich gespeichert, und HeartLog läuft weiter. Wenn das noch einmal passiert, schick bitte die Einzelheiten unten mit einer kurzen Beschreibung, was du gerade gemacht hast. Sie enthalten keinen Tagebuchtext.</translation>
    </message>
    <message>
        <source>The log file is %1.</source>
        <translation>Die Protokolldatei ist %1.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>How each day felt</source>
        <translation>Wie sich jeder Tag anfühlte</translation>
    </message>
    <message>
        <source>This week, from your words</source>
        <translation>Diese Woche, aus deinen Worten</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Your mood rating</source>
        <translation>Deine Stimmungsangabe</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation>Schwierig</translation>
    </message>
    <message>
        <source>Good moments for each difficult one</source>
        <translation>Gute Momente pro schwierigem Moment</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>{value} to 1</source>
        <translation>{value} zu 1</translation>
    </message>
    <message>
        <source>only good moments</source>
        <translation>nur gute Momente</translation>
    </message>
    <message>
        <source>no good moments</source>
        <translation>keine guten Momente</translation>
    </message>
    <message>
        <source>nothing written</source>
        <translation>nichts geschrieben</translation>
    </message>
    <message>
        <source>5 to 1: a healthy balance</source>
        <translation>5 zu 1: ein gesundes Verhältnis</translation>
    </message>
    <message>
        <source>What came up</source>
        <translation>Was zur Sprache kam</translation>
    </message>
    <message>
        <source>in difficult moments</source>
        <translation>in schwierigen Momenten</translation>
    </message>
    <message>
        <source>in good moments</source>
        <translation>in guten Momenten</translation>
    </message>
    <message>
        <source>Practices you wrote about</source>
        <translation>Übungen, über die du geschrieben hast</translation>
    </message>
    <message>
        <source>No entries from prompts this week</source>
        <translation>Diese Woche keine Einträge zu Schreibimpulsen</translation>
    </message>
    <message>
        <source>No entries this week yet</source>
        <translation>Diese Woche noch keine Einträge</translation>
    </message>
</context>
<context>
    <name>DashboardSummary</name>
    <message>
        <source>You didn&apos;t write this week.</source>
        <translation>Diese Woche hast du nichts geschrieben.</translation>
    </message>
    <message>
        <source>You wrote {count_text} times this week (last week: {previous_text}).</source>
        <translation>Du hast diese Woche {count_text}-mal geschrieben (letzte Woche: {previous_text}).</translation>
    </message>
    <message>
        <source>You wrote once this week (last week: {previous_text}).</source>
        <translation>Du hast diese Woche einmal geschrieben (letzte Woche: {previous_text}).</translation>
    </message>
    <message>
        <source>Overall the week felt {tone_text}.</source>
        <translation>Insgesamt fühlte sich die Woche {tone_text} an.</translation>
    </message>
    <message>
        <source>{weekday} felt best.</source>
        <translation>Am besten fühlte sich der {weekday} an.</translation>
    </message>
    <message>
        <source>{weekday} was the hardest day.</source>
        <translation>Der {weekday} war der schwerste Tag.</translation>
    </message>
    <message>
        <source>There were {value_text} good moments for every difficult one (a healthy balance is 5 or more).</source>
        <translation>Auf jeden schwierigen Moment kamen {value_text} gute (ein gesundes Verhältnis liegt bei 5 oder mehr).</translation>
    </message>
    <message>
        <source>Difficult moments outnumbered good ones: {value_text} good moments for every difficult one (a healthy balance is 5 or more).</source>
        <translation>Die schwierigen Momente überwogen: {value_text} gute auf jeden schwierigen (ein gesundes Verhältnis liegt bei 5 oder mehr).</translation>
    </message>
    <message>
        <source>You wrote about {positive_text} good moments and no difficult ones.</source>
        <translation>Du hast über {positive_text} gute Momente geschrieben und über keine schwierigen.</translation>
    </message>
    <message>
        <source>You wrote about {negative_text} difficult moments and no good ones.</source>
        <translation>Du hast über {negative_text} schwierige Momente geschrieben und über keine guten.</translation>
    </message>
    <message>
        <source>{label} came up {count_text} times, {how_text}.</source>
        <translation>{label} kam {count_text}-mal vor, {how_text}.</translation>
    </message>
    <message>
        <source>{label} came up once, {how_text}.</source>
        <translation>{label} kam einmal vor, {how_text}.</translation>
    </message>
    <message>
        <source>Conflict about {theme_text} keeps coming back without being resolved (since {since_text}); something to try: {practice_text}.</source>
        <translation>Der Konflikt um {theme_text} kehrt immer wieder, ohne gelöst zu werden (seit dem {since_text}); etwas zum Ausprobieren: {practice_text}.</translation>
    </message>
    <message>
        <source>You resolved the recurring conflict about {theme_text} this week.</source>
        <translation>Diese Woche habt ihr den wiederkehrenden Konflikt um {theme_text} gelöst.</translation>
    </message>
    <message>
        <source>{count_text} entries were not analysed because they are not in English.</source>
        <translation>{count_text} Einträge wurden nicht analysiert, weil sie nicht auf Englisch geschrieben sind.</translation>
    </message>
    <message>
        <source>One entry was not analysed because it is not in English.</source>
        <translation>Ein Eintrag wurde nicht analysiert, weil er nicht auf Englisch geschrieben ist.</translation>
    </message>
    <message>
        <source>mostly positive</source>
        <translation>überwiegend positiv</translation>
    </message>
    <message>
        <source>somewhat positive</source>
        <translation>eher positiv</translation>
    </message>
    <message>
        <source>calm or mixed</source>
        <translation>ruhig oder gemischt</translation>
    </message>
    <message>
        <source>somewhat difficult</source>
        <translation>eher schwierig</translation>
    </message>
    <message>
        <source>difficult</source>
        <translation>schwierig</translation>
    </message>
    <message>
        <source>mostly in good moments</source>
        <translation>meist in guten Momenten</translation>
    </message>
    <message>
        <source>mostly in difficult moments</source>
        <translation>meist in schwierigen Momenten</translation>
    </message>
    <message>
        <source>in good and difficult moments</source>
        <translation>in guten wie in schwierigen Momenten</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save as image (PNG)…</source>
        <translation>Als Bild speichern (PNG) …</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <source>Preparing the week…</source>
        <translation>Die Woche wird vorbereitet …</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <source>The week could not be prepared because of an error. Details are in the log.</source>
        <translation>Die Woche konnte wegen eines Fehlers nicht vorbereitet werden. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Every prompt for this practice is hidden; show some again first.</source>
        <translation>Alle Schreibimpulse zu dieser Übung sind ausgeblendet; blende zuerst wieder welche ein.</translation>
    </message>
    <message>
        <source>Save the week as an image</source>
        <translation>Woche als Bild speichern</translation>
    </message>
    <message>
        <source>Save the week as a PDF</source>
        <translation>Woche als PDF speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The export failed because of an error. Details are in the log.</source>
        <translation>Der Export ist wegen eines Fehlers fehlgeschlagen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>DashboardWords</name>
    <message>
        <source>money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>chores</source>
        <translation>den Haushalt</translation>
    </message>
    <message>
        <source>family</source>
        <translation>die Familie</translation>
    </message>
    <message>
        <source>work</source>
        <translation>die Arbeit</translation>
    </message>
    <message>
        <source>affection</source>
        <translation>Nähe und Intimität</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>die Kommunikation</translation>
    </message>
    <message>
        <source>parenting</source>
        <translation>die Erziehung</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>eure Pläne</translation>
    </message>
    <message>
        <source>health</source>
        <translation>die Gesundheit</translation>
    </message>
    <message>
        <source>getting more intense</source>
        <translation>wird heftiger</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <source>easing off</source>
        <translation>lässt nach</translation>
    </message>
    <message>
        <source>It has been getting more intense lately.</source>
        <translation>Zuletzt ist es heftiger geworden.</translation>
    </message>
    <message>
        <source>It has stayed about the same.</source>
        <translation>Es ist etwa gleich geblieben.</translation>
    </message>
    <message>
        <source>It has been easing off.</source>
        <translation>Es lässt allmählich nach.</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>ernst</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>day and month name</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>day and short month name</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d</source>
        <comment>day of the month alone: 16 to 22 November</comment>
        <translation>d.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation>Woche %1: %2</translation>
    </message>
    <message>
        <source>%1: keeps coming back</source>
        <translation>%1: kehrt immer wieder</translation>
    </message>
    <message>
        <source>%1: resolved on %2</source>
        <translation>%1: gelöst am %2</translation>
    </message>
    <message>
        <source>%1: resolved</source>
        <translation>%1: gelöst</translation>
    </message>
    <message>
        <source>Conflict on %1 days, %2.</source>
        <translation>Konflikt an %1 Tagen, %2.</translation>
    </message>
    <message>
        <source>Severity: %1.</source>
        <translation>Schweregrad: %1.</translation>
    </message>
    <message>
        <source>%1, made up</source>
        <translation>%1, versöhnt</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <comment>day: quoted sentence</comment>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Something to try: %1. %2</source>
        <translation>Etwas zum Ausprobieren: %1. %2</translation>
    </message>
    <message>
        <source>The week in a few words</source>
        <translation>Die Woche in wenigen Worten</translation>
    </message>
    <message>
        <source>Patterns to look at</source>
        <translation>Muster, die einen Blick wert sind</translation>
    </message>
    <message>
        <source>Nothing keeps coming back right now.</source>
        <translation>Gerade kehrt nichts immer wieder.</translation>
    </message>
    <message>
        <source>HeartLog. Private: this file is not encrypted; keep it somewhere safe.</source>
        <translation>HeartLog. Privat: Diese Datei ist nicht verschlüsselt; bewahre sie sicher auf.</translation>
    </message>
</context>
<context>
    <name>EmptyWeek</name>
    <message>
        <source>Write an entry</source>
        <translation>Eintrag schreiben</translation>
    </message>
    <message>
        <source>Go to this week</source>
        <translation>Zur aktuellen Woche</translation>
    </message>
    <message>
        <source>No entries this week yet</source>
        <translation>Diese Woche noch keine Einträge</translation>
    </message>
    <message>
        <source>Write a few lines about how your week is going. Once there are entries, this page shows how the week felt, what came up, and what keeps coming back.</source>
        <translation>Schreib ein paar Zeilen darüber, wie deine Woche läuft. Sobald es Einträge gibt, zeigt diese Seite, wie sich die Woche angefühlt hat, was zur Sprache kam und was immer wiederkehrt.</translation>
    </message>
    <message>
        <source>Nothing written that week</source>
        <translation>In dieser Woche nichts geschrieben</translation>
    </message>
    <message>
        <source>There are no entries in this week. Pick another week above, or write about today.</source>
        <translation>In dieser Woche gibt es keine Einträge. Wähle oben eine andere Woche oder schreib über heute.</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>to share</source>
        <translation>zum Teilen</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>Titel des Eintrags</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Datum des Eintrags</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>&amp;Stimmung:</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Write here. Everything is saved as you type.</source>
        <translation>Schreib hier. Alles wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>1 · very low</source>
        <translation>1 · sehr schlecht</translation>
    </message>
    <message>
        <source>2 · low</source>
        <translation>2 · schlecht</translation>
    </message>
    <message>
        <source>3 · okay</source>
        <translation>3 · okay</translation>
    </message>
    <message>
        <source>4 · good</source>
        <translation>4 · gut</translation>
    </message>
    <message>
        <source>5 · very good</source>
        <translation>5 · sehr gut</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message>
        <source>mood %1 of 5</source>
        <translation>Stimmung %1 von 5</translation>
    </message>
    <message>
        <source>analysed mood %1 (from -1 to +1)</source>
        <translation>analysierte Stimmung %1 (von -1 bis +1)</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
</context>
<context>
    <name>EvidenceLink</name>
    <message>
        <source>Open this entry at this sentence</source>
        <translation>Diesen Eintrag an diesem Satz öffnen</translation>
    </message>
    <message>
        <source>Opens the entry at this sentence</source>
        <translation>Öffnet den Eintrag an diesem Satz</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the whole journal</source>
        <translation>Das ganze Tagebuch exportieren</translation>
    </message>
    <message>
        <source>One JSON file: everything, and it can be imported back</source>
        <translation>Eine JSON-Datei: alles, und sie lässt sich wieder importieren</translation>
    </message>
    <message>
        <source>A folder of Markdown files, one per entry, readable anywhere</source>
        <translation>Ein Ordner mit Markdown-Dateien, eine pro Eintrag, überall lesbar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Exported files are not encrypted: anyone who can open them can read them.</source>
        <translation>Exportierte Dateien sind nicht verschlüsselt: Wer sie öffnen kann, kann sie lesen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>HeartLog journal %1</source>
        <translation>HeartLog-Tagebuch %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Choose where to create the Markdown folder</source>
        <translation>Wähle, wo der Markdown-Ordner angelegt wird</translation>
    </message>
    <message>
        <source>Exporting entries…</source>
        <translation>Einträge werden exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}.</source>
        <translation>{count} Einträge nach {path} exportiert.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation>Der Export wurde abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>&amp;Prompts</source>
        <translation>&amp;Impulse</translation>
    </message>
    <message>
        <source>&amp;Sharing</source>
        <translation>&amp;Teilen</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to date</source>
        <translation>Zu einem Datum springen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Springen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a journal</source>
        <translation>Tagebuch importieren</translation>
    </message>
    <message>
        <source>A jrnl file, a Day One export, a folder…</source>
        <translation>Eine jrnl-Datei, ein Day-One-Export, ein Ordner …</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen …</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>jrnl journal (text)</source>
        <translation>jrnl-Tagebuch (Text)</translation>
    </message>
    <message>
        <source>jrnl JSON export</source>
        <translation>jrnl-JSON-Export</translation>
    </message>
    <message>
        <source>Day One (JSON export, zip or .doentry folder)</source>
        <translation>Day One (JSON-Export, ZIP oder .doentry-Ordner)</translation>
    </message>
    <message>
        <source>Folder of Markdown or text files</source>
        <translation>Ordner mit Markdown- oder Textdateien</translation>
    </message>
    <message>
        <source>HeartLog JSON export</source>
        <translation>HeartLog-JSON-Export</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>Tagebuch:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Choose a journal to see what it holds.</source>
        <translation>Wähle ein Tagebuch, um zu sehen, was darin steht.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose a journal file</source>
        <translation>Tagebuchdatei wählen</translation>
    </message>
    <message>
        <source>Journals (*.txt *.json *.zip *.doentry *.md);;All files (*)</source>
        <translation>Tagebücher (*.txt *.json *.zip *.doentry *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a journal folder</source>
        <translation>Tagebuchordner wählen</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Das Tagebuch wird gelesen …</translation>
    </message>
    <message>
        <source>This journal has no entries.</source>
        <translation>Dieses Tagebuch hat keine Einträge.</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %Ln, from {first} to {last}.</source>
        <translation>
            <numerusform>%Ln Eintrag, vom {first} bis {last}.</numerusform>
            <numerusform>%Ln Einträge, vom {first} bis {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{new} new, {skipped} already in your journal.</source>
        <translation>{new} neu, {skipped} schon in deinem Tagebuch.</translation>
    </message>
    <message numerus="yes">
        <source>Entries with an unknown time zone: %Ln. Their times are kept in UTC.</source>
        <translation>
            <numerusform>%Ln Eintrag hat eine unbekannte Zeitzone; seine Uhrzeit bleibt in UTC.</numerusform>
            <numerusform>%Ln Einträge haben eine unbekannte Zeitzone; ihre Uhrzeiten bleiben in UTC.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing entries…</source>
        <translation>Einträge werden importiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Imported {imported} entries, skipped {skipped} already present.</source>
        <translation>{imported} Einträge importiert, {skipped} schon vorhandene übersprungen.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Search what your partner shared</source>
        <translation>Geteilte Einträge durchsuchen</translation>
    </message>
    <message>
        <source>What I heard is…</source>
        <translation>Ich habe gehört, dass …</translation>
    </message>
    <message>
        <source>Save reflection</source>
        <translation>Rückmeldung speichern</translation>
    </message>
    <message>
        <source>Nothing shared with you yet. Your partner&apos;s entries appear here.</source>
        <translation>Noch wurde nichts mit dir geteilt. Die Einträge deines Partners oder deiner Partnerin erscheinen hier.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>From partner</source>
        <translation>Mit dir geteilt</translation>
    </message>
    <message>
        <source>Your reflections</source>
        <translation>Deine Rückmeldungen</translation>
    </message>
    <message>
        <source>Your reflection goes to %1 with your next share.</source>
        <translation>Deine Rückmeldung geht beim nächsten Teilen an %1.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Unlock your journal to see your week.</source>
        <translation>Entsperre dein Tagebuch, um deine Woche zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Einblicke</translation>
    </message>
</context>
<context>
    <name>Interop</name>
    <message>
        <source>Nothing was imported, because this journal has a problem.</source>
        <translation>Es wurde nichts importiert, weil es mit diesem Tagebuch ein Problem gibt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>That folder already exists and is not empty. Choose a new folder name.</source>
        <translation>Diesen Ordner gibt es schon, und er ist nicht leer. Wähle einen neuen Ordnernamen.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was changed; details are in the log.</source>
        <translation>Etwas ist schiefgelaufen (%1). Es wurde nichts verändert; Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>InteropFeature</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Bring in entries from jrnl, Day One or Markdown</source>
        <translation>Einträge aus jrnl, Day One oder Markdown übernehmen</translation>
    </message>
    <message>
        <source>&amp;Export journal…</source>
        <translation>Tagebuch &amp;exportieren …</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
</context>
<context>
    <name>JournalController</name>
    <message>
        <source>This entry is not saved yet, so it stays open. HeartLog keeps trying.</source>
        <translation>Dieser Eintrag ist noch nicht gespeichert und bleibt deshalb offen. HeartLog versucht es weiter.</translation>
    </message>
    <message>
        <source>Entry deleted. Press Ctrl+Z or choose Edit › Undo delete to bring it back.</source>
        <translation>Eintrag gelöscht. Drück Strg+Z oder wähle Bearbeiten › Löschen rückgängig machen, um ihn zurückzuholen.</translation>
    </message>
    <message>
        <source>The entry is back.</source>
        <translation>Der Eintrag ist wieder da.</translation>
    </message>
    <message>
        <source>Saving works again; everything is saved.</source>
        <translation>Speichern klappt wieder; alles ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <source>entries this week (last week: %1)</source>
        <translation>Einträge diese Woche (letzte Woche: %1)</translation>
    </message>
    <message>
        <source>%1 to 1</source>
        <translation>%1 zu 1</translation>
    </message>
    <message>
        <source>all good</source>
        <translation>nur gute</translation>
    </message>
    <message>
        <source>none good</source>
        <translation>keine guten</translation>
    </message>
    <message>
        <source>good moments for each difficult one (5 to 1 is a healthy balance)</source>
        <translation>gute Momente pro schwierigem (5 zu 1 ist ein gesundes Verhältnis)</translation>
    </message>
    <message>
        <source>felt best</source>
        <translation>fühlte sich am besten an</translation>
    </message>
    <message>
        <source>best day</source>
        <translation>bester Tag</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>HeartLog is locked</source>
        <translation>HeartLog ist gesperrt</translation>
    </message>
    <message>
        <source>The journal of %1 is closed. Unlock it to go on writing.</source>
        <translation>Das Tagebuch von %1 ist geschlossen. Entsperre es, um weiterzuschreiben.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren …</translation>
    </message>
    <message>
        <source>&amp;Other profile…</source>
        <translation>&amp;Anderes Profil …</translation>
    </message>
</context>
<context>
    <name>LoveLanguagesDialog</name>
    <message>
        <source>Love languages</source>
        <translation>Sprachen der Liebe</translation>
    </message>
    <message>
        <source>I feel loved when my partner tells me what they appreciate about me.</source>
        <translation>Ich fühle mich geliebt, wenn der Mensch an meiner Seite mir sagt, was er an mir schätzt.</translation>
    </message>
    <message>
        <source>A heartfelt note or message from my partner stays with me for days.</source>
        <translation>Eine liebevolle Nachricht oder ein Zettel von dem Menschen an meiner Seite begleitet mich tagelang.</translation>
    </message>
    <message>
        <source>Hearing “I&apos;m proud of you” from my partner means a great deal to me.</source>
        <translation>„Ich bin stolz auf dich“ von dem Menschen an meiner Seite zu hören, bedeutet mir sehr viel.</translation>
    </message>
    <message>
        <source>Kind words after a hard day lift me more than almost anything.</source>
        <translation>Liebe Worte nach einem schweren Tag bauen mich auf wie kaum etwas anderes.</translation>
    </message>
    <message>
        <source>I feel loved when we spend an evening together with our full attention.</source>
        <translation>Ich fühle mich geliebt, wenn wir einen Abend zusammen verbringen und ganz beieinander sind.</translation>
    </message>
    <message>
        <source>A long walk or a talk with no phones around makes me feel close.</source>
        <translation>Ein langer Spaziergang oder ein Gespräch ohne Handys in der Nähe lässt mich Nähe spüren.</translation>
    </message>
    <message>
        <source>What I treasure most is unhurried time with my partner.</source>
        <translation>Am meisten schätze ich ruhige, ungestörte Zeit zu zweit.</translation>
    </message>
    <message>
        <source>I feel hurt when our time together keeps being interrupted.</source>
        <translation>Es verletzt mich, wenn unsere gemeinsame Zeit ständig unterbrochen wird.</translation>
    </message>
    <message>
        <source>I feel loved when my partner takes a task off my plate unasked.</source>
        <translation>Ich fühle mich geliebt, wenn mir der Mensch an meiner Seite ungefragt eine Aufgabe abnimmt.</translation>
    </message>
    <message>
        <source>When my partner helps with something I have been dreading, I feel cared for.</source>
        <translation>Wenn mir der Mensch an meiner Seite bei etwas hilft, vor dem mir gegraut hat, fühle ich mich umsorgt.</translation>
    </message>
    <message>
        <source>A practical favour says “I love you” to me more than words do.</source>
        <translation>Eine praktische Hilfe sagt mir „Ich liebe dich“ mehr als Worte.</translation>
    </message>
    <message>
        <source>It means a lot when my partner notices what needs doing and just does it.</source>
        <translation>Es bedeutet mir viel, wenn der Mensch an meiner Seite sieht, was zu tun ist, und es einfach erledigt.</translation>
    </message>
    <message>
        <source>A small, thoughtful gift shows me that my partner was thinking of me.</source>
        <translation>Ein kleines, durchdachtes Geschenk zeigt mir, dass der Mensch an meiner Seite an mich gedacht hat.</translation>
    </message>
    <message>
        <source>I treasure the little keepsakes and surprises my partner brings me.</source>
        <translation>Ich hüte die kleinen Andenken und Überraschungen, die mir der Mensch an meiner Seite mitbringt.</translation>
    </message>
    <message>
        <source>A present chosen just for me makes me feel truly known.</source>
        <translation>Ein Geschenk, das genau für mich ausgesucht wurde, gibt mir das Gefühl, wirklich gekannt zu werden.</translation>
    </message>
    <message>
        <source>I feel loved when my partner marks a special day with a token.</source>
        <translation>Ich fühle mich geliebt, wenn der Mensch an meiner Seite einen besonderen Tag mit einer kleinen Aufmerksamkeit würdigt.</translation>
    </message>
    <message>
        <source>I feel loved when my partner hugs me or holds my hand.</source>
        <translation>Ich fühle mich geliebt, wenn der Mensch an meiner Seite mich umarmt oder meine Hand hält.</translation>
    </message>
    <message>
        <source>Sitting close together makes me feel connected.</source>
        <translation>Wenn wir eng beieinandersitzen, fühle ich mich verbunden.</translation>
    </message>
    <message>
        <source>A touch on the arm when I&apos;m stressed comforts me more than words.</source>
        <translation>Eine Berührung am Arm, wenn ich gestresst bin, tröstet mich mehr als Worte.</translation>
    </message>
    <message>
        <source>I feel distant when there is little physical affection between us.</source>
        <translation>Ich fühle mich fern, wenn es zwischen uns wenig körperliche Nähe gibt.</translation>
    </message>
    <message>
        <source>For each pair, choose the statement that fits you better, even if both do. There are no right answers; this stays in your journal. Prompts about the love languages that matter most to you (and to your partner) come up more often.</source>
        <translation>Wähle bei jedem Paar die Aussage, die besser zu dir passt, auch wenn beide zutreffen. Es gibt keine richtigen Antworten; das Ergebnis bleibt in deinem Tagebuch. Schreibimpulse zu den Sprachen der Liebe, die dir (und dem Menschen an deiner Seite) am meisten bedeuten, kommen dann öfter.</translation>
    </message>
    <message>
        <source>Pair %1 of %2</source>
        <translation>Paar %1 von %2</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Weiß ich nicht</translation>
    </message>
    <message>
        <source>My partner&apos;s love language:</source>
        <translation>Sprache der Liebe des Menschen an meiner Seite:</translation>
    </message>
    <message>
        <source>Your love languages: %1</source>
        <translation>Deine Sprachen der Liebe: %1</translation>
    </message>
    <message>
        <source>%1 of %2 pairs answered.</source>
        <translation>%1 von %2 Paaren beantwortet.</translation>
    </message>
    <message>
        <source>Your last result: %1</source>
        <translation>Dein letztes Ergebnis: %1</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Switch profile…</source>
        <translation>Profil &amp;wechseln …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>Zu &amp;Datum springen …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;About HeartLog</source>
        <translation>Über &amp;HeartLog</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — HeartLog</source>
        <translation>%1 – HeartLog</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message numerus="yes">
        <source>HeartLog closed before your last words were saved. They have been restored into %n entry(ies).</source>
        <translation>
            <numerusform>HeartLog wurde beendet, bevor deine letzten Worte gespeichert waren. Sie wurden in %n Eintrag wiederhergestellt.</numerusform>
            <numerusform>HeartLog wurde beendet, bevor deine letzten Worte gespeichert waren. Sie wurden in %n Einträgen wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed; your journal is fine. See Tools &gt; Backups.</source>
        <translation>Die automatische Sicherung von heute ist fehlgeschlagen; deinem Tagebuch geht es gut. Siehe Extras › Sicherungen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>HeartLog cannot save right now (the disk may be full), so the last words of this entry would be lost. Keep the window open and free some space?</source>
        <translation>HeartLog kann gerade nicht speichern (vielleicht ist der Datenträger voll), deshalb gingen die letzten Worte dieses Eintrags verloren. Fenster offen lassen und etwas Platz schaffen?</translation>
    </message>
</context>
<context>
    <name>MarkForSharingAction</name>
    <message>
        <source>Mark for sharing</source>
        <translation>Zum Teilen markieren</translation>
    </message>
    <message>
        <source>Tick this entry so it can be shared with your partner</source>
        <translation>Diesen Eintrag vormerken, damit du ihn teilen kannst</translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New profile — HeartLog</source>
        <translation>Neues Profil – HeartLog</translation>
    </message>
    <message>
        <source>Each person keeps their own journal, locked with their own passphrase. Nobody else on this computer can read it.</source>
        <translation>Jeder Mensch führt sein eigenes Tagebuch, verschlossen mit der eigenen Passphrase. Niemand sonst auf diesem Computer kann es lesen.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Your first name, for example</source>
        <translation>Zum Beispiel dein Vorname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Noch &amp;einmal:</translation>
    </message>
    <message>
        <source>S&amp;how passphrase</source>
        <translation>Passphrase an&amp;zeigen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Die Feststelltaste scheint aktiv zu sein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;There is no way to recover a lost passphrase.&lt;/b&gt; Your journal is encrypted with it; without it, nobody can open the journal again. Write it down somewhere safe.</source>
        <translation>&lt;b&gt;Eine verlorene Passphrase lässt sich auf keinem Weg wiederherstellen.&lt;/b&gt; Dein Tagebuch ist damit verschlüsselt; ohne sie kann niemand es je wieder öffnen. Schreib sie dir an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source>I &amp;understand that a lost passphrase cannot be recovered.</source>
        <translation>Mir ist &amp;klar, dass sich eine verlorene Passphrase nicht wiederherstellen lässt.</translation>
    </message>
    <message>
        <source>Acknowledge that a lost passphrase cannot be recovered</source>
        <translation>Bestätigen, dass sich eine verlorene Passphrase nicht wiederherstellen lässt</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>Profil &amp;anlegen</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Gib dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>A profile with this name already exists. Choose another name.</source>
        <translation>Es gibt schon ein Profil mit diesem Namen. Wähle einen anderen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>Use a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Nimm eine Passphrase mit mindestens %n Zeichen.</numerusform>
            <numerusform>Nimm eine Passphrase mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <source>Tick the box to confirm you understand the passphrase cannot be recovered.</source>
        <translation>Setz das Häkchen, um zu bestätigen, dass sich die Passphrase nicht wiederherstellen lässt.</translation>
    </message>
    <message>
        <source>Very weak: easy to guess.</source>
        <translation>Sehr schwach: leicht zu erraten.</translation>
    </message>
    <message>
        <source>Weak: add more unrelated words.</source>
        <translation>Schwach: Füge weitere Wörter hinzu, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it strong.</source>
        <translation>Mittel: Ein oder zwei Wörter mehr machen sie stark.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Stärke: %1</translation>
    </message>
    <message>
        <source>Tip: a few unrelated words, like a short odd sentence, are strong and easy to remember.</source>
        <translation>Tipp: Ein paar Wörter, die nichts miteinander zu tun haben – wie ein kurzer, schräger Satz –, sind stark und leicht zu merken.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt …</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>PatternCard</name>
    <message>
        <source>Lately: %1.</source>
        <translation>Zuletzt: %1.</translation>
    </message>
    <message>
        <source>What you wrote (click to open the entry):</source>
        <translation>Was du geschrieben hast (klicken öffnet den Eintrag):</translation>
    </message>
    <message>
        <source>Show all %1 sentences</source>
        <translation>Alle %1 Sätze zeigen</translation>
    </message>
    <message>
        <source>Something to try: %1</source>
        <translation>Etwas zum Ausprobieren: %1</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Darüber schreiben</translation>
    </message>
    <message>
        <source>Open a writing prompt from the suggested practice</source>
        <translation>Einen Schreibimpuls zur vorgeschlagenen Übung öffnen</translation>
    </message>
</context>
<context>
    <name>ProfilePickerDialog</name>
    <message>
        <source>Choose a profile — HeartLog</source>
        <translation>Profil wählen – HeartLog</translation>
    </message>
    <message>
        <source>Whose journal do you want to open?</source>
        <translation>Wessen Tagebuch möchtest du öffnen?</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>PromptBadge</name>
    <message>
        <source>Written for the prompt: “%1”</source>
        <translation>Geschrieben zum Schreibimpuls: „%1“</translation>
    </message>
    <message>
        <source>%1 — why this helps: %2</source>
        <translation>%1 – warum das hilft: %2</translation>
    </message>
</context>
<context>
    <name>PromptBrowser</name>
    <message>
        <source>Browse prompts</source>
        <translation>Schreibimpulse durchsehen</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>All practices</source>
        <translation>Alle Übungen</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Any depth</source>
        <translation>Jede Tiefe</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Nur Favoriten</translation>
    </message>
    <message>
        <source>Show hidden prompts</source>
        <translation>Ausgeblendete Impulse zeigen</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Schreibimpulse</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Don&apos;t show again</source>
        <translation>Nicht mehr zeigen</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Darüber schreiben</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n Schreibimpuls</numerusform>
            <numerusform>%n Schreibimpulse</numerusform>
        </translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(ausgeblendet)</translation>
    </message>
    <message>
        <source>Why this helps: %1</source>
        <translation>Warum das hilft: %1</translation>
    </message>
    <message>
        <source>To go further:</source>
        <translation>Um weiterzugehen:</translation>
    </message>
    <message>
        <source>Helps with: %1</source>
        <translation>Hilft bei: %1</translation>
    </message>
    <message>
        <source>Love language: %1</source>
        <translation>Sprache der Liebe: %1</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Darüber schreiben</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>Anderer Impuls</translation>
    </message>
    <message>
        <source>Don&apos;t show again</source>
        <translation>Nicht mehr zeigen</translation>
    </message>
    <message>
        <source>Hide this prompt for good. You can show it again from Browse prompts.</source>
        <translation>Diesen Impuls dauerhaft ausblenden. Unter „Impulse durchsehen“ kannst du ihn wieder einblenden.</translation>
    </message>
    <message>
        <source>Browse prompts…</source>
        <translation>Impulse durchsehen …</translation>
    </message>
    <message>
        <source>No prompt today</source>
        <translation>Heute kein Schreibimpuls</translation>
    </message>
    <message>
        <source>Every prompt is hidden. Use Browse prompts to show some again.</source>
        <translation>Alle Schreibimpulse sind ausgeblendet. Unter „Impulse durchsehen“ kannst du wieder welche einblenden.</translation>
    </message>
    <message>
        <source>Why this helps: %1</source>
        <translation>Warum das hilft: %1</translation>
    </message>
    <message>
        <source>To go further:</source>
        <translation>Um weiterzugehen:</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorit</translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation>☆ Zu den Favoriten</translation>
    </message>
</context>
<context>
    <name>PromptDepth</name>
    <message>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Deeper</source>
        <translation>Tiefer</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Tief</translation>
    </message>
</context>
<context>
    <name>PromptsFeature</name>
    <message>
        <source>&amp;Show today&apos;s prompt</source>
        <translation>Impuls des &amp;Tages zeigen</translation>
    </message>
    <message>
        <source>&amp;Browse prompts…</source>
        <translation>Impulse &amp;durchsehen …</translation>
    </message>
    <message>
        <source>&amp;Love languages…</source>
        <translation>&amp;Sprachen der Liebe …</translation>
    </message>
    <message>
        <source>Daily &amp;reminder…</source>
        <translation>Tägliche &amp;Erinnerung …</translation>
    </message>
</context>
<context>
    <name>ReflectionsPanel</name>
    <message>
        <source>%1 reflected (%2):</source>
        <translation>Rückmeldung von %1 (%2):</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Connection time reminder</source>
        <translation>Erinnerung an Zeit füreinander</translation>
    </message>
    <message>
        <source>A gentle daily nudge to spend a little undistracted time together. It appears while HeartLog is running.</source>
        <translation>Ein sanfter täglicher Anstoß, ein wenig ungestörte Zeit miteinander zu verbringen. Er erscheint, während HeartLog läuft.</translation>
    </message>
    <message>
        <source>Remind me every day</source>
        <translation>Erinnere mich jeden Tag</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so the reminder will appear in HeartLog&apos;s window instead.</source>
        <translation>Deine Arbeitsumgebung hat keinen Infobereich, deshalb erscheint die Erinnerung stattdessen im HeartLog-Fenster.</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>Um:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Journal Damaged</source>
        <translation>Tagebuch beschädigt</translation>
    </message>
    <message>
        <source>The journal of “%1” is damaged and cannot be opened. HeartLog has not changed it.</source>
        <translation>Das Tagebuch von „%1“ ist beschädigt und lässt sich nicht öffnen. HeartLog hat nichts daran verändert.</translation>
    </message>
    <message>
        <source>Restore This Backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose Backup Folder…</source>
        <translation>Sicherungsordner wählen …</translation>
    </message>
    <message>
        <source>No verified backup was found in %1. If your backups are in another folder (another disk, a synced folder), choose it.</source>
        <translation>In %1 wurde keine geprüfte Sicherung gefunden. Wenn deine Sicherungen in einem anderen Ordner liegen (auf einem anderen Datenträger, in einem synchronisierten Ordner), wähle ihn aus.</translation>
    </message>
    <message>
        <source>The newest verified backup is from %1, %2 old. Restoring it brings back your journal as it was then; anything written after it is not in it. The damaged file is kept in the profile folder, not deleted.</source>
        <translation>Die neueste geprüfte Sicherung ist vom %1 und %2 alt. Wenn du sie wiederherstellst, bekommst du dein Tagebuch so zurück, wie es damals war; was du danach geschrieben hast, fehlt darin. Die beschädigte Datei bleibt im Profilordner und wird nicht gelöscht.</translation>
    </message>
    <message>
        <source>Choose the Backup Folder</source>
        <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Sicherung wird geprüft und wiederhergestellt …</translation>
    </message>
    <message>
        <source>The disk could not be written. Free some space and try again.</source>
        <translation>Auf den Datenträger konnte nicht geschrieben werden. Schaffe etwas Platz und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>The restore failed unexpectedly; nothing was changed.</source>
        <translation>Die Wiederherstellung ist unerwartet fehlgeschlagen; es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search entries (Ctrl+F)</source>
        <translation>Einträge durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Einträge durchsuchen</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Anzahl der angezeigten Einträge</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — HeartLog</source>
        <translation>Einstellungen – HeartLog</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Nach so vielen Minuten ohne Aktivität sperren</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Sperren nach Inaktivität:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Schriftgröße im Editor</translation>
    </message>
    <message>
        <source>Editor &amp;font size:</source>
        <translation>Schrift&amp;größe im Editor:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language is used after HeartLog restarts.</source>
        <translation>Eine neue Sprache gilt, sobald HeartLog neu gestartet ist.</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
</context>
<context>
    <name>ShareCodeDialog</name>
    <message>
        <source>My share code</source>
        <translation>Mein Freigabecode</translation>
    </message>
    <message>
        <source>Give this code to your partner once, by message or as a file. It is public: it lets your partner share with you, and nothing more.</source>
        <translation>Gib diesen Code einmal deinem Partner oder deiner Partnerin, als Nachricht oder als Datei. Er ist öffentlich: Er erlaubt nur, Einträge mit dir zu teilen, sonst nichts.</translation>
    </message>
    <message>
        <source>Fingerprint — read it aloud with your partner; theirs must show the same:</source>
        <translation>Fingerabdruck – lest ihn euch gegenseitig vor; bei euch beiden muss derselbe stehen:</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Als Datei speichern …</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Save share code</source>
        <translation>Freigabecode speichern</translation>
    </message>
    <message>
        <source>HeartLog share code (*.heartcode)</source>
        <translation>HeartLog-Freigabecode (*.heartcode)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share entries</source>
        <translation>Einträge teilen</translation>
    </message>
    <message>
        <source>Encrypted bundle for</source>
        <translation>Verschlüsseltes Paket für</translation>
    </message>
    <message>
        <source>Put it in the share folder</source>
        <translation>In den Freigabeordner legen</translation>
    </message>
    <message>
        <source>Readable file</source>
        <translation>Lesbare Datei</translation>
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
        <translation>Eine lesbare Datei ist NICHT verschlüsselt: Wer die Datei bekommt, kann diese Einträge lesen. Bewahre sie sicher auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be sent, encrypted.</source>
        <translation>
            <numerusform>%n Eintrag wird verschlüsselt gesendet.</numerusform>
            <numerusform>%n Einträge werden verschlüsselt gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be removed from your partner&apos;s app.</source>
        <translation>
            <numerusform>%n wird aus der App deines Partners oder deiner Partnerin entfernt.</numerusform>
            <numerusform>%n werden aus der App deines Partners oder deiner Partnerin entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write bundle…</source>
        <translation>Paket schreiben …</translation>
    </message>
    <message numerus="yes">
        <source>%n entries will be written to the file.</source>
        <translation>
            <numerusform>%n Eintrag wird in die Datei geschrieben.</numerusform>
            <numerusform>%n Einträge werden in die Datei geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>HeartLog share bundle (*.heartshare)</source>
        <translation>HeartLog-Freigabepaket (*.heartshare)</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Wird verschlüsselt …</translation>
    </message>
    <message>
        <source>Wrote %1 for %2.</source>
        <translation>%1 für %2 geschrieben.</translation>
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
        <translation>Freigabeordner</translation>
    </message>
    <message>
        <source>Pick a folder that you and your partner already keep in sync (Syncthing, Nextcloud, a shared drive). HeartLog writes your encrypted bundles there and imports your partner&apos;s as soon as they appear. Nothing else is put in it.</source>
        <translation>Wähle einen Ordner, den ihr beide schon synchron haltet (Syncthing, Nextcloud, ein gemeinsames Laufwerk). HeartLog legt deine verschlüsselten Pakete dort ab und importiert die Pakete des Menschen an deiner Seite, sobald sie auftauchen. Sonst kommt nichts hinein.</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen …</translation>
    </message>
    <message>
        <source>Stop using a share folder</source>
        <translation>Keinen Freigabeordner mehr verwenden</translation>
    </message>
    <message>
        <source>No share folder is set.</source>
        <translation>Es ist kein Freigabeordner festgelegt.</translation>
    </message>
    <message>
        <source>Share folder: %1</source>
        <translation>Freigabeordner: %1</translation>
    </message>
    <message>
        <source>Choose the share folder</source>
        <translation>Freigabeordner wählen</translation>
    </message>
    <message>
        <source>That is not a folder. Choose an existing folder.</source>
        <translation>Das ist kein Ordner. Wähle einen vorhandenen Ordner.</translation>
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
        <translation>Geteilt aus HeartLog</translation>
    </message>
    <message>
        <source>This file is not encrypted. Anyone who can open it can read these entries.</source>
        <translation>Diese Datei ist nicht verschlüsselt. Wer sie öffnen kann, kann diese Einträge lesen.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>My reflection</source>
        <translation>Meine Rückmeldung</translation>
    </message>
    <message>
        <source>Reflection from {name}</source>
        <translation>Rückmeldung von {name}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>For %1, encrypted</source>
        <translation>Für %1, verschlüsselt</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <source>Your reflections on their entries</source>
        <translation>Deine Rückmeldungen zu den geteilten Einträgen</translation>
    </message>
    <message>
        <source>Removed from what %1 can read</source>
        <translation>Nicht mehr für %1 lesbar</translation>
    </message>
    <message>
        <source>(deleted entry)</source>
        <translation>(gelöschter Eintrag)</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>This file is not a HeartLog share bundle.</source>
        <translation>Diese Datei ist kein HeartLog-Freigabepaket.</translation>
    </message>
    <message>
        <source>This bundle comes from a newer HeartLog. Update HeartLog to open it.</source>
        <translation>Dieses Paket stammt von einem neueren HeartLog. Aktualisiere HeartLog, um es zu öffnen.</translation>
    </message>
    <message>
        <source>This bundle is incomplete. Ask your partner to share again; nothing was imported.</source>
        <translation>Dieses Paket ist unvollständig. Bitte deinen Partner oder deine Partnerin, noch einmal zu teilen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This bundle has extra data added to it and may have been tampered with; nothing was imported.</source>
        <translation>An dieses Paket wurden zusätzliche Daten angehängt, vielleicht wurde es manipuliert; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>You made this bundle for your partner; open it in your partner&apos;s HeartLog.</source>
        <translation>Du hast dieses Paket für den Menschen an deiner Seite erstellt; es lässt sich nur in dessen HeartLog öffnen.</translation>
    </message>
    <message>
        <source>This bundle was made for someone else, not for you; nothing was imported.</source>
        <translation>Dieses Paket wurde für jemand anderen erstellt, nicht für dich; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This bundle comes from someone you have not added as a partner; nothing was imported.</source>
        <translation>Dieses Paket stammt von jemandem, den du nicht als Partner oder Partnerin hinzugefügt hast; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This bundle was changed or damaged after it was made, so it cannot be trusted; nothing was imported.</source>
        <translation>Dieses Paket wurde nach dem Erstellen verändert oder beschädigt, deshalb ist ihm nicht zu trauen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This bundle cannot be read; it may come from a newer HeartLog. Nothing was imported.</source>
        <translation>Dieses Paket lässt sich nicht lesen; vielleicht stammt es von einem neueren HeartLog. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This bundle is older than one already imported; nothing was imported.</source>
        <translation>Dieses Paket ist älter als ein bereits importiertes; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This file is too large to be a share bundle.</source>
        <translation>Diese Datei ist zu groß für ein Freigabepaket.</translation>
    </message>
    <message>
        <source>The bundle file cannot be read.</source>
        <translation>Die Paketdatei lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>This bundle cannot be imported; nothing was imported.</source>
        <translation>Dieses Paket lässt sich nicht importieren; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing new from %1.</source>
        <translation>Nichts Neues von %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n new entry(ies)</source>
        <translation>
            <numerusform>%n neuer Eintrag</numerusform>
            <numerusform>%n neue Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n Rückmeldung</numerusform>
            <numerusform>%n Rückmeldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Von %1: %2</translation>
    </message>
</context>
<context>
    <name>SharingFeature</name>
    <message>
        <source>My &amp;share code…</source>
        <translation>Mein &amp;Freigabecode …</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Partner oder Partnerin hinzufügen …</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Teilen …</translation>
    </message>
    <message>
        <source>Preview and send the entries marked for sharing</source>
        <translation>Die zum Teilen markierten Einträge ansehen und senden</translation>
    </message>
    <message>
        <source>&amp;Open a bundle from your partner…</source>
        <translation>Empfangenes Paket &amp;öffnen …</translation>
    </message>
    <message>
        <source>Share &amp;folder…</source>
        <translation>Freigabe&amp;ordner …</translation>
    </message>
    <message>
        <source>Marked for sharing. Choose Sharing › Share… to send it.</source>
        <translation>Zum Teilen markiert. Wähle Teilen › Teilen …, um ihn zu senden.</translation>
    </message>
    <message>
        <source>No longer marked for sharing.</source>
        <translation>Nicht mehr zum Teilen markiert.</translation>
    </message>
    <message>
        <source>Wrote %1 for %2.</source>
        <translation>%1 für %2 geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1. It is not encrypted.</source>
        <translation>%1 geschrieben. Die Datei ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Open a bundle from your partner</source>
        <translation>Empfangenes Paket öffnen</translation>
    </message>
    <message>
        <source>HeartLog share bundle (*.heartshare)</source>
        <translation>HeartLog-Freigabepaket (*.heartshare)</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Paket nicht importiert</translation>
    </message>
</context>
<context>
    <name>SharingViews</name>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Shared entries</source>
        <translation>Geteilte Einträge</translation>
    </message>
    <message>
        <source>Shared entry</source>
        <translation>Geteilter Eintrag</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Deine Rückmeldung</translation>
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
        <translation>%1 entsperren – HeartLog</translation>
    </message>
    <message>
        <source>Unlock the journal of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Tagebuch von &lt;b&gt;%1&lt;/b&gt; entsperren</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>S&amp;how passphrase</source>
        <translation>Passphrase an&amp;zeigen</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Die Feststelltaste scheint aktiv zu sein.</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Fehler beim Entsperren</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Other profile…</source>
        <translation>&amp;Anderes Profil …</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Gib zuerst deine Passphrase ein.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check it and try again (it is case-sensitive).</source>
        <translation>Falsche Passphrase. Prüfe sie und versuche es noch einmal (Groß- und Kleinschreibung zählen).</translation>
    </message>
</context>
<context>
    <name>WeekContent</name>
    <message>
        <source>The week in a few words</source>
        <translation>Die Woche in wenigen Worten</translation>
    </message>
    <message>
        <source>Patterns to look at</source>
        <translation>Muster, die einen Blick wert sind</translation>
    </message>
    <message>
        <source>Nothing keeps coming back unresolved right now.</source>
        <translation>Gerade kehrt nichts Ungelöstes immer wieder.</translation>
    </message>
    <message>
        <source>Only one entry this week, so this is a first, rough picture.</source>
        <translation>Diese Woche gibt es nur einen Eintrag – das ist also ein erstes, grobes Bild.</translation>
    </message>
    <message>
        <source>Only %1 entries this week, so this is a rough picture.</source>
        <translation>Diese Woche gibt es nur %1 Einträge – das ist also ein grobes Bild.</translation>
    </message>
    <message>
        <source>There is nothing to chart yet: these entries could not be analysed (the analysis only understands English).</source>
        <translation>Noch gibt es nichts darzustellen: Diese Einträge konnten nicht analysiert werden (die Analyse versteht nur Englisch).</translation>
    </message>
    <message>
        <source>Write from one of HeartLog&apos;s prompts and this page will also show which practices you worked on.</source>
        <translation>Schreib zu einem der Schreibimpulse von HeartLog, dann zeigt diese Seite auch, an welchen Übungen du gearbeitet hast.</translation>
    </message>
</context>
<context>
    <name>WeekPicker</name>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>Show the week before (Alt+Left)</source>
        <translation>Die Woche davor zeigen (Alt+Links)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Show the week after (Alt+Right)</source>
        <translation>Die Woche danach zeigen (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Jump to:</source>
        <translation>Springen zu:</translation>
    </message>
    <message>
        <source>Show the week of this day</source>
        <translation>Die Woche dieses Tages zeigen</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
</context>
<context>
    <name>WhyDialog</name>
    <message>
        <source>Why this mood?</source>
        <translation>Warum diese Stimmung?</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>This entry has not been analysed yet.</source>
        <translation>Dieser Eintrag wurde noch nicht analysiert.</translation>
    </message>
    <message>
        <source>This entry was not analysed: the analysis only understands English, and this text does not look like English.</source>
        <translation>Dieser Eintrag wurde nicht analysiert: Die Analyse versteht nur Englisch, und dieser Text sieht nicht nach Englisch aus.</translation>
    </message>
    <message>
        <source>Overall mood: %1 (from %2 sentences, from -1 to +1)</source>
        <translation>Gesamtstimmung: %1 (aus %2 Sätzen, auf einer Skala von -1 bis +1)</translation>
    </message>
    <message>
        <source>There is no text to analyse.</source>
        <translation>Es gibt keinen Text zum Analysieren.</translation>
    </message>
    <message>
        <source>conflict with your partner</source>
        <translation>Konflikt zwischen euch</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>Klärung</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>making up</source>
        <translation>Versöhnung</translation>
    </message>
    <message>
        <source>not a conflict</source>
        <translation>kein Konflikt</translation>
    </message>
    <message>
        <source>relationship words</source>
        <translation>Beziehungswörter</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>absolute word</source>
        <translation>absolutes Wort</translation>
    </message>
    <message>
        <source>&quot;you&quot; statement</source>
        <translation>Du-Botschaft</translation>
    </message>
    <message>
        <source>&quot;I&quot; statement</source>
        <translation>Ich-Botschaft</translation>
    </message>
    <message>
        <source>conflict with someone else</source>
        <translation>Konflikt mit jemand anderem</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>the words that raised a flag</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>not counted (%1, %2)</source>
        <translation>nicht gezählt (%1, %2)</translation>
    </message>
    <message>
        <source>negated</source>
        <translation>verneint</translation>
    </message>
    <message>
        <source>not something that happened</source>
        <translation>nichts, was wirklich passiert ist</translation>
    </message>
    <message>
        <source>about someone else</source>
        <translation>über jemand anderen</translation>
    </message>
    <message>
        <source>your partner is not involved</source>
        <translation>der Mensch an deiner Seite ist nicht beteiligt</translation>
    </message>
    <message>
        <source>what the apology or making up was about</source>
        <translation>worum es bei der Entschuldigung oder Versöhnung ging</translation>
    </message>
    <message>
        <source>an everyday phrase, not a conflict</source>
        <translation>eine Alltagsredewendung, kein Konflikt</translation>
    </message>
</context>
<context>
    <name>WritingStatus</name>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Wortanzahl</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert am %1</translation>
    </message>
    <message>
        <source>New entry: it is saved as soon as you write.</source>
        <translation>Neuer Eintrag: Er wird gespeichert, sobald du schreibst.</translation>
    </message>
    <message>
        <source>Not saved yet — retrying</source>
        <translation>Noch nicht gespeichert – neuer Versuch läuft</translation>
    </message>
</context>
</TS>
