<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Activities</name>
    <message>
        <source>An activity belongs to a contact, a member or an inquiry.</source>
        <translation>Eine Aktivität gehört zu einem Kontakt, einem Mitglied oder einer Anfrage.</translation>
    </message>
    <message>
        <source>The record for this activity does not exist (any more).</source>
        <translation>Der Datensatz zu dieser Aktivität existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>Write what happened: a subject or a text.</source>
        <translation>Schreiben Sie auf, was geschehen ist: einen Betreff oder einen Text.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Nobody on the list of “{event}” has one of the chosen statuses: no attendance list was made.</source>
        <translation>Niemand auf der Liste von „{event}“ hat einen der gewählten Status: Es wurde keine Anwesenheitsliste erstellt.</translation>
    </message>
    <message>
        <source>Attendance list: {event}</source>
        <translation>Anwesenheitsliste: {event}</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>the copy does not pass SQLite's check: {problem}</source>
        <translation>die Kopie besteht die Prüfung von SQLite nicht: {problem}</translation>
    </message>
    <message>
        <source>The database {path} does not exist; there is nothing to back up.</source>
        <translation>Die Datenbank {path} gibt es nicht; es gibt nichts zu sichern.</translation>
    </message>
    <message>
        <source>No backup of {path} was made: {reason}. The database itself may be damaged; see {command}</source>
        <translation>Es wurde keine Sicherung von {path} erstellt: {reason}. Die Datenbank selbst ist vielleicht beschädigt; siehe {command}</translation>
    </message>
    <message>
        <source>No backup of {path} could be made to {target}: {reason}. No file was left.</source>
        <translation>Von {path} konnte keine Sicherung nach {target} erstellt werden: {reason}. Es blieb keine Datei zurück.</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{source} was not restored ({reason}); {path} was not changed.</source>
        <translation>{source} wurde nicht wiederhergestellt ({reason}); {path} blieb unverändert.</translation>
    </message>
    <message>
        <source>{source} is the database itself. Choose a backup to restore.</source>
        <translation>{source} ist die Datenbank selbst. Wählen Sie eine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>There is no file {source} to restore.</source>
        <translation>Die Datei {source} zum Wiederherstellen gibt es nicht.</translation>
    </message>
    <message>
        <source>{source} does not pass SQLite's integrity check ({problem}).</source>
        <translation>{source} besteht die Integritätsprüfung von SQLite nicht ({problem}).</translation>
    </message>
    <message>
        <source>{source} is not an ISA Desk database (it has no schema revision).</source>
        <translation>{source} ist keine ISA-Desk-Datenbank (sie hat keine Schemaversion).</translation>
    </message>
    <message>
        <source>{source} was written by a newer version of ISA Desk (schema {revision}) and cannot be restored with this one.</source>
        <translation>{source} wurde von einer neueren Version von ISA Desk geschrieben (Schema {revision}) und kann mit dieser nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>{path} is open in another program (another ISA Desk window?). Close it and restore again; nothing was changed.</source>
        <translation>{path} ist in einem anderen Programm geöffnet (einem weiteren ISA-Desk-Fenster?). Schließen Sie es und stellen Sie erneut wieder her; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>dated (rotated)</source>
        <translation>datiert (rotierend)</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>damaged database</source>
        <translation>beschädigte Datenbank</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>aufbewahrt</translation>
    </message>
    <message>
        <source>Backups are made of database files. Back up a server database with the server's own tools.</source>
        <translation>Sicherungen gibt es für Datenbankdateien. Sichern Sie eine Server-Datenbank mit den Werkzeugen des Servers.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backups of {name} in {folder}. At the first start of each day a backup is made; of the dated backups the newest of each of the last {days} days, {weeks} weeks and {months} months are kept, the others are removed.</source>
        <translation>Sicherungen von {name} in {folder}. Beim ersten Start jedes Tages wird eine Sicherung erstellt; von den datierten Sicherungen bleibt die neueste jedes der letzten {days} Tage, {weeks} Wochen und {months} Monate erhalten, die übrigen werden entfernt.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Backing up {name}…</source>
        <translation>{name} wird gesichert…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the current data with the backup of {when}? The current data is backed up first.</source>
        <translation>Die aktuellen Daten durch die Sicherung vom {when} ersetzen? Die aktuellen Daten werden vorher gesichert.</translation>
    </message>
    <message>
        <source>Daily backup made: {name}</source>
        <translation>Tägliche Sicherung erstellt: {name}</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The database does not exist</source>
        <translation>Die Datenbank gibt es nicht</translation>
    </message>
    <message>
        <source>Create a new, empty database at {path}?</source>
        <translation>Eine neue, leere Datenbank unter {path} anlegen?</translation>
    </message>
    <message>
        <source>There is no file of that name. If you meant an existing database, choose it.</source>
        <translation>Es gibt keine Datei mit diesem Namen. Wenn Sie eine vorhandene Datenbank gemeint haben, wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>Andere wählen…</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>{name} is damaged. It was not changed, and ISA Desk does not work with it.</source>
        <translation>{name} ist beschädigt. Die Datei wurde nicht verändert, und ISA Desk arbeitet nicht mit ihr.</translation>
    </message>
    <message>
        <source>The last good backup is {backup}. Restoring it replaces the damaged data; the damaged file is kept in the backups folder.</source>
        <translation>Die letzte gute Sicherung ist {backup}. Das Wiederherstellen ersetzt die beschädigten Daten; die beschädigte Datei wird im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <source>There is no backup of it in the backups folder.</source>
        <translation>Im Sicherungsordner gibt es keine Sicherung davon.</translation>
    </message>
    <message>
        <source>Restore the last backup</source>
        <translation>Letzte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Andere Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>ISA Desk databases ({patterns});;All files (*)</source>
        <translation>ISA-Desk-Datenbanken ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>{name} wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored {backup}; the replaced data was backed up to {kept}.</source>
        <translation>{backup} wurde wiederhergestellt; die ersetzten Daten wurden nach {kept} gesichert.</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Nobody on the list of “{event}” has one of the chosen statuses: no badges were made.</source>
        <translation>Niemand auf der Liste von „{event}“ hat einen der gewählten Status: Es wurden keine Namensschilder erstellt.</translation>
    </message>
    <message>
        <source>Name badges: {event}</source>
        <translation>Namensschilder: {event}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Suchindex</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>{table} row {row} refers to a missing {parent}</source>
        <translation>{table} Zeile {row} verweist auf fehlendes {parent}</translation>
    </message>
    <message>
        <source>none: this is not an ISA Desk database</source>
        <translation>keine: dies ist keine ISA-Desk-Datenbank</translation>
    </message>
    <message>
        <source>{revision} (current)</source>
        <translation>{revision} (aktuell)</translation>
    </message>
    <message>
        <source>{revision} (upgraded to {head} at the next start)</source>
        <translation>{revision} (wird beim nächsten Start auf {head} aktualisiert)</translation>
    </message>
    <message>
        <source>{revision} is of a newer version of ISA Desk</source>
        <translation>{revision} stammt von einer neueren Version von ISA Desk</translation>
    </message>
    <message>
        <source>missing; it is made again when the database is opened</source>
        <translation>fehlt; er wird beim Öffnen der Datenbank neu angelegt</translation>
    </message>
    <message>
        <source>the contacts' search index does not match the contacts; rebuild it with {command}</source>
        <translation>der Suchindex der Kontakte passt nicht zu den Kontakten; bauen Sie ihn neu auf mit {command}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>See {command}.</source>
        <translation>Siehe {command}.</translation>
    </message>
    <message>
        <source>{command}: unknown language {language}: choose de, en or zh.</source>
        <translation>{command}: unbekannte Sprache {language}: Wählen Sie de, en oder zh.</translation>
    </message>
    <message>
        <source>Contacts, members, inquiries and events of the ISA office. Without a command the window opens.</source>
        <translation>Kontakte, Mitglieder, Anfragen und Veranstaltungen des ISA-Büros. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>PATH_OR_URL</source>
        <translation>PFAD_ODER_URL</translation>
    </message>
    <message>
        <source>the database file or an SQLAlchemy URL (default: $ISA_DESK_DATABASE, then the file in the user data folder)</source>
        <translation>die Datenbankdatei oder eine SQLAlchemy-URL (Standard: $ISA_DESK_DATABASE, sonst die Datei im Benutzerdatenordner)</translation>
    </message>
    <message>
        <source>language of the program (default: de)</source>
        <translation>Sprache des Programms (Standard: de)</translation>
    </message>
    <message>
        <source>use the separate demo database, filled with demo data on first use</source>
        <translation>die separate Demo-Datenbank verwenden, beim ersten Aufruf mit Demodaten gefüllt</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>ISA Desk cannot use {path}: {reason}. Choose another folder with ISA_DESK_HOME or a database with --database.</source>
        <translation>ISA Desk kann {path} nicht verwenden: {reason}. Wählen Sie mit ISA_DESK_HOME einen anderen Ordner oder mit --database eine Datenbank.</translation>
    </message>
    <message>
        <source>The database {path} does not exist. Check the path given with --database or in ISA_DESK_DATABASE, or create it: isa-desk --database {path} init</source>
        <translation>Die Datenbank {path} gibt es nicht. Prüfen Sie den Pfad bei --database oder in ISA_DESK_DATABASE, oder legen Sie sie an: isa-desk --database {path} init</translation>
    </message>
    <message>
        <source>The database {target} needs a driver that is not installed ({reason}). Install it, for PostgreSQL: pip install "psycopg[binary]".</source>
        <translation>Die Datenbank {target} braucht einen Treiber, der nicht installiert ist ({reason}). Für PostgreSQL installieren Sie ihn mit: pip install "psycopg[binary]".</translation>
    </message>
    <message>
        <source>Members: {count}</source>
        <translation>Mitglieder: {count}</translation>
    </message>
    <message>
        <source>Other member records (interested cities, guests, former members): {count}</source>
        <translation>Weitere Mitgliedsdatensätze (interessierte Städte, Gäste, ehemalige Mitglieder): {count}</translation>
    </message>
    <message>
        <source>Organisations: {count}</source>
        <translation>Organisationen: {count}</translation>
    </message>
    <message>
        <source>Contacts: {count}</source>
        <translation>Kontakte: {count}</translation>
    </message>
    <message>
        <source>Membership inquiries: {count}</source>
        <translation>Mitgliedschaftsanfragen: {count}</translation>
    </message>
    <message>
        <source>Activities: {count}</source>
        <translation>Aktivitäten: {count}</translation>
    </message>
    <message>
        <source>Events: {count}</source>
        <translation>Veranstaltungen: {count}</translation>
    </message>
    <message>
        <source>Participants: {count}</source>
        <translation>Teilnehmende: {count}</translation>
    </message>
    <message>
        <source>Tags: {count}</source>
        <translation>Schlagwörter: {count}</translation>
    </message>
    <message>
        <source>Audit trail entries: {count}</source>
        <translation>Einträge im Änderungsprotokoll: {count}</translation>
    </message>
    <message>
        <source>fill or refresh the database with the demo data</source>
        <translation>die Datenbank mit den Demodaten füllen oder auffrischen</translation>
    </message>
    <message>
        <source>Writes the demo data set (the alliance's members, fictional contacts, inquiries and an event) into the database. Running it again refreshes it.</source>
        <translation>Schreibt den Demodatensatz (die Mitglieder der Allianz, erfundene Kontakte, Anfragen und eine Veranstaltung) in die Datenbank. Ein erneuter Aufruf frischt ihn auf.</translation>
    </message>
    <message>
        <source>Demo data written to {database}.</source>
        <translation>Demodaten in {database} geschrieben.</translation>
    </message>
    <message>
        <source>export a list as an Excel workbook, contacts also as vCards or for Outlook</source>
        <translation>eine Liste als Excel-Arbeitsmappe exportieren, Kontakte auch als vCards oder für Outlook</translation>
    </message>
    <message>
        <source>Writes members, organisations, contacts, membership inquiries or an event's participants into an Excel workbook (.xlsx), with headers in the program's language and an ID column for a later re-import. Contacts can also be written as vCards (FILE.vcf, or a folder for one file per contact) and as Outlook's CSV file (FILE.csv --format outlook).</source>
        <translation>Schreibt Mitglieder, Organisationen, Kontakte, Mitgliedschaftsanfragen oder die Teilnehmenden einer Veranstaltung in eine Excel-Arbeitsmappe (.xlsx), mit Spaltenköpfen in der Sprache des Programms und einer ID-Spalte für einen späteren Re-Import. Kontakte können auch als vCards (DATEI.vcf, oder ein Ordner für eine Datei je Kontakt) und als CSV-Datei für Outlook (DATEI.csv --format outlook) geschrieben werden.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>FILE.xlsx</source>
        <translation>DATEI.xlsx</translation>
    </message>
    <message>
        <source>only this country (code or name)</source>
        <translation>nur dieses Land (Ländercode oder Name)</translation>
    </message>
    <message>
        <source>only this status (members, inquiries, participants)</source>
        <translation>nur dieser Status (Mitglieder, Anfragen, Teilnehmende)</translation>
    </message>
    <message>
        <source>only records with this tag</source>
        <translation>nur Datensätze mit diesem Schlagwort</translation>
    </message>
    <message>
        <source>xlsx, vcard (contacts as vCards: FILE.vcf, or a folder for one file per contact) or outlook (contacts as Outlook's CSV file: FILE.csv); default: found from the file name</source>
        <translation>xlsx, vcard (Kontakte als vCards: DATEI.vcf, oder ein Ordner für eine Datei je Kontakt) oder outlook (Kontakte als CSV-Datei für Outlook: DATEI.csv); Vorgabe: aus dem Dateinamen</translation>
    </message>
    <message>
        <source>the vCard version: 3.0 (default, read by Outlook and Thunderbird) or 4.0</source>
        <translation>die vCard-Version: 3.0 (Vorgabe, von Outlook und Thunderbird gelesen) oder 4.0</translation>
    </message>
    <message>
        <source>the language of Outlook's column names: de (default) or en, as Outlook runs</source>
        <translation>die Sprache der Spaltennamen für Outlook: de (Vorgabe) oder en, wie Outlook läuft</translation>
    </message>
    <message>
        <source>{file}: a CSV file is written in Outlook's layout: add --format outlook.</source>
        <translation>{file}: Eine CSV-Datei wird im Aufbau von Outlook geschrieben: --format outlook angeben.</translation>
    </message>
    <message>
        <source>--format {format} is for contacts only.</source>
        <translation>--format {format} gilt nur für Kontakte.</translation>
    </message>
    <message>
        <source>{file}: with --format {format} the file name must end in {suffix}.</source>
        <translation>{file}: Mit --format {format} muss der Dateiname auf {suffix} enden.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of {list} written to {file}.</source>
        <translation><numerusform>%n Zeile von {list} in {file} geschrieben.</numerusform><numerusform>%n Zeilen von {list} in {file} geschrieben.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts written to {file} for Outlook.</source>
        <translation><numerusform>%n Kontakt für Outlook in {file} geschrieben.</numerusform><numerusform>%n Kontakte für Outlook in {file} geschrieben.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts written to {file}, one vCard {version} file each.</source>
        <translation><numerusform>%n Kontakt in {file} geschrieben, je eine vCard-{version}-Datei.</numerusform><numerusform>%n Kontakte in {file} geschrieben, je eine vCard-{version}-Datei.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts written to {file} as vCard {version}.</source>
        <translation><numerusform>%n Kontakt als vCard {version} in {file} geschrieben.</numerusform><numerusform>%n Kontakte als vCard {version} in {file} geschrieben.</numerusform></translation>
    </message>
    <message>
        <source>TITLE_OR_ID</source>
        <translation>TITEL_ODER_ID</translation>
    </message>
    <message>
        <source>the event whose participants to export</source>
        <translation>die Veranstaltung, deren Teilnehmende exportiert werden</translation>
    </message>
    <message>
        <source>--status does not apply to {list}.</source>
        <translation>--status gilt nicht für „{list}“.</translation>
    </message>
    <message>
        <source>Unknown status “{status}”: choose one of {choices}.</source>
        <translation>Unbekannter Status „{status}“: Wählen Sie einen von {choices}.</translation>
    </message>
    <message>
        <source>“{country}” is not a country ISA Desk knows.</source>
        <translation>„{country}“ ist kein Land, das ISA Desk kennt.</translation>
    </message>
    <message>
        <source>{file}: the file name must end in .xlsx.</source>
        <translation>{file}: Der Dateiname muss auf .xlsx enden.</translation>
    </message>
    <message>
        <source>Name the event with --event TITLE or --event ID.</source>
        <translation>Geben Sie die Veranstaltung mit --event TITEL oder --event ID an.</translation>
    </message>
    <message>
        <source>make a checked copy of the database file</source>
        <translation>eine geprüfte Kopie der Datenbankdatei anlegen</translation>
    </message>
    <message>
        <source>Copies the database with SQLite's backup API (also while the window has it open), checks the copy and only then gives it its name. Without FILE the copy goes to the backups folder beside the database.</source>
        <translation>Kopiert die Datenbank mit der Sicherungsschnittstelle von SQLite (auch während das Fenster sie geöffnet hat), prüft die Kopie und gibt ihr erst dann ihren Namen. Ohne DATEI kommt die Kopie in den Sicherungsordner neben der Datenbank.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>{target} is not a database file: backups, restores and checks are for SQLite files. Back up a server database with the server's own tools.</source>
        <translation>{target} ist keine Datenbankdatei: Sichern, Wiederherstellen und Prüfen gibt es für SQLite-Dateien. Sichern Sie eine Server-Datenbank mit den Werkzeugen des Servers.</translation>
    </message>
    <message>
        <source>Backup of {database} written to {path} ({size})</source>
        <translation>Sicherung von {database} geschrieben nach {path} ({size})</translation>
    </message>
    <message>
        <source>import contacts or members from a workbook, CSV or vCard file</source>
        <translation>Kontakte oder Mitglieder aus einer Arbeitsmappe, CSV- oder vCard-Datei importieren</translation>
    </message>
    <message>
        <source>Reads contacts or members from an Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV file, or contacts from a vCard file (.vcf, one or many cards), checks every row and writes them in one step that can be undone in the window. With any error nothing is written, unless --skip-invalid is given. Exit codes: 0 done, 1 rows failed validation (nothing written), 2 the file cannot be read or no column is recognised.</source>
        <translation>Liest Kontakte oder Mitglieder aus einer Excel-Arbeitsmappe (.xlsx, .xls), einer OpenDocument-Tabelle (.ods) oder einer CSV-Datei, oder Kontakte aus einer vCard-Datei (.vcf, eine oder viele Karten), prüft jede Zeile und schreibt sie in einem Schritt, der sich im Fenster rückgängig machen lässt. Bei einem Fehler wird nichts geschrieben, außer mit --skip-invalid. Exit-Codes: 0 erledigt, 1 Zeilen mit Fehlern (nichts geschrieben), 2 die Datei ist nicht lesbar oder keine Spalte wird erkannt.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>the sheet to read (default: the first)</source>
        <translation>das zu lesende Tabellenblatt (Standard: das erste)</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>KODIERUNG</translation>
    </message>
    <message>
        <source>the encoding of a CSV file: utf-8, utf-16-le, utf-16-be, cp1252, gb18030 (also for GBK), big5, or utf-8+cp1252 for lines in either (default: found from the file)</source>
        <translation>die Zeichenkodierung einer CSV-Datei: utf-8, utf-16-le, utf-16-be, cp1252, gb18030 (auch für GBK), big5 oder utf-8+cp1252 für Zeilen in einer der beiden (Vorgabe: aus der Datei erkannt)</translation>
    </message>
    <message>
        <source>SEPARATOR</source>
        <translation>TRENNZEICHEN</translation>
    </message>
    <message>
        <source>the separator of a CSV file: semicolon, comma, tab or pipe, or the character itself (default: found from the file)</source>
        <translation>das Trennzeichen einer CSV-Datei: semicolon, comma, tab oder pipe, oder das Zeichen selbst (Vorgabe: aus der Datei erkannt)</translation>
    </message>
    <message>
        <source>check and count only, write nothing</source>
        <translation>nur prüfen und zählen, nichts schreiben</translation>
    </message>
    <message>
        <source>import the valid rows even if others have errors</source>
        <translation>die gültigen Zeilen importieren, auch wenn andere Fehler haben</translation>
    </message>
    <message>
        <source>what to do with a row that matches an existing record: skip it (default), update the record, or fill only its empty fields</source>
        <translation>was mit einer Zeile geschieht, die zu einem vorhandenen Datensatz passt: überspringen (Standard), den Datensatz aktualisieren oder nur seine leeren Felder füllen</translation>
    </message>
    <message>
        <source>a column mapping saved in the window</source>
        <translation>eine im Fenster gespeicherte Spaltenzuordnung</translation>
    </message>
    <message>
        <source>save the rows with errors, with their messages, as a workbook</source>
        <translation>die fehlerhaften Zeilen mit ihren Meldungen als Arbeitsmappe speichern</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>das Ergebnis als JSON ausgeben</translation>
    </message>
    <message>
        <source>unknown encoding “{name}” (choose one of: {choices})</source>
        <translation>unbekannte Kodierung „{name}“ (eine davon wählen: {choices})</translation>
    </message>
    <message>
        <source>unknown separator “{name}” (choose semicolon, comma, tab or pipe)</source>
        <translation>unbekanntes Trennzeichen „{name}“ (semicolon, comma, tab oder pipe wählen)</translation>
    </message>
    <message>
        <source>{file}: nothing was imported, {count} rows have errors. Correct them, or import the valid rows with --skip-invalid.</source>
        <translation>{file}: Es wurde nichts importiert, {count} Zeilen haben Fehler. Korrigieren Sie sie oder importieren Sie die gültigen Zeilen mit --skip-invalid.</translation>
    </message>
    <message>
        <source>{file}: {created} created, {updated} updated, {skipped} skipped, {duplicates} duplicates.</source>
        <translation>{file}: {created} angelegt, {updated} aktualisiert, {skipped} übersprungen, {duplicates} Dubletten.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>New organisations: {names}</source>
        <translation>Neue Organisationen: {names}</translation>
    </message>
    <message>
        <source>show the database location, schema revision and counts</source>
        <translation>Speicherort der Datenbank, Schemaversion und Anzahl der Datensätze anzeigen</translation>
    </message>
    <message>
        <source>Shows where the database is, its schema revision and how many records of each kind it holds. Changes nothing.</source>
        <translation>Zeigt, wo die Datenbank liegt, ihre Schemaversion und wie viele Datensätze jeder Art sie enthält. Ändert nichts.</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Datenbank: {database}</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (current)</source>
        <translation>Schemaversion: {revision} (aktuell)</translation>
    </message>
    <message>
        <source>Schema revision: {revision} (this program: {head})</source>
        <translation>Schemaversion: {revision} (dieses Programm: {head})</translation>
    </message>
    <message>
        <source>list the membership inquiries and what is due</source>
        <translation>die Mitgliedschaftsanfragen auflisten und zeigen, was fällig ist</translation>
    </message>
    <message>
        <source>Lists the membership inquiries with their status, contact person, next follow-up and days open. Changes nothing.</source>
        <translation>Listet die Mitgliedschaftsanfragen mit Status, Ansprechperson, nächster Wiedervorlage und der Zahl der Tage auf, die sie offen sind. Ändert nichts.</translation>
    </message>
    <message>
        <source>only inquiries in this status: {choices}</source>
        <translation>nur Anfragen mit diesem Status: {choices}</translation>
    </message>
    <message>
        <source>only open inquiries whose follow-up is today or earlier</source>
        <translation>nur offene Anfragen, deren Wiedervorlage heute oder früher ist</translation>
    </message>
    <message>
        <source>print a JSON list of objects (id, city, status, contact, next_follow_up, days_open)</source>
        <translation>eine JSON-Liste von Objekten ausgeben (id, city, status, contact, next_follow_up, days_open)</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(überfällig)</translation>
    </message>
    <message>
        <source>(today)</source>
        <translation>(heute)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Tage offen</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nichts ist fällig.</translation>
    </message>
    <message>
        <source>No inquiries.</source>
        <translation>Keine Anfragen.</translation>
    </message>
    <message>
        <source>Due or overdue: {count}</source>
        <translation>Fällig oder überfällig: {count}</translation>
    </message>
    <message>
        <source>make mail-merge letters as PDF</source>
        <translation>Serienbriefe als PDF erstellen</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KÜRZEL</translation>
    </message>
    <message>
        <source>the template (see isa-desk templates)</source>
        <translation>die Vorlage (siehe isa-desk templates)</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>DATEI.pdf</translation>
    </message>
    <message>
        <source>all letters in one PDF, for printing</source>
        <translation>alle Briefe in einer PDF-Datei, zum Drucken</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>one PDF per recipient in this folder, named family name_given name.pdf</source>
        <translation>eine PDF-Datei je Empfänger in diesem Ordner, benannt Nachname_Vorname.pdf</translation>
    </message>
    <message>
        <source>address labels, A4 sheets of 3 × 8 labels of 70 × 37 mm</source>
        <translation>Adressetiketten, A4-Bögen mit 3 × 8 Etiketten zu 70 × 37 mm</translation>
    </message>
    <message>
        <source>contacts with this tag</source>
        <translation>Kontakte mit diesem Schlagwort</translation>
    </message>
    <message>
        <source>the event for the merge fields; its participants are recipients</source>
        <translation>die Veranstaltung für die Seriendruckfelder; ihre Teilnehmenden sind die Empfänger</translation>
    </message>
    <message>
        <source>STATUS,...</source>
        <translation>STATUS,...</translation>
    </message>
    <message>
        <source>participants with these statuses (default: invited,registered; all: every status)</source>
        <translation>Teilnehmende mit diesen Status (Standard: invited,registered; all: jeder Status)</translation>
    </message>
    <message>
        <source>NAME_OR_ID</source>
        <translation>NAME_ODER_ID</translation>
    </message>
    <message>
        <source>the contacts of this member</source>
        <translation>die Kontakte dieses Mitglieds</translation>
    </message>
    <message>
        <source>these contacts</source>
        <translation>diese Kontakte</translation>
    </message>
    <message>
        <source>every contact</source>
        <translation>alle Kontakte</translation>
    </message>
    <message>
        <source>DIN 5008 form (default: the sender's setting, B)</source>
        <translation>Form nach DIN 5008 (Standard: die Einstellung beim Absender, B)</translation>
    </message>
    <message>
        <source>Merges a letter template for the chosen recipients into DIN 5008 letters (PDF). The selections add up; contacts without postal address, marked "no post", inactive or without consent to the purpose are skipped and listed. Exit codes: 0 done, 1 template error (nothing made), 2 unusable arguments.</source>
        <translation>Führt eine Briefvorlage für die gewählten Empfänger zu Briefen nach DIN 5008 (PDF) zusammen. Die Auswahlen werden zusammengezählt; Kontakte ohne Postanschrift, mit „Keine Post“ markiert, inaktiv oder ohne Einwilligung für den Zweck werden übersprungen und aufgelistet. Exit-Codes: 0 erledigt, 1 Fehler in der Vorlage (nichts erstellt), 2 unbrauchbare Argumente.</translation>
    </message>
    <message>
        <source>the letters' date (default: today)</source>
        <translation>das Datum der Briefe (Standard: heute)</translation>
    </message>
    <message>
        <source>what the run is for: contacts without consent in force for it are skipped and listed; none for correspondence, which needs no consent (default: invitations with --event, else none)</source>
        <translation>wofür der Lauf ist: Kontakte ohne gültige Einwilligung dafür werden übersprungen und aufgelistet; none für Korrespondenz, die keine Einwilligung braucht (Standard: invitations mit --event, sonst none)</translation>
    </message>
    <message>
        <source>write each recipient in their preferred language: with the template given for it (--template-de, --template-en, --template-zh), else the built-in one of the same family as --template, else --template</source>
        <translation>jedem Empfänger in seiner bevorzugten Sprache schreiben: mit der dafür angegebenen Vorlage (--template-de, --template-en, --template-zh), sonst der mitgelieferten derselben Familie wie --template, sonst --template</translation>
    </message>
    <message>
        <source>the template for recipients who read German (sets --per-language)</source>
        <translation>die Vorlage für Empfänger, die Deutsch lesen (setzt --per-language)</translation>
    </message>
    <message>
        <source>the template for recipients who read English (sets --per-language)</source>
        <translation>die Vorlage für Empfänger, die Englisch lesen (setzt --per-language)</translation>
    </message>
    <message>
        <source>the template for recipients who read Chinese (sets --per-language)</source>
        <translation>die Vorlage für Empfänger, die Chinesisch lesen (setzt --per-language)</translation>
    </message>
    <message>
        <source>addresses in China in Chinese order, from 中国 to the recipient (… 收), in characters where the records have them</source>
        <translation>Anschriften in China in chinesischer Reihenfolge, von 中国 bis zum Empfänger (… 收), in Schriftzeichen, wo die Daten sie haben</translation>
    </message>
    <message>
        <source>No letter made: every recipient was skipped.</source>
        <translation>Kein Brief erstellt: Alle Empfänger wurden übersprungen.</translation>
    </message>
    <message>
        <source>Unknown participant status in --status {status}: use {choices} or all.</source>
        <translation>Unbekannter Teilnahmestatus in --status {status}: Verwenden Sie {choices} oder all.</translation>
    </message>
    <message>
        <source>Say where the letters go: --out, --split or --labels.</source>
        <translation>Geben Sie an, wohin die Briefe geschrieben werden: --out, --split oder --labels.</translation>
    </message>
    <message>
        <source>Choose recipients: --tag, --event, --member, --contact or --all.</source>
        <translation>Wählen Sie Empfänger: --tag, --event, --member, --contact oder --all.</translation>
    </message>
    <message>
        <source>list the events with their participant counts</source>
        <translation>die Veranstaltungen mit der Zahl ihrer Teilnehmenden auflisten</translation>
    </message>
    <message>
        <source>Lists the events, newest first, with how many people are on the list and how many are in each status. Changes nothing.</source>
        <translation>Listet die Veranstaltungen auf, die neueste zuerst, mit der Zahl der Personen auf der Liste und der Zahl je Status. Ändert nichts.</translation>
    </message>
    <message>
        <source>print a JSON list of objects (id, title, starts_at, ends_at, place, registration_deadline, total and a count per status)</source>
        <translation>eine JSON-Liste von Objekten ausgeben (id, title, starts_at, ends_at, place, registration_deadline, total und eine Anzahl je Status)</translation>
    </message>
    <message>
        <source>name badges of an event as PDF</source>
        <translation>Namensschilder einer Veranstaltung als PDF</translation>
    </message>
    <message>
        <source>Name badges (A6, four on an A4 page): name, name in Chinese characters, organisation and member city of the event's participants.</source>
        <translation>Namensschilder (A6, vier auf einer A4-Seite): Name, Name in chinesischen Schriftzeichen, Organisation und Mitgliedsstadt der Teilnehmenden der Veranstaltung.</translation>
    </message>
    <message>
        <source>the attendance list of an event as PDF</source>
        <translation>die Anwesenheitsliste einer Veranstaltung als PDF</translation>
    </message>
    <message>
        <source>The list to sign on the day: name, organisation and a signature column for the event's participants, with page numbers.</source>
        <translation>Die Liste zum Unterschreiben am Veranstaltungstag: Name, Organisation und eine Spalte für die Unterschrift der Teilnehmenden, mit Seitenzahlen.</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>die Veranstaltung</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>die zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <source>participants with these statuses (default: registered,attended; all: every status)</source>
        <translation>Teilnehmende mit diesen Status (Standard: registered,attended; all: jeder Status)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Keine Veranstaltungen.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n Seite</numerusform><numerusform>%n Seiten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n name badges on {pages} written to {path}.</source>
        <translation><numerusform>%n Namensschild auf {pages} in {path} geschrieben.</numerusform><numerusform>%n Namensschilder auf {pages} in {path} geschrieben.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Attendance list of %n people on {pages} written to {path}.</source>
        <translation><numerusform>Anwesenheitsliste mit %n Person auf {pages} in {path} geschrieben.</numerusform><numerusform>Anwesenheitsliste mit %n Personen auf {pages} in {path} geschrieben.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n letters, {pages}.</source>
        <translation><numerusform>%n Brief, {pages}.</numerusform><numerusform>%n Briefe, {pages}.</numerusform></translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Geschrieben: {path}</translation>
    </message>
    <message>
        <source>One PDF per recipient in: {folder}</source>
        <translation>Eine PDF-Datei je Empfänger in: {folder}</translation>
    </message>
    <message>
        <source>Skipped ({count}):</source>
        <translation>Übersprungen ({count}):</translation>
    </message>
    <message>
        <source>list the letter templates</source>
        <translation>die Briefvorlagen auflisten</translation>
    </message>
    <message>
        <source>Lists the keys of the letter templates (for isa-desk letters --template), with language and name.</source>
        <translation>Listet die Kürzel der Briefvorlagen (für isa-desk letters --template) mit Sprache und Name auf.</translation>
    </message>
    <message>
        <source>* written by the office</source>
        <translation>* vom Büro erstellt</translation>
    </message>
    <message>
        <source>create an empty database</source>
        <translation>eine leere Datenbank anlegen</translation>
    </message>
    <message>
        <source>Creates an empty database at the place given with --database (or in ISA_DESK_DATABASE, else in the user data folder). An existing file is left alone. For a server URL the tables are made in the existing database.</source>
        <translation>Legt eine leere Datenbank an der mit --database angegebenen Stelle an (oder in ISA_DESK_DATABASE, sonst im Benutzerdatenordner). Eine vorhandene Datei bleibt unberührt. Bei einer Server-URL werden die Tabellen in der vorhandenen Datenbank angelegt.</translation>
    </message>
    <message>
        <source>{path} exists already; nothing was changed.</source>
        <translation>{path} gibt es bereits; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Empty database created: {database}</source>
        <translation>Leere Datenbank angelegt: {database}</translation>
    </message>
    <message>
        <source>check the database file for damage</source>
        <translation>die Datenbankdatei auf Schäden prüfen</translation>
    </message>
    <message>
        <source>Runs SQLite's integrity check and the foreign key check, looks at the schema revision and compares the contacts' search index with the contacts. Exit code 0: no problems; 1: problems, each on a line of its own.</source>
        <translation>Führt die Integritäts- und die Fremdschlüsselprüfung von SQLite aus, sieht die Schemaversion an und vergleicht den Suchindex der Kontakte mit den Kontakten. Rückgabewert 0: keine Probleme; 1: Probleme, jedes in einer eigenen Zeile.</translation>
    </message>
    <message>
        <source>rebuild the contacts' search index when it does not match</source>
        <translation>den Suchindex der Kontakte neu aufbauen, wenn er nicht passt</translation>
    </message>
    <message>
        <source>The database {path} does not exist.</source>
        <translation>Die Datenbank {path} gibt es nicht.</translation>
    </message>
    <message>
        <source>{path}: problems found ({topics}).</source>
        <translation>{path}: Probleme gefunden ({topics}).</translation>
    </message>
    <message>
        <source>{path}: no problems found.</source>
        <translation>{path}: keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>The search index was not rebuilt: the database does not pass the integrity check.</source>
        <translation>Der Suchindex wurde nicht neu aufgebaut: die Datenbank besteht die Integritätsprüfung nicht.</translation>
    </message>
    <message>
        <source>The search index was rebuilt.</source>
        <translation>Der Suchindex wurde neu aufgebaut.</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>die Datenbank durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Replaces the database with the backup FILE, after checking it and backing up the current data into the backups folder. Without --yes only says what it would do.</source>
        <translation>Ersetzt die Datenbank durch die Sicherung DATEI, nachdem diese geprüft und die aktuellen Daten in den Sicherungsordner gesichert wurden. Ohne --yes wird nur gesagt, was geschähe.</translation>
    </message>
    <message>
        <source>replace the database, do not ask</source>
        <translation>die Datenbank ersetzen, ohne zu fragen</translation>
    </message>
    <message>
        <source>{source} can be restored: it would replace {database}, whose data would be backed up into {folder} first. Run the command again with --yes to do it.</source>
        <translation>{source} kann wiederhergestellt werden: es würde {database} ersetzen, dessen Daten vorher nach {folder} gesichert würden. Rufen Sie den Befehl mit --yes erneut auf, um es zu tun.</translation>
    </message>
    <message>
        <source>{database} now holds the data of {source}.</source>
        <translation>{database} enthält jetzt die Daten von {source}.</translation>
    </message>
    <message>
        <source>The data it held before was backed up to {path}</source>
        <translation>Die Daten, die sie vorher enthielt, wurden nach {path} gesichert</translation>
    </message>
    <message>
        <source>send a letter template by e-mail to each recipient</source>
        <translation>eine Briefvorlage per E-Mail an jeden Empfänger senden</translation>
    </message>
    <message>
        <source>send through this mail server: smtp:// with STARTTLS (port 587), smtps:// with TLS (port 465); the password from the system's password store ("ISA Desk SMTP", USER@HOST) or ISA_DESK_SMTP_PASSWORD</source>
        <translation>über diesen Mailserver senden: smtp:// mit STARTTLS (Port 587), smtps:// mit TLS (Port 465); das Passwort aus dem Passwortspeicher des Systems („ISA Desk SMTP“, BENUTZER@HOST) oder ISA_DESK_SMTP_PASSWORD</translation>
    </message>
    <message>
        <source>write one .eml draft per recipient into this folder, for Outlook</source>
        <translation>je Empfänger einen .eml-Entwurf in diesen Ordner schreiben, für Outlook</translation>
    </message>
    <message>
        <source>attach each recipient's letter as PDF</source>
        <translation>den Brief jedes Empfängers als PDF anhängen</translation>
    </message>
    <message>
        <source>attach these files to every message</source>
        <translation>diese Dateien an jede Nachricht anhängen</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>the sender's address (default: the e-mail address of the letters' sender)</source>
        <translation>die Absenderadresse (Vorgabe: die E-Mail-Adresse des Absenders der Briefe)</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>seconds to wait between two messages (default: 1)</source>
        <translation>Sekunden Wartezeit zwischen zwei Nachrichten (Vorgabe: 1)</translation>
    </message>
    <message>
        <source>send only the first recipient's message to this address, to see it</source>
        <translation>nur die Nachricht des ersten Empfängers an diese Adresse senden, zur Ansicht</translation>
    </message>
    <message>
        <source>list the recipients and subjects; send nothing</source>
        <translation>Empfänger und Betreffzeilen auflisten; nichts senden</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>send what a mailing that stopped has not sent yet (through the server or folder it was started with unless --smtp or --eml is given)</source>
        <translation>senden, was ein abgebrochener Versand noch nicht gesendet hat (über den Server oder Ordner, mit dem er begonnen wurde, außer --smtp oder --eml ist angegeben)</translation>
    </message>
    <message>
        <source>--pace must not be negative.</source>
        <translation>--pace darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Sends a letter template as one e-mail per recipient, merged like their letter and in their language, through a mail server (--smtp) or as .eml drafts for Outlook (--eml). Contacts marked "no e-mails", inactive, without an address or without consent to the purpose are skipped and listed. Nothing is sent twice: a mailing that stopped is continued with --resume, or by the same command again. Exit codes: 0 all accepted, 1 some refused or not yet accepted, 2 unusable arguments or no connection.</source>
        <translation>Sendet eine Briefvorlage als eine E-Mail je Empfänger, zusammengeführt wie sein Brief und in seiner Sprache, über einen Mailserver (--smtp) oder als .eml-Entwürfe für Outlook (--eml). Kontakte, die mit „Keine E-Mails“ markiert, inaktiv, ohne Adresse oder ohne Einwilligung für den Zweck sind, werden übersprungen und aufgelistet. Nichts wird doppelt gesendet: Ein abgebrochener Versand wird mit --resume fortgesetzt oder mit demselben Befehl noch einmal. Exit-Codes: 0 alle angenommen, 1 einige abgelehnt oder noch nicht angenommen, 2 unbrauchbare Argumente oder keine Verbindung.</translation>
    </message>
    <message>
        <source>--resume continues a mailing as it was started: leave out --template, --purpose and the recipients.</source>
        <translation>--resume setzt einen Versand so fort, wie er begonnen wurde: Lassen Sie --template, --purpose und die Empfänger weg.</translation>
    </message>
    <message>
        <source>Choose the template: --template KEY.</source>
        <translation>Wählen Sie die Vorlage: --template SCHLÜSSEL.</translation>
    </message>
    <message>
        <source>Say where the e-mails go: --smtp smtp[s]://USER@HOST:PORT or --eml DIR.</source>
        <translation>Geben Sie an, wohin die E-Mails gehen: --smtp smtp[s]://BENUTZER@HOST:PORT oder --eml ORDNER.</translation>
    </message>
    <message>
        <source>Continuing the unfinished mailing {id} of the same template to the same recipients: only what it has not sent yet goes out.</source>
        <translation>Der nicht beendete Versand {id} derselben Vorlage an dieselben Empfänger wird fortgesetzt: Nur was noch nicht gesendet wurde, geht hinaus.</translation>
    </message>
    <message>
        <source>Password for {account}: </source>
        <translation>Passwort für {account}: </translation>
    </message>
    <message>
        <source>No recipient gets an e-mail: nothing to test.</source>
        <translation>Kein Empfänger erhält eine E-Mail: nichts zu testen.</translation>
    </message>
    <message>
        <source>Test message sent to {address}: {answer}</source>
        <translation>Testnachricht an {address} gesendet: {answer}</translation>
    </message>
    <message>
        <source>The server did not accept the test message: {answer}</source>
        <translation>Der Server hat die Testnachricht nicht angenommen: {answer}</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mails would be sent:</source>
        <translation><numerusform>%n E-Mail würde gesendet:</numerusform><numerusform>%n E-Mails würden gesendet:</numerusform></translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: Nichts wurde gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Mailing {id}: %n drafts written to {folder}.</source>
        <translation><numerusform>Versand {id}: %n Entwurf in {folder} geschrieben.</numerusform><numerusform>Versand {id}: %n Entwürfe in {folder} geschrieben.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mailing {id}: %n e-mails sent.</source>
        <translation><numerusform>Versand {id}: %n E-Mail gesendet.</numerusform><numerusform>Versand {id}: %n E-Mails gesendet.</numerusform></translation>
    </message>
    <message>
        <source>Refused ({count}):</source>
        <translation>Abgelehnt ({count}):</translation>
    </message>
    <message>
        <source>Not accepted yet ({count}):</source>
        <translation>Noch nicht angenommen ({count}):</translation>
    </message>
    <message>
        <source>Send them later with: isa-desk mail --resume {id}</source>
        <translation>Später senden mit: isa-desk mail --resume {id}</translation>
    </message>
    <message>
        <source>copy the whole database into an empty database on a server</source>
        <translation>die ganze Datenbank in eine leere Datenbank auf einem Server kopieren</translation>
    </message>
    <message>
        <source>Copies every record of the database (ids, audit trail, templates, settings) into an empty PostgreSQL database in one transaction, and compares the number of rows of every table before it is committed. The password comes from the URL, the system's password store or ISA_DESK_DB_PASSWORD.</source>
        <translation>Kopiert jeden Datensatz der Datenbank (IDs, Änderungsprotokoll, Vorlagen, Einstellungen) in einer Transaktion in eine leere PostgreSQL-Datenbank und vergleicht vor dem Abschluss die Zeilenzahl jeder Tabelle. Das Passwort kommt aus der URL, dem Passwortspeicher des Systems oder aus ISA_DESK_DB_PASSWORD.</translation>
    </message>
    <message>
        <source>the empty database, e.g. postgresql+psycopg://USER@SERVER/isa</source>
        <translation>die leere Datenbank, z. B. postgresql+psycopg://BENUTZER@SERVER/isa</translation>
    </message>
    <message>
        <source>Copied from {source} to {target}:</source>
        <translation>Kopiert von {source} nach {target}:</translation>
    </message>
    <message>
        <source>Verified: every table on the server holds as many rows as here ({total} in all).</source>
        <translation>Geprüft: Jede Tabelle auf dem Server hat so viele Zeilen wie hier ({total} insgesamt).</translation>
    </message>
    <message>
        <source>export or erase one person's data (GDPR)</source>
        <translation>die Daten einer Person exportieren oder löschen (DSGVO)</translation>
    </message>
    <message>
        <source>What the GDPR asks for one person: all their data as a file (Art. 15), or their data erased for good (Art. 17).</source>
        <translation>Was die DSGVO für eine Person verlangt: alle ihre Daten als Datei (Art. 15, Auskunft) oder ihre Daten endgültig gelöscht (Art. 17).</translation>
    </message>
    <message>
        <source>write everything kept about a contact to a JSON or PDF file</source>
        <translation>alles, was zu einem Kontakt gespeichert ist, in eine JSON- oder PDF-Datei schreiben</translation>
    </message>
    <message>
        <source>erase a contact for good, with their history</source>
        <translation>einen Kontakt mit seinem Verlauf endgültig löschen</translation>
    </message>
    <message>
        <source>Removes the contact and everything about them: activities, participations, consents, the name and address in mailings, imports, and their values in the history. Then compacts the database so the values are gone from its files. This cannot be undone. Without --yes, only shows what would be erased.</source>
        <translation>Entfernt den Kontakt und alles über ihn: Aktivitäten, Teilnahmen, Einwilligungen, Name und Adresse in Versänden, Importe und seine Werte im Änderungsprotokoll. Danach wird die Datenbank komprimiert, damit die Werte auch aus ihren Dateien verschwinden. Dies kann nicht rückgängig gemacht werden. Ohne --yes wird nur angezeigt, was gelöscht würde.</translation>
    </message>
    <message>
        <source>erase without asking again</source>
        <translation>ohne erneute Rückfrage löschen</translation>
    </message>
    <message>
        <source>The data of contact {id} was written to {path}</source>
        <translation>Die Daten von Kontakt {id} wurden nach {path} geschrieben</translation>
    </message>
    <message>
        <source>Erasing {name} (contact {id}) for good would remove:</source>
        <translation>{name} (Kontakt {id}) endgültig zu löschen, würde entfernen:</translation>
    </message>
    <message>
        <source>Nothing was erased. This cannot be undone: add --yes to erase.</source>
        <translation>Nichts wurde gelöscht. Dies kann nicht rückgängig gemacht werden: Fügen Sie --yes hinzu, um zu löschen.</translation>
    </message>
    <message>
        <source>Contact {id} was erased for good:</source>
        <translation>Kontakt {id} wurde endgültig gelöscht:</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinesischer Name</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Namensreihenfolge</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>Bundesland/Provinz</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Salutation in letters</source>
        <translation>Briefanrede</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>No post</source>
        <translation>Keine Post</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>Keine E-Mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Newsletter consent given on</source>
        <translation>Einwilligung Newsletter erteilt am</translation>
    </message>
    <message>
        <source>Newsletter consent source</source>
        <translation>Einwilligung Newsletter Quelle</translation>
    </message>
    <message>
        <source>Newsletter consent withdrawn on</source>
        <translation>Einwilligung Newsletter widerrufen am</translation>
    </message>
    <message>
        <source>Invitations consent given on</source>
        <translation>Einwilligung Einladungen erteilt am</translation>
    </message>
    <message>
        <source>Invitations consent source</source>
        <translation>Einwilligung Einladungen Quelle</translation>
    </message>
    <message>
        <source>Invitations consent withdrawn on</source>
        <translation>Einwilligung Einladungen widerrufen am</translation>
    </message>
    <message>
        <source>Press list consent given on</source>
        <translation>Einwilligung Presseverteiler erteilt am</translation>
    </message>
    <message>
        <source>Press list consent source</source>
        <translation>Einwilligung Presseverteiler Quelle</translation>
    </message>
    <message>
        <source>Press list consent withdrawn on</source>
        <translation>Einwilligung Presseverteiler widerrufen am</translation>
    </message>
    <message>
        <source>Secretariat sharing consent given on</source>
        <translation>Einwilligung Weitergabe an das Sekretariat erteilt am</translation>
    </message>
    <message>
        <source>Secretariat sharing consent source</source>
        <translation>Einwilligung Weitergabe an das Sekretariat Quelle</translation>
    </message>
    <message>
        <source>Secretariat sharing consent withdrawn on</source>
        <translation>Einwilligung Weitergabe an das Sekretariat widerrufen am</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Ausgetreten am</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Advisory board</source>
        <translation>Beirat</translation>
    </message>
    <message>
        <source>Interested city</source>
        <translation>Interessierte Stadt</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Eingangsweg</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>Eingeladen am</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Angemeldet am</translation>
    </message>
    <message>
        <source>Accompanying persons</source>
        <translation>Begleitpersonen</translation>
    </message>
    <message>
        <source>Interpreting language</source>
        <translation>Dolmetschsprache</translation>
    </message>
    <message>
        <source>Participation notes</source>
        <translation>Notizen zur Teilnahme</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Tage offen</translation>
    </message>
    <message>
        <source>Accompanying</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Dolmetschen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Begins</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Anmeldeschluss</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Wie erteilt</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Grußformel</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>Signer's position</source>
        <translation>Funktion der Unterzeichnenden</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Anderer Kontakt</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Registration until</source>
        <translation>Anmeldung bis</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>{user}
{time}</source>
        <translation>{user}
{time}</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>“{name}” was saved by someone else while you were editing it.</source>
        <translation>„{name}“ wurde von jemand anderem gespeichert, während Sie es bearbeitet haben.</translation>
    </message>
    <message>
        <source>“Save my changes” writes only the fields you changed over the newer version; every other field keeps the value saved meanwhile. Where both of you changed a field (marked), choose whose value to keep.</source>
        <translation>„Meine Änderungen speichern“ schreibt nur die Felder, die Sie geändert haben, in die neuere Fassung; alle anderen Felder behalten den inzwischen gespeicherten Wert. Wo Sie beide ein Feld geändert haben (markiert), wählen Sie, wessen Wert bleibt.</translation>
    </message>
    <message>
        <source>Save my changes</source>
        <translation>Meine Änderungen speichern</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Inzwischen gespeichert</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Both of you changed this field.</source>
        <translation>Sie beide haben dieses Feld geändert.</translation>
    </message>
    <message>
        <source>Same change</source>
        <translation>Gleiche Änderung</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meinen</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Den anderen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <source>Office or position</source>
        <translation>Amt oder Funktion</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Enter a family name or choose an organisation.</source>
        <translation>Geben Sie einen Nachnamen ein oder wählen Sie eine Organisation.</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Namensreihenfolge</translation>
    </message>
    <message>
        <source>Name in Chinese characters</source>
        <translation>Name in chinesischen Schriftzeichen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Bundesland oder Provinz</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Own salutation</source>
        <translation>Eigene Anrede</translation>
    </message>
    <message>
        <source>e.g. Lieber Herr Berg,</source>
        <translation>z. B. Lieber Herr Berg,</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>No post</source>
        <translation>Keine Post</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>Keine E-Mail</translation>
    </message>
    <message>
        <source>{purpose}: consent given on</source>
        <translation>{purpose}: Einwilligung erteilt am</translation>
    </message>
    <message>
        <source>{purpose}: consent source</source>
        <translation>{purpose}: Quelle der Einwilligung</translation>
    </message>
    <message>
        <source>e.g. registration form</source>
        <translation>z. B. Anmeldeformular</translation>
    </message>
    <message>
        <source>{purpose}: consent withdrawn on</source>
        <translation>{purpose}: Einwilligung widerrufen am</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>A consent is in force from the day it was given until the day it is withdrawn.</source>
        <translation>Eine Einwilligung gilt ab dem Tag, an dem sie erteilt wurde, bis zu dem Tag, an dem sie widerrufen wird.</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>What letters will say, by the rules or your own salutation</source>
        <translation>Die Anrede in Briefen: nach den Regeln oder Ihre eigene Anrede</translation>
    </message>
    <message>
        <source>Salutation in letters</source>
        <translation>Briefanrede</translation>
    </message>
    <message>
        <source>Postcode, town</source>
        <translation>PLZ, Ort</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>E-mail and phone</source>
        <translation>E-Mail und Telefon</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open this record</source>
        <translation>Diesen Datensatz öffnen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Choose an entry to read it in full.</source>
        <translation>Wählen Sie einen Eintrag, um ihn vollständig zu lesen.</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Personenbezogene Daten exportieren…</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <source>History ({count})</source>
        <translation>Verlauf ({count})</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Consent ({count})</source>
        <translation>Einwilligungen ({count})</translation>
    </message>
    <message>
        <source>This contact does not want e-mails.</source>
        <translation>Dieser Kontakt möchte keine E-Mails.</translation>
    </message>
    <message>
        <source>Address copied to the clipboard.</source>
        <translation>Adresse in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>One of the two contacts does not exist (any more).</source>
        <translation>Einer der beiden Kontakte existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The contact {id} does not exist (any more).</source>
        <translation>Der Kontakt {id} existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The e-mail address {email} already belongs to {name} (contact {id}).</source>
        <translation>Die E-Mail-Adresse {email} gehört bereits zu {name} (Kontakt {id}).</translation>
    </message>
    <message>
        <source>The chosen organisation does not exist (any more).</source>
        <translation>Die gewählte Organisation existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The chosen member does not exist (any more).</source>
        <translation>Das gewählte Mitglied existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>Enter a family name or choose an organisation.</source>
        <translation>Geben Sie einen Nachnamen ein oder wählen Sie eine Organisation.</translation>
    </message>
    <message>
        <source>“{country}” is not a country ISA Desk knows.</source>
        <translation>„{country}“ ist kein Land, das ISA Desk kennt.</translation>
    </message>
    <message>
        <source>Delete contact “{name}”</source>
        <translation>Kontakt „{name}“ löschen</translation>
    </message>
    <message>
        <source>Delete {count} contacts</source>
        <translation>{count} Kontakte löschen</translation>
    </message>
    <message>
        <source>“{purpose}” is not a purpose of consent.</source>
        <translation>„{purpose}“ ist kein Zweck einer Einwilligung.</translation>
    </message>
    <message>
        <source>{purpose}: “{value}” is not a date.</source>
        <translation>{purpose}: „{value}“ ist kein Datum.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search contacts … (Ctrl+F)</source>
        <translation>Kontakte suchen … (Strg+F)</translation>
    </message>
    <message>
        <source>Searches given and family name, Chinese name, position, department, e-mail and town. Umlauts and accents need not be typed: “mueller” finds Müller.</source>
        <translation>Durchsucht Vor- und Nachname, chinesischen Namen, Funktion, Abteilung, E-Mail und Ort. Umlaute und Akzente müssen nicht eingegeben werden: „mueller“ findet Müller.</translation>
    </message>
    <message>
        <source>{shown} of {total} contacts</source>
        <translation>{shown} von {total} Kontakten</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} Kontakte</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <source>Copy postal address</source>
        <translation>Postanschrift kopieren</translation>
    </message>
    <message>
        <source>Merge two contacts…</source>
        <translation>Zwei Kontakte zusammenführen…</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Personenbezogene Daten exportieren…</translation>
    </message>
    <message>
        <source>Everything held about this person, as PDF or JSON</source>
        <translation>Alles, was über diese Person gespeichert ist, als PDF oder JSON</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <source>Remove this person everywhere, history included</source>
        <translation>Diese Person überall entfernen, einschließlich Verlauf</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>“{name}” cannot be the name of a country.</source>
        <translation>„{name}“ kann nicht der Name eines Landes sein.</translation>
    </message>
    <message>
        <source>“{name}” already names another country ({code}).</source>
        <translation>„{name}“ ist schon der Name eines anderen Landes ({code}).</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Country names</source>
        <translation>Ländernamen</translation>
    </message>
    <message>
        <source>How these countries are named in the lists, exports and addresses, in each language. An empty field takes the name of the Unicode CLDR.</source>
        <translation>Wie diese Länder in den Listen, Exporten und Anschriften in jeder Sprache heißen. Ein leeres Feld nimmt den Namen aus dem Unicode CLDR.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Another country:</source>
        <translation>Weiteres Land:</translation>
    </message>
    <message>
        <source>Office defaults</source>
        <translation>Vorgaben des Büros</translation>
    </message>
    <message>
        <source>The names ISA Desk shows unless the office chose others</source>
        <translation>Die Namen, die ISA Desk zeigt, solange das Büro keine anderen gewählt hat</translation>
    </message>
    <message>
        <source>CLDR names</source>
        <translation>CLDR-Namen</translation>
    </message>
    <message>
        <source>CLDR: {name}</source>
        <translation>CLDR: {name}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>{path} is not an ISA Desk database (not an SQLite file). Choose another file.</source>
        <translation>{path} ist keine ISA-Desk-Datenbank (keine SQLite-Datei). Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: the folder {folder} does not exist.</source>
        <translation>Die Datenbank {path} kann nicht angelegt werden: Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>The database {path} cannot be created: {reason}</source>
        <translation>Die Datenbank {path} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>The database {target} is locked by another program. Close the other program and try again.</source>
        <translation>Die Datenbank {target} ist von einem anderen Programm gesperrt. Schließen Sie das andere Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database {target} cannot be written: no permission.</source>
        <translation>In die Datenbank {target} kann nicht geschrieben werden: keine Berechtigung.</translation>
    </message>
    <message>
        <source>{target} is not an ISA Desk database or it is damaged.</source>
        <translation>{target} ist keine ISA-Desk-Datenbank oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The disk of the database {target} is full: the change was not saved. Make room on it and try again.</source>
        <translation>Der Datenträger der Datenbank {target} ist voll: Die Änderung wurde nicht gespeichert. Schaffen Sie dort Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database {target} cannot be opened or created.</source>
        <translation>Die Datenbank {target} kann nicht geöffnet oder angelegt werden.</translation>
    </message>
    <message>
        <source>The database {target} cannot be used: {reason}</source>
        <translation>Die Datenbank {target} kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <source>No backup of {path} could be made before the upgrade ({reason}); nothing was changed. Free some space or check the folder, then start again.</source>
        <translation>Vor dem Upgrade konnte keine Sicherung von {path} angelegt werden ({reason}); nichts wurde geändert. Schaffen Sie Platz oder prüfen Sie den Ordner und starten Sie erneut.</translation>
    </message>
    <message>
        <source>{target} could not be upgraded ({reason}); it was left unchanged. Report this together with the log file.</source>
        <translation>{target} konnte nicht aktualisiert werden ({reason}); die Datenbank blieb unverändert. Melden Sie dies zusammen mit der Protokolldatei.</translation>
    </message>
    <message>
        <source>{target} holds tables of another program, not an ISA Desk database. Choose another file.</source>
        <translation>{target} enthält Tabellen eines anderen Programms und ist keine ISA-Desk-Datenbank. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>{target} was written by a newer version of ISA Desk (schema {revision}). Install the current version of ISA Desk to open it.</source>
        <translation>{target} wurde von einer neueren Version von ISA Desk geschrieben (Schema {revision}). Installieren Sie die aktuelle Version von ISA Desk, um die Datenbank zu öffnen.</translation>
    </message>
    <message>
        <source>{target} needs an upgrade from schema {revision} to {head}.</source>
        <translation>{target} muss von Schema {revision} auf {head} aktualisiert werden.</translation>
    </message>
    <message>
        <source>{path} holds ISA Desk's tables and data but no schema version; it was not changed. Restore a backup or ask for help.</source>
        <translation>{path} enthält Tabellen und Daten von ISA Desk, aber keine Schemaversion; die Datei wurde nicht verändert. Stellen Sie eine Sicherung wieder her oder holen Sie Hilfe.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); it was not changed. The last good backup is {backup}: restore it with {command}</source>
        <translation>{path} ist beschädigt ({problem}); die Datei wurde nicht verändert. Die letzte gute Sicherung ist {backup}: stellen Sie sie wieder her mit {command}</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); it was not changed. There is no backup in {folder}. See what is wrong with {command}</source>
        <translation>{path} ist beschädigt ({problem}); die Datei wurde nicht verändert. In {folder} gibt es keine Sicherung. Was nicht stimmt, zeigt {command}</translation>
    </message>
    <message>
        <source>{path} lies on a network drive ({where}). Several people using one file there can damage it; for working together, put the data on a team server: File › Move to team server…</source>
        <translation>{path} liegt auf einem Netzlaufwerk ({where}). Arbeiten dort mehrere Personen mit einer Datei, kann sie beschädigt werden; für die Zusammenarbeit legen Sie die Daten auf einen Teamserver: Datei › Auf Teamserver umziehen…</translation>
    </message>
    <message>
        <source>Changes made in one copy are not seen by the other until it reloads, and both writing at once can lose work. For working together, use a team server: File › Move to team server…</source>
        <translation>Änderungen in der einen Kopie sieht die andere erst nach dem Neuladen, und gleichzeitiges Schreiben kann Arbeit verlieren. Für die Zusammenarbeit nutzen Sie einen Teamserver: Datei › Auf Teamserver umziehen…</translation>
    </message>
    <message>
        <source>{path} is already open in another copy of ISA Desk.</source>
        <translation>{path} ist bereits in einer anderen ISA-Desk-Kopie geöffnet.</translation>
    </message>
    <message>
        <source>{path} is already open in ISA Desk for {user} on {computer} since {time}.</source>
        <translation>{path} ist seit {time} in ISA Desk geöffnet, für {user} auf {computer}.</translation>
    </message>
    <message>
        <source>A colleague is changing the same records in {database} right now. Nothing was saved; try again in a moment.</source>
        <translation>Eine Kollegin oder ein Kollege ändert gerade dieselben Datensätze in {database}. Nichts wurde gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The login {user} may not do this in the database {database} on {server} ({reason}). Ask the server's administrator for the rights.</source>
        <translation>Die Anmeldung {user} darf das in der Datenbank {database} auf {server} nicht ({reason}). Bitten Sie die Administration des Servers um die Rechte.</translation>
    </message>
    <message>
        <source>The server {server} does not let {user} connect from this computer. Ask the server's administrator to allow it.</source>
        <translation>Der Server {server} lässt {user} von diesem Computer aus nicht zu. Bitten Sie die Administration des Servers, das zu erlauben.</translation>
    </message>
    <message>
        <source>The server {server} refused the login {user}: the user name or the password is wrong.</source>
        <translation>Der Server {server} hat die Anmeldung {user} abgelehnt: Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>There is no database {database} on the server {server}. Check its name, or ask the server's administrator to create it.</source>
        <translation>Auf dem Server {server} gibt es keine Datenbank {database}. Prüfen Sie den Namen oder bitten Sie die Administration des Servers, sie anzulegen.</translation>
    </message>
    <message>
        <source>The database server {server} takes no more connections right now. Try again in a moment.</source>
        <translation>Der Datenbankserver {server} nimmt gerade keine weiteren Verbindungen an. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>No database server is known by the name {host} ({target}). Check the server's address.</source>
        <translation>Unter dem Namen {host} ist kein Datenbankserver bekannt ({target}). Prüfen Sie die Adresse des Servers.</translation>
    </message>
    <message>
        <source>The database server of {target} cannot be reached. Check its address and port, that it is running, and the network; then try again.</source>
        <translation>Der Datenbankserver von {target} ist nicht erreichbar. Prüfen Sie Adresse und Port, ob er läuft, und das Netzwerk; dann versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The connection to the database server {server} was lost; the last change may not have been saved. Try again when the server can be reached.</source>
        <translation>Die Verbindung zum Datenbankserver {server} ist abgebrochen; die letzte Änderung wurde vielleicht nicht gespeichert. Versuchen Sie es noch einmal, wenn der Server erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Choose from the calendar (F4)</source>
        <translation>Im Kalender wählen (F4)</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it like {example}.</source>
        <translation>„{text}“ ist kein Datum. Schreiben Sie es wie {example}.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Geben Sie ein Datum ein.</translation>
    </message>
    <message>
        <source>“{text}” is not a date with a time. Type it like {example}.</source>
        <translation>„{text}“ ist kein Datum mit Uhrzeit. Schreiben Sie es wie {example}.</translation>
    </message>
    <message>
        <source>Enter a date and a time.</source>
        <translation>Geben Sie ein Datum und eine Uhrzeit ein.</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Sie können dies mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same e-mail address</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>same phone number and a similar name</source>
        <translation>gleiche Telefonnummer und ähnlicher Name</translation>
    </message>
    <message>
        <source>same Chinese name at the same organisation</source>
        <translation>gleicher chinesischer Name bei derselben Organisation</translation>
    </message>
    <message>
        <source>same Chinese name at the same member</source>
        <translation>gleicher chinesischer Name beim selben Mitglied</translation>
    </message>
    <message>
        <source>same Chinese name in the same town</source>
        <translation>gleicher chinesischer Name im selben Ort</translation>
    </message>
    <message>
        <source>same Chinese name</source>
        <translation>gleicher chinesischer Name</translation>
    </message>
    <message>
        <source>very similar name at the same organisation</source>
        <translation>sehr ähnlicher Name bei derselben Organisation</translation>
    </message>
    <message>
        <source>very similar name at the same member</source>
        <translation>sehr ähnlicher Name beim selben Mitglied</translation>
    </message>
    <message>
        <source>very similar name in the same town</source>
        <translation>sehr ähnlicher Name im selben Ort</translation>
    </message>
    <message>
        <source>very similar name</source>
        <translation>sehr ähnlicher Name</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliche Dublette</translation>
    </message>
    <message>
        <source>This contact may already exist. Open the existing one to check it, or save the new contact anyway.</source>
        <translation>Dieser Kontakt ist möglicherweise schon vorhanden. Öffnen Sie den vorhandenen, um ihn zu prüfen, oder speichern Sie den neuen Kontakt trotzdem.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erster Kontakt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Second contact</source>
        <translation>Zweiter Kontakt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Dubletten finden</translation>
    </message>
    <message>
        <source>Contacts that may be one person stored twice: the same e-mail address, the same phone number and a similar name, or a very similar name at the same organisation, member or town. Merge a pair into one contact, or mark it as two people so that it does not come again.</source>
        <translation>Kontakte, die eine Person sein könnten, die doppelt gespeichert ist: gleiche E-Mail-Adresse, gleiche Telefonnummer und ähnlicher Name, oder ein sehr ähnlicher Name bei derselben Organisation, demselben Mitglied oder im selben Ort. Führen Sie ein Paar zu einem Kontakt zusammen, oder markieren Sie es als zwei Personen, damit es nicht wieder erscheint.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Keine Dublette</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Comparing the contacts…</source>
        <translation>Die Kontakte werden verglichen…</translation>
    </message>
    <message>
        <source>Search stopped.</source>
        <translation>Suche angehalten.</translation>
    </message>
    <message>
        <source>No possible duplicates found.</source>
        <translation>Keine möglichen Dubletten gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates</source>
        <translation><numerusform>%n mögliche Dublette</numerusform><numerusform>%n mögliche Dubletten</numerusform></translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Vorhandenen öffnen</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Two contacts cannot share an e-mail address: change the address or open the existing contact.</source>
        <translation>Zwei Kontakte können nicht dieselbe E-Mail-Adresse haben: Ändern Sie die Adresse oder öffnen Sie den vorhandenen Kontakt.</translation>
    </message>
    <message>
        <source>A contact cannot be a duplicate of itself.</source>
        <translation>Ein Kontakt kann keine Dublette von sich selbst sein.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Record not found</source>
        <translation>Datensatz nicht gefunden</translation>
    </message>
    <message>
        <source>{name} – {kind}</source>
        <translation>{name} – {kind}</translation>
    </message>
    <message>
        <source>Cannot save yet: {field}: {problem}</source>
        <translation>Noch nicht speicherbar: {field}: {problem}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard mine and reload</source>
        <translation>Meine Änderungen verwerfen und neu laden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Office or position</source>
        <translation>Amt oder Funktion</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>Erase</name>
    <message>
        <source>Erase for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Erase {name} for good? This removes:</source>
        <translation>{name} endgültig löschen? Dabei wird entfernt:</translation>
    </message>
    <message>
        <source>This cannot be undone: the person cannot be restored, not even with Undo. Backups keep them until they are removed.</source>
        <translation>Dies kann nicht rückgängig gemacht werden: Die Person lässt sich nicht wiederherstellen, auch nicht mit „Rückgängig“. Sicherungen enthalten sie, bis diese entfernt werden.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>Mir ist bewusst, dass dies nicht rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>To confirm, type the family name “{name}”:</source>
        <translation>Geben Sie zur Bestätigung den Nachnamen „{name}“ ein:</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>{name} was erased for good:</source>
        <translation>{name} wurde endgültig gelöscht:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>ISA Desk – Error</source>
        <translation>ISA Desk – Fehler</translation>
    </message>
    <message>
        <source>Something went wrong, and the last action may not have been completed.</source>
        <translation>Etwas ist schiefgegangen, und die letzte Aktion wurde möglicherweise nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Please try again. If the problem stays, send the log file to your IT support:
{path}</source>
        <translation>Bitte versuchen Sie es erneut. Wenn das Problem bestehen bleibt, senden Sie die Protokolldatei an Ihre IT-Betreuung:
{path}</translation>
    </message>
    <message>
        <source>ISA Desk</source>
        <translation>ISA Desk</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Titel *</translation>
    </message>
    <message>
        <source>Begins *</source>
        <translation>Beginn *</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Anmeldeschluss</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the changes to this event?</source>
        <translation>Die Änderungen an dieser Veranstaltung verwerfen?</translation>
    </message>
</context>
<context>
    <name>EventOverview</name>
    <message>
        <source>Next event</source>
        <translation>Nächste Veranstaltung</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letzte Veranstaltung</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch ohne Antwort</translation>
    </message>
    <message>
        <source>Open the participant list</source>
        <translation>Teilnehmerliste öffnen</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>Choose an event above, or make a new one with Ctrl+N.</source>
        <translation>Wählen Sie oben eine Veranstaltung, oder legen Sie mit Strg+N eine neue an.</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <source>Invite the contacts of a tag, of members, or chosen in the Contacts list</source>
        <translation>Die Kontakte eines Schlagworts, von Mitgliedern oder die in der Kontaktliste ausgewählten einladen</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Briefe…</translation>
    </message>
    <message>
        <source>Invitation letters for the participants (the status chosen below, or invited and registered)</source>
        <translation>Einladungsbriefe für die Teilnehmenden (mit dem unten gewählten Status, sonst eingeladen und angemeldet)</translation>
    </message>
    <message>
        <source>Name badges…</source>
        <translation>Namensschilder…</translation>
    </message>
    <message>
        <source>Name badges as PDF, four per A4 page, for the status chosen below (or registered and attended)</source>
        <translation>Namensschilder als PDF, vier je A4-Seite, für den unten gewählten Status (sonst angemeldet und teilgenommen)</translation>
    </message>
    <message>
        <source>Attendance list…</source>
        <translation>Anwesenheitsliste…</translation>
    </message>
    <message>
        <source>The list to sign on the day, as PDF</source>
        <translation>Die Liste zum Unterschreiben am Veranstaltungstag, als PDF</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Nach Excel exportieren…</translation>
    </message>
    <message>
        <source>The participants (of the status chosen below) as an Excel workbook</source>
        <translation>Die Teilnehmenden (mit dem unten gewählten Status) als Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message numerus="yes">
        <source>%n name badges on {pages}</source>
        <translation><numerusform>%n Namensschild auf {pages}</numerusform><numerusform>%n Namensschilder auf {pages}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n Seite</numerusform><numerusform>%n Seiten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Attendance list of %n people on {pages}</source>
        <translation><numerusform>Anwesenheitsliste mit %n Person auf {pages}</numerusform><numerusform>Anwesenheitsliste mit %n Personen auf {pages}</numerusform></translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Anwesenheitsliste</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>The event {id} does not exist (any more).</source>
        <translation>Die Veranstaltung {id} existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>There is no event “{event}”. Events: {titles}.</source>
        <translation>Es gibt keine Veranstaltung „{event}“. Veranstaltungen: {titles}.</translation>
    </message>
    <message>
        <source>“{event}” fits several events: {titles}. Give the full title or the id.</source>
        <translation>„{event}“ passt zu mehreren Veranstaltungen: {titles}. Geben Sie den vollständigen Titel oder die ID an.</translation>
    </message>
    <message>
        <source>Enter the event's title.</source>
        <translation>Geben Sie den Titel der Veranstaltung ein.</translation>
    </message>
    <message>
        <source>Enter the date and time the event begins.</source>
        <translation>Geben Sie Datum und Uhrzeit des Beginns der Veranstaltung ein.</translation>
    </message>
    <message>
        <source>The event cannot end before it begins.</source>
        <translation>Die Veranstaltung kann nicht enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>The registration deadline must be on or before the day of the event.</source>
        <translation>Der Anmeldeschluss muss am Tag der Veranstaltung oder davor liegen.</translation>
    </message>
    <message>
        <source>Delete event “{title}”</source>
        <translation>Veranstaltung „{title}“ löschen</translation>
    </message>
    <message>
        <source>Delete {count} events</source>
        <translation>{count} Veranstaltungen löschen</translation>
    </message>
    <message>
        <source>Registration closed on {date}</source>
        <translation>Anmeldung seit {date} geschlossen</translation>
    </message>
    <message>
        <source>Registration until today ({date})</source>
        <translation>Anmeldung bis heute ({date})</translation>
    </message>
    <message>
        <source>Registration until tomorrow ({date})</source>
        <translation>Anmeldung bis morgen ({date})</translation>
    </message>
    <message>
        <source>Registration until {date} (in {days} days)</source>
        <translation>Anmeldung bis {date} (in {days} Tagen)</translation>
    </message>
    <message>
        <source>{count} registered</source>
        <translation>{count} angemeldet</translation>
    </message>
    <message>
        <source>{count} declined</source>
        <translation>{count} abgesagt</translation>
    </message>
    <message>
        <source>{count} without answer</source>
        <translation>{count} ohne Antwort</translation>
    </message>
    <message>
        <source>{count} attended</source>
        <translation>{count} teilgenommen</translation>
    </message>
    <message>
        <source>{count} no-show</source>
        <translation>{count} nicht erschienen</translation>
    </message>
    <message>
        <source>{total} invited: {parts}</source>
        <translation>{total} eingeladen: {parts}</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>All events</source>
        <translation>Alle Veranstaltungen</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Bevorstehend</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>Veranstaltung bearbeiten…</translation>
    </message>
    <message>
        <source>Search events: title or place (Ctrl+F)</source>
        <translation>Veranstaltungen suchen: Titel oder Ort (Strg+F)</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>{shown} von {total} Veranstaltungen</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Veranstaltung</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} Veranstaltungen</translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation>Veranstaltung löschen…</translation>
    </message>
    <message numerus="yes">
        <source>Delete the event “{title}” with its list of %n participants?</source>
        <translation><numerusform>Die Veranstaltung „{title}“ mit ihrer Liste von %n Teilnehmenden löschen?</numerusform><numerusform>Die Veranstaltung „{title}“ mit ihrer Liste von %n Teilnehmenden löschen?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete these {events} events with their lists of %n participants?</source>
        <translation><numerusform>Diese {events} Veranstaltungen mit ihren Listen von %n Teilnehmenden löschen?</numerusform><numerusform>Diese {events} Veranstaltungen mit ihren Listen von %n Teilnehmenden löschen?</numerusform></translation>
    </message>
    <message>
        <source>The contacts stay.</source>
        <translation>Die Kontakte bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>No contact has the ID {id}. Empty the ID cell to import the row as a new contact.</source>
        <translation>Kein Kontakt hat die ID {id}. Leeren Sie die ID-Zelle, um die Zeile als neuen Kontakt zu importieren.</translation>
    </message>
    <message>
        <source>The e-mail address {email} already belongs to {name} (contact {id}).</source>
        <translation>Die E-Mail-Adresse {email} gehört bereits zu {name} (Kontakt {id}).</translation>
    </message>
    <message>
        <source>No member has the ID {id}. Empty the ID cell to import the row as a new member.</source>
        <translation>Kein Mitglied hat die ID {id}. Leeren Sie die ID-Zelle, um die Zeile als neues Mitglied zu importieren.</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Membership inquiries</source>
        <translation>Mitgliedschaftsanfragen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder does not exist.</source>
        <translation>{path} kann nicht geschrieben werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Is it open in Excel?</source>
        <translation>{path} kann nicht geschrieben werden: {reason}. Ist die Datei in Excel geöffnet?</translation>
    </message>
    <message>
        <source>ISA Desk: {list}</source>
        <translation>ISA Desk: {list}</translation>
    </message>
    <message>
        <source>Exported by ISA Desk on {date}.</source>
        <translation>Exportiert von ISA Desk am {date}.</translation>
    </message>
    <message>
        <source>By country and region</source>
        <translation>Nach Land und Region</translation>
    </message>
    <message>
        <source>{country} in total</source>
        <translation>{country} gesamt</translation>
    </message>
    <message>
        <source>Choose the event whose participants to export.</source>
        <translation>Wählen Sie die Veranstaltung, deren Teilnehmende exportiert werden sollen.</translation>
    </message>
    <message>
        <source>Name, Land, Bundesland/Provinz, Status, Mitglied seit</source>
        <translation>Name, Land, Bundesland/Provinz, Status, Mitglied seit</translation>
    </message>
    <message>
        <source>Anrede, Vorname, Nachname, Organisation, E-Mail, Telefon (or an Outlook contact export)</source>
        <translation>Anrede, Vorname, Nachname, Organisation, E-Mail, Telefon (oder die eines Outlook-Kontaktexports)</translation>
    </message>
    <message>
        <source>{file}: no column is recognised in the sheet “{sheet}”. Expected headers such as {headers}, or those of a list exported by ISA Desk.</source>
        <translation>{file}: Im Tabellenblatt „{sheet}“ wird keine Spalte erkannt. Erwartet werden Spaltenköpfe wie {headers} oder die einer von ISA Desk exportierten Liste.</translation>
    </message>
    <message>
        <source>{file}: the sheet has no row {row}.</source>
        <translation>{file}: Das Tabellenblatt hat keine Zeile {row}.</translation>
    </message>
    <message>
        <source>{file}: no column is assigned to a field. Assign at least one.</source>
        <translation>{file}: Keiner Spalte ist ein Feld zugeordnet. Ordnen Sie mindestens eine zu.</translation>
    </message>
    <message>
        <source>No member is called “{name}”.</source>
        <translation>Kein Mitglied heißt „{name}“.</translation>
    </message>
    <message>
        <source>A new contact needs a family name or an organisation.</source>
        <translation>Ein neuer Kontakt braucht einen Nachnamen oder eine Organisation.</translation>
    </message>
    <message>
        <source>A new member needs a name.</source>
        <translation>Ein neues Mitglied braucht einen Namen.</translation>
    </message>
    <message>
        <source>A new member needs a country.</source>
        <translation>Ein neues Mitglied braucht ein Land.</translation>
    </message>
    <message>
        <source>The import {id} does not exist.</source>
        <translation>Der Import {id} existiert nicht.</translation>
    </message>
    <message>
        <source>The import {id} was undone already.</source>
        <translation>Der Import {id} wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Import of {source}</source>
        <translation>Import von {source}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>The import cannot be undone: these records were changed or used since ({names}). Undoing it would lose that work.</source>
        <translation>Der Import kann nicht rückgängig gemacht werden: Diese Datensätze wurden seitdem geändert oder verwendet ({names}). Beim Rückgängigmachen ginge diese Arbeit verloren.</translation>
    </message>
    <message>
        <source>Enter a name for the mapping.</source>
        <translation>Geben Sie einen Namen für die Zuordnung ein.</translation>
    </message>
    <message>
        <source>There is no column mapping “{name}”.</source>
        <translation>Es gibt keine Spaltenzuordnung „{name}“.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>it is not an Excel workbook.</source>
        <translation>sie ist keine Excel-Arbeitsmappe.</translation>
    </message>
    <message>
        <source>it is not a valid Excel workbook ({error}).</source>
        <translation>sie ist keine gültige Excel-Arbeitsmappe ({error}).</translation>
    </message>
    <message>
        <source>the workbook has no worksheet.</source>
        <translation>die Arbeitsmappe hat kein Tabellenblatt.</translation>
    </message>
    <message>
        <source>it is not a valid OpenDocument spreadsheet ({error}).</source>
        <translation>sie ist keine gültige OpenDocument-Tabelle ({error}).</translation>
    </message>
    <message>
        <source>it has no sheet “{sheet}” (sheets: {sheets}).</source>
        <translation>sie hat kein Tabellenblatt „{sheet}“ (Tabellenblätter: {sheets}).</translation>
    </message>
    <message>
        <source>it ends before its last row</source>
        <translation>sie endet vor ihrer letzten Zeile</translation>
    </message>
    <message>
        <source>the sheet is damaged ({error}).</source>
        <translation>das Tabellenblatt ist beschädigt ({error}).</translation>
    </message>
    <message>
        <source>The cell holds the formula {formula} without a computed value; its text was taken as it is.</source>
        <translation>Die Zelle enthält die Formel {formula} ohne berechneten Wert; ihr Text wurde unverändert übernommen.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>Encoding: {encoding}; separator: {separator}.</source>
        <translation>Kodierung: {encoding}; Trennzeichen: {separator}.</translation>
    </message>
    <message numerus="yes">
        <source>{rows} and %n more</source>
        <translation><numerusform>{rows} und %n weitere</numerusform><numerusform>{rows} und %n weitere</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) above the column headers were taken as a title and not imported: {rows}</source>
        <translation><numerusform>%n Zeile über den Spaltenköpfen wurde als Titel genommen und nicht importiert: {rows}</numerusform><numerusform>%n Zeilen über den Spaltenköpfen wurden als Titel genommen und nicht importiert: {rows}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The file mixes two encodings: %n row(s) were read as {encoding}, the other rows as {others}. Check the names in these rows: {rows}</source>
        <translation><numerusform>Die Datei mischt zwei Kodierungen: %n Zeile wurde als {encoding} gelesen, die übrigen als {others}. Prüfen Sie die Namen in diesen Zeilen: {rows}</numerusform><numerusform>Die Datei mischt zwei Kodierungen: %n Zeilen wurden als {encoding} gelesen, die übrigen als {others}. Prüfen Sie die Namen in diesen Zeilen: {rows}</numerusform></translation>
    </message>
    <message>
        <source>UTF-8, other lines {encoding}</source>
        <translation>UTF-8, andere Zeilen {encoding}</translation>
    </message>
    <message>
        <source>it is neither a workbook nor a text file.</source>
        <translation>sie ist weder eine Arbeitsmappe noch eine Textdatei.</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Zeile {row}: {message}</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}” ({letter}): {message}</source>
        <translation>Zeile {row}, Spalte „{column}“ ({letter}): {message}</translation>
    </message>
    <message>
        <source>Control characters (such as NUL) were removed.</source>
        <translation>Steuerzeichen (etwa NUL) wurden entfernt.</translation>
    </message>
    <message>
        <source>The cell holds the Excel error {error}.</source>
        <translation>Die Zelle enthält den Excel-Fehler {error}.</translation>
    </message>
    <message>
        <source>“{value}” is not a date.</source>
        <translation>„{value}“ ist kein Datum.</translation>
    </message>
    <message>
        <source>The ID “{value}” is not a whole number.</source>
        <translation>Die ID „{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>“{country}” is not a country ISA Desk knows.</source>
        <translation>„{country}“ ist kein Land, das ISA Desk kennt.</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>„{value}“ ist keiner der Werte: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no.</source>
        <translation>„{value}“ ist weder Ja noch Nein.</translation>
    </message>
    <message>
        <source>,</source>
        <comment>thousands separator</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>more than {limit} rows (the limit for one import). Split the list.</source>
        <translation>mehr als {limit} Zeilen (die Grenze für einen Import). Teilen Sie die Liste.</translation>
    </message>
    <message>
        <source>row {row} has more than {limit} columns (the limit for one import).</source>
        <translation>Zeile {row} hat mehr als {limit} Spalten (die Grenze für einen Import).</translation>
    </message>
    <message>
        <source>{where} holds more than {limit} characters (the limit for one cell).</source>
        <translation>{where} enthält mehr als {limit} Zeichen (die Grenze für eine Zelle).</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>Zeile {row}, Spalte {column}</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB (the limit for one import). Split the list.</source>
        <translation>die Datei ist größer als {limit} MB (die Grenze für einen Import). Teilen Sie die Liste.</translation>
    </message>
    <message>
        <source>its part {part} unpacks to more than {limit} MB (the limit for one import).</source>
        <translation>ihr Teil {part} wird entpackt größer als {limit} MB (die Grenze für einen Import).</translation>
    </message>
    <message>
        <source>its part {part} is packed more than {ratio} to 1, as no real workbook is (the limit for one import).</source>
        <translation>ihr Teil {part} ist stärker als {ratio} zu 1 gepackt, wie keine echte Arbeitsmappe (die Grenze für einen Import).</translation>
    </message>
    <message>
        <source>more than {limit} different texts (the limit for one import). Split the list.</source>
        <translation>mehr als {limit} verschiedene Texte (die Grenze für einen Import). Teilen Sie die Liste.</translation>
    </message>
    <message>
        <source>its filled cells span more than {limit} cells (the limit for one import). Split the list.</source>
        <translation>ihre gefüllten Zellen reichen über mehr als {limit} Zellen (die Grenze für einen Import). Teilen Sie die Liste.</translation>
    </message>
    <message>
        <source>more than {limit} merged cell ranges (the limit for one sheet).</source>
        <translation>mehr als {limit} verbundene Zellbereiche (die Grenze für ein Tabellenblatt).</translation>
    </message>
    <message>
        <source>line {line} is longer than {limit} characters (the limit for one line).</source>
        <translation>Zeile {line} ist länger als {limit} Zeichen (die Grenze für eine Zeile).</translation>
    </message>
    <message>
        <source>a text of the workbook</source>
        <translation>ein Text der Arbeitsmappe</translation>
    </message>
    <message>
        <source>Column “{column}”: {value} read as {date} (day before month); no value in the column says otherwise.</source>
        <translation>Spalte „{column}“: {value} als {date} gelesen (Tag vor Monat); kein Wert der Spalte spricht dagegen.</translation>
    </message>
    <message>
        <source>Column “{column}”: {value} read as {date} (month before day), as “{proof}” in row {row} shows.</source>
        <translation>Spalte „{column}“: {value} als {date} gelesen (Monat vor Tag), wie „{proof}“ in Zeile {row} zeigt.</translation>
    </message>
    <message>
        <source>Column “{column}”: {value} read as {date} (day before month), as “{proof}” in row {row} shows.</source>
        <translation>Spalte „{column}“: {value} als {date} gelesen (Tag vor Monat), wie „{proof}“ in Zeile {row} zeigt.</translation>
    </message>
    <message>
        <source>“{value}” puts the day before the month, but other dates of this column put the month first (“{proof}” in row {row}).</source>
        <translation>„{value}“ nennt den Tag vor dem Monat, andere Daten dieser Spalte aber den Monat zuerst („{proof}“ in Zeile {row}).</translation>
    </message>
    <message>
        <source>“{value}” puts the month before the day, but other dates of this column put the day first (“{proof}” in row {row}).</source>
        <translation>„{value}“ nennt den Monat vor dem Tag, andere Daten dieser Spalte aber den Tag zuerst („{proof}“ in Zeile {row}).</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>Outlook's column names are offered in {choices}, not in “{language}”.</source>
        <translation>Die Spaltennamen für Outlook gibt es auf {choices}, nicht auf „{language}“.</translation>
    </message>
    <message>
        <source>card {card}, begun on line {line}, has no END:VCARD.</source>
        <translation>Karte {card}, begonnen in Zeile {line}, hat kein END:VCARD.</translation>
    </message>
    <message>
        <source>it holds no card (BEGIN:VCARD … END:VCARD).</source>
        <translation>sie enthält keine Karte (BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>it is no property (NAME:value): “{text}”</source>
        <translation>das ist keine Eigenschaft (NAME:Wert): „{text}“</translation>
    </message>
    <message>
        <source>line {line} is outside a card (BEGIN:VCARD … END:VCARD): “{text}”.</source>
        <translation>Zeile {line} steht außerhalb einer Karte (BEGIN:VCARD … END:VCARD): „{text}“.</translation>
    </message>
    <message>
        <source>card {card} (begun on line {begin}), line {line}</source>
        <translation>Karte {card} (begonnen in Zeile {begin}), Zeile {line}</translation>
    </message>
    <message>
        <source>{file} is a vCard file: it holds persons. Import it as contacts.</source>
        <translation>{file} ist eine vCard-Datei: Sie enthält Personen. Importieren Sie sie als Kontakte.</translation>
    </message>
    <message>
        <source>the card on line {line} ({field})</source>
        <translation>die Karte in Zeile {line} ({field})</translation>
    </message>
    <message>
        <source>vCard file ({encoding}); each card is a row numbered by the line it begins on.</source>
        <translation>vCard-Datei ({encoding}); jede Karte ist eine Zeile, nummeriert nach der Zeile, in der sie beginnt.</translation>
    </message>
    <message>
        <source>vCard {version} is not offered: choose {choices}.</source>
        <translation>vCard {version} wird nicht angeboten: Wählen Sie {choices}.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason} Expected an Excel workbook (.xlsx), an old Excel workbook (.xls), an OpenDocument spreadsheet (.ods), a CSV file (.csv) or a vCard file (.vcf).</source>
        <translation>{file} kann nicht gelesen werden: {reason} Erwartet wird eine Excel-Arbeitsmappe (.xlsx), eine alte Excel-Arbeitsmappe (.xls), eine OpenDocument-Tabelle (.ods), eine CSV-Datei (.csv) oder eine vCard-Datei (.vcf).</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>Export {list}</source>
        <translation>{list} exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Outlook CSV, German column names (*.csv)</source>
        <translation>Outlook-CSV, deutsche Spaltennamen (*.csv)</translation>
    </message>
    <message>
        <source>Outlook CSV, English column names (*.csv)</source>
        <translation>Outlook-CSV, englische Spaltennamen (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to {file}</source>
        <translation><numerusform>%n Zeile nach {file} exportiert</numerusform><numerusform>%n Zeilen nach {file} exportiert</numerusform></translation>
    </message>
    <message>
        <source>Writing {file} …</source>
        <translation>{file} wird geschrieben …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export only the selected rows, or every row of the list?</source>
        <translation>Nur die ausgewählten Zeilen exportieren oder alle Zeilen der Liste?</translation>
    </message>
    <message>
        <source>Selected rows ({count})</source>
        <translation>Ausgewählte Zeilen ({count})</translation>
    </message>
    <message>
        <source>Whole list ({count})</source>
        <translation>Ganze Liste ({count})</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Teilnehmende exportieren</translation>
    </message>
    <message>
        <source>Participants of the event:</source>
        <translation>Teilnehmende der Veranstaltung:</translation>
    </message>
    <message>
        <source>There is no event yet.</source>
        <translation>Es gibt noch keine Veranstaltung.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} cannot be overwritten: it is the open database or the file being read. Choose another name.</source>
        <translation>{path} kann nicht überschrieben werden: Es ist die geöffnete Datenbank oder die Datei, die gerade gelesen wird. Bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>there is not enough space on the disk</source>
        <translation>auf dem Datenträger ist nicht genug Platz</translation>
    </message>
    <message>
        <source>you have no permission to write there, or the file is open</source>
        <translation>Sie dürfen dort nicht schreiben, oder die Datei ist geöffnet</translation>
    </message>
    <message>
        <source>the disk or folder can only be read</source>
        <translation>der Datenträger oder Ordner kann nur gelesen werden</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>den Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>ein Ordner mit diesem Namen ist im Weg</translation>
    </message>
    <message>
        <source>The file cannot be written: {reason}.</source>
        <translation>Die Datei kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>{path} is chosen for two outputs. Choose another name.</source>
        <translation>{path} ist für zwei Ausgaben gewählt. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show all records again</source>
        <translation>Wieder alle Datensätze anzeigen</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Alle Mitglieder</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>All states and provinces</source>
        <translation>Alle Bundesländer und Provinzen</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Required field</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Choose an entry of the list or leave the field empty.</source>
        <translation>Wählen Sie einen Eintrag aus der Liste oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Type a country or choose one from the list.</source>
        <translation>Geben Sie ein Land ein oder wählen Sie eines aus der Liste.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld muss ausgefüllt werden.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This record has changes that are not saved yet. Save them?</source>
        <translation>Dieser Datensatz hat Änderungen, die noch nicht gespeichert sind. Jetzt speichern?</translation>
    </message>
    <message>
        <source>e.g. Newsletter, Presse</source>
        <translation>z. B. Newsletter, Presse</translation>
    </message>
    <message>
        <source>Add a place</source>
        <translation>Ort hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected place</source>
        <translation>Ausgewählten Ort entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the import of {source} from {when}?</source>
        <translation>Den Import von {source} vom {when} rückgängig machen?</translation>
    </message>
    <message numerus="yes">
        <source>%n records it created are deleted.</source>
        <translation><numerusform>Der %n Datensatz, den er angelegt hat, wird gelöscht.</numerusform><numerusform>Die %n Datensätze, die er angelegt hat, werden gelöscht.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n records it changed get their old values back.</source>
        <translation><numerusform>Der %n Datensatz, den er geändert hat, erhält seine alten Werte zurück.</numerusform><numerusform>Die %n Datensätze, die er geändert hat, erhalten ihre alten Werte zurück.</numerusform></translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import, der rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Neu angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Undo import …</source>
        <translation>Import rückgängig machen …</translation>
    </message>
    <message>
        <source>An import can be undone as long as its records were not changed since.</source>
        <translation>Ein Import kann rückgängig gemacht werden, solange seine Datensätze seitdem nicht geändert wurden.</translation>
    </message>
    <message>
        <source>Undone on {when}</source>
        <translation>Rückgängig gemacht am {when}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>As chosen above</source>
        <translation>Wie oben gewählt</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Fill empty fields</source>
        <translation>Leere Felder füllen</translation>
    </message>
    <message>
        <source>Import as a new record</source>
        <translation>Als neuen Datensatz importieren</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Suspected duplicate</source>
        <translation>Vermutetes Duplikat</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Entspricht</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>Wegen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <source>row {row} of the file</source>
        <translation>Zeile {row} der Datei</translation>
    </message>
    <message>
        <source>the same ID</source>
        <translation>derselben Kennung</translation>
    </message>
    <message>
        <source>the same e-mail address</source>
        <translation>derselben E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>desselben Namens</translation>
    </message>
    <message>
        <source>a very similar name at the same organisation</source>
        <translation>eines sehr ähnlichen Namens bei derselben Organisation</translation>
    </message>
    <message>
        <source>Which list do you want to import?</source>
        <translation>Welche Liste möchten Sie importieren?</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods), a CSV file or contacts as vCards (.vcf), e.g. an Outlook export or a list a member city sent.</source>
        <translation>Eine Excel-Arbeitsmappe (.xlsx, .xls), eine OpenDocument-Tabelle (.ods), eine CSV-Datei oder Kontakte als vCards (.vcf), z. B. ein Outlook-Export oder eine Liste, die eine Mitgliedsstadt geschickt hat.</translation>
    </message>
    <message>
        <source>Contacts (persons)</source>
        <translation>Kontakte (Personen)</translation>
    </message>
    <message>
        <source>Members (cities, districts, regions)</source>
        <translation>Mitglieder (Städte, Kreise, Regionen)</translation>
    </message>
    <message>
        <source>Choose a file …</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>Browse …</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Liste importieren</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf);;vCard (*.vcf);;All files (*)</source>
        <translation>Listen (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf);;vCard (*.vcf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sheet and header row</source>
        <translation>Tabellenblatt und Kopfzeile</translation>
    </message>
    <message>
        <source>The first rows of the sheet. The header row was looked for below titles and notes; correct it if needed.</source>
        <translation>Die ersten Zeilen des Tabellenblatts. Die Kopfzeile wurde unterhalb von Titeln und Notizen gesucht; korrigieren Sie sie bei Bedarf.</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Tabellenblatt:</translation>
    </message>
    <message>
        <source>Headers in row:</source>
        <translation>Kopfzeile in Zeile:</translation>
    </message>
    <message>
        <source>Choose the header row and assign the columns yourself.</source>
        <translation>Wählen Sie die Kopfzeile und ordnen Sie die Spalten selbst zu.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Recognised columns are assigned already. Correct what is wrong; columns set to “not imported” are left out.</source>
        <translation>Erkannte Spalten sind bereits zugeordnet. Korrigieren Sie, was nicht stimmt; Spalten mit „nicht importiert“ werden ausgelassen.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Save mapping as …</source>
        <translation>Zuordnung speichern unter …</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Field in ISA Desk</source>
        <translation>Feld in ISA Desk</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Gespeicherte Zuordnung:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>{used} of {total} columns are imported.</source>
        <translation>{used} von {total} Spalten werden importiert.</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Name for this column mapping:</source>
        <translation>Name für diese Spaltenzuordnung:</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Save rows with errors</source>
        <translation>Zeilen mit Fehlern speichern</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <source>Every row was checked. Rows with errors are not imported unless you choose to leave them out; point at a problem to read it.</source>
        <translation>Jede Zeile wurde geprüft. Zeilen mit Fehlern werden nicht importiert, es sei denn, Sie lassen sie aus; zeigen Sie auf ein Problem, um es zu lesen.</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Nur Zeilen mit Problemen zeigen</translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the rows with errors</source>
        <translation>Gültige Zeilen importieren und Zeilen mit Fehlern auslassen</translation>
    </message>
    <message>
        <source>Save rows with errors …</source>
        <translation>Zeilen mit Fehlern speichern …</translation>
    </message>
    <message>
        <source>Cancelled. Go back, or check the rows again with Next.</source>
        <translation>Abgebrochen. Gehen Sie zurück, oder prüfen Sie die Zeilen mit „Weiter“ erneut.</translation>
    </message>
    <message>
        <source>Reading and checking {file} …</source>
        <translation>{file} wird gelesen und geprüft …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n rows read from {file}: {ok} without errors, {invalid} with errors, {warnings} with warnings.</source>
        <translation><numerusform>%n Zeile aus {file} gelesen: {ok} ohne Fehler, {invalid} mit Fehlern, {warnings} mit Warnungen.</numerusform><numerusform>%n Zeilen aus {file} gelesen: {ok} ohne Fehler, {invalid} mit Fehlern, {warnings} mit Warnungen.</numerusform></translation>
    </message>
    <message>
        <source>New organisations: {count}.</source>
        <translation>Neue Organisationen: {count}.</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>These rows match a record ISA Desk has, or an earlier row of the file. Suspected duplicates (a very similar name) are marked: decide for each.</source>
        <translation>Diese Zeilen entsprechen einem Datensatz in ISA Desk oder einer früheren Zeile der Datei. Vermutete Duplikate (ein sehr ähnlicher Name) sind markiert: Entscheiden Sie jeweils.</translation>
    </message>
    <message>
        <source>Skip them (keep the records as they are)</source>
        <translation>Überspringen (Datensätze bleiben, wie sie sind)</translation>
    </message>
    <message>
        <source>Update the records with the file's values</source>
        <translation>Datensätze mit den Werten der Datei aktualisieren</translation>
    </message>
    <message>
        <source>Fill only the records' empty fields</source>
        <translation>Nur leere Felder der Datensätze füllen</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>ergänzt</translation>
    </message>
    <message numerus="yes">
        <source>%n rows will be imported from {file} as one step that can be undone.</source>
        <translation><numerusform>%n Zeile wird aus {file} importiert, in einem Schritt, der rückgängig gemacht werden kann.</numerusform><numerusform>%n Zeilen werden aus {file} importiert, in einem Schritt, der rückgängig gemacht werden kann.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them are duplicates; unless chosen otherwise they are {what}.</source>
        <translation><numerusform>Davon ist %n ein Duplikat; wenn nicht anders gewählt, wird es {what}.</numerusform><numerusform>Davon sind %n Duplikate; wenn nicht anders gewählt, werden sie {what}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors are left out.</source>
        <translation><numerusform>%n Zeile mit Fehlern wird ausgelassen.</numerusform><numerusform>%n Zeilen mit Fehlern werden ausgelassen.</numerusform></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Importing {file} …</source>
        <translation>{file} wird importiert …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The import can be undone here, or later with File › Undo last import.</source>
        <translation>Der Import kann hier rückgängig gemacht werden oder später mit Datei › Letzten Import rückgängig machen.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {skipped} skipped. Duplicates found: {duplicates}.</source>
        <translation>{created} neu angelegt, {updated} aktualisiert, {skipped} übersprungen. Gefundene Duplikate: {duplicates}.</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Der Import wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Reading {file} …</source>
        <translation>{file} wird gelesen …</translation>
    </message>
</context>
<context>
    <name>Inquiries</name>
    <message>
        <source>An inquiry cannot be received in the future ({date}).</source>
        <translation>Eine Anfrage kann nicht in der Zukunft eingegangen sein ({date}).</translation>
    </message>
    <message>
        <source>The chosen city does not exist (any more).</source>
        <translation>Die gewählte Stadt existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>{city} is already a member of the alliance. An inquiry is for cities that want to join.</source>
        <translation>{city} ist bereits Mitglied der Allianz. Eine Anfrage ist für Städte gedacht, die beitreten möchten.</translation>
    </message>
    <message>
        <source>{city} already has an open inquiry (status: {status}). Open that one instead of recording a second.</source>
        <translation>Für {city} gibt es bereits eine offene Anfrage (Status: {status}). Öffnen Sie diese, statt eine zweite zu erfassen.</translation>
    </message>
    <message>
        <source>Choose the interested city or enter its name.</source>
        <translation>Wählen Sie die interessierte Stadt oder geben Sie ihren Namen ein.</translation>
    </message>
    <message>
        <source>Choose the country of {city}.</source>
        <translation>Wählen Sie das Land von {city}.</translation>
    </message>
    <message>
        <source>{city} is already in the database. Choose it as an existing city.</source>
        <translation>{city} ist bereits in der Datenbank. Wählen Sie die Stadt als vorhandene Stadt aus.</translation>
    </message>
    <message>
        <source>The chosen contact person does not exist (any more).</source>
        <translation>Die gewählte Ansprechperson existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>Choose the contact person or enter a new one.</source>
        <translation>Wählen Sie die Ansprechperson oder geben Sie eine neue ein.</translation>
    </message>
    <message>
        <source>Inquiry received</source>
        <translation>Anfrage eingegangen</translation>
    </message>
    <message>
        <source>{year}-{month}-{day}</source>
        <translation>{day}.{month}.{year}</translation>
    </message>
    <message>
        <source>The inquiry {id} does not exist (any more).</source>
        <translation>Die Anfrage {id} existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The next follow-up ({date}) lies in the past. Choose today or a later day, or leave it empty.</source>
        <translation>Die nächste Wiedervorlage ({date}) liegt in der Vergangenheit. Wählen Sie heute oder einen späteren Tag, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The inquiry of {city} was accepted; its status cannot change any more. Change the member record of {city} instead.</source>
        <translation>{city} wurde aufgenommen; der Status der Anfrage kann sich nicht mehr ändern. Ändern Sie stattdessen den Mitgliedsdatensatz von {city}.</translation>
    </message>
    <message>
        <source>{city} has another open inquiry; this one cannot be reopened. Go on with the open one.</source>
        <translation>Für {city} gibt es eine andere offene Anfrage; diese kann nicht wieder geöffnet werden. Arbeiten Sie mit der offenen weiter.</translation>
    </message>
    <message>
        <source> (member since {date})</source>
        <translation> (Mitglied seit {date})</translation>
    </message>
    <message>
        <source>{city} is already a member of the alliance{since}. Nothing was changed. You can close the inquiry as accepted and leave the member record as it is.</source>
        <translation>{city} ist bereits Mitglied der Allianz{since}. Es wurde nichts geändert. Sie können die Anfrage als aufgenommen abschließen und den Mitgliedsdatensatz unverändert lassen.</translation>
    </message>
    <message>
        <source>{city} is a member since {date}.</source>
        <translation>{city} ist Mitglied seit {date}.</translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>Status: {old} → {new}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Assigned to: {old} → {new}</source>
        <translation>Zuständig: {old} → {new}</translation>
    </message>
    <message>
        <source>An inquiry needs a contact person.</source>
        <translation>Eine Anfrage braucht eine Ansprechperson.</translation>
    </message>
    <message>
        <source>Write what happened: a subject or a text.</source>
        <translation>Schreiben Sie auf, was geschehen ist: einen Betreff oder einen Text.</translation>
    </message>
    <message>
        <source>Delete the inquiry of {city}</source>
        <translation>Anfrage von {city} löschen</translation>
    </message>
    <message>
        <source>Delete {count} inquiries</source>
        <translation>{count} Anfragen löschen</translation>
    </message>
</context>
<context>
    <name>InquiriesView</name>
    <message>
        <source>Due or overdue</source>
        <translation>Fällig oder überfällig</translation>
    </message>
    <message>
        <source>Open inquiries whose follow-up is today or earlier</source>
        <translation>Offene Anfragen, deren Wiedervorlage heute oder früher ist</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <source>New inquiry…</source>
        <translation>Neue Anfrage…</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Anruf erfassen…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <source>A column per status: drag a card to change its status</source>
        <translation>Eine Spalte je Status: Ziehen Sie eine Karte, um ihren Status zu ändern</translation>
    </message>
    <message>
        <source>Search inquiries: city, contact, summary … (Ctrl+F)</source>
        <translation>Anfragen suchen: Stadt, Kontakt, Zusammenfassung … (Strg+F)</translation>
    </message>
    <message>
        <source>{shown} of {total} inquiries</source>
        <translation>{shown} von {total} Anfragen</translation>
    </message>
    <message>
        <source>1 inquiry</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <source>{count} inquiries</source>
        <translation>{count} Anfragen</translation>
    </message>
    <message>
        <source>Log an e-mail, meeting or note…</source>
        <translation>E-Mail, Besprechung oder Notiz erfassen…</translation>
    </message>
    <message>
        <source>Accepted: becomes a member…</source>
        <translation>Aufgenommen: wird Mitglied…</translation>
    </message>
    <message>
        <source>Delete inquiry…</source>
        <translation>Anfrage löschen…</translation>
    </message>
    <message>
        <source>The board shows every status in its own column</source>
        <translation>Die Tafel zeigt jeden Status in einer eigenen Spalte</translation>
    </message>
    <message>
        <source>Delete the inquiry of {city} with its history?</source>
        <translation>Die Anfrage von {city} mit ihrem Verlauf löschen?</translation>
    </message>
    <message>
        <source>Delete these {count} inquiries with their history?</source>
        <translation>Diese {count} Anfragen mit ihrem Verlauf löschen?</translation>
    </message>
    <message>
        <source>The cities and contact persons stay.</source>
        <translation>Die Städte und Ansprechpersonen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>InquiryActions</name>
    <message>
        <source>Overdue ({days} days)</source>
        <translation>Überfällig ({days} Tage)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Accept {city} as a member</source>
        <translation>{city} als Mitglied aufnehmen</translation>
    </message>
    <message>
        <source>Decline the inquiry of {city}</source>
        <translation>Anfrage von {city} ablehnen</translation>
    </message>
    <message>
        <source>{city} withdrew its inquiry</source>
        <translation>{city} hat die Anfrage zurückgezogen</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <source>Reason or remark for the history (optional)</source>
        <translation>Grund oder Bemerkung für den Verlauf (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>{city} becomes a member of the alliance. Its contacts and organisations stay linked.</source>
        <translation>{city} wird Mitglied der Allianz. Ihre Kontakte und Organisationen bleiben verknüpft.</translation>
    </message>
    <message>
        <source>The inquiry of {city} is closed and stays searchable.</source>
        <translation>Die Anfrage von {city} wird abgeschlossen und bleibt auffindbar.</translation>
    </message>
    <message>
        <source>Accept as member</source>
        <translation>Als Mitglied aufnehmen</translation>
    </message>
    <message>
        <source>Close the inquiry</source>
        <translation>Anfrage abschließen</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Bereits Mitglied</translation>
    </message>
    <message>
        <source>Close as accepted, leave the member as it is</source>
        <translation>Als aufgenommen abschließen, Mitglied unverändert lassen</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Status nicht geändert</translation>
    </message>
    <message>
        <source>Log an activity: {city}</source>
        <translation>Aktivität erfassen: {city}</translation>
    </message>
    <message>
        <source>e.g. Call about the council's decision</source>
        <translation>z. B. Anruf zum Ratsbeschluss</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Was besprochen oder vereinbart wurde</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>InquiryBoard</name>
    <message>
        <source>{days} days</source>
        <translation>{days} Tage</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Keine Wiedervorlage</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>{count} more in the list</source>
        <translation>{count} weitere in der Liste</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <source>Type a name, e-mail or Chinese name</source>
        <translation>Name, E-Mail oder chinesischen Namen eingeben</translation>
    </message>
    <message>
        <source>No contact found. Choose “New contact” to enter one.</source>
        <translation>Kein Kontakt gefunden. Wählen Sie „Neuer Kontakt“, um einen einzugeben.</translation>
    </message>
    <message>
        <source>This city has no contacts yet. Type to search, or enter a new contact.</source>
        <translation>Diese Stadt hat noch keine Kontakte. Tippen Sie, um zu suchen, oder geben Sie einen neuen Kontakt ein.</translation>
    </message>
    <message>
        <source>Type to find a contact.</source>
        <translation>Tippen Sie, um einen Kontakt zu finden.</translation>
    </message>
    <message>
        <source>New membership inquiry</source>
        <translation>Neue Mitgliedschaftsanfrage</translation>
    </message>
    <message>
        <source>Interested city</source>
        <translation>Interessierte Stadt</translation>
    </message>
    <message>
        <source>Existing city</source>
        <translation>Vorhandene Stadt</translation>
    </message>
    <message>
        <source>New city</source>
        <translation>Neue Stadt</translation>
    </message>
    <message>
        <source>Type to find a prospect or applicant</source>
        <translation>Tippen Sie, um einen Interessenten oder Bewerber zu finden</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>e.g. 佛山市</source>
        <translation>z. B. 佛山市</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in Chinese characters</source>
        <translation>Name in chinesischen Schriftzeichen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>State/province</source>
        <translation>Bundesland/Provinz</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Existing contact</source>
        <translation>Vorhandener Kontakt</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Office or position</source>
        <translation>Amt oder Funktion</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>What does the city want to know or achieve?</source>
        <translation>Was möchte die Stadt wissen oder erreichen?</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Eingangsweg</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} Kontakte</translation>
    </message>
</context>
<context>
    <name>InquiryEditor</name>
    <message>
        <source>No entries yet.</source>
        <translation>Noch keine Einträge.</translation>
    </message>
    <message>
        <source>Accept as member…</source>
        <translation>Als Mitglied aufnehmen…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Withdrawn…</source>
        <translation>Zurückgezogen…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Take the inquiry up again (status: in contact)</source>
        <translation>Die Anfrage wieder aufnehmen (Status: in Kontakt)</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Eingangsweg</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>When it happened (now, unless you type a time)</source>
        <translation>Wann es geschah (jetzt, wenn Sie keine Zeit eingeben)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>What happened: a call, an e-mail, a meeting …</source>
        <translation>Was geschah: ein Anruf, eine E-Mail, eine Besprechung …</translation>
    </message>
    <message>
        <source>Add to history</source>
        <translation>Zum Verlauf hinzufügen</translation>
    </message>
    <message>
        <source>Inquiry: {city}</source>
        <translation>Anfrage: {city}</translation>
    </message>
    <message>
        <source>received {date}</source>
        <translation>eingegangen am {date}</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} am {date}</translation>
    </message>
</context>
<context>
    <name>InquiryOverview</name>
    <message numerus="yes">
        <source>%n follow-ups overdue</source>
        <translation><numerusform>%n Wiedervorlage überfällig</numerusform><numerusform>%n Wiedervorlagen überfällig</numerusform></translation>
    </message>
    <message>
        <source>1 due today</source>
        <translation>1 heute fällig</translation>
    </message>
    <message>
        <source>{count} due today</source>
        <translation>{count} heute fällig</translation>
    </message>
    <message>
        <source>Membership inquiries</source>
        <translation>Mitgliedschaftsanfragen</translation>
    </message>
    <message>
        <source>Due and overdue follow-ups</source>
        <translation>Fällige und überfällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>Nichts ist fällig. Gut gemacht.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show all that is due ({text})</source>
        <translation>Alles Fällige anzeigen ({text})</translation>
    </message>
    <message>
        <source>Open inquiries per status: {count}</source>
        <translation>Offene Anfragen nach Status: {count}</translation>
    </message>
    <message>
        <source>Closed: {counts}</source>
        <translation>Abgeschlossen: {counts}</translation>
    </message>
    <message>
        <source>Click to list the inquiries that are due</source>
        <translation>Klicken, um die fälligen Anfragen aufzulisten</translation>
    </message>
    <message>
        <source>Inquiries: {text}</source>
        <translation>Anfragen: {text}</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite to the event</source>
        <translation>Zur Veranstaltung einladen</translation>
    </message>
    <message>
        <source>Invite to “{event}”</source>
        <translation>Zu „{event}“ einladen</translation>
    </message>
    <message>
        <source>Choose one or more sources; they add up. People already on the list keep their status. Inactive contacts of a tag or member are left out.</source>
        <translation>Wählen Sie eine oder mehrere Quellen; sie werden zusammengezählt. Personen, die schon auf der Liste stehen, behalten ihren Status. Inaktive Kontakte eines Schlagworts oder Mitglieds werden ausgelassen.</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Contacts with the tag</source>
        <translation>Kontakte mit dem Schlagwort</translation>
    </message>
    <message>
        <source>The contacts selected in the Contacts list ({count})</source>
        <translation>Die in der Kontaktliste ausgewählten Kontakte ({count})</translation>
    </message>
    <message>
        <source>All contacts the Contacts list shows with its search and filters ({count})</source>
        <translation>Alle Kontakte, die die Kontaktliste mit ihrer Suche und ihren Filtern zeigt ({count})</translation>
    </message>
    <message>
        <source>All contacts of these members:</source>
        <translation>Alle Kontakte dieser Mitglieder:</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Mitglieder filtern</translation>
    </message>
    <message>
        <source>Nobody invited</source>
        <translation>Niemand eingeladen</translation>
    </message>
    <message numerus="yes">
        <source>%n left out without consent for “{purpose}”: {names}</source>
        <translation><numerusform>%n ohne Einwilligung für „{purpose}“ ausgelassen: {names}</numerusform><numerusform>%n ohne Einwilligung für „{purpose}“ ausgelassen: {names}</numerusform></translation>
    </message>
    <message>
        <source>{count} invited</source>
        <translation>{count} eingeladen</translation>
    </message>
    <message numerus="yes">
        <source>%n were on the list already</source>
        <translation><numerusform>%n stand bereits auf der Liste</numerusform><numerusform>%n standen bereits auf der Liste</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n inactive contacts left out</source>
        <translation><numerusform>%n inaktiver Kontakt ausgelassen</numerusform><numerusform>%n inaktive Kontakte ausgelassen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n left out without consent</source>
        <translation><numerusform>%n ohne Einwilligung ausgelassen</numerusform><numerusform>%n ohne Einwilligung ausgelassen</numerusform></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Bewerber</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Ehemaliges Mitglied</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kreis/Bezirk</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City network</source>
        <translation>Städtenetzwerk</translation>
    </message>
    <message>
        <source>City administration</source>
        <translation>Stadtverwaltung</translation>
    </message>
    <message>
        <source>Economic development agency</source>
        <translation>Wirtschaftsförderung</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>Kammer</translation>
    </message>
    <message>
        <source>Ministry or agency</source>
        <translation>Ministerium oder Behörde</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Diverse</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>Vorname zuerst</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>Nachname zuerst</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In contact</source>
        <translation>In Kontakt</translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation>Unterlagen versandt</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>Antrag eingegangen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>participation</comment>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Press list</source>
        <translation>Presseverteiler</translation>
    </message>
    <message>
        <source>Sharing with the secretariat in Foshan</source>
        <translation>Weitergabe an das Sekretariat in Foshan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Neu angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Erased for good</source>
        <translation>Endgültig gelöscht</translation>
    </message>
    <message>
        <source>Sent through the mail server</source>
        <translation>Über den Mailserver gesendet</translation>
    </message>
    <message>
        <source>Written as drafts</source>
        <translation>Als Entwürfe geschrieben</translation>
    </message>
    <message>
        <source>Not yet accepted</source>
        <translation>Noch nicht angenommen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>The letter font {path} is missing: reinstall ISA Desk.</source>
        <translation>Die Schriftart für Briefe {path} fehlt: Installieren Sie ISA Desk neu.</translation>
    </message>
    <message>
        <source>Letter from the template “{template}”.</source>
        <translation>Brief aus der Vorlage „{template}“.</translation>
    </message>
    <message>
        <source>The template “{template}” uses the unknown merge field “{field}”. Correct the template; no letter was made.</source>
        <translation>Die Vorlage „{template}“ verwendet das unbekannte Seriendruckfeld „{field}“. Korrigieren Sie die Vorlage; es wurde kein Brief erstellt.</translation>
    </message>
    <message>
        <source>The template “{template}” uses the merge field “{field}”: choose an event.</source>
        <translation>Die Vorlage „{template}“ verwendet das Seriendruckfeld „{field}“: Wählen Sie eine Veranstaltung.</translation>
    </message>
    <message>
        <source>the salutation by the rules, or the contact's own</source>
        <translation>die Anrede nach den Regeln oder die eigene des Kontakts</translation>
    </message>
    <message>
        <source>the letter's date in words</source>
        <translation>das Datum des Briefs, ausgeschrieben</translation>
    </message>
    <message>
        <source>academic title</source>
        <translation>akademischer Titel</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>name in the person's own order</source>
        <translation>Name in der Reihenfolge der Person</translation>
    </message>
    <message>
        <source>name in Chinese characters</source>
        <translation>Name in chinesischen Schriftzeichen</translation>
    </message>
    <message>
        <source>office or position</source>
        <translation>Amt oder Funktion</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>organisation in Chinese characters</source>
        <translation>Organisation in chinesischen Schriftzeichen</translation>
    </message>
    <message>
        <source>organisation's town</source>
        <translation>Ort der Organisation</translation>
    </message>
    <message>
        <source>member city or region</source>
        <translation>Mitgliedsstadt oder -region</translation>
    </message>
    <message>
        <source>member in Chinese characters</source>
        <translation>Mitglied in chinesischen Schriftzeichen</translation>
    </message>
    <message>
        <source>event title</source>
        <translation>Titel der Veranstaltung</translation>
    </message>
    <message>
        <source>event date in words</source>
        <translation>Datum der Veranstaltung, ausgeschrieben</translation>
    </message>
    <message>
        <source>event start and end time</source>
        <translation>Uhrzeit von Beginn und Ende der Veranstaltung</translation>
    </message>
    <message>
        <source>event place</source>
        <translation>Ort der Veranstaltung</translation>
    </message>
    <message>
        <source>registration deadline</source>
        <translation>Anmeldeschluss</translation>
    </message>
    <message>
        <source>event description</source>
        <translation>Beschreibung der Veranstaltung</translation>
    </message>
    <message>
        <source>sender's organisation</source>
        <translation>Organisation des Absenders</translation>
    </message>
    <message>
        <source>sender's contact person</source>
        <translation>Ansprechperson des Absenders</translation>
    </message>
    <message>
        <source>sender's e-mail address</source>
        <translation>E-Mail-Adresse des Absenders</translation>
    </message>
    <message>
        <source>sender's phone number</source>
        <translation>Telefonnummer des Absenders</translation>
    </message>
    <message>
        <source>sender's website</source>
        <translation>Webseite des Absenders</translation>
    </message>
    <message>
        <source>Correspondence – no consent needed</source>
        <translation>Korrespondenz – keine Einwilligung nötig</translation>
    </message>
    <message>
        <source>no consent for “{purpose}”</source>
        <translation>keine Einwilligung für „{purpose}“</translation>
    </message>
    <message>
        <source>There is no member “{member}”.</source>
        <translation>Es gibt kein Mitglied „{member}“.</translation>
    </message>
    <message>
        <source>There is no tag “{tag}”.</source>
        <translation>Es gibt kein Schlagwort „{tag}“.</translation>
    </message>
    <message>
        <source>does not want post</source>
        <translation>möchte keine Post</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>no postal address</source>
        <translation>keine Postanschrift</translation>
    </message>
    <message>
        <source>There is no contact with the id {ids}.</source>
        <translation>Es gibt keinen Kontakt mit der ID {ids}.</translation>
    </message>
    <message>
        <source>The letter form must be A or B.</source>
        <translation>Die Briefform muss A oder B sein.</translation>
    </message>
    <message>
        <source>Enter the sender's organisation.</source>
        <translation>Geben Sie die Organisation des Absenders ein.</translation>
    </message>
    <message>
        <source>There is no letter template “{key}”. Templates: {keys}.</source>
        <translation>Es gibt keine Briefvorlage „{key}“. Vorlagen: {keys}.</translation>
    </message>
    <message>
        <source>The key is a short name of lower-case letters, digits, - and _, e.g. einladung-2022.</source>
        <translation>Das Kürzel ist ein kurzer Name aus Kleinbuchstaben, Ziffern, - und _, z. B. einladung-2022.</translation>
    </message>
    <message>
        <source>Enter a name for the template.</source>
        <translation>Geben Sie einen Namen für die Vorlage ein.</translation>
    </message>
    <message>
        <source>Choose the letter's language.</source>
        <translation>Wählen Sie die Sprache des Briefs.</translation>
    </message>
    <message>
        <source>A template with the key “{key}” exists already.</source>
        <translation>Eine Vorlage mit dem Kürzel „{key}“ gibt es bereits.</translation>
    </message>
    <message>
        <source>The template was deleted meanwhile.</source>
        <translation>Die Vorlage wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The key of a built-in template cannot change.</source>
        <translation>Das Kürzel einer mitgelieferten Vorlage kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>A built-in template cannot be deleted; reset it instead.</source>
        <translation>Eine mitgelieferte Vorlage kann nicht gelöscht werden; setzen Sie sie stattdessen zurück.</translation>
    </message>
    <message>
        <source>“{key}” is not a built-in template.</source>
        <translation>„{key}“ ist keine mitgelieferte Vorlage.</translation>
    </message>
    <message>
        <source>Serienbrief – mail-merge letters</source>
        <translation>Serienbrief</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(keine Veranstaltung)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Date of the letters</source>
        <translation>Datum der Briefe</translation>
    </message>
    <message>
        <source>DIN 5008 Form B (letterhead 45 mm)</source>
        <translation>DIN 5008 Form B (Briefkopf 45 mm)</translation>
    </message>
    <message>
        <source>DIN 5008 Form A (letterhead 27 mm)</source>
        <translation>DIN 5008 Form A (Briefkopf 27 mm)</translation>
    </message>
    <message>
        <source>Sender…</source>
        <translation>Absender…</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Briefform</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Selected contacts ({count})</source>
        <translation>Ausgewählte Kontakte ({count})</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Participants of the event</source>
        <translation>Teilnehmende der Veranstaltung</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>One PDF for printing</source>
        <translation>Eine PDF-Datei zum Drucken</translation>
    </message>
    <message>
        <source>One PDF per recipient</source>
        <translation>Eine PDF-Datei je Empfänger</translation>
    </message>
    <message>
        <source>Address labels (3 × 8)</source>
        <translation>Adressetiketten (3 × 8)</translation>
    </message>
    <message>
        <source>Open the result when done</source>
        <translation>Ergebnis danach öffnen</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Make letters</source>
        <translation>Briefe erstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Wählen Sie eine Vorlage.</translation>
    </message>
    <message numerus="yes">
        <source>%n letters.</source>
        <translation><numerusform>%n Brief.</numerusform><numerusform>%n Briefe.</numerusform></translation>
    </message>
    <message>
        <source>Without consent for “{purpose}”: {count}.</source>
        <translation>Ohne Einwilligung für „{purpose}“: {count}.</translation>
    </message>
    <message>
        <source>Skipped {count}: {names}</source>
        <translation>{count} übersprungen: {names}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>No recipient: choose others.</source>
        <translation>Keine Empfänger: Wählen Sie andere.</translation>
    </message>
    <message>
        <source>Letter {number} of {count}: {name}</source>
        <translation>Brief {number} von {count}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n letters, {pages} written.</source>
        <translation><numerusform>%n Brief, {pages} geschrieben.</numerusform><numerusform>%n Briefe, {pages} geschrieben.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation><numerusform>%n Seite</numerusform><numerusform>%n Seiten</numerusform></translation>
    </message>
    <message>
        <source>Cancelled: no letter was kept.</source>
        <translation>Abgebrochen: Es wurde kein Brief behalten.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Letterhead title</source>
        <translation>Titel im Briefkopf</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Return line (above the address)</source>
        <translation>Rücksendeangabe (über der Anschrift)</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>Signature: name</source>
        <translation>Unterschrift: Name</translation>
    </message>
    <message>
        <source>Signature: function</source>
        <translation>Unterschrift: Funktion</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>Logo (PNG oder JPEG)</translation>
    </message>
    <message>
        <source>Sender of the letters</source>
        <translation>Absender der Briefe</translation>
    </message>
    <message>
        <source>Names in Chinese characters after the Latin ones in the address</source>
        <translation>Namen in chinesischen Schriftzeichen nach den lateinischen in der Anschrift</translation>
    </message>
    <message>
        <source>Berlin office</source>
        <translation>Büro Berlin</translation>
    </message>
    <message>
        <source>Fill in the Berlin office's data</source>
        <translation>Daten des Berliner Büros eintragen</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg)</source>
        <translation>Bilder (*.png *.jpg)</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Briefvorlagen</translation>
    </message>
    <message>
        <source>The text after the salutation. A blank line starts a new paragraph; a line starting with “- ” is a bullet point.</source>
        <translation>Der Text nach der Anrede. Eine Leerzeile beginnt einen neuen Absatz; eine Zeile, die mit „- “ beginnt, wird ein Aufzählungspunkt.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Grußformel</translation>
    </message>
    <message>
        <source>Merge fields (double-click inserts at the cursor; an empty signature takes the sender's):</source>
        <translation>Seriendruckfelder (Doppelklick fügt an der Schreibmarke ein; eine leere Unterschrift übernimmt die des Absenders):</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Give the template “{key}” its original text back?</source>
        <translation>Den ursprünglichen Text der Vorlage „{key}“ wiederherstellen?</translation>
    </message>
    <message>
        <source>Delete the template “{key}”?</source>
        <translation>Die Vorlage „{key}“ löschen?</translation>
    </message>
    <message>
        <source>The template “{key}” is written in {written}; for the recipients who read {wanted}, choose a template in {wanted}.</source>
        <translation>Die Vorlage „{key}“ ist auf {written} geschrieben; wählen Sie für die Empfänger, die {wanted} lesen, eine Vorlage auf {wanted}.</translation>
    </message>
    <message numerus="yes">
        <source>%n in {language}</source>
        <translation><numerusform>%n auf {language}</numerusform><numerusform>%n auf {language}</numerusform></translation>
    </message>
    <message>
        <source>By language: {counts}.</source>
        <translation>Nach Sprache: {counts}.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Each recipient in their preferred language</source>
        <translation>Jeder Empfänger in seiner bevorzugten Sprache</translation>
    </message>
    <message>
        <source>Recipients get the template chosen for their language; without one, the built-in template of the same family, else the template above.</source>
        <translation>Empfänger erhalten die für ihre Sprache gewählte Vorlage; ohne eine solche die mitgelieferte Vorlage derselben Familie, sonst die Vorlage oben.</translation>
    </message>
    <message>
        <source>Addresses in China in Chinese order (中国 … 收)</source>
        <translation>Anschriften in China in chinesischer Reihenfolge (中国 … 收)</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>(automatisch)</translation>
    </message>
    <message>
        <source>Contacts without consent in force for this purpose are left out and listed.</source>
        <translation>Kontakte ohne gültige Einwilligung für diesen Zweck werden ausgelassen und aufgelistet.</translation>
    </message>
</context>
<context>
    <name>ListArea</name>
    <message>
        <source>Click to show all records again</source>
        <translation>Klicken, um wieder alle Datensätze anzuzeigen</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} von {total}</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Standardspalten</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>The form shows the new values.</source>
        <translation>Das Formular zeigt die neuen Werte.</translation>
    </message>
    <message>
        <source>Changed by someone else at {time}.</source>
        <translation>Um {time} von jemand anderem geändert.</translation>
    </message>
    <message>
        <source>Changed by {user} at {time}.</source>
        <translation>Um {time} von {user} geändert.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>does not want e-mails</source>
        <translation>möchte keine E-Mails</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>invalid e-mail address</source>
        <translation>ungültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The sender's e-mail address “{address}” is not valid: correct it in the letters' sender settings.</source>
        <translation>Die E-Mail-Adresse des Absenders „{address}“ ist nicht gültig: Korrigieren Sie sie in den Absenderangaben der Briefe.</translation>
    </message>
    <message>
        <source>The file {path} cannot be attached: {reason}.</source>
        <translation>Die Datei {path} kann nicht angehängt werden: {reason}.</translation>
    </message>
    <message>
        <source>The attachments are too large together from {path} on: at most {mb} MB fit in one e-mail.</source>
        <translation>Die Anhänge sind ab {path} zusammen zu groß: Höchstens {mb} MB passen in eine E-Mail.</translation>
    </message>
    <message>
        <source>“{url}” is no mail server: write smtp://USER@HOST:PORT or smtps://…</source>
        <translation>„{url}“ ist kein Mailserver: Schreiben Sie smtp://BENUTZER@HOST:PORT oder smtps://…</translation>
    </message>
    <message>
        <source>Leave the password out of the server's address: it is kept in the system's password store or in ISA_DESK_SMTP_PASSWORD.</source>
        <translation>Lassen Sie das Passwort aus der Adresse des Servers weg: Es steht im Passwortspeicher des Systems oder in ISA_DESK_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>The server {host} refused the login of {user}: {answer}</source>
        <translation>Der Server {host} hat die Anmeldung von {user} abgelehnt: {answer}</translation>
    </message>
    <message>
        <source>The server {host} offers no encrypted connection (STARTTLS); try smtps:// and port 465.</source>
        <translation>Der Server {host} bietet keine verschlüsselte Verbindung (STARTTLS) an; versuchen Sie smtps:// und Port 465.</translation>
    </message>
    <message>
        <source>the secure connection failed ({reason})</source>
        <translation>die sichere Verbindung ist gescheitert ({reason})</translation>
    </message>
    <message>
        <source>the name is not known</source>
        <translation>der Name ist unbekannt</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der Zeit</translation>
    </message>
    <message>
        <source>No connection to the mail server {host}:{port}: {reason}.</source>
        <translation>Keine Verbindung zum Mailserver {host}:{port}: {reason}.</translation>
    </message>
    <message>
        <source>the server takes no addresses in non-Latin script</source>
        <translation>der Server nimmt keine Adressen in nichtlateinischer Schrift an</translation>
    </message>
    <message>
        <source>The connection to the mail server {host} was lost: {reason}.</source>
        <translation>Die Verbindung zum Mailserver {host} ist abgebrochen: {reason}.</translation>
    </message>
    <message>
        <source>The server {host} refused the sender {address}: {answer}</source>
        <translation>Der Server {host} hat den Absender {address} abgelehnt: {answer}</translation>
    </message>
    <message>
        <source>There is no password for {account}: store it in the system's password store (service "ISA Desk SMTP") or set ISA_DESK_SMTP_PASSWORD.</source>
        <translation>Es gibt kein Passwort für {account}: Legen Sie es im Passwortspeicher des Systems ab (Dienst „ISA Desk SMTP“) oder setzen Sie ISA_DESK_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>There is no mailing {id}.</source>
        <translation>Es gibt keinen Versand {id}.</translation>
    </message>
    <message>
        <source>E-mail draft of the mailing {id} (template “{template}”) to {address}, written to {file}.</source>
        <translation>E-Mail-Entwurf des Versands {id} (Vorlage „{template}“) an {address}, geschrieben in {file}.</translation>
    </message>
    <message>
        <source>E-mail of the mailing {id} (template “{template}”) to {address}.</source>
        <translation>E-Mail des Versands {id} (Vorlage „{template}“) an {address}.</translation>
    </message>
    <message>
        <source>as .eml drafts</source>
        <translation>als .eml-Entwürfe</translation>
    </message>
    <message>
        <source>through a mail server</source>
        <translation>über einen Mailserver</translation>
    </message>
    <message>
        <source>The mailing {id} was started {how}: continue it the same way.</source>
        <translation>Der Versand {id} wurde {how} begonnen: Setzen Sie ihn genauso fort.</translation>
    </message>
    <message>
        <source>The mailing {id} cannot be locked for sending: {reason}</source>
        <translation>Der Versand {id} kann nicht für das Senden gesperrt werden: {reason}</translation>
    </message>
    <message>
        <source>The mailing {id} is being sent right now by {user} on {computer}. Wait until that run has finished; then resume the mailing to send what is left.</source>
        <translation>Der Versand {id} wird gerade von {user} auf {computer} gesendet. Warten Sie, bis dieser Lauf fertig ist; setzen Sie den Versand dann fort, um den Rest zu senden.</translation>
    </message>
    <message>
        <source>The mailing {id} is being sent right now from another computer or program. Wait until that run has finished; then resume the mailing to send what is left.</source>
        <translation>Der Versand {id} wird gerade von einem anderen Computer oder Programm gesendet. Warten Sie, bis dieser Lauf fertig ist; setzen Sie den Versand dann fort, um den Rest zu senden.</translation>
    </message>
    <message>
        <source>Enter the address to send the test to.</source>
        <translation>Geben Sie die Adresse ein, an die der Test gehen soll.</translation>
    </message>
    <message>
        <source>the contact was deleted</source>
        <translation>der Kontakt wurde gelöscht</translation>
    </message>
    <message>
        <source>Mailing {id}: {sent} sent, {pending} not yet; resume it to send the rest.</source>
        <translation>Versand {id}: {sent} gesendet, {pending} noch nicht; setzen Sie ihn fort, um den Rest zu senden.</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Serien-E-Mail – mail merge by e-mail</source>
        <translation>Serien-E-Mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Attach the personal letter as PDF</source>
        <translation>Den persönlichen Brief als PDF anhängen</translation>
    </message>
    <message>
        <source>Send through</source>
        <translation>Senden über</translation>
    </message>
    <message>
        <source>Server…</source>
        <translation>Server…</translation>
    </message>
    <message>
        <source>As .eml files into</source>
        <translation>Als .eml-Dateien in</translation>
    </message>
    <message>
        <source>One draft per recipient, which Outlook opens ready to send.</source>
        <translation>Ein Entwurf je Empfänger, den Outlook versandbereit öffnet.</translation>
    </message>
    <message>
        <source>Send test to myself…</source>
        <translation>Test an mich senden…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <source>(no mail server set up yet)</source>
        <translation>(noch kein Mailserver eingerichtet)</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mails.</source>
        <translation><numerusform>%n E-Mail.</numerusform><numerusform>%n E-Mails.</numerusform></translation>
    </message>
    <message>
        <source>No recipient gets an e-mail.</source>
        <translation>Kein Empfänger erhält eine E-Mail.</translation>
    </message>
    <message>
        <source>E-mail {number} of {count}: {name}</source>
        <translation>E-Mail {number} von {count}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Resume the mailing of {date} (%n not sent yet)</source>
        <translation><numerusform>Den Versand vom {date} fortsetzen (%n noch nicht gesendet)</numerusform><numerusform>Den Versand vom {date} fortsetzen (%n noch nicht gesendet)</numerusform></translation>
    </message>
    <message>
        <source>Folder for the .eml files</source>
        <translation>Ordner für die .eml-Dateien</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Liste kopieren</translation>
    </message>
    <message>
        <source>Back to the preview</source>
        <translation>Zurück zur Vorschau</translation>
    </message>
    <message>
        <source>Sent ({count}):</source>
        <translation>Gesendet ({count}):</translation>
    </message>
    <message>
        <source>Refused ({count}):</source>
        <translation>Abgelehnt ({count}):</translation>
    </message>
    <message>
        <source>Not sent yet ({count}):</source>
        <translation>Noch nicht gesendet ({count}):</translation>
    </message>
    <message>
        <source>Skipped ({count}):</source>
        <translation>Übersprungen ({count}):</translation>
    </message>
    <message>
        <source>Written ({count}):</source>
        <translation>Geschrieben ({count}):</translation>
    </message>
    <message>
        <source>Files attached to every e-mail</source>
        <translation>An jede E-Mail angehängte Dateien</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n e-mails that the mailing of {date} has not sent yet?</source>
        <translation><numerusform>Die %n E-Mail senden, die der Versand vom {date} noch nicht gesendet hat?</numerusform><numerusform>Die %n E-Mails senden, die der Versand vom {date} noch nicht gesendet hat?</numerusform></translation>
    </message>
    <message>
        <source>Send test to myself</source>
        <translation>Test an mich senden</translation>
    </message>
    <message>
        <source>The message to {name} goes to this address instead:</source>
        <translation>Die Nachricht an {name} geht stattdessen an diese Adresse:</translation>
    </message>
    <message>
        <source>Set up the mail server the e-mails go through.</source>
        <translation>Richten Sie den Mailserver ein, über den die E-Mails gehen.</translation>
    </message>
    <message>
        <source>Enter the password for {account}.</source>
        <translation>Geben Sie das Passwort für {account} ein.</translation>
    </message>
    <message numerus="yes">
        <source>Write %n e-mails into {folder}?</source>
        <translation><numerusform>%n E-Mail in {folder} schreiben?</numerusform><numerusform>%n E-Mails in {folder} schreiben?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Send %n e-mails through {server}?</source>
        <translation><numerusform>%n E-Mail über {server} senden?</numerusform><numerusform>%n E-Mails über {server} senden?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recipients are skipped: {names}</source>
        <translation><numerusform>%n Empfänger wird übersprungen: {names}</numerusform><numerusform>%n Empfänger werden übersprungen: {names}</numerusform></translation>
    </message>
    <message>
        <source>A mailing of this template to these recipients did not finish: a new one goes to everyone again. To send only what is missing, choose “Resume” instead.</source>
        <translation>Ein Versand dieser Vorlage an diese Empfänger wurde nicht beendet: Ein neuer geht wieder an alle. Um nur das Fehlende zu senden, wählen Sie stattdessen „Fortsetzen“.</translation>
    </message>
    <message>
        <source>Serien-E-Mail</source>
        <translation>Serien-E-Mail</translation>
    </message>
    <message numerus="yes">
        <source>Mailing {id}: %n e-mails written to {folder}.</source>
        <translation><numerusform>Versand {id}: %n E-Mail in {folder} geschrieben.</numerusform><numerusform>Versand {id}: %n E-Mails in {folder} geschrieben.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mailing {id}: %n e-mails sent.</source>
        <translation><numerusform>Versand {id}: %n E-Mail gesendet.</numerusform><numerusform>Versand {id}: %n E-Mails gesendet.</numerusform></translation>
    </message>
    <message>
        <source>Not every e-mail was accepted: see the list.</source>
        <translation>Nicht jede E-Mail wurde angenommen: siehe Liste.</translation>
    </message>
    <message>
        <source>Test message written to {file}.</source>
        <translation>Testnachricht in {file} geschrieben.</translation>
    </message>
    <message>
        <source>Test message to {address} sent: {answer}</source>
        <translation>Testnachricht an {address} gesendet: {answer}</translation>
    </message>
    <message>
        <source>The server did not accept the test message: {answer}</source>
        <translation>Der Server hat die Testnachricht nicht angenommen: {answer}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Abgebrochen: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (meist Port 465)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember the password in the system's password store</source>
        <translation>Passwort im Passwortspeicher des Systems merken</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Mail servers limit how many messages one may send a minute: wait this long between two.</source>
        <translation>Mailserver begrenzen, wie viele Nachrichten man je Minute senden darf: So lange zwischen zwei warten.</translation>
    </message>
    <message>
        <source>Pause between e-mails</source>
        <translation>Pause zwischen E-Mails</translation>
    </message>
    <message>
        <source>(kept in the password store)</source>
        <translation>(im Passwortspeicher abgelegt)</translation>
    </message>
    <message>
        <source>Enter the name of the mail server, e.g. smtp.example.org.</source>
        <translation>Geben Sie den Namen des Mailservers ein, z. B. smtp.example.org.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find du&amp;plicates…</source>
        <translation>&amp;Dubletten finden…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Änderungs&amp;protokoll…</translation>
    </message>
    <message>
        <source>&amp;Privacy and retention…</source>
        <translation>&amp;Datenschutz und Aufbewahrung…</translation>
    </message>
    <message>
        <source>&amp;About ISA Desk</source>
        <translation>Ü&amp;ber ISA Desk</translation>
    </message>
    <message>
        <source>&amp;Serienbrief…</source>
        <translation>&amp;Serienbrief…</translation>
    </message>
    <message>
        <source>Mail merge by &amp;e-mail…</source>
        <translation>Serien-&amp;E-Mail…</translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation>Brief&amp;vorlagen…</translation>
    </message>
    <message>
        <source>&amp;Sender of the letters…</source>
        <translation>&amp;Absender der Briefe…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>B&amp;riefe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Choose a list first</source>
        <translation>Wählen Sie zuerst eine Liste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>ISA Desk</source>
        <translation>ISA Desk</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Die Datenbank wird geöffnet …</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>ISA Desk – {name}</source>
        <translation>ISA Desk – {name}</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Datenbank: {location}</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>{count} ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Undo: {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%n rows copied</source>
        <translation><numerusform>%n Zeile kopiert</numerusform><numerusform>%n Zeilen kopiert</numerusform></translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Rückgängig nicht möglich</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Rückgängig gemacht: {what}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes when ISA Desk is started next time.</source>
        <translation>Die Sprache wechselt beim nächsten Start von ISA Desk.</translation>
    </message>
    <message>
        <source>About ISA Desk</source>
        <translation>Über ISA Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ISA Desk {version}&lt;/h3&gt;&lt;p&gt;Members, contacts, inquiries and events of the Chinese-German Industrial Cities Alliance (ISA), kept by its Berlin office.&lt;/p&gt;&lt;p&gt;Database: {location}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ISA Desk {version}&lt;/h3&gt;&lt;p&gt;Mitglieder, Kontakte, Anfragen und Veranstaltungen der Chinesisch-Deutschen Industriestädteallianz (ISA), geführt von ihrem Berliner Büro.&lt;/p&gt;&lt;p&gt;Datenbank: {location}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>ISA Desk databases ({patterns});;All files (*)</source>
        <translation>ISA-Desk-Datenbanken ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>ISA Desk databases ({patterns})</source>
        <translation>ISA-Desk-Datenbanken ({patterns})</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>Liste &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>Liste &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;participants of an event…</source>
        <translation>&amp;Teilnehmende einer Veranstaltung exportieren…</translation>
    </message>
    <message>
        <source>Imports…</source>
        <translation>Importe…</translation>
    </message>
    <message>
        <source>Undo last import…</source>
        <translation>Letzten Import rückgängig machen…</translation>
    </message>
    <message>
        <source>Open the list you want to export first: members, organisations, contacts, inquiries or events.</source>
        <translation>Öffnen Sie zuerst die Liste, die Sie exportieren möchten: Mitglieder, Organisationen, Kontakte, Anfragen oder Veranstaltungen.</translation>
    </message>
    <message>
        <source>The last import was undone.</source>
        <translation>Der letzte Import wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>&amp;Country names…</source>
        <translation>&amp;Ländernamen…</translation>
    </message>
    <message>
        <source>Warning about this database</source>
        <translation>Hinweis zu dieser Datenbank</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>Mit &amp;Teamserver verbinden…</translation>
    </message>
    <message>
        <source>&amp;Move to team server…</source>
        <translation>Auf Teamserver &amp;umziehen…</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in Chinese characters</source>
        <translation>Name in chinesischen Schriftzeichen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Bundesland oder Provinz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Ausgetreten am</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The towns of a region or city network, in the order to show.</source>
        <translation>Die Orte einer Region oder eines Städtenetzwerks, in der Reihenfolge der Anzeige.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Neue Organisation…</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Neuer Kontakt…</translation>
    </message>
    <message>
        <source>The member cannot leave before joining.</source>
        <translation>Das Mitglied kann nicht vor seinem Beitritt ausgetreten sein.</translation>
    </message>
    <message>
        <source>Organisations ({count})</source>
        <translation>Organisationen ({count})</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>Kontakte ({count})</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>The member {id} does not exist (any more).</source>
        <translation>Das Mitglied {id} existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>Enter the member's name.</source>
        <translation>Geben Sie den Namen des Mitglieds ein.</translation>
    </message>
    <message>
        <source>Choose the member's country.</source>
        <translation>Wählen Sie das Land des Mitglieds.</translation>
    </message>
    <message>
        <source>“{country}” is not a country ISA Desk knows.</source>
        <translation>„{country}“ ist kein Land, das ISA Desk kennt.</translation>
    </message>
    <message>
        <source>Delete member “{name}”</source>
        <translation>Mitglied „{name}“ löschen</translation>
    </message>
    <message>
        <source>Delete {count} members</source>
        <translation>{count} Mitglieder löschen</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Search members … (Ctrl+F)</source>
        <translation>Mitglieder suchen … (Strg+F)</translation>
    </message>
    <message>
        <source>Searches name, Chinese name, state or province, places and website. Umlauts and accents need not be typed: “duren” finds Düren.</source>
        <translation>Durchsucht Name, chinesischen Namen, Bundesland oder Provinz, Orte und Webseite. Umlaute und Akzente müssen nicht eingegeben werden: „duren“ findet Düren.</translation>
    </message>
    <message>
        <source>{shown} of {total} members</source>
        <translation>{shown} von {total} Mitgliedern</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} Mitglieder</translation>
    </message>
    <message>
        <source>Show contacts of this member</source>
        <translation>Kontakte dieses Mitglieds anzeigen</translation>
    </message>
    <message>
        <source>New contact for this member…</source>
        <translation>Neuer Kontakt für dieses Mitglied…</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>Mitglied: {name}</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Namensreihenfolge</translation>
    </message>
    <message>
        <source>Name in Chinese characters</source>
        <translation>Name in chinesischen Schriftzeichen</translation>
    </message>
    <message>
        <source>Office or position</source>
        <translation>Amt oder Funktion</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Bundesland oder Provinz</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Own salutation</source>
        <translation>Eigene Anrede</translation>
    </message>
    <message>
        <source>No post</source>
        <translation>Keine Post</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>Keine E-Mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>given on {day}</source>
        <translation>erteilt am {day}</translation>
    </message>
    <message>
        <source>withdrawn on {day}</source>
        <translation>widerrufen am {day}</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Choose for each field which value the merged contact keeps. The left contact is kept; the right one's activities, event participations and inquiries move over, the tags of both are combined, then the right contact is deleted.</source>
        <translation>Wählen Sie für jedes Feld, welchen Wert der zusammengeführte Kontakt behält. Der linke Kontakt bleibt erhalten; Aktivitäten, Veranstaltungsteilnahmen und Anfragen des rechten gehen auf ihn über, die Schlagwörter beider werden zusammengefasst, dann wird der rechte Kontakt gelöscht.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>Seiten tauschen</translation>
    </message>
    <message>
        <source>Keep the right contact instead</source>
        <translation>Stattdessen den rechten Kontakt behalten</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>bleibt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>wird gelöscht</translation>
    </message>
    <message>
        <source>{name} (no. {id}, {role})
{count} activities</source>
        <translation>{name} (Nr. {id}, {role})
{count} Aktivitäten</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Per purpose the merged contact keeps the consent with the person's latest word: given or withdrawn.</source>
        <translation>Je Zweck behält der zusammengeführte Kontakt die Einwilligung nach der letzten Äußerung der Person: erteilt oder widerrufen.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>Merge the two contacts now? The right one is deleted; this cannot be undone.</source>
        <translation>Die beiden Kontakte jetzt zusammenführen? Der rechte wird gelöscht; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Nicht zusammengeführt</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in Chinese characters</source>
        <translation>Name in chinesischen Schriftzeichen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>On the advisory board</source>
        <translation>Im Beirat</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Bundesland oder Provinz</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Postcode, town</source>
        <translation>PLZ, Ort</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Telefon und E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Neuer Kontakt…</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>Kontakte ({count})</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>advisory board</source>
        <translation>Beirat</translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <source>The organisation {id} does not exist (any more).</source>
        <translation>Die Organisation {id} existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>Enter the organisation's name.</source>
        <translation>Geben Sie den Namen der Organisation ein.</translation>
    </message>
    <message>
        <source>“{country}” is not a country ISA Desk knows.</source>
        <translation>„{country}“ ist kein Land, das ISA Desk kennt.</translation>
    </message>
    <message>
        <source>The chosen member does not exist (any more).</source>
        <translation>Das gewählte Mitglied existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>Delete organisation “{name}”</source>
        <translation>Organisation „{name}“ löschen</translation>
    </message>
    <message>
        <source>Delete {count} organisations</source>
        <translation>{count} Organisationen löschen</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>Search organisations … (Ctrl+F)</source>
        <translation>Organisationen suchen … (Strg+F)</translation>
    </message>
    <message>
        <source>Searches name, Chinese name, town, state or province and e-mail. Umlauts and accents need not be typed: “koln” finds Köln.</source>
        <translation>Durchsucht Name, chinesischen Namen, Ort, Bundesland oder Provinz und E-Mail. Umlaute und Akzente müssen nicht eingegeben werden: „koln“ findet Köln.</translation>
    </message>
    <message>
        <source>{shown} of {total} organisations</source>
        <translation>{shown} von {total} Organisationen</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 Organisation</translation>
    </message>
    <message>
        <source>{count} organisations</source>
        <translation>{count} Organisationen</translation>
    </message>
    <message>
        <source>Show contacts of this organisation</source>
        <translation>Kontakte dieser Organisation anzeigen</translation>
    </message>
    <message>
        <source>New contact at this organisation…</source>
        <translation>Neuer Kontakt bei dieser Organisation…</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>Organisation: {name}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Members per federal state (Germany)</source>
        <translation>Mitglieder je Bundesland (Deutschland)</translation>
    </message>
    <message>
        <source>Members per province (China)</source>
        <translation>Mitglieder je Provinz (China)</translation>
    </message>
    <message>
        <source>Open this list</source>
        <translation>Diese Liste öffnen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Membership inquiries</source>
        <translation>Mitgliedschaftsanfragen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Members by country and status</source>
        <translation>Mitglieder nach Land und Status</translation>
    </message>
    <message>
        <source>+ {count} in other statuses</source>
        <translation>+ {count} mit anderem Status</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>This participant is no longer on the list.</source>
        <translation>Diese Person steht nicht mehr auf der Liste der Teilnehmenden.</translation>
    </message>
    <message>
        <source>{name}: “{old}” cannot become “{new}”.</source>
        <translation>{name}: „{old}“ kann nicht in „{new}“ geändert werden.</translation>
    </message>
    <message>
        <source>{name}: “{new}” can only be recorded once the event has begun ({date}).</source>
        <translation>{name}: „{new}“ kann erst eingetragen werden, wenn die Veranstaltung begonnen hat ({date}).</translation>
    </message>
    <message>
        <source>Someone else removed a participant meanwhile; nothing was changed.</source>
        <translation>Jemand anderes hat inzwischen eine teilnehmende Person entfernt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Accompanying persons: a number from 0 to {most}.</source>
        <translation>Begleitpersonen: eine Zahl von 0 bis {most}.</translation>
    </message>
    <message>
        <source>Interpreting: choose German, Chinese, English or none.</source>
        <translation>Dolmetschen: Wählen Sie Deutsch, Chinesisch, Englisch oder keine Sprache.</translation>
    </message>
    <message>
        <source>There is no tag “{tag}”.</source>
        <translation>Es gibt kein Schlagwort „{tag}“.</translation>
    </message>
    <message>
        <source>There is no contact with the id {ids}.</source>
        <translation>Es gibt keinen Kontakt mit der ID {ids}.</translation>
    </message>
    <message>
        <source>Remove “{name}” from the event</source>
        <translation>„{name}“ aus der Veranstaltung entfernen</translation>
    </message>
    <message>
        <source>Remove {count} participants from the event</source>
        <translation>{count} Teilnehmende aus der Veranstaltung entfernen</translation>
    </message>
    <message>
        <source>{name} is already marked “{status}” for this event.</source>
        <translation>{name} ist für diese Veranstaltung bereits als „{status}“ vermerkt.</translation>
    </message>
    <message>
        <source>No interpreting</source>
        <translation>Kein Dolmetschen</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer/in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Angemeldet am</translation>
    </message>
    <message>
        <source>Accompanying persons</source>
        <translation>Begleitpersonen</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Dolmetschen</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>Eingeladen am</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Search participants: name, e-mail, organisation …</source>
        <translation>Teilnehmende suchen: Name, E-Mail, Organisation …</translation>
    </message>
    <message>
        <source>{shown} of {total} participants</source>
        <translation>{shown} von {total} Teilnehmenden</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation><numerusform>%n Teilnehmende</numerusform><numerusform>%n Teilnehmende</numerusform></translation>
    </message>
    <message>
        <source>All {count}</source>
        <translation>Alle {count}</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>Edit participant…</source>
        <translation>Teilnehmer/in bearbeiten…</translation>
    </message>
    <message>
        <source>Remove from the event…</source>
        <translation>Aus der Veranstaltung entfernen…</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Status nicht geändert</translation>
    </message>
    <message numerus="yes">
        <source>Take %n people off the list of this event? Their contact records stay.</source>
        <translation><numerusform>%n Person von der Liste dieser Veranstaltung nehmen? Der Kontakt bleibt erhalten.</numerusform><numerusform>%n Personen von der Liste dieser Veranstaltung nehmen? Ihre Kontakte bleiben erhalten.</numerusform></translation>
    </message>
    <message>
        <source>Remove from the event</source>
        <translation>Aus der Veranstaltung entfernen</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>The system's password store cannot be used: {reason}</source>
        <translation>Der Passwortspeicher des Systems kann nicht benutzt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>{path}: choose a file name ending in .json or .pdf for the export.</source>
        <translation>{path}: Wählen Sie für die Auskunft einen Dateinamen mit der Endung .json oder .pdf.</translation>
    </message>
    <message>
        <source>Information {name} {date}</source>
        <translation>Auskunft {name} {date}</translation>
    </message>
    <message>
        <source>Information about the data we hold about you</source>
        <translation>Auskunft über die zu Ihrer Person gespeicherten Daten</translation>
    </message>
    <message>
        <source>For: {name}</source>
        <translation>Für: {name}</translation>
    </message>
    <message>
        <source>Prepared on {date} by {office}, {address}.</source>
        <translation>Erstellt am {date} von {office}, {address}.</translation>
    </message>
    <message>
        <source>This is everything we hold about you. Questions and requests: {email}, {phone}.</source>
        <translation>Dies sind alle Daten, die wir zu Ihrer Person gespeichert haben. Fragen und Anliegen: {email}, {phone}.</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Your contact record</source>
        <translation>Ihr Kontaktdatensatz</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Ihre Organisation</translation>
    </message>
    <message>
        <source>Member city or region</source>
        <translation>Mitgliedsstadt oder -region</translation>
    </message>
    <message>
        <source>Lists and tags</source>
        <translation>Listen und Schlagwörter</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Ihre Einwilligungen</translation>
    </message>
    <message>
        <source>Notes, calls, e-mails and meetings</source>
        <translation>Notizen, Anrufe, E-Mails und Besprechungen</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>Membership inquiries</source>
        <translation>Mitgliedschaftsanfragen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>E-mails sent to you</source>
        <translation>An Sie gesendete E-Mails</translation>
    </message>
    <message>
        <source>Imports from lists</source>
        <translation>Importe aus Listen</translation>
    </message>
    <message>
        <source>Decisions about possible duplicates</source>
        <translation>Entscheidungen zu möglichen Dubletten</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Verlauf der Änderungen</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>Zuletzt geändert am</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>City or region</source>
        <translation>Stadt oder Region</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Mailing started on</source>
        <translation>Versand begonnen am</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Versendet von</translation>
    </message>
    <message>
        <source>Mailing finished on</source>
        <translation>Versand abgeschlossen am</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Answer of the mail server</source>
        <translation>Antwort des Mailservers</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Created your record</source>
        <translation>Hat Ihren Datensatz angelegt</translation>
    </message>
    <message>
        <source>Values replaced</source>
        <translation>Ersetzte Werte</translation>
    </message>
    <message>
        <source>Undone on</source>
        <translation>Rückgängig gemacht am</translation>
    </message>
    <message>
        <source>Other contact (ID)</source>
        <translation>Anderer Kontakt (ID)</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Note or activity</source>
        <translation>Notiz oder Aktivität</translation>
    </message>
    <message>
        <source>Membership inquiry</source>
        <translation>Mitgliedschaftsanfrage</translation>
    </message>
    <message>
        <source>Event participation</source>
        <translation>Veranstaltungsteilnahme</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Keine Dublette</translation>
    </message>
    <message>
        <source>There is no contact {id}.</source>
        <translation>Es gibt keinen Kontakt {id}.</translation>
    </message>
    <message>
        <source>Backups of the server database (pg_dump and the like) follow the server's own rules: ask its administrator when the last backup holding the person is removed.</source>
        <translation>Sicherungen der Server-Datenbank (pg_dump u. Ä.) folgen den Regeln des Servers: Fragen Sie dessen Administrator, wann die letzte Sicherung mit der Person entfernt wird.</translation>
    </message>
    <message>
        <source>Finding the person's data…</source>
        <translation>Daten der Person werden gesucht…</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wird endgültig gelöscht…</translation>
    </message>
    <message>
        <source>Compacting the database…</source>
        <translation>Datenbank wird komprimiert…</translation>
    </message>
    <message>
        <source>Contact record: {count}</source>
        <translation>Kontaktdatensatz: {count}</translation>
    </message>
    <message>
        <source>Tag links: {count}</source>
        <translation>Schlagwort-Zuordnungen: {count}</translation>
    </message>
    <message>
        <source>Consents: {count}</source>
        <translation>Einwilligungen: {count}</translation>
    </message>
    <message>
        <source>Activities (notes, calls, e-mails): {count}</source>
        <translation>Aktivitäten (Notizen, Anrufe, E-Mails): {count}</translation>
    </message>
    <message>
        <source>Event participations: {count}</source>
        <translation>Veranstaltungsteilnahmen: {count}</translation>
    </message>
    <message>
        <source>“Not a duplicate” decisions: {count}</source>
        <translation>Entscheidungen „Keine Dublette“: {count}</translation>
    </message>
    <message>
        <source>Inquiries that stay, without the person: {count}</source>
        <translation>Anfragen, die ohne die Person erhalten bleiben: {count}</translation>
    </message>
    <message>
        <source>E-mails of mailings, name and address erased: {count}</source>
        <translation>E-Mails aus Versänden, Name und Anschrift gelöscht: {count}</translation>
    </message>
    <message>
        <source>Imports that forget the person: {count}</source>
        <translation>Importe, die die Person vergessen: {count}</translation>
    </message>
    <message>
        <source>History entries, values erased: {count}</source>
        <translation>Einträge im Änderungsprotokoll, Werte gelöscht: {count}</translation>
    </message>
    <message>
        <source>No backup beside the database holds the person.</source>
        <translation>Keine Sicherung außer der Datenbank enthält die Person.</translation>
    </message>
    <message>
        <source>Backups that still hold the person (dated backups go with the rotation, if ISA Desk is started every day):</source>
        <translation>Sicherungen, die die Person noch enthalten (datierte Sicherungen werden mit der Rotation entfernt, wenn ISA Desk jeden Tag gestartet wird):</translation>
    </message>
    <message>
        <source>{path}: kept until removed by hand</source>
        <translation>{path}: bleibt, bis sie von Hand entfernt wird</translation>
    </message>
    <message>
        <source>{path}: removed by the rotation on {date}</source>
        <translation>{path}: wird am {date} durch die Rotation entfernt</translation>
    </message>
    <message>
        <source>The database file could not be compacted ({reason}): the erased values may remain in its free space until the file is compacted.</source>
        <translation>Die Datenbankdatei konnte nicht komprimiert werden ({reason}): Die gelöschten Werte können in ihrem freien Speicher verbleiben, bis die Datei komprimiert wird.</translation>
    </message>
    <message>
        <source>Another program is reading the database: its write-ahead log will be emptied when that program closes it.</source>
        <translation>Ein anderes Programm liest die Datenbank: Das Write-Ahead-Log der Datenbank wird geleert, sobald dieses Programm sie schließt.</translation>
    </message>
    <message>
        <source>The table {table} could not be compacted on the server ({reason}): the erased values stay in its files until the server reuses the space. Ask the server's administrator to run VACUUM FULL.</source>
        <translation>Die Tabelle {table} konnte auf dem Server nicht komprimiert werden ({reason}): Die gelöschten Werte bleiben in ihren Dateien, bis der Server den Platz wiederverwendet. Bitten Sie den Administrator des Servers, VACUUM FULL auszuführen.</translation>
    </message>
    <message>
        <source>Your login may not compact the tables {tables} on the server: the erased values stay in the server's files until it reuses the space. Ask the database's owner to run VACUUM FULL on them.</source>
        <translation>Ihre Anmeldung darf die Tabellen {tables} auf dem Server nicht komprimieren: Die gelöschten Werte bleiben in den Dateien des Servers, bis er den Platz wiederverwendet. Bitten Sie den Eigentümer der Datenbank, VACUUM FULL darauf auszuführen.</translation>
    </message>
</context>
<context>
    <name>PrivacyExport</name>
    <message>
        <source>PDF to read or print (*.pdf)</source>
        <translation>PDF zum Lesen oder Drucken (*.pdf)</translation>
    </message>
    <message>
        <source>JSON for other programs (*.json)</source>
        <translation>JSON für andere Programme (*.json)</translation>
    </message>
    <message>
        <source>Save the person's data</source>
        <translation>Daten der Person speichern</translation>
    </message>
    <message>
        <source>Data saved</source>
        <translation>Daten gespeichert</translation>
    </message>
    <message>
        <source>The person's data was saved to {file}.</source>
        <translation>Die Daten der Person wurden in {file} gespeichert.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>QuickRegistration</name>
    <message>
        <source>Quick registration</source>
        <translation>Schnellanmeldung</translation>
    </message>
    <message>
        <source>Name or e-mail address</source>
        <translation>Name oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Enter: registered · Ctrl+Enter: declined</source>
        <translation>Eingabe: angemeldet · Strg+Eingabe: abgesagt</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Nobody found. New people are added in the Contacts area first.</source>
        <translation>Niemand gefunden. Neue Personen werden zuerst im Bereich Kontakte angelegt.</translation>
    </message>
    <message>
        <source>not invited yet: will be added</source>
        <translation>noch nicht eingeladen: wird hinzugefügt</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>{name}: added to the list and {status}.</source>
        <translation>{name}: zur Liste hinzugefügt und {status}.</translation>
    </message>
    <message>
        <source>{name} was {status} already.</source>
        <translation>{name} war bereits {status}.</translation>
    </message>
    <message>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Delete the member “{name}”?</source>
        <translation>Das Mitglied „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Delete the organisation “{name}”?</source>
        <translation>Die Organisation „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Delete the contact “{name}”?</source>
        <translation>Den Kontakt „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Delete these {count} members?</source>
        <translation>Diese {count} Mitglieder löschen?</translation>
    </message>
    <message>
        <source>Delete these {count} organisations?</source>
        <translation>Diese {count} Organisationen löschen?</translation>
    </message>
    <message>
        <source>Delete these {count} contacts?</source>
        <translation>Diese {count} Kontakte löschen?</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>Delete members</source>
        <translation>Mitglieder löschen</translation>
    </message>
    <message>
        <source>Contacts linked to these members: {count}. Keep them (without member) or delete them too?</source>
        <translation>Mit diesen Mitgliedern verknüpfte Kontakte: {count}. Behalten (ohne Mitglied) oder ebenfalls löschen?</translation>
    </message>
    <message>
        <source>Contacts linked to the member: {count}. Keep them (without member) or delete them too?</source>
        <translation>Mit dem Mitglied verknüpfte Kontakte: {count}. Behalten (ohne Mitglied) oder ebenfalls löschen?</translation>
    </message>
    <message>
        <source>Keep contacts</source>
        <translation>Kontakte behalten</translation>
    </message>
    <message>
        <source>Delete contacts too</source>
        <translation>Kontakte ebenfalls löschen</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Choose exactly two contacts to merge.</source>
        <translation>Wählen Sie genau zwei Kontakte zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message numerus="yes">
        <source>The addresses are too many for one e-mail link. Open %n e-mails, each with a part of the recipients in Bcc?</source>
        <translation><numerusform>Die Adressen sind zu viele für einen E-Mail-Link. %n E-Mail öffnen, jede mit einem Teil der Empfänger in Bcc?</numerusform><numerusform>Die Adressen sind zu viele für einen E-Mail-Link. %n E-Mails öffnen, jede mit einem Teil der Empfänger in Bcc?</numerusform></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>“{value}” is not a valid value for {field}.</source>
        <translation>„{value}“ ist kein gültiger Wert für {field}.</translation>
    </message>
    <message>
        <source>The record was deleted by someone else in the meantime.</source>
        <translation>Der Datensatz wurde inzwischen von jemand anderem gelöscht.</translation>
    </message>
    <message>
        <source>“{name}” was changed by someone else since you opened it. Your changes were not saved; open the record again to see the current state.</source>
        <translation>„{name}“ wurde von jemand anderem geändert, seit Sie den Datensatz geöffnet haben. Ihre Änderungen wurden nicht gespeichert; öffnen Sie den Datensatz erneut, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>The record was changed by someone else while you were saving. Your changes were not saved; open the record again.</source>
        <translation>Der Datensatz wurde von jemand anderem geändert, während Sie gespeichert haben. Ihre Änderungen wurden nicht gespeichert; öffnen Sie den Datensatz erneut.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database and was not saved: {reason}</source>
        <translation>Die Änderung verstößt gegen eine Regel der Datenbank und wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Too long: {count} characters where at most {limit} fit.</source>
        <translation>Zu lang: {count} Zeichen, höchstens {limit} passen hinein.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Inactive contacts</source>
        <translation>Inaktive Kontakte</translation>
    </message>
    <message>
        <source>Finished inquiries</source>
        <translation>Abgeschlossene Anfragen</translation>
    </message>
    <message>
        <source>Old values in the audit trail</source>
        <translation>Alte Werte im Änderungsprotokoll</translation>
    </message>
    <message>
        <source>{field}: enter a whole number of months from 0 to {most} (0 = keep for ever).</source>
        <translation>{field}: Geben Sie eine ganze Zahl von Monaten zwischen 0 und {most} ein (0 = unbegrenzt aufbewahren).</translation>
    </message>
    <message>
        <source>None of the chosen inquiries is finished (any more).</source>
        <translation>Keine der gewählten Anfragen ist (mehr) abgeschlossen.</translation>
    </message>
    <message>
        <source>Privacy: data is due for review.</source>
        <translation>Datenschutz: Daten sind zur Prüfung fällig.</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <source>Privacy and retention</source>
        <translation>Datenschutz und Aufbewahrung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last sign of life</source>
        <translation>Letztes Lebenszeichen</translation>
    </message>
    <message>
        <source>Marked inactive</source>
        <translation>Als inaktiv markiert</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Zur Prüfung fällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Remove old values…</source>
        <translation>Alte Werte entfernen…</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>Kontakte ({count})</translation>
    </message>
    <message>
        <source>Inquiries ({count})</source>
        <translation>Anfragen ({count})</translation>
    </message>
    <message>
        <source>Audit values ({count})</source>
        <translation>Protokollwerte ({count})</translation>
    </message>
    <message>
        <source>The audit trail keeps its values for ever.</source>
        <translation>Das Änderungsprotokoll bewahrt seine Werte unbegrenzt auf.</translation>
    </message>
    <message>
        <source>Entries in the audit trail from before {date} that still hold values: {count}. Removing the values keeps the entries (who changed what, and when).</source>
        <translation>Einträge im Änderungsprotokoll vor dem {date}, die noch Werte enthalten: {count}. Beim Entfernen der Werte bleiben die Einträge erhalten (wer was wann geändert hat).</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n finished inquiry(s)?</source>
        <translation><numerusform>%n abgeschlossene Anfrage löschen?</numerusform><numerusform>%n abgeschlossene Anfragen löschen?</numerusform></translation>
    </message>
    <message>
        <source>Remove old values</source>
        <translation>Alte Werte entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the values from %n entry(s) of the audit trail from before {date}? The entries stay; the values cannot be brought back.</source>
        <translation><numerusform>Die Werte aus %n Eintrag des Änderungsprotokolls vor dem {date} entfernen? Der Eintrag bleibt erhalten; die Werte lassen sich nicht wiederherstellen.</numerusform><numerusform>Die Werte aus %n Einträgen des Änderungsprotokolls vor dem {date} entfernen? Die Einträge bleiben erhalten; die Werte lassen sich nicht wiederherstellen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Values removed from %n entry(s).</source>
        <translation><numerusform>Werte aus %n Eintrag entfernt.</numerusform><numerusform>Werte aus %n Einträgen entfernt.</numerusform></translation>
    </message>
    <message>
        <source>Removing old values…</source>
        <translation>Alte Werte werden entfernt …</translation>
    </message>
    <message>
        <source>Tick the rows first.</source>
        <translation>Setzen Sie zuerst Häkchen bei den Zeilen.</translation>
    </message>
    <message>
        <source>Reviewed on {date}.</source>
        <translation>Geprüft am {date}.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>How long data is kept</source>
        <translation>Wie lange Daten aufbewahrt werden</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>keep for ever</source>
        <translation>unbegrenzt aufbewahren</translation>
    </message>
    <message>
        <source>0 = keep for ever. Contacts count from their last sign of life: a change, a note, an event, a mail or a consent.</source>
        <translation>0 = unbegrenzt aufbewahren. Bei Kontakten zählt das letzte Lebenszeichen: eine Änderung, eine Notiz, eine Veranstaltung, eine E-Mail oder eine Einwilligung.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Alle anhaken</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Keine anhaken</translation>
    </message>
    <message>
        <source>The oldest {shown} of {count} are shown.</source>
        <translation>Die ältesten {shown} von {count} werden angezeigt.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nichts ist fällig.</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Still saving, please wait.</source>
        <translation>Wird noch gespeichert, bitte warten.</translation>
    </message>
    <message>
        <source>Saving… (waiting for the database)</source>
        <translation>Wird gespeichert… (wartet auf die Datenbank)</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>The tag “{name}” is longer than {limit} characters.</source>
        <translation>Das Schlagwort „{name}“ ist länger als {limit} Zeichen.</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <source>Enter the name or address of the database server.</source>
        <translation>Geben Sie Namen oder Adresse des Datenbankservers ein.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Der Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Geben Sie den Namen der Datenbank auf dem Server ein.</translation>
    </message>
    <message>
        <source>Enter the user name for the database server.</source>
        <translation>Geben Sie den Benutzernamen für den Datenbankserver ein.</translation>
    </message>
    <message>
        <source>Unknown encryption setting {mode}.</source>
        <translation>Unbekannte Verschlüsselungseinstellung {mode}.</translation>
    </message>
    <message>
        <source>{url} is not the address of a PostgreSQL database. Write it as postgresql+psycopg://USER@SERVER:5432/DATABASE.</source>
        <translation>{url} ist keine Adresse einer PostgreSQL-Datenbank. Schreiben Sie sie als postgresql+psycopg://BENUTZER@SERVER:5432/DATENBANK.</translation>
    </message>
    <message>
        <source>{target} needs a driver that is not installed: {reason}</source>
        <translation>{target} braucht einen Treiber, der nicht installiert ist: {reason}</translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation>Mit Teamserver verbinden</translation>
    </message>
    <message>
        <source>Open the office's shared database on its PostgreSQL server. The server, the database and your user name come from whoever set up the server.</source>
        <translation>Öffnet die gemeinsame Datenbank des Büros auf seinem PostgreSQL-Server. Server, Datenbank und Ihren Benutzernamen erhalten Sie von der Person, die den Server eingerichtet hat.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <source>Kept in the system's password store (on Windows the Credential Manager), never in a file of ISA Desk.</source>
        <translation>Wird im Passwortspeicher des Systems aufbewahrt (unter Windows in der Anmeldeinformationsverwaltung), nie in einer Datei von ISA Desk.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>(kept in the password store)</source>
        <translation>(im Passwortspeicher)</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Verbinde mit {server}…</translation>
    </message>
    <message>
        <source>Connected ({version}), but the database {database} holds tables of another program. Choose another database.</source>
        <translation>Verbunden ({version}), aber die Datenbank {database} enthält Tabellen eines anderen Programms. Wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>Connected ({version}). The database {database} holds ISA Desk data.</source>
        <translation>Verbunden ({version}). Die Datenbank {database} enthält Daten von ISA Desk.</translation>
    </message>
    <message>
        <source>Connected ({version}). The database {database} is empty.</source>
        <translation>Verbunden ({version}). Die Datenbank {database} ist leer.</translation>
    </message>
    <message>
        <source>Move to team server</source>
        <translation>Auf Teamserver umziehen</translation>
    </message>
    <message>
        <source>The database {name} is copied whole, with its history, templates and settings, into an empty database on the PostgreSQL server. This file stays as it is; afterwards the office works in the database on the server.</source>
        <translation>Die Datenbank {name} wird vollständig, mit Verlauf, Vorlagen und Einstellungen, in eine leere Datenbank auf dem PostgreSQL-Server kopiert. Diese Datei bleibt, wie sie ist; danach arbeitet das Büro in der Datenbank auf dem Server.</translation>
    </message>
    <message>
        <source>Copy to the server</source>
        <translation>Auf den Server kopieren</translation>
    </message>
    <message>
        <source>Open the team database</source>
        <translation>Team-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Copying the database to the server…</source>
        <translation>Die Datenbank wird auf den Server kopiert…</translation>
    </message>
    <message>
        <source>Copied and verified: the database on the server holds as many rows in every table as this one ({total} in all). Open the team database now?</source>
        <translation>Kopiert und geprüft: Die Datenbank auf dem Server hat in jeder Tabelle so viele Zeilen wie diese ({total} insgesamt). Die Team-Datenbank jetzt öffnen?</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was copied.</source>
        <translation>Abgebrochen. Nichts wurde kopiert.</translation>
    </message>
</context>
<context>
    <name>Trail</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>ISA Desk: audit trail</source>
        <translation>ISA Desk: Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>History entry</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer/in</translation>
    </message>
    <message>
        <source>Place of a member</source>
        <translation>Ort eines Mitglieds</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Briefvorlage</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Keine Dublette</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Double-click a change to open its record</source>
        <translation>Doppelklicken Sie auf eine Änderung, um ihren Datensatz zu öffnen</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <source>Save the changes the filters show as an Excel workbook or a CSV file</source>
        <translation>Die von den Filtern angezeigten Änderungen als Excel-Arbeitsmappe oder CSV-Datei speichern</translation>
    </message>
    <message>
        <source>No changes found</source>
        <translation>Keine Änderungen gefunden</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n change(s)</source>
        <translation><numerusform>{shown} von %n Änderung</numerusform><numerusform>{shown} von %n Änderungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation><numerusform>%n Änderung</numerusform><numerusform>%n Änderungen</numerusform></translation>
    </message>
    <message>
        <source>Save these changes as an Excel workbook or a CSV file</source>
        <translation>Diese Änderungen als Excel-Arbeitsmappe oder CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Changes {record}</source>
        <translation>Änderungen {record}</translation>
    </message>
    <message>
        <source>Changes: {record}</source>
        <translation>Änderungen: {record}</translation>
    </message>
    <message>
        <source>Changes…</source>
        <translation>Änderungen…</translation>
    </message>
    <message>
        <source>Who changed what in this record, and when ({keys})</source>
        <translation>Wer hat in diesem Datensatz wann was geändert ({keys})</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Only the changes of this user</source>
        <translation>Nur die Änderungen dieses Benutzers</translation>
    </message>
    <message>
        <source>All kinds of record</source>
        <translation>Alle Arten von Datensätzen</translation>
    </message>
    <message>
        <source>Search names and values</source>
        <translation>Namen und Werte durchsuchen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export the changes</source>
        <translation>Änderungen exportieren</translation>
    </message>
    <message>
        <source>Writing {file} …</source>
        <translation>{file} wird geschrieben …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to {file}</source>
        <translation><numerusform>%n Zeile nach {file} exportiert</numerusform><numerusform>%n Zeilen nach {file} exportiert</numerusform></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Preparing the database on the server…</source>
        <translation>Die Datenbank auf dem Server wird vorbereitet…</translation>
    </message>
    <message>
        <source>Nothing was copied. {reason}</source>
        <translation>Nichts wurde kopiert. {reason}</translation>
    </message>
    <message>
        <source>{target} is the database being copied.</source>
        <translation>{target} ist die Datenbank, die kopiert wird.</translation>
    </message>
    <message>
        <source>{source} is at schema {revision}, not at this program's {head}. Open it in ISA Desk once (which upgrades it), then copy it.</source>
        <translation>{source} hat das Schema {revision}, nicht {head} dieses Programms. Öffnen Sie sie einmal in ISA Desk (das aktualisiert sie) und kopieren Sie sie dann.</translation>
    </message>
    <message>
        <source>Copying {table}…</source>
        <translation>Kopiere {table}…</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>Die Kopie wird geprüft…</translation>
    </message>
    <message>
        <source>The copy of the table {table} holds {copied} rows where the database holds {count}; nothing was copied.</source>
        <translation>Die Kopie der Tabelle {table} hat {copied} Zeilen, die Datenbank aber {count}; nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>The database {target} already holds records; ISA Desk copies only into an empty database. Nothing was copied: create a new database on the server.</source>
        <translation>Die Datenbank {target} enthält bereits Datensätze; ISA Desk kopiert nur in eine leere Datenbank. Nichts wurde kopiert: Legen Sie eine neue Datenbank auf dem Server an.</translation>
    </message>
    <message>
        <source>The table {table} cannot be read: {reason}</source>
        <translation>Die Tabelle {table} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>a NUL character (code 0), which the server does not store.</source>
        <translation>ein NUL-Zeichen (Code 0), das der Server nicht speichert.</translation>
    </message>
    <message>
        <source>the number {value} is too large for the server.</source>
        <translation>die Zahl {value} ist für den Server zu groß.</translation>
    </message>
    <message>
        <source>Nothing was copied: table {table}, record {record}, column {column}: {problem}</source>
        <translation>Nichts wurde kopiert: Tabelle {table}, Datensatz {record}, Spalte {column}: {problem}</translation>
    </message>
    <message>
        <source>Nothing was copied: table {table}, record {record}: {problem}</source>
        <translation>Nichts wurde kopiert: Tabelle {table}, Datensatz {record}: {problem}</translation>
    </message>
    <message>
        <source>Nothing was copied: table {table}: {reason}</source>
        <translation>Nichts wurde kopiert: Tabelle {table}: {reason}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>“{what}” cannot be undone: the data changed since the delete (a record with the same number or e-mail address exists, or a linked record is gone). Nothing was restored.</source>
        <translation>„{what}“ kann nicht rückgängig gemacht werden: Die Daten haben sich seit dem Löschen geändert (ein Datensatz mit derselben Nummer oder E-Mail-Adresse existiert, oder ein verknüpfter Datensatz fehlt). Es wurde nichts wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>„{email}“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A German postcode has exactly five digits, not “{postcode}”.</source>
        <translation>Eine deutsche Postleitzahl hat genau fünf Ziffern, nicht „{postcode}“.</translation>
    </message>
    <message>
        <source>“{phone}” does not look like a valid phone number: check the digits, or write it with the country code (e.g. +49 30 1234567).</source>
        <translation>„{phone}“ sieht nicht wie eine gültige Telefonnummer aus: Prüfen Sie die Ziffern, oder schreiben Sie sie mit Ländervorwahl (z. B. +49 30 1234567).</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Filling the demo database…</source>
        <translation>Die Demo-Datenbank wird gefüllt…</translation>
    </message>
    <message>
        <source>The demo data is ready; your own database was not changed.</source>
        <translation>Die Demodaten sind bereit; Ihre eigene Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This database is still empty. Start with one of these; everything can be changed later.</source>
        <translation>Diese Datenbank ist noch leer. Beginnen Sie mit einem dieser Schritte; alles lässt sich später ändern.</translation>
    </message>
    <message>
        <source>Welcome to ISA Desk</source>
        <translation>Willkommen bei ISA Desk</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <source>A member city, district or region of the alliance.</source>
        <translation>Eine Mitgliedsstadt, ein Kreis oder eine Region des Bündnisses.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>A person the office writes to or calls.</source>
        <translation>Eine Person, der das Büro schreibt oder die es anruft.</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Liste importieren…</translation>
    </message>
    <message>
        <source>Members or contacts from an Excel workbook or CSV file.</source>
        <translation>Mitglieder oder Kontakte aus einer Excel-Arbeitsmappe oder CSV-Datei.</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Demodaten öffnen</translation>
    </message>
    <message>
        <source>A separate database with the alliance's members and made-up contacts, to try everything out. This database stays as it is.</source>
        <translation>Eine eigene Datenbank mit den Mitgliedern des Bündnisses und erfundenen Kontakten, um alles auszuprobieren. Diese Datenbank bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Where the data lives</source>
        <translation>Wo die Daten liegen</translation>
    </message>
    <message>
        <source>Everything you enter is saved in this one file at once. ISA Desk makes a backup of it every day (File › Backups…); File › Open database… opens another one.</source>
        <translation>Alles, was Sie eingeben, wird sofort in dieser einen Datei gespeichert. ISA Desk sichert sie jeden Tag (Datei › Sicherungen…); Datei › Datenbank öffnen… öffnet eine andere.</translation>
    </message>
</context>
</TS>