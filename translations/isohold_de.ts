<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnswerBoxes</name>
    <message>
        <location filename="../app/ui/answer_boxes.py" line="+22"/>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Y</source>
        <comment>the key (one letter) that answers yes: the first letter of the word for yes, de J, es S</comment>
        <translation>J</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <comment>the key (one letter) that answers no: the first letter of the word for no</comment>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../app/ui/history/charts.py" line="+52"/>
        <source>d MMM</source>
        <comment>a day on a chart: QDate format</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MMM yyyy</source>
        <comment>a month on a chart: QDate format</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Drop-jump box height (cm)</source>
        <translation>Kastenhöhe der Niedersprünge (cm)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No drop jumps yet: the box height shows here after a session of drop jumps.</source>
        <translation>Noch keine Niedersprünge: Die Kastenhöhe erscheint hier nach einer Einheit mit Niedersprüngen.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1: %2</source>
        <comment>day: the legs&apos; results</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ClockWords</name>
    <message>
        <location filename="../app/ui/shared/clock_text.py" line="+47"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>about %1</source>
        <comment>about 14 min</comment>
        <translation>etwa %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli.py" line="+41"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FACTOR</source>
        <translation>FAKTOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>--speed must be a positive number, got %1</source>
        <translation>--speed muss eine positive Zahl sein, angegeben: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A guided timer for isometric and plyometric lower-leg drills.</source>
        <translation>Ein geführter Timer für isometrische und plyometrische Übungen für den Unterschenkel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print the routines Isohold knows, then exit</source>
        <translation>die Programme ausgeben, die Isohold kennt, dann beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validate a routine file; exit 1 with the problems if it is wrong</source>
        <translation>eine Programmdatei prüfen; bei Fehlern mit 1 und den Problemen beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open straight on a routine&apos;s setup page</source>
        <translation>direkt auf der Vorbereitungsseite eines Programms öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run the session clock FACTOR times faster (to preview a routine)</source>
        <translation>die Uhr der Einheit FAKTOR-mal schneller laufen lassen (für eine Vorschau eines Programms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the history in DIR instead of the user data folder</source>
        <translation>den Verlauf in ORDNER statt im Datenordner des Benutzers führen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the history to FILE (.csv or .json), then exit</source>
        <translation>den Verlauf in DATEI schreiben (.csv oder .json), dann beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the window, play two cues, say what worked, then exit (checks an install; QT_QPA_PLATFORM=offscreen runs it unseen)</source>
        <translation>das Fenster öffnen, zwei Signale abspielen, sagen, was funktioniert hat, dann beenden (prüft eine Installation; QT_QPA_PLATFORM=offscreen führt es unsichtbar aus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add Isohold to this user&apos;s application menu, with its icon (Linux and BSD desktops; uses xdg-desktop-menu when installed)</source>
        <translation>Isohold mit Symbol ins Anwendungsmenü dieses Benutzers aufnehmen (Linux- und BSD-Desktops; nutzt xdg-desktop-menu, wenn installiert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>take Isohold&apos;s menu entry and icon away again</source>
        <translation>den Menüeintrag und das Symbol von Isohold wieder entfernen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>isohold: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start it from a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen.</source>
        <translation>isohold: kein Bildschirm, auf dem sich das Fenster öffnen ließe (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt): Starte es aus einer Desktop-Sitzung, oder setze QT_QPA_PLATFORM=offscreen, um es ohne Bildschirm auszuführen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: OK</source>
        <translation>%1: OK</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 %2  (~%3 min: %4)</source>
        <translation>%1 %2  (~%3 Min.: %4)</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <location filename="../app/audio/player.py" line="+114"/>
        <source>%1; no spoken calls in this language (%2 is not there): beeps instead</source>
        <translation>%1; keine gesprochenen Ansagen in dieser Sprache (%2 fehlt): stattdessen Pieptöne</translation>
    </message>
</context>
<context>
    <name>DraftWords</name>
    <message>
        <location filename="../app/ui/editor/draft.py" line="+126"/>
        <source>A routine needs a name.</source>
        <translation>Ein Programm braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 characters; this name has %2.</source>
        <translation>Höchstens %1 Zeichen; dieser Name hat %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most %1 characters; this description has %2.</source>
        <translation>Höchstens %1 Zeichen; diese Beschreibung hat %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one drill.</source>
        <translation>Füge mindestens eine Übung hinzu.</translation>
    </message>
</context>
<context>
    <name>DrillCheckWords</name>
    <message>
        <location filename="../app/ui/editor/drill_check.py" line="+40"/>
        <source>Hold (timed holds)</source>
        <translation>Halten (Halten auf Zeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User-paced reps</source>
        <translation>Wiederholungen im eigenen Tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadence-paced reps (a beep a rep)</source>
        <translation>Wiederholungen im Takt (ein Piep je Wdh.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both legs at once</source>
        <translation>Beide Beine zugleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate legs, one at a time</source>
        <translation>Beine im Wechsel, eins nach dem anderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left leg&apos;s reps, then the right&apos;s</source>
        <translation>Erst das linke Bein, dann das rechte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold time (s)</source>
        <translation>Haltezeit (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset between reps (s)</source>
        <translation>Pause zw. Wdh. (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between sets (s)</source>
        <translation>Pause zw. Sätzen (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch legs (s)</source>
        <translation>Beinwechsel (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box height (cm)</source>
        <translation>Kastenhöhe (cm)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lowest</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highest</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lowest: %1</source>
        <translation>Minimum: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest: %1</source>
        <translation>Maximum: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default: %1</source>
        <translation>Vorgabe: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Needed: write a few words.</source>
        <translation>Nötig: schreib ein paar Worte.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Needed for a hold: how many seconds a hold lasts.</source>
        <translation>Nötig beim Halten: wie viele Sekunden eine Halteposition dauert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needed: the seconds between two beeps (one rep each).</source>
        <translation>Nötig: die Sekunden zwischen zwei Pieptönen (je eine Wiederholung).</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Needed: at least the default.</source>
        <translation>Nötig: mindestens die Vorgabe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default: needed (the number a session starts from).</source>
        <translation>Vorgabe: nötig (die Zahl, mit der eine Einheit beginnt).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>expected a number, got &quot;%1&quot;.</source>
        <translation>hier gehört eine Zahl hin, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a whole number, got %1.</source>
        <translation>hier gehört eine ganze Zahl hin, nicht %1.</translation>
    </message>
</context>
<context>
    <name>DrillPage</name>
    <message>
        <location filename="../app/ui/editor/drill_page.py" line="+66"/>
        <source>Edit drill</source>
        <translation>Übung bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab next field</source>
        <translation>Tab nächstes Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+S save</source>
        <translation>Strg+S speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc back</source>
        <translation>Esc zurück</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cue line (shown during the drill)</source>
        <translation>Ansage in der Übung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds a rep (one beep each)</source>
        <translation>Sekunden je Wdh. (je ein Piep)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds a rep takes (for the time estimate)</source>
        <translation>Sekunden je Wdh. (für die geschätzte Dauer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to do it</source>
        <translation>So geht’s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips, one a line</source>
        <translation>Tipps, einer je Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cautions, one a line</source>
        <translation>Vorsicht, eins je Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment, with commas between</source>
        <translation>Ausrüstung, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save drill</source>
        <translation>Übung speichern</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Numbers: lowest, highest and the default a session starts from (one number alone: fixed)</source>
        <translation>Zahlen: Minimum, Maximum und die Vorgabe, mit der eine Einheit beginnt (nur eine Zahl: fest)</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n field(s) to fix before you can save</source>
        <translation>
            <numerusform>%n Feld musst du korrigieren, bevor du speichern kannst</numerusform>
            <numerusform>%n Felder musst du korrigieren, bevor du speichern kannst</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Leave the drill?</source>
        <translation>Übung verlassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This drill has changes that are not saved. Leave without them?</source>
        <translation>Diese Übung hat ungespeicherte Änderungen. Ohne sie verlassen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave without saving</source>
        <translation>Ohne Speichern verlassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
</context>
<context>
    <name>DrillWords</name>
    <message>
        <location filename="../app/ui/drill_panel.py" line="+31"/>
        <source>Targets: %1</source>
        <translation>Trainiert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip: %1</source>
        <translation>Tipp: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caution: %1</source>
        <translation>Achtung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1. %2</source>
        <comment>number. drill</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reps, both legs</source>
        <translation>Wdh., beide Beine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reps per set</source>
        <translation>Wdh. pro Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box height</source>
        <translation>Kastenhöhe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset between reps</source>
        <translation>Pause zw. Wdh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch legs</source>
        <translation>Beinwechsel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rest between sets</source>
        <translation>Pause zw. Sätzen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A beep every %1 s counts a rep</source>
        <translation>Ein Piepton alle %1 s zählt eine Wiederholung</translation>
    </message>
</context>
<context>
    <name>HistoryChanges</name>
    <message>
        <location filename="../app/ui/history/changes.py" line="+25"/>
        <source>The history is not available, so this session was not saved.</source>
        <translation>Der Verlauf ist nicht verfügbar, daher wurde diese Einheit nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history is not available, so this test result was not kept.</source>
        <translation>Der Verlauf ist nicht verfügbar, daher wurde dieses Testergebnis nicht behalten.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Isohold could not change the history (%1: %2).</source>
        <translation>Isohold konnte den Verlauf nicht ändern (%1: %2).</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../app/ui/history/view.py" line="+56"/>
        <source>Enter open</source>
        <translation>Enter öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete remove</source>
        <translation>Entf löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z undo</source>
        <translation>Strg+Z rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>C charts</source>
        <translation>C Diagramme</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+4"/>
        <source>L legs</source>
        <translation>L Beine</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>X export</source>
        <translation>X exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Esc back</source>
        <translation>Esc zurück</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>C list</source>
        <translation>C Liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L list</source>
        <translation>L Liste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All routines</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No sessions yet: each session you finish or stop shows here, newest first.</source>
        <translation>Noch keine Einheiten: Jede Einheit, die du beendest oder abbrichst, erscheint hier, die neueste zuerst.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the sessions of</source>
        <translation>Einheiten zeigen von</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <location line="+169"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+320"/>
        <source>Undo delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <location line="-316"/>
        <location line="+32"/>
        <location line="+166"/>
        <source>Legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>This week: %1, %2 under tension</source>
        <translation>Diese Woche: %1, %2 unter Spannung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last week: %1, %2</source>
        <translation>Letzte Woche: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streak: %1, %2</source>
        <translation>Serie: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n preview(s) not counted</source>
        <translation>
            <numerusform>%n Vorschau nicht gezählt</numerusform>
            <numerusform>%n Vorschauen nicht gezählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Minutes under tension per week</source>
        <translation>Minuten unter Spannung pro Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Left out %n leg test result(s) that could not be read.</source>
        <translation>
            <numerusform>%n Beintest-Ergebnis war nicht lesbar und fehlt.</numerusform>
            <numerusform>%n Beintest-Ergebnisse waren nicht lesbar und fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+4"/>
        <location line="+165"/>
        <location line="+1"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Saved the notes and RPE of the session.</source>
        <translation>Notizen und RPE der Einheit gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the notes and RPE of the session of %1.</source>
        <translation>Notizen und RPE der Einheit vom %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the session of %1 (%2)?
You can undo this until you leave the history.</source>
        <translation>Die Einheit vom %1 (%2) löschen?
Du kannst das rückgängig machen, bis du den Verlauf verlässt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deleted the session of %1.</source>
        <translation>Einheit vom %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo delete (%1)</source>
        <translation>Löschen rückgängig (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Undo brings back the %n deleted session(s), the last deleted first.</source>
        <translation>
            <numerusform>Rückgängig holt die %n gelöschte Einheit zurück.</numerusform>
            <numerusform>Rückgängig holt die %n gelöschten Einheiten zurück, die zuletzt gelöschte zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation>Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Brought back the session of %1.</source>
        <translation>Einheit vom %1 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back the session.</source>
        <translation>Einheit wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export the history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>%n Einheit nach %1 exportiert.</numerusform>
            <numerusform>%n Einheiten nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterruptedSessionPage</name>
    <message>
        <location filename="../app/ui/interrupted.py" line="+35"/>
        <source>A session was interrupted</source>
        <translation>Eine Einheit wurde unterbrochen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1, started %2.
%3 done, %4 of %n rep(s), before Isohold closed unexpectedly.</source>
        <translation>
            <numerusform>%1, begonnen %2.
%3 geschafft, %4 von %n Wiederholung, bevor Isohold unerwartet beendet wurde.</numerusform>
            <numerusform>%1, begonnen %2.
%3 geschafft, %4 von %n Wiederholungen, bevor Isohold unerwartet beendet wurde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume where it stopped</source>
        <translation>Dort weitermachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as stopped early</source>
        <translation>Als vorzeitig beendet behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard it</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>R resume   ·   K keep as stopped early   ·   D discard</source>
        <translation>R weitermachen   ·   K als vorzeitig beendet behalten   ·   D verwerfen</translation>
    </message>
</context>
<context>
    <name>LanguageWords</name>
    <message>
        <location filename="../app/ui/language.py" line="+63"/>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
</context>
<context>
    <name>LastTimeWords</name>
    <message>
        <location filename="../app/ui/last_time.py" line="+25"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>completed</source>
        <translation>geschafft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped early: no rep done</source>
        <translation>vorzeitig beendet: keine Wiederholung geschafft</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>stopped early: %1 of %n rep(s) not done</source>
        <translation>
            <numerusform>vorzeitig beendet: %1 von %n Wiederholung nicht geschafft</numerusform>
            <numerusform>vorzeitig beendet: %1 von %n Wiederholungen nicht geschafft</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>RPE&#xa0;%1</source>
        <translation>RPE&#xa0;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pain&#xa0;%1/10</source>
        <translation>Schmerz&#xa0;%1/10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next&#xa0;morning&#xa0;%1/10</source>
        <translation>nächster&#xa0;Morgen&#xa0;%1/10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>box&#xa0;%1&#xa0;cm</source>
        <translation>Kasten&#xa0;%1&#xa0;cm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last time (%1): %2</source>
        <translation>Letztes Mal (%1): %2</translation>
    </message>
</context>
<context>
    <name>LegTestText</name>
    <message>
        <location filename="../app/ui/leg_test_page.py" line="+145"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter, Space or ▶ start · Esc back</source>
        <translation>Enter, Leertaste oder ▶ Start · Esc zurück</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No sound: follow the beat on the screen.</source>
        <translation>Kein Ton: folge dem Takt auf dem Bildschirm.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heel rises start on go</source>
        <translation>Das Fersenheben beginnt bei Los</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock starts on go</source>
        <translation>Die Uhr startet bei Los</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call off</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc call it off</source>
        <translation>Esc abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/ui/leg_test_screens.py" line="+114"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heel rises</source>
        <translation>Fersenheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/ui/leg_test_text.py" line="+81"/>
        <source>rises</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UP</source>
        <translation>HOCH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOWN</source>
        <translation>RUNTER</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beat %1 · %2</source>
        <translation>Takt %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beat %1 · %2 · no taps: the beat counts</source>
        <translation>Takt %1 · %2 · ohne Tippen zählt der Takt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space, Enter or ▶ a rise · ◀ take one back · S or Esc stop</source>
        <translation>Leertaste, Enter oder ▶ eine Wdh. · ◀ eine zurück · S oder Esc Stopp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold it high and still</source>
        <translation>Hoch und ruhig halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space stop</source>
        <translation>Leertaste Stopp</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Called off before go: nothing was measured.</source>
        <translation>Vor dem Los abgebrochen: nichts wurde gemessen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: results</source>
        <translation>%1: Ergebnisse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. Done (Enter) goes back.</source>
        <translation>Gespeichert. Fertig (Enter) geht zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter done</source>
        <translation>Enter fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct a number if it is off, then save.</source>
        <translation>Korrigiere eine Zahl, wenn sie nicht stimmt, dann speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up/Down correct · Enter save · R again · Esc leave</source>
        <translation>Hoch/Runter korrigieren · Enter speichern · R nochmal · Esc verlassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left leg  ▶</source>
        <translation>Linkes Bein  ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest about 2 minutes, then the left leg. Correct the number first if it is off.</source>
        <translation>Etwa 2 Minuten Pause, dann das linke Bein. Korrigiere vorher die Zahl, wenn sie nicht stimmt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up/Down correct · Enter left leg · R again · Esc leave</source>
        <translation>Hoch/Runter korrigieren · Enter linkes Bein · R nochmal · Esc verlassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right leg  ▶</source>
        <translation>Rechtes Bein  ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest about 2 minutes, then the right leg. Correct the number first if it is off.</source>
        <translation>Etwa 2 Minuten Pause, dann das rechte Bein. Korrigiere vorher die Zahl, wenn sie nicht stimmt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up/Down correct · Enter right leg · R again · Esc leave</source>
        <translation>Hoch/Runter korrigieren · Enter rechtes Bein · R nochmal · Esc verlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again: left leg</source>
        <translation>Nochmal: linkes Bein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again: right leg</source>
        <translation>Nochmal: rechtes Bein</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not saved: %1 Your numbers are still here.</source>
        <translation>Nicht gespeichert: %1 Deine Zahlen sind noch da.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: %1. Done (Enter) goes back.</source>
        <translation>Gespeichert: %1. Fertig (Enter) geht zurück.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 leg %2</source>
        <comment>side, result</comment>
        <translation>%1 Bein %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>linkes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation>rechtes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the heel-rise test without saving?</source>
        <translation>Den Fersenheben-Test ohne Speichern verlassen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the hold test without saving?</source>
        <translation>Den Halte-Test ohne Speichern verlassen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet: %1.

Stay: Enter or Esc. Leave: L.</source>
        <translation>Noch nicht gespeichert: %1.

Bleiben: Enter oder Esc. Verlassen: L.</translation>
    </message>
    <message>
        <location filename="../app/ui/leg_test_screens.py" line="-69"/>
        <source>Leg tests</source>
        <translation>Beintests</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each test is done on the left leg, then the right; the history shows both over time and how far apart they are.</source>
        <translation>Jeder Test wird erst mit dem linken, dann mit dem rechten Bein gemacht; der Verlauf zeigt beide über die Zeit und wie weit sie auseinanderliegen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+50"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>1 heel rises · 2 hold · Enter choose · Esc back</source>
        <translation>1 Fersenheben · 2 Halten · Enter wählen · Esc zurück</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>%1: result</source>
        <translation>%1: Ergebnis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not done yet</source>
        <translation>noch nicht gemacht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Leave the test?</source>
        <translation>Test verlassen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave without saving</source>
        <translation>Ohne Speichern verlassen</translation>
    </message>
    <message>
        <location filename="../app/ui/leg_test_text.py" line="-58"/>
        <source>Heel-rise test</source>
        <translation>Fersenheben-Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold test</source>
        <translation>Halte-Test</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single-leg heel-rise test</source>
        <translation>Einbeiniger Fersenheben-Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-leg maximal hold test</source>
        <translation>Einbeiniger maximaler Halte-Test</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heel rises per leg</source>
        <translation>Fersenheben pro Bein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold per leg (seconds)</source>
        <translation>Halten pro Bein (Sekunden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No heel-rise tests yet: take one from Leg tests on the menu; both legs show here over time.</source>
        <translation>Noch keine Fersenheben-Tests: Mach einen über „Beintests“ im Menü; beide Beine erscheinen hier im Zeitverlauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hold tests yet: take one from Leg tests on the menu; both legs show here over time.</source>
        <translation>Noch keine Halte-Tests: Mach einen über „Beintests“ im Menü; beide Beine erscheinen hier im Zeitverlauf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calf endurance: heel rises on one leg to a %1 bpm beat, up on one beat, down on the next, until you can no longer keep the pace or the height. About %2 is normal.</source>
        <translation>Wadenausdauer: Fersenheben auf einem Bein im Takt von %1 bpm, hoch auf einen Schlag, runter auf den nächsten, bis du Tempo oder Höhe nicht mehr halten kannst. Etwa %2 sind normal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calf strength: the sprinter press against the wall on one leg, held from go until you can hold it no longer.</source>
        <translation>Wadenkraft: das Sprinterdrücken an der Wand auf einem Bein, gehalten ab Los, bis du es nicht mehr halten kannst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stand on the left leg, fingertips on the wall. Up on one beat, down on the next, as high as you can each time. Tap each rise, or just stop when you can no longer keep up: without taps the beat counts.</source>
        <translation>Stell dich auf das linke Bein, Fingerspitzen an der Wand. Hoch auf einen Schlag, runter auf den nächsten, jedes Mal so hoch du kannst. Tippe bei jeder Wiederholung, oder hör einfach auf, wenn du nicht mehr mitkommst: ohne Tippen zählt der Takt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stand on the right leg, fingertips on the wall. Up on one beat, down on the next, as high as you can each time. Tap each rise, or just stop when you can no longer keep up: without taps the beat counts.</source>
        <translation>Stell dich auf das rechte Bein, Fingerspitzen an der Wand. Hoch auf einen Schlag, runter auf den nächsten, jedes Mal so hoch du kannst. Tippe bei jeder Wiederholung, oder hör einfach auf, wenn du nicht mehr mitkommst: ohne Tippen zählt der Takt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lean into the wall, arms out, on the left leg&apos;s toes, the other thigh level. Hold it high and still; stop the clock when you can hold no longer.</source>
        <translation>Lehn dich mit gestreckten Armen an die Wand, auf den Zehen des linken Beins, der andere Oberschenkel waagrecht. Hoch und ruhig halten; stopp die Uhr, wenn du nicht mehr halten kannst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lean into the wall, arms out, on the right leg&apos;s toes, the other thigh level. Hold it high and still; stop the clock when you can hold no longer.</source>
        <translation>Lehn dich mit gestreckten Armen an die Wand, auf den Zehen des rechten Beins, der andere Oberschenkel waagrecht. Hoch und ruhig halten; stopp die Uhr, wenn du nicht mehr halten kannst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LEFT LEG</source>
        <translation>LINKES BEIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RIGHT LEG</source>
        <translation>RECHTES BEIN</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n rise(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>even</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% weaker left</source>
        <translation>links %1% schwächer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% weaker right</source>
        <translation>rechts %1% schwächer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 not done</source>
        <comment>leg</comment>
        <translation>%1 nicht gemacht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 s</source>
        <comment>leg, seconds</comment>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <comment>leg, rises</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The left leg&apos;s result cannot be below 0.</source>
        <translation>Das Ergebnis des linken Beins kann nicht unter 0 liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The right leg&apos;s result cannot be below 0.</source>
        <translation>Das Ergebnis des rechten Beins kann nicht unter 0 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The left leg&apos;s result must be a whole number of rises.</source>
        <translation>Das Ergebnis des linken Beins muss eine ganze Zahl an Wiederholungen sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The right leg&apos;s result must be a whole number of rises.</source>
        <translation>Das Ergebnis des rechten Beins muss eine ganze Zahl an Wiederholungen sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The left leg&apos;s result is more than %1 %2: check the number.</source>
        <translation>Das Ergebnis des linken Beins ist mehr als %1 %2: prüf die Zahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The right leg&apos;s result is more than %1 %2: check the number.</source>
        <translation>Das Ergebnis des rechten Beins ist mehr als %1 %2: prüf die Zahl.</translation>
    </message>
</context>
<context>
    <name>MenuWords</name>
    <message>
        <location filename="../app/ui/menu.py" line="+44"/>
        <source>Program  (P)</source>
        <translation>Trainingsplan  (P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow a plan of weeks: this card then says each day&apos;s session</source>
        <translation>Einem Plan über Wochen folgen: diese Karte sagt dann die Einheit des Tages</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R routines</source>
        <translation>R Programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>H history</source>
        <translation>H Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S settings</source>
        <translation>S Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑ ↓ Tab choose</source>
        <translation>↑ ↓ Tab wählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter open</source>
        <translation>Enter öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E edit</source>
        <translation>E ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P program</source>
        <translation>P Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T leg tests</source>
        <translation>T Beintests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F11 full screen</source>
        <translation>F11 Vollbild</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>↑ %n more routine(s) above</source>
        <translation>
            <numerusform>↑ %n weiteres Programm oben</numerusform>
            <numerusform>↑ %n weitere Programme oben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>↓ %n more routine(s) below</source>
        <translation>
            <numerusform>↓ %n weiteres Programm unten</numerusform>
            <numerusform>↓ %n weitere Programme unten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing</source>
        <comment>no equipment</comment>
        <translation>nichts</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n drill(s):  %1</source>
        <translation>
            <numerusform>%n Übung:  %1</numerusform>
            <numerusform>%n Übungen:  %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs: %1</source>
        <translation>Braucht: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No routines found. Check the messages shown at start-up, or run `isohold --check FILE` on your routine files.</source>
        <translation>Keine Programme gefunden. Sieh dir die Meldungen beim Start an oder führe `isohold --check DATEI` für deine Programmdateien aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Routines  (R)</source>
        <translation>Programme  (R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History  (H)</source>
        <translation>Verlauf  (H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings  (S)</source>
        <translation>Einstellungen  (S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make and change</source>
        <translation>Anlegen und ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past sessions and progress</source>
        <translation>Frühere Einheiten und Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead-in, rests, sound, looks</source>
        <translation>Vorlauf, Pausen, Ton, Aussehen</translation>
    </message>
</context>
<context>
    <name>MorningWords</name>
    <message>
        <location filename="../app/ui/morning_check.py" line="+33"/>
        <source>How much pain do your legs have this morning, the morning after that session?</source>
        <translation>Wie stark schmerzen deine Beine heute Morgen, am Morgen nach dieser Einheit?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>0 no pain  ·  up to 5 is acceptable  ·  10 the worst you can imagine</source>
        <translation>0 kein Schmerz  ·  bis 5 ist in Ordnung  ·  10 der schlimmste vorstellbare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>0-10 or ↑ ↓ your pain   ·   Enter save and go on   ·   Esc skip</source>
        <translation>0-10 oder ↑ ↓ dein Schmerz   ·   Enter speichern und weiter   ·   Esc überspringen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>After %1, %2 at %3</source>
        <comment>routine, day, time</comment>
        <translation>Nach %1, %2 um %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The morning after</source>
        <translation>Am Morgen danach</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pain this morning, 0 to 10</source>
        <translation>Schmerz heute Morgen, 0 bis 10</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+20"/>
        <source>Save  (Enter)</source>
        <translation>Speichern  (Enter)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Skip  (Esc)</source>
        <translation>Überspringen  (Esc)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Go on  (Enter)</source>
        <translation>Weiter  (Enter)</translation>
    </message>
</context>
<context>
    <name>PauseBand</name>
    <message>
        <location filename="../app/ui/session/countdown.py" line="+156"/>
        <source>PAUSED</source>
        <translation>ANGEHALTEN</translation>
    </message>
</context>
<context>
    <name>PlacesWords</name>
    <message>
        <location filename="../app/ui/editor/places.py" line="+122"/>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box height</source>
        <translation>Kastenhöhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset between reps</source>
        <translation>Pause zw. Wdh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch legs</source>
        <translation>Beinwechsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between sets</source>
        <translation>Pause zw. Sätzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>s</source>
        <comment>unit: seconds</comment>
        <translation>s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cm</source>
        <comment>unit: centimetres</comment>
        <translation>cm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cm</source>
        <comment>centimetres</comment>
        <translation>%1 cm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (fixed)</source>
        <comment>a number the drill does not let change</comment>
        <translation>%1 (fest)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 to %2 s</source>
        <comment>seconds</comment>
        <translation>%1 bis %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 cm</source>
        <comment>centimetres</comment>
        <translation>%1 bis %2 cm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <comment>a count</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reps, both legs</source>
        <translation>Wdh., beide Beine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reps per set</source>
        <translation>Wdh. pro Satz</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../app/ui/plan_file.py" line="+32"/>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 plan.pdf</source>
        <translation>%1 Plan.pdf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the PDF could not be written there</source>
        <translation>das PDF konnte dort nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>PrintPlanText</name>
    <message numerus="yes">
        <location filename="../app/ui/print_plan.py" line="+75"/>
        <source>About %1 · %n drill(s)</source>
        <translation>
            <numerusform>Etwa %1 · %n Übung</numerusform>
            <numerusform>Etwa %1 · %n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You need: %1</source>
        <translation>Du brauchst: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1”</source>
        <comment>the cue, quoted</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Careful: %1</source>
        <translation>Achtung: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 × %2</source>
        <comment>sets times reps</comment>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 s hold</source>
        <translation>%1 × %2 s halten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 each leg, left first)</source>
        <translation>%1 (%2 je Bein, links zuerst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 left, then %2 right)</source>
        <translation>%1 (%2 links, dann %2 rechts)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a beat every %1 s</source>
        <translation>ein Takt alle %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>box %1 cm</source>
        <translation>Kasten %1 cm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 s between reps</source>
        <translation>%1 s zwischen den Wiederholungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s to switch legs</source>
        <translation>%1 s zum Beinwechsel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s rest between sets</source>
        <translation>%1 s Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s to get in place</source>
        <translation>%1 s zum Aufstellen</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../build/translations/drills.py" line="+122"/>
        <source>The history file %1 was written by a newer Isohold (file version %2, this one reads up to %3). Update Isohold to use it; the file was left as it is.</source>
        <translation>Die Verlaufsdatei %1 wurde von einem neueren Isohold geschrieben (Dateiversion %2, dieses liest bis %3). Aktualisiere Isohold, um sie zu nutzen; die Datei blieb, wie sie ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history&apos;s journal %1 was damaged: the sessions written last may be missing from the history. The history and its journal as they were are kept as %2 and %2-wal.</source>
        <translation>Das Journal des Verlaufs %1 war beschädigt: Die zuletzt geschriebenen Einheiten fehlen vielleicht im Verlauf. Verlauf und Journal sind, wie sie waren, als %2 und %2-wal aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file could not be read. It was kept as %1 and a new, empty history was started.</source>
        <translation>Die Verlaufsdatei konnte nicht gelesen werden. Sie wurde als %1 aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file at %1 was not an Isohold history (another program&apos;s database). It was moved, unchanged, to %2 and a new, empty history was started.</source>
        <translation>Die Datei unter %1 war kein Isohold-Verlauf (die Datenbank eines anderen Programms). Sie wurde unverändert nach %2 verschoben, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isohold cannot read its history journal %1: %2. It was left as it is.</source>
        <translation>Isohold kann das Journal seines Verlaufs %1 nicht lesen: %2. Es blieb, wie es ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history journal %1 is damaged and could not be copied aside (%2); the history was left as it is, unopened.</source>
        <translation>Das Journal des Verlaufs %1 ist beschädigt und konnte nicht beiseitekopiert werden (%2); der Verlauf blieb, wie er ist, ungeöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isohold cannot read its history file %1: %2.</source>
        <translation>Isohold kann seine Verlaufsdatei %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program&apos;s file</source>
        <translation>die Datei eines anderen Programms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file %1 is %2 and could not be moved aside (%3). It was left as it is.</source>
        <translation>Die Verlaufsdatei %1 ist %2 und konnte nicht beiseitegelegt werden (%3). Sie blieb, wie sie ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the history file is at version %1; this Isohold knows up to version %2</source>
        <translation>die Verlaufsdatei hat Version %1; dieses Isohold kennt Versionen bis %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not valid JSON here (%1)</source>
        <translation>hier kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a comma is missing after %1</source>
        <translation>nach %1 fehlt ein Komma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colon (:) is missing after the field name %1</source>
        <translation>nach dem Feldnamen %1 fehlt ein Doppelpunkt (:)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a field name in double quotes, like &quot;reps&quot;, got %1</source>
        <translation>erwartet: ein Feldname in doppelten Anführungszeichen wie &quot;reps&quot;, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the comma after %1: nothing follows it</source>
        <translation>entferne das Komma nach %1: Danach folgt nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a value (a number, &quot;text&quot;, true, false, [a list] or {an object}), got %1</source>
        <translation>erwartet: ein Wert (eine Zahl, &quot;Text&quot;, true, false, [eine Liste] oder {ein Objekt}), gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text in quotes is not closed: a closing &quot; is missing</source>
        <translation>Text in Anführungszeichen ist nicht geschlossen: Ein schließendes &quot; fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text in quotes runs past the end of its line: a closing &quot; is missing (or, for a new line inside the text, write \n)</source>
        <translation>Text in Anführungszeichen reicht über das Zeilenende hinaus: Ein schließendes &quot; fehlt (für einen Zeilenumbruch im Text schreibe \n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a backslash JSON does not allow inside text: write \\ for a backslash</source>
        <translation>ein Backslash, den JSON in Text nicht erlaubt: Schreibe \\ für einen Backslash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something follows the end of the file&apos;s {...}: remove it, or check that the first { is closed where you meant</source>
        <translation>nach dem Ende des {...} der Datei folgt noch etwas: Entferne es, oder prüfe, ob die erste { dort geschlossen wird, wo du es wolltest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the comma after %1: nothing follows it in {...}</source>
        <translation>entferne das Komma nach %1: Danach folgt nichts in {...}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write field names in double quotes (&quot;reps&quot;), not single ones</source>
        <translation>schreibe Feldnamen in doppelten Anführungszeichen (&quot;reps&quot;), nicht in einfachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file ends too soon: a value or a closing } or ] is missing</source>
        <translation>die Datei endet zu früh: Ein Wert oder eine schließende } oder ] fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write text in double quotes (&quot;like this&quot;), not single ones</source>
        <translation>schreibe Text in doppelten Anführungszeichen (&quot;so&quot;), nicht in einfachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped (the other routines are unaffected)</source>
        <translation>übersprungen (die anderen Programme sind nicht betroffen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 field id: expected an id not used before, but %2 already defines it; this one is skipped</source>
        <translation>%1 Feld id: erwartet: eine noch nicht verwendete id, aber %2 legt sie schon fest; dieses wird übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still version 1: %1</source>
        <translation>noch Version 1: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>And %n more file(s): %1</source>
        <translation>
            <numerusform>Und %n weitere Datei: %1</numerusform>
            <numerusform>Und %n weitere Dateien: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(in %1)</source>
        <translation>(in %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the version 2 file would not load: %1</source>
        <translation>die Datei in Version 2 ließe sich nicht laden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it changed while Isohold read it</source>
        <translation>sie hat sich geändert, während Isohold sie las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still version 1, not rewritten as version %1: %2; its routines are offered as they are</source>
        <translation>noch Version 1, nicht als Version %1 neu geschrieben: %2; ihre Programme werden angeboten, wie sie sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still version 1: could not rewrite it as version %1 (%2); its routines are offered as they are, and Isohold tries again at the next start</source>
        <translation>noch Version 1: konnte nicht als Version %1 neu geschrieben werden (%2); ihre Programme werden angeboten, wie sie sind, und Isohold versucht es beim nächsten Start erneut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  and %1 more (isohold --check %2 lists them all)</source>
        <translation>  und %1 weitere (isohold --check %2 listet alle auf)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n routine file(s) not read: Isohold reads at most %1 files and %2 KiB of them, in name order (from %3 on)</source>
        <translation>
            <numerusform>%n Programmdatei nicht gelesen: Isohold liest höchstens %1 Dateien und %2 KiB davon, nach Namen geordnet (ab %3)</numerusform>
            <numerusform>%n Programmdateien nicht gelesen: Isohold liest höchstens %1 Dateien und %2 KiB davon, nach Namen geordnet (ab %3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (skipped):</source>
        <translation>%1 (übersprungen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot list your routine files (%1); only the built-in routines are offered</source>
        <translation>deine Programmdateien können nicht aufgelistet werden (%1); nur die eingebauten Programme werden angeboten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n routine(s) skipped: Isohold offers at most %1 routines of your own</source>
        <translation>
            <numerusform>%n Programm übersprungen: Isohold bietet höchstens %1 eigene Programme an</numerusform>
            <numerusform>%n Programme übersprungen: Isohold bietet höchstens %1 eigene Programme an</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %1 in valid Unicode, got a lone surrogate %2 at character %3 (half of a UTF-16 pair: remove the escape or write the character itself)</source>
        <translation>erwartet: %1 in gültigem Unicode, gefunden: ein einzelnes Surrogat %2 bei Zeichen %3 (die Hälfte eines UTF-16-Paars: Entferne das Escape oder schreibe das Zeichen selbst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON: %1 is not a number JSON allows</source>
        <translation>kein gültiges JSON: %1 ist keine Zahl, die JSON erlaubt</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is %1, expected a routine file (a regular .json file); not read</source>
        <translation>ist %1, erwartet: eine Programmdatei (eine normale .json-Datei); nicht gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an even number (one leg at a time, equal reps per leg)</source>
        <translation>eine gerade Zahl (ein Bein nach dem anderen, gleich viele Wiederholungen je Bein)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number of at most %1 digits, got one of %2</source>
        <translation>erwartet: eine Zahl mit höchstens %1 Ziffern, gefunden: eine mit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a folder, expected a routine file (.json)</source>
        <translation>ist ein Ordner, erwartet: eine Programmdatei (.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field &quot;%1&quot; appears twice in one object; JSON would keep only the last, so remove one</source>
        <translation>Feld &quot;%1&quot; steht zweimal in einem Objekt; JSON behielte nur das letzte, also entferne eins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field %1: expected at most %2 %1 in one file, got %3 (split them into files); not checked further</source>
        <translation>Feld %1: erwartet: höchstens %2 %1 in einer Datei, gefunden: %3 (verteile sie auf Dateien); nicht weiter geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a routine file of at most %1 KiB, got a larger one (a routine file is a few KiB; split it into files)</source>
        <translation>erwartet: eine Programmdatei von höchstens %1 KiB, gefunden: eine größere (eine Programmdatei hat wenige KiB; verteile sie auf Dateien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field version: required, but missing (expected %1)</source>
        <translation>Feld version: erforderlich, fehlt aber (erwartet: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected min &lt;= max, got min %1 and max %2</source>
        <translation>erwartet: min &lt;= max, gefunden: min %1 und max %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required for a hold drill (&quot;kind&quot;: &quot;hold&quot;), but missing</source>
        <translation>erforderlich für eine Halteübung (&quot;kind&quot;: &quot;hold&quot;), fehlt aber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only hold drills have a hold time; remove it or set &quot;kind&quot;: &quot;hold&quot;</source>
        <translation>nur Halteübungen haben eine Haltezeit; entferne sie oder setze &quot;kind&quot;: &quot;hold&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only paced drills have a cadence; remove it or set &quot;kind&quot;: &quot;paced&quot;</source>
        <translation>nur getaktete Übungen haben einen Takt; entferne ihn oder setze &quot;kind&quot;: &quot;paced&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only paced (jump) drills have ground contacts; remove it or set &quot;kind&quot;: &quot;paced&quot;</source>
        <translation>nur getaktete (Sprung-)Übungen haben Bodenkontakte; entferne es oder setze &quot;kind&quot;: &quot;paced&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only version 2 files declare a progression; set &quot;version&quot;: 2 at the top of the file</source>
        <translation>nur Dateien der Version 2 legen eine Steigerung fest; setze &quot;version&quot;: 2 oben in der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &quot;both&quot; for a paced drill (only hold drills work one leg at a time), got &quot;%1&quot;</source>
        <translation>erwartet: &quot;both&quot; bei einer getakteten Übung (nur Halteübungen arbeiten mit einem Bein nach dem anderen), gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>expected at most %1 levels of nested lists and objects (a routine file needs 4), got more</source>
        <translation>erwartet: höchstens %1 Ebenen verschachtelter Listen und Objekte (eine Programmdatei braucht 4), gefunden: mehr</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>expected a JSON object {...} at the top level, got %1</source>
        <translation>erwartet: ein JSON-Objekt {...} auf oberster Ebene, gefunden: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>field version: expected %1, got %2 (this Isohold reads version 1 and %1 files)</source>
        <translation>Feld version: erwartet: %1, gefunden: %2 (dieses Isohold liest Dateien der Versionen 1 und %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number between %1 and %2, got %3</source>
        <translation>erwartet: eine Zahl zwischen %1 und %2, gefunden: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a unique id, but %1 of this file already uses &quot;%2&quot;</source>
        <translation>erwartet: eine eindeutige id, aber %1 dieser Datei verwendet schon &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected each choice once in a progression, got &quot;%1&quot; again</source>
        <translation>erwartet: jede Wahl einmal in einer Steigerung, gefunden: &quot;%1&quot; noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only hold drills have a hold time to step; remove this step or set &quot;kind&quot;: &quot;hold&quot;</source>
        <translation>nur Halteübungen haben eine Haltezeit zum Steigern; entferne diesen Schritt oder setze &quot;kind&quot;: &quot;hold&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drill has no box_height_cm to step; remove this step or give the drill a box height</source>
        <translation>die Übung hat keine box_height_cm zum Steigern; entferne diesen Schritt oder gib der Übung eine Kastenhöhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a whole number of %1, got %2</source>
        <translation>erwartet: eine ganze Zahl von %1, gefunden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an even number (one leg at a time: one rep more for each leg), got %1</source>
        <translation>erwartet: eine gerade Zahl (ein Bein nach dem anderen: eine Wiederholung mehr je Bein), gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least the drill&apos;s lowest %1, %2 (the step could never go up), got %3</source>
        <translation>erwartet: mindestens der kleinste Wert der Übung für %1, %2 (der Schritt könnte nie steigen), gefunden: %3</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>expected %1, got %2%3</source>
        <translation>erwartet: %1, gefunden: %2%3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>a character that is not UTF-8 text (byte %1): save the file as UTF-8</source>
        <translation>ein Zeichen, das kein UTF-8-Text ist (Byte %1): Speichere die Datei als UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the file is checked further once this is fixed)</source>
        <translation>%1 (die Datei wird weiter geprüft, sobald das behoben ist)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON: nested too deeply</source>
        <translation>kein gültiges JSON: zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (meintest du &quot;%1&quot;?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected the id of a drill in this file or the built-in drills, got %1%2</source>
        <translation>erwartet: die id einer Übung in dieser Datei oder der eingebauten Übungen, gefunden: %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested too deeply to check</source>
        <translation>zu tief verschachtelt, um es zu prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a field name</source>
        <translation>ein Feldname</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>unknown field; expected one of: %1</source>
        <translation>unbekanntes Feld; erwartet wird eins von: %1</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>%1 field %2: %3</source>
        <translation>%1 Feld %2: %3</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>drill #%1</source>
        <translation>Übung Nr. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routine #%1</source>
        <translation>Programm Nr. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (write the number without quotes)</source>
        <translation> (schreibe die Zahl ohne Anführungszeichen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field (did you mean &quot;%1&quot;?); expected one of: %2</source>
        <translation>unbekanntes Feld (meintest du &quot;%1&quot;?); erwartet wird eins von: %2</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>field %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>drill &quot;%1&quot;</source>
        <translation>Übung &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routine &quot;%1&quot;</source>
        <translation>Programm &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not what the format allows here, got %1 (resources/drills.schema.json describes each field)</source>
        <translation>nicht, was das Format hier erlaubt, gefunden: %1 (resources/drills.schema.json beschreibt jedes Feld)</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold time</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset time</source>
        <translation>Zeit zum Lösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest time</source>
        <translation>Pausenzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time to switch legs</source>
        <translation>Zeit für den Beinwechsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>box height</source>
        <translation>Kastenhöhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a number JSON allows</source>
        <translation>%1 ist keine Zahl, die JSON erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this drill allows %1 to %2 now</source>
        <translation>diese Übung erlaubt jetzt %1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is %1, not a regular file; move it away so the choices can be saved</source>
        <translation>sie ist %1, keine normale Datei; verschiebe sie, damit die Auswahl gespeichert werden kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is %1, not a regular file; starting from the defaults. It is left where it is, and choices cannot be saved until it is moved away.</source>
        <translation>ist %1, keine normale Datei; es gelten die Standardwerte. Sie bleibt, wo sie ist, und die Auswahl kann erst gespeichert werden, wenn sie verschoben ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large for a choices file (over %1 MiB)</source>
        <translation>ist zu groß für eine Auswahldatei (über %1 MiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a choices file (it holds %1, not an object)</source>
        <translation>ist keine Auswahldatei (sie enthält %1, kein Objekt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a &apos;version&apos; of %1, not a choices version (a whole number from 1)</source>
        <translation>hat als &apos;version&apos; %1, keine Version einer Auswahldatei (eine ganze Zahl ab 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was written by a newer Isohold (choices version %1; this one reads up to %2)</source>
        <translation>wurde von einem neueren Isohold geschrieben (Auswahl-Version %1; dieses liest bis %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; starting from the defaults. The old file is kept as %2.</source>
        <translation>%1; es gelten die Standardwerte. Die alte Datei ist als %2 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 remembered (%2) was dropped: this drill has no %1 now.</source>
        <translation>der gemerkte Wert für %1 (%2) wurde verworfen: Diese Übung hat jetzt keine %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one leg at a time takes an even count</source>
        <translation>ein Bein nach dem anderen braucht eine gerade Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 remembered, %2, is now %3 (%4).</source>
        <translation>der gemerkte Wert für %1, %2, ist jetzt %3 (%4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is %2, not an object; ignored.</source>
        <translation>&apos;%1&apos; ist %2, kein Objekt; ignoriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be looked at (%1); starting from the defaults.</source>
        <translation>konnte nicht angesehen werden (%1); es gelten die Standardwerte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not UTF-8 text (byte %1)</source>
        <translation>ist kein UTF-8-Text (Byte %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a choices file Isohold can read</source>
        <translation>ist keine Auswahldatei, die Isohold lesen kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; starting from the defaults. It could not be moved aside (%2), so choices will not be saved over it.</source>
        <translation>%1; es gelten die Standardwerte. Sie konnte nicht beiseitegelegt werden (%2), daher wird die Auswahl nicht darüber gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 remembered (%2) was dropped: it is not a number; using the default.</source>
        <translation>der gemerkte Wert für %1 (%2) wurde verworfen: Er ist keine Zahl; es gilt der Standardwert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the choices for routine %1 are %2, not a list of drills; dropped.</source>
        <translation>die Auswahl für Programm %1 ist %2, keine Liste von Übungen; verworfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the choices for drill %1 are %2, not an object; dropped.</source>
        <translation>die Auswahl für Übung %1 ist %2, kein Objekt; verworfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a regular file</source>
        <translation>ist keine normale Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 remembered (%2) was dropped: it is not a whole number; using the default.</source>
        <translation>der gemerkte Wert für %1 (%2) wurde verworfen: Er ist keine ganze Zahl; es gilt der Standardwert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot tell the format of %1: name it .csv or .json</source>
        <translation>das Format von %1 ist nicht erkennbar: nenne die Datei .csv oder .json</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %n session(s) to %1</source>
        <translation>
            <numerusform>%n Einheit nach %1 geschrieben</numerusform>
            <numerusform>%n Einheiten nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %n leg-test result(s) to %1</source>
        <translation>
            <numerusform>%n Beintest-Ergebnis nach %1 geschrieben</numerusform>
            <numerusform>%n Beintest-Ergebnisse nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 leg-test result could not be read and was left out.</source>
        <translation>1 Beintest-Ergebnis war nicht lesbar und fehlt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n leg-test results could not be read and were left out.</source>
        <translation>
            <numerusform>%n Beintest-Ergebnis war nicht lesbar und fehlt.</numerusform>
            <numerusform>%n Beintest-Ergebnisse waren nicht lesbar und fehlen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n sessions in the history could not be read and were left out (rows uuid %1 in %2).</source>
        <translation>
            <numerusform>%n Einheit im Verlauf war nicht lesbar und fehlt (Zeile uuid %1 in %2).</numerusform>
            <numerusform>%n Einheiten im Verlauf waren nicht lesbar und fehlen (Zeilen uuid %1 in %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 session in the history could not be read and was left out (row uuid %1 in %2).</source>
        <translation>1 Einheit im Verlauf war nicht lesbar und fehlt (Zeile uuid %1 in %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history is read-only: sessions can be viewed and exported but new ones will not be saved</source>
        <translation>Der Verlauf ist schreibgeschützt: Einheiten lassen sich ansehen und exportieren, neue werden aber nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text field</source>
        <translation>ein Textfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isohold %1: %2.</source>
        <translation>Isohold %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not open the history in %1</source>
        <translation>konnte den Verlauf in %1 nicht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not read the history in %1</source>
        <translation>konnte den Verlauf in %1 nicht lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not save the history in %1</source>
        <translation>konnte den Verlauf in %1 nicht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not open it</source>
        <translation>konnte sie nicht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not read it</source>
        <translation>konnte sie nicht lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not save it</source>
        <translation>konnte sie nicht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 cannot be written: %3).</source>
        <translation>%1 (%2 kann nicht geschrieben werden: %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file %1 is read-only or its folder cannot be written: Isohold %2. The session can still be exported.</source>
        <translation>Die Verlaufsdatei %1 ist schreibgeschützt oder ihr Ordner nicht beschreibbar: Isohold %2. Die Einheit lässt sich trotzdem exportieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file %1 is damaged (%2). Restart Isohold to move it aside and start a fresh one; the session can still be exported.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt (%2). Starte Isohold neu, um sie beiseitezulegen und eine neue anzufangen; die Einheit lässt sich trotzdem exportieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full: Isohold %1. Free some space; the session can still be exported.</source>
        <translation>Der Datenträger ist voll: Isohold %1. Schaffe etwas Platz; die Einheit lässt sich trotzdem exportieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk reported an error: Isohold %1 (%2). The session can still be exported.</source>
        <translation>Der Datenträger meldete einen Fehler: Isohold %1 (%2). Die Einheit lässt sich trotzdem exportieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: Isohold cannot save to %2. The session can still be exported.</source>
        <translation>%1: Isohold kann nicht in %2 speichern. Die Einheit lässt sich trotzdem exportieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isohold cannot create its history folder %1: %2. Sessions will not be saved.</source>
        <translation>Isohold kann seinen Verlaufsordner %1 nicht anlegen: %2. Einheiten werden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file %1 cannot be written (%2) and could not be read either (%3). Sessions will not be saved; it was left as it is.</source>
        <translation>Die Verlaufsdatei %1 lässt sich nicht schreiben (%2) und auch nicht lesen (%3). Einheiten werden nicht gespeichert; die Datei blieb, wie sie ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file %1 cannot be written (%2) and is from an older Isohold (file version %3), which this one can only read after upgrading it. It was left as it is.</source>
        <translation>Die Verlaufsdatei %1 lässt sich nicht schreiben (%2) und stammt von einem älteren Isohold (Dateiversion %3), die dieses erst nach einer Aktualisierung lesen kann. Die Datei blieb, wie sie ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file %1 cannot be written (%2) and is from a newer Isohold (file version %3), which this one can only read after upgrading it. It was left as it is.</source>
        <translation>Die Verlaufsdatei %1 lässt sich nicht schreiben (%2) und stammt von einem neueren Isohold (Dateiversion %3), die dieses erst nach einer Aktualisierung lesen kann. Die Datei blieb, wie sie ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 It was left in progress when Isohold closed and cannot be resumed.</source>
        <translation>%1 Sie lief noch, als Isohold geschlossen wurde, und kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session could not be saved to the history in %1 (%2: %3). The session can still be exported.</source>
        <translation>Die Einheit konnte nicht im Verlauf in %1 gespeichert werden (%2: %3). Die Einheit lässt sich trotzdem exportieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the routine name (%1)</source>
        <translation>der Name des Programms (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the routine id (%1)</source>
        <translation>die ID des Programms (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the notes (%1)</source>
        <translation>die Notizen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the session id (%1)</source>
        <translation>die ID der Einheit (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session could not be saved to the history in %1: %2 holds text that is not valid Unicode. The session can still be exported.</source>
        <translation>Die Einheit konnte nicht im Verlauf in %1 gespeichert werden: %2 enthält Text, der kein gültiges Unicode ist. Die Einheit lässt sich trotzdem exportieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drill name (%1)</source>
        <translation>der Name der Übung (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drill id (%1)</source>
        <translation>die ID der Übung (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drill kind (%1)</source>
        <translation>die Art der Übung (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drill sides (%1)</source>
        <translation>die Seiten der Übung (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>skipped (the other programs are unaffected)</source>
        <translation>übersprungen (die anderen Trainingspläne sind nicht betroffen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>program &quot;%1&quot;</source>
        <translation>Trainingsplan &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>program #%1</source>
        <translation>Trainingsplan Nr. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds %1, not an object</source>
        <translation>enthält %1, kein Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a &apos;version&apos; of %1, expected 1</source>
        <translation>hat als &apos;version&apos; %1, erwartet: 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a &apos;program&apos; of %1, expected a program id</source>
        <translation>hat als &apos;program&apos; %1, erwartet: die id eines Trainingsplans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a &apos;started&apos; of %1, expected a date like &quot;2026-11-30&quot;</source>
        <translation>hat als &apos;started&apos; %1, erwartet: ein Datum wie &quot;2026-11-30&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n program file(s) skipped: Isohold reads at most %1</source>
        <translation>
            <numerusform>%n Trainingsplan-Datei übersprungen: Isohold liest höchstens %1</numerusform>
            <numerusform>%n Trainingsplan-Dateien übersprungen: Isohold liest höchstens %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is %1, expected a program file (.json); not read</source>
        <translation>ist %1, erwartet: eine Trainingsplan-Datei (.json); nicht gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>larger than a program file may be (%1 KiB)</source>
        <translation>größer, als eine Trainingsplan-Datei sein darf (%1 KiB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected %1, got %2 (this Isohold reads version %1 program files)</source>
        <translation>erwartet: %1, gefunden: %2 (dieses Isohold liest Trainingsplan-Dateien der Version %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a list of programs, got %1</source>
        <translation>erwartet: eine Liste von Trainingsplänen, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a program {...}, got %1</source>
        <translation>erwartet: ein Trainingsplan {...}, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a whole number of days from %1 to %2, got %3</source>
        <translation>erwartet: eine ganze Zahl von Tagen von %1 bis %2, gefunden: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a list of 1 to %1 weeks, got %2</source>
        <translation>erwartet: eine Liste von 1 bis %1 Wochen, gefunden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a week {&quot;sessions&quot;: [...]}, got %1</source>
        <translation>erwartet: eine Woche {&quot;sessions&quot;: [...]}, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected text, got %1</source>
        <translation>erwartet: Text, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a list of 1 to %1 sessions, got %2</source>
        <translation>erwartet: eine Liste von 1 bis %1 Einheiten, gefunden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a session {&quot;routine&quot;: ...}, got %1</source>
        <translation>erwartet: eine Einheit {&quot;routine&quot;: ...}, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected the id of a routine (%1), got %2</source>
        <translation>erwartet: die id eines Programms (%1), gefunden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {&quot;drill id&quot;: {&quot;reps&quot;: 9}}, got %1</source>
        <translation>erwartet: {&quot;drill id&quot;: {&quot;reps&quot;: 9}}, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a choice a program sets (%1)</source>
        <translation>keine Wahl, die ein Trainingsplan festlegt (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drill &quot;%1&quot; has no %2</source>
        <translation>Übung &quot;%1&quot; hat kein %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected %1 to %2 (drill &quot;%3&quot;), got %4</source>
        <translation>erwartet: %1 bis %2 (Übung &quot;%3&quot;), gefunden: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an even number (drill &quot;%1&quot; works one leg at a time, equal reps per leg), got %2</source>
        <translation>erwartet: eine gerade Zahl (Übung &quot;%1&quot; arbeitet mit einem Bein nach dem anderen, gleich viele Wiederholungen je Bein), gefunden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not valid JSON</source>
        <translation>ist kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; no program is followed. The file is kept as %2.</source>
        <translation>%1; kein Trainingsplan wird verfolgt. Die Datei ist als %2 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a character that is not UTF-8 text: save the file as UTF-8</source>
        <translation>ein Zeichen, das kein UTF-8-Text ist: Speichere die Datei als UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a unique id, got &quot;%1&quot; again</source>
        <translation>erwartet: eine eindeutige id, gefunden: &quot;%1&quot; noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a field of a program (id, name, description, rest_days, weeks)</source>
        <translation>kein Feld eines Trainingsplans (id, name, description, rest_days, weeks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a field of a session (routine, choices)</source>
        <translation>kein Feld einer Einheit (routine, choices)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routine &quot;%1&quot; has no drill &quot;%2&quot; (it has %3)</source>
        <translation>Programm &quot;%1&quot; hat keine Übung &quot;%2&quot; (es hat %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {&quot;reps&quot;: 9}, got %1</source>
        <translation>erwartet: {&quot;reps&quot;: 9}, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is %1, not a regular file; no program is followed</source>
        <translation>ist %1, keine normale Datei; kein Trainingsplan wird verfolgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the id is taken by %2; %3</source>
        <translation>%1: die id ist schon von %2 belegt; %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a regular file; not read</source>
        <translation>ist keine normale Datei; nicht gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read (%1); no program is followed</source>
        <translation>kann nicht gelesen werden (%1); kein Trainingsplan wird verfolgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; no program is followed (it could not be moved aside: %2)</source>
        <translation>%1; kein Trainingsplan wird verfolgt (die Datei konnte nicht beiseitegelegt werden: %2)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>expected %1 like %2, or a range like {&quot;min&quot;: %2, &quot;max&quot;: %3, &quot;default&quot;: %2}, got %4%5</source>
        <translation>erwartet: %1 wie %2 oder ein Bereich wie {&quot;min&quot;: %2, &quot;max&quot;: %3, &quot;default&quot;: %2}, gefunden: %4%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required, but missing</source>
        <translation>erforderlich, fehlt aber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one of %1, got %2</source>
        <translation>erwartet: eins von %1, gefunden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %1, got %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number at least %1, got %2</source>
        <translation>erwartet: eine Zahl von mindestens %1, gefunden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number at most %1, got %2</source>
        <translation>erwartet: eine Zahl von höchstens %1, gefunden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number greater than %1, got %2</source>
        <translation>erwartet: eine Zahl größer als %1, gefunden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number less than %1, got %2</source>
        <translation>erwartet: eine Zahl kleiner als %1, gefunden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected some text, got an empty string</source>
        <translation>erwartet: etwas Text, gefunden: ein leerer Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most %1 characters, got %2</source>
        <translation>erwartet: höchstens %1 Zeichen, gefunden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>expected at least %n item(s), got %1</source>
        <translation>
            <numerusform>erwartet: mindestens %n Eintrag, gefunden: %1</numerusform>
            <numerusform>erwartet: mindestens %n Einträge, gefunden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an id of lowercase letters, digits and dashes (like &quot;wall-press&quot;), got %1</source>
        <translation>erwartet: eine id aus Kleinbuchstaben, Ziffern und Bindestrichen (wie &quot;wall-press&quot;), gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 since you opened it (another program or window), so your changes were not written over it. Save yours beside it as &quot;%3&quot;, or open the file again to see the other version.</source>
        <translation>%1 %2, seit du sie geöffnet hast (ein anderes Programm oder Fenster), daher wurden deine Änderungen nicht darüber geschrieben. Speichere deine daneben als &quot;%3&quot;, oder öffne die Datei erneut, um die andere Fassung zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was removed</source>
        <translation>wurde entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exists again, so the deleted routine stays in %2; move one away</source>
        <translation>%1 gibt es wieder, daher bleibt das gelöschte Programm in %2; verschiebe eins davon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed on disk</source>
        <translation>wurde auf dem Datenträger geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was created by someone else</source>
        <translation>wurde von jemand anderem angelegt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>holds %n routine(s); the editor edits a file with one routine (duplicate a routine to edit a copy of it)</source>
        <translation>
            <numerusform>enthält %n Programm; der Editor bearbeitet eine Datei mit einem Programm (dupliziere ein Programm, um eine Kopie zu bearbeiten)</numerusform>
            <numerusform>enthält %n Programme; der Editor bearbeitet eine Datei mit einem Programm (dupliziere ein Programm, um eine Kopie zu bearbeiten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be saved (%1); nothing was changed on disk</source>
        <translation>konnte nicht gespeichert werden (%1); auf dem Datenträger wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be saved (%1); the file on disk is unchanged</source>
        <translation>konnte nicht gespeichert werden (%1); die Datei auf dem Datenträger ist unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 field id: expected an id not used before, but %2 already defines it</source>
        <translation>%1 Feld id: erwartet: eine noch nicht verwendete id, aber %2 legt sie schon fest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 should be %2, not %3</source>
        <translation>%1 sollte %2 sein, nicht %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a number (NaN)</source>
        <translation>%1 ist keine Zahl (NaN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a finite number (%2)</source>
        <translation>%1 ist keine endliche Zahl (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of over 20 digits</source>
        <translation>eine ganze Zahl mit über 20 Ziffern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 should be one of %2, not %3</source>
        <translation>%1 sollte eins von %2 sein, nicht %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is %1, not a regular file; move it away so the settings can be saved</source>
        <translation>sie ist %1, keine normale Datei; verschiebe sie, damit die Einstellungen gespeichert werden können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is %1, not a regular file; using the defaults. It is left where it is, and settings cannot be saved until it is moved away.</source>
        <translation>ist %1, keine normale Datei; es gelten die Standardwerte. Sie bleibt, wo sie ist, und die Einstellungen können erst gespeichert werden, wenn sie verschoben ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large for a settings file (over %1 MiB)</source>
        <translation>ist zu groß für eine Einstellungsdatei (über %1 MiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a settings file (it holds %1, not an object)</source>
        <translation>ist keine Einstellungsdatei (sie enthält %1, kein Objekt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a &apos;version&apos; of %1, not a settings version (a whole number from 1)</source>
        <translation>hat als &apos;version&apos; %1, keine Version einer Einstellungsdatei (eine ganze Zahl ab 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was written by a newer Isohold (settings version %1; this one reads up to %2)</source>
        <translation>wurde von einem neueren Isohold geschrieben (Einstellungsversion %1; dieses liest bis %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has &apos;values&apos; that are %1, not an object</source>
        <translation>hat &apos;values&apos;, die %1 sind, kein Objekt</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>it %1 and could not be moved aside (%2), so it is not saved over</source>
        <translation>die Datei %1 und konnte nicht beiseitegelegt werden (%2), daher wird sie nicht überschrieben</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>%1; using the defaults. The old file is kept as %2.</source>
        <translation>%1; es gelten die Standardwerte. Die alte Datei ist als %2 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is too large a number (%2)</source>
        <translation>%1 ist eine zu große Zahl (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown setting %1 ignored.</source>
        <translation>unbekannte Einstellung %1 ignoriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not UTF-8 text (byte %1 at position %2)</source>
        <translation>ist kein UTF-8-Text (Byte %1 an Position %2)</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>is not valid JSON (%1 at line %2, column %3)</source>
        <translation>ist kein gültiges JSON (%1 in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>is nested too deeply to be a settings file</source>
        <translation>ist zu tief verschachtelt für eine Einstellungsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be looked at (%1); using the defaults.</source>
        <translation>konnte nicht angesehen werden (%1); es gelten die Standardwerte.</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>could not be read (%1)</source>
        <translation>konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>%1; using the defaults. It could not be moved aside (%2), so settings will not be saved over it.</source>
        <translation>%1; es gelten die Standardwerte. Sie konnte nicht beiseitegelegt werden (%2), daher werden die Einstellungen nicht darüber gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; using the default %2.</source>
        <translation>%1; es gilt der Standardwert %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a regular file; using the defaults.</source>
        <translation>ist keine normale Datei; es gelten die Standardwerte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../app/session/recorder.py" line="+32"/>
        <source>The history is not available: this session is not being saved.</source>
        <translation>Der Verlauf ist nicht verfügbar: Diese Einheit wird nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Isohold could not write this session to the history (%1: %2). The session can still be exported.</source>
        <translation>Isohold konnte diese Einheit nicht in den Verlauf schreiben (%1: %2). Die Einheit lässt sich trotzdem exportieren.</translation>
    </message>
</context>
<context>
    <name>ProgramText</name>
    <message>
        <location filename="../app/ui/program_list.py" line="+26"/>
        <source>↑ ↓ choose   ·   Enter follow from today   ·   Esc back</source>
        <translation>↑ ↓ wählen   ·   Enter ab heute folgen   ·   Esc zurück</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>   (following)</source>
        <translation>   (aktiv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>and %1 more</source>
        <comment>files</comment>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some program files were skipped:</source>
        <translation>Einige Trainingsplan-Dateien wurden übersprungen:</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>at least %n day(s) between sessions</source>
        <translation>
            <numerusform>mindestens %n Tag zwischen Einheiten</numerusform>
            <numerusform>mindestens %n Tage zwischen Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Programs</source>
        <translation>Trainingspläne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one to follow from today: the menu then says each day which session is next.</source>
        <translation>Wähle einen, dem du ab heute folgst: das Menü sagt dann jeden Tag, welche Einheit dran ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No programs found.</source>
        <translation>Keine Trainingspläne gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>↑ %n more program(s) above</source>
        <translation>
            <numerusform>↑ %n weiterer Trainingsplan oben</numerusform>
            <numerusform>↑ %n weitere Trainingspläne oben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>↓ %n more program(s) below</source>
        <translation>
            <numerusform>↓ %n weiterer Trainingsplan unten</numerusform>
            <numerusform>↓ %n weitere Trainingspläne unten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/program_text.py" line="+41"/>
        <source>All %n week(s) done</source>
        <translation>
            <numerusform>Die %n Woche geschafft</numerusform>
            <numerusform>Alle %n Wochen geschafft</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week %1 of %2</source>
        <translation>Woche %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session %1 of %2 this week</source>
        <translation>Einheit %1 von %2 diese Woche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Program finished: every session is done.</source>
        <translation>Trainingsplan abgeschlossen: alle Einheiten geschafft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Done for today. Next: %1, %2</source>
        <comment>routine, day</comment>
        <translation>Für heute geschafft. Als Nächstes: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest day. Next: %1, %2</source>
        <comment>routine, day</comment>
        <translation>Ruhetag. Als Nächstes: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week %1 done. Week %2 starts %3 with %4</source>
        <comment>week, week, day, routine</comment>
        <translation>Woche %1 geschafft. Woche %2 beginnt %3 mit %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts %1 with %2</source>
        <comment>day, routine</comment>
        <translation>Beginnt %1 mit %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n week(s) behind the calendar: week %1&apos;s sessions come next, none is skipped.</source>
        <translation>
            <numerusform>%n Woche hinter dem Kalender: als Nächstes kommen die Einheiten von Woche %1, keine wird übersprungen.</numerusform>
            <numerusform>%n Wochen hinter dem Kalender: als Nächstes kommen die Einheiten von Woche %1, keine wird übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ Done %1</source>
        <translation>✓ Geschafft %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▶ Today</source>
        <translation>▶ Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next, from %1</source>
        <translation>Als Nächstes, ab %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n week(s) behind</source>
        <translation>
            <numerusform>%n Woche im Rückstand</numerusform>
            <numerusform>%n Wochen im Rückstand</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, week %2, session %3: the plan&apos;s numbers are filled in.</source>
        <translation>%1, Woche %2, Einheit %3: die Werte des Plans sind eingetragen.</translation>
    </message>
    <message>
        <location filename="../app/ui/program_view.py" line="+92"/>
        <source>Back  (Esc)</source>
        <translation>Zurück  (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs  (P)</source>
        <translation>Pläne  (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs</source>
        <comment>button</comment>
        <translation>Pläne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop following  (X)</source>
        <translation>Nicht mehr folgen  (X)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop  (X)</source>
        <translation>Beenden  (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Start  (Enter)</source>
        <translation>Start  (Enter)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This week: %1</source>
        <translation>Diese Woche: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing due today</source>
        <translation>Heute nichts fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Not today</source>
        <translation>Nicht heute</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Press X again to stop following %1. Your history stays as it is.</source>
        <translation>Drücke noch einmal X, um %1 nicht mehr zu folgen. Dein Verlauf bleibt, wie er ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/program_weeks.py" line="+25"/>
        <source>↑ %n more week(s) above</source>
        <translation>
            <numerusform>↑ %n weitere Woche oben</numerusform>
            <numerusform>↑ %n weitere Wochen oben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>↓ %n more week(s) below</source>
        <translation>
            <numerusform>↓ %n weitere Woche unten</numerusform>
            <numerusform>↓ %n weitere Wochen unten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <location filename="../app/ui/program_changes.py" line="+56"/>
        <source>The program you follow (&apos;%1&apos;) is not among the programs now; choose one to follow.</source>
        <translation>Der Trainingsplan, dem du folgst (&apos;%1&apos;), ist nicht mehr unter den Trainingsplänen; wähle einen, dem du folgen willst.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This could not be kept for next time: %1 (%2).</source>
        <comment>why, file</comment>
        <translation>Das konnte nicht fürs nächste Mal gespeichert werden: %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This could not be kept for next time: %1.</source>
        <comment>why</comment>
        <translation>Das konnte nicht fürs nächste Mal gespeichert werden: %1.</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <location filename="../app/ui/progress_text.py" line="+28"/>
        <source>Reps %1 → %2</source>
        <translation>Wdh. %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold %1 → %2 s</source>
        <translation>Halten %1 → %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets %1 → %2</source>
        <translation>Sätze %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box %1 → %2 cm</source>
        <translation>Kasten %1 → %2 cm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reps %1 → %2</source>
        <translation>Wdh. %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold %1 → %2 s</source>
        <translation>Halten %1 → %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sets %1 → %2</source>
        <translation>Sätze %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>box %1 → %2 cm</source>
        <translation>Kasten %1 → %2 cm</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>all %n sets of %1 done</source>
        <translation>
            <numerusform>alle %n Sätze à %1 geschafft</numerusform>
            <numerusform>alle %n Sätze à %1 geschafft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>all %n done</source>
        <comment>reps</comment>
        <translation>
            <numerusform>alle %n geschafft</numerusform>
            <numerusform>alle %n geschafft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n set(s) done</source>
        <translation>
            <numerusform>%1 von %n Satz geschafft</numerusform>
            <numerusform>%1 von %n Sätzen geschafft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n rep(s) done</source>
        <translation>
            <numerusform>%1 von %n Wiederholung geschafft</numerusform>
            <numerusform>%1 von %n Wiederholungen geschafft</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pain %1/10 during the last session</source>
        <translation>Schmerz %1/10 in der letzten Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pain %1/10 the morning after the last session</source>
        <translation>Schmerz %1/10 am Morgen nach der letzten Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your legs were worse the next morning (%1/10, %2/10 before)</source>
        <translation>deinen Beinen ging es am nächsten Morgen schlechter (%1/10, vorher %2/10)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>effort %1/10 last time, nothing left</source>
        <translation>Anstrengung %1/10 beim letzten Mal, nichts mehr übrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pain %1/10 the next morning had not settled</source>
        <translation>Schmerz %1/10 am nächsten Morgen war nicht abgeklungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pain %1/10 during the last session, and the next morning not said</source>
        <translation>Schmerz %1/10 in der letzten Einheit, und der nächste Morgen fehlt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>One step back, %1: %2</source>
        <comment>step, reason</comment>
        <translation>Einen Schritt zurück, %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as last time, the lowest this drill allows: %1</source>
        <translation>Wie letztes Mal, das Niedrigste, was die Übung erlaubt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>Same as last time: %1</source>
        <translation>Wie letztes Mal: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Box stays at %1 cm, its lowest: your knees yielded last time</source>
        <translation>Kasten bleibt bei %1 cm, dem Niedrigsten: deine Knie haben letztes Mal nachgegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 last time</source>
        <comment>what was done</comment>
        <translation>%1 beim letzten Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all done</source>
        <translation>alles geschafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not every set was done</source>
        <translation>nicht alle Sätze geschafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already at the top of this drill&apos;s ranges</source>
        <translation>schon am oberen Ende dieser Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your knees yielded last time</source>
        <translation>deine Knie haben letztes Mal nachgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your heels touched the ground last time</source>
        <translation>deine Fersen haben letztes Mal den Boden berührt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every set done, knees held and heels stayed off</source>
        <translation>alle Sätze geschafft, Knie stabil, Fersen oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say on the summary whether your knees held and heels stayed off</source>
        <translation>gib in der Auswertung an, ob die Knie stabil und die Fersen oben blieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last run was a preview, not training</source>
        <translation>der letzte Durchlauf war eine Vorschau, kein Training</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Same as last time</source>
        <translation>Wie letztes Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <comment>step: reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>beginner</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intermediate</source>
        <translation>Fortgeschrittene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advanced</source>
        <translation>Erfahrene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ground contacts: %1 planned, over the %2 guide of %3-%4 a session</source>
        <translation>Bodenkontakte: %1 geplant, über dem Richtwert (%2) von %3-%4 pro Einheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ground contacts: %1 planned (%2 guide: %3-%4 a session)</source>
        <translation>Bodenkontakte: %1 geplant (Richtwert %2: %3-%4 pro Einheit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&#xa0;in the last 7&#xa0;days</source>
        <translation>%1&#xa0;in den letzten 7&#xa0;Tagen</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Last jump session %n hour(s) ago</source>
        <translation>
            <numerusform>Letzte Sprungeinheit vor %n Stunde</numerusform>
            <numerusform>Letzte Sprungeinheit vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last jump session less than an hour ago</source>
        <translation>Letzte Sprungeinheit vor weniger als einer Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: allow %2 hours between intense jump sessions. Holds are fine today.</source>
        <translation>%1: lass %2 Stunden zwischen intensiven Sprungeinheiten. Halteübungen gehen heute.</translation>
    </message>
</context>
<context>
    <name>ProgressWords</name>
    <message>
        <location filename="../app/ui/window_progress.py" line="+72"/>
        <source>Your answer about this morning was not saved: %1</source>
        <translation>Deine Antwort zu heute Morgen wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No such routine</source>
        <translation>Kein solches Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program&apos;s session needs the routine %1, which is not there any more.</source>
        <translation>Die Einheit des Trainingsplans braucht das Programm %1, das es nicht mehr gibt.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../app/ui/editor/routine_page.py" line="+106"/>
        <source>Your routines</source>
        <translation>Deine Programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab next</source>
        <translation>Tab weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+↑ ↓ move drill</source>
        <translation>Alt+↑ ↓ Übung verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S save</source>
        <translation>Strg+S speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc back</source>
        <translation>Esc zurück</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+405"/>
        <source>New routine</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A built-in routine: read only. Duplicate it to edit a copy of your own.</source>
        <translation>Ein mitgeliefertes Programm: nur lesen. Dupliziere es, um eine eigene Kopie zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate to edit</source>
        <translation>Zum Bearbeiten duplizieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Routine name</source>
        <translation>Name des Programms</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drills</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+225"/>
        <source>Copy drill to edit</source>
        <translation>Als Kopie bearbeiten</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Add a drill</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drill to add</source>
        <translation>Übung zum Hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add drill</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+276"/>
        <source>New drill</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Save mine beside it</source>
        <translation>Meine daneben speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+420"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-419"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+172"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>%1 (cannot be opened)</source>
        <comment>a file name</comment>
        <translation>%1 (lässt sich nicht öffnen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (built-in)</source>
        <comment>a routine&apos;s name</comment>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1  (yours)</source>
        <comment>a drill&apos;s name</comment>
        <translation>%1  (deine)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 cannot be opened:</source>
        <comment>a file name</comment>
        <translation>%1 lässt sich nicht öffnen:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No drills yet</source>
        <translation>Noch keine Übungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choices for %1. %2</source>
        <comment>place, drill name</comment>
        <translation>Einstellungen für %1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit drill</source>
        <translation>Übung bearbeiten</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>mine</source>
        <comment>a copy</comment>
        <translation>meine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy of %1</source>
        <comment>a drill&apos;s name</comment>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit drill: %1</source>
        <translation>Übung bearbeiten: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; is in this routine; save the routine to keep it.</source>
        <translation>„%1“ ist in diesem Programm; speichere das Programm, um die Übung zu behalten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>copy</source>
        <comment>a copy</comment>
        <translation>Kopie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A new routine: name it, add drills, then save.</source>
        <translation>Ein neues Programm: gib ihm einen Namen, füge Übungen hinzu, dann speichere.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <location line="+14"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+14"/>
        <source>Not saved:</source>
        <translation>Nicht gespeichert:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Saved &quot;%1&quot; (%2).</source>
        <comment>routine name, file name</comment>
        <translation>„%1“ gespeichert (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved yours beside it as &quot;%1&quot; (%2); the other version is unchanged.</source>
        <comment>routine name, file name</comment>
        <translation>Deine Version daneben als „%1“ gespeichert (%2); die andere bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted &quot;%1&quot;. Undo (Ctrl+Z) puts it back.</source>
        <translation>„%1“ gelöscht. Rückgängig (Strg+Z) holt es zurück.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the routine?</source>
        <translation>Programm löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &quot;%1&quot;? Undo puts it back afterwards.</source>
        <translation>„%1“ löschen? Rückgängig holt es danach zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not put back:</source>
        <translation>Nicht zurückgeholt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not put back: %1</source>
        <translation>Nicht zurückgeholt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is back.</source>
        <translation>„%1“ ist wieder da.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a routine file</source>
        <translation>Programmdatei importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Routine files (*.json)</source>
        <translation>Programmdateien (*.json)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 was not imported:</source>
        <comment>a file name</comment>
        <translation>%1 wurde nicht importiert:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>%1 was not imported: %2</source>
        <comment>a file name, why</comment>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported &quot;%1&quot; from %2.</source>
        <comment>routine name, file name</comment>
        <translation>„%1“ aus %2 importiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>routine</source>
        <comment>a file name</comment>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Export the routine</source>
        <translation>Programm exportieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not exported: %1: %2</source>
        <comment>file, why</comment>
        <translation>Nicht exportiert: %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the plan to a PDF</source>
        <translation>Plan als PDF drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not printed: %1: %2</source>
        <comment>file, why</comment>
        <translation>Nicht gedruckt: %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan is in %1, ready to print.</source>
        <translation>Der Plan liegt in %1, bereit zum Drucken.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was removed since you opened it (another program or window), so your changes were not written over it. Save yours beside it as &quot;%2&quot;, or open the file again to see the other version.</source>
        <translation>%1 wurde entfernt, seit du es geöffnet hast (ein anderes Programm oder Fenster), daher wurden deine Änderungen nicht darüber geschrieben. Speichere deine daneben als „%2“ oder öffne die Datei erneut, um die andere Version zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was created by someone else since you opened it (another program or window), so your changes were not written over it. Save yours beside it as &quot;%2&quot;, or open the file again to see the other version.</source>
        <translation>%1 wurde von jemand anderem angelegt, seit du es geöffnet hast (ein anderes Programm oder Fenster), daher wurden deine Änderungen nicht darüber geschrieben. Speichere deine daneben als „%2“ oder öffne die Datei erneut, um die andere Version zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed on disk since you opened it (another program or window), so your changes were not written over it. Save yours beside it as &quot;%2&quot;, or open the file again to see the other version.</source>
        <translation>%1 wurde auf der Festplatte geändert, seit du es geöffnet hast (ein anderes Programm oder Fenster), daher wurden deine Änderungen nicht darüber geschrieben. Speichere deine daneben als „%2“ oder öffne die Datei erneut, um die andere Version zu sehen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; has changes that are not saved. Leave without them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Ohne sie verlassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This routine has changes that are not saved. Leave without them?</source>
        <translation>Dieses Programm hat ungespeicherte Änderungen. Ohne sie verlassen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave without saving?</source>
        <translation>Ohne Speichern verlassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave without saving</source>
        <translation>Ohne Speichern verlassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <location filename="../app/platform/screensaver.py" line="+174"/>
        <source>The screen may dim: Isohold cannot keep it awake here. Turn off screen blanking for the session.</source>
        <translation>Der Bildschirm kann dunkel werden: Isohold kann ihn hier nicht wach halten. Schalte die Bildschirmabschaltung für die Einheit aus.</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <location filename="../app/ui/session/text.py" line="+28"/>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Lockern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch legs</source>
        <translation>Beinwechsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next drill</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sound: no audio output found. Cues show on screen only.</source>
        <translation>Kein Ton: kein Audioausgang gefunden. Die Signale erscheinen nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+107"/>
        <source>Set %1 of %2</source>
        <translation>Satz %1 von %2</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>%1, left leg</source>
        <translation>%1, linkes Bein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, right leg</source>
        <translation>%1, rechtes Bein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 - %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>◀ LEFT</source>
        <translation>◀ LINKS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RIGHT ▶</source>
        <translation>RECHTS ▶</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>BOX %1 cm</source>
        <translation>KASTEN %1 cm</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2</source>
        <comment>reps times hold</comment>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n set(s) of %1</source>
        <translation>
            <numerusform>%n Satz mit %1</numerusform>
            <numerusform>%n Sätze mit %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, legs in turn</source>
        <translation>%1, Beine im Wechsel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, left leg then right</source>
        <translation>%1, erst links, dann rechts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, one every %2 s</source>
        <translation>%1, eine alle %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>box %1 cm</source>
        <translation>Kasten %1 cm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You need: %1</source>
        <translation>Du brauchst: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>next: finish</source>
        <translation>als Nächstes: Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next: %1</source>
        <translation>als Nächstes: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rep %1 of %2</source>
        <translation>Wdh. %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After rep %1 of %2</source>
        <translation>Nach Wdh. %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After set %1 of %2</source>
        <translation>Nach Satz %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drill %1 of %2</source>
        <translation>Übung %1 von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+1 rep  ▶</source>
        <translation>+1 Wdh.  ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End set  ▶</source>
        <translation>Satzende  ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next  ▶</source>
        <translation>Weiter  ▶</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>of %n rep(s)</source>
        <translation>
            <numerusform>von %n Wiederholung</numerusform>
            <numerusform>von %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time in set  ·  Next ends the set</source>
        <translation>Zeit im Satz  ·  Weiter beendet den Satz</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %n rep(s)  ·  Next: +1</source>
        <translation>
            <numerusform>von %n Wiederholung  ·  Weiter: +1</numerusform>
            <numerusform>von %n Wiederholungen  ·  Weiter: +1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time in set  ·  Enter ends the set</source>
        <translation>Zeit im Satz  ·  Enter beendet den Satz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session complete: every hold and rep done. Well done.</source>
        <translation>Einheit geschafft: jede Halteposition und jede Wiederholung. Gut gemacht!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped before the end</source>
        <translation>vor dem Ende beendet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hold(s) skipped or cut short</source>
        <translation>
            <numerusform>%n Halteposition übersprungen oder verkürzt</numerusform>
            <numerusform>%n Haltepositionen übersprungen oder verkürzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rep(s) not done</source>
        <translation>
            <numerusform>%n Wiederholung nicht gemacht</numerusform>
            <numerusform>%n Wiederholungen nicht gemacht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped early: %1. What you did is kept.</source>
        <translation>Vorzeitig beendet: %1. Was du geschafft hast, bleibt gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some cues are silent: %1.</source>
        <translation>Einige Signale bleiben stumm: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview: the clock runs %1× fast (--speed %2).</source>
        <translation>Vorschau: die Uhr läuft %1× so schnell (--speed %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Muted: press M to hear the cues.</source>
        <translation>Stumm: M drücken, um die Signale zu hören.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not being saved: %1.</source>
        <translation>Wird nicht gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../app/ui/session/view.py" line="+145"/>
        <source>◀  Back</source>
        <translation>◀  Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+145"/>
        <location line="+14"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+159"/>
        <source>Next  ▶</source>
        <translation>Weiter  ▶</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+270"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location line="-219"/>
        <location line="+75"/>
        <source>PAUSED</source>
        <translation>ANGEHALTEN</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The computer slept. The session waited here.</source>
        <translation>Der Computer war im Ruhezustand. Die Einheit hat hier gewartet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space to resume</source>
        <translation>Leertaste: fortsetzen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1%</source>
        <comment>a share done</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of the planned work done</source>
        <translation>des geplanten Trainings geschafft</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 left</source>
        <comment>time left in the session</comment>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>STOPPED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped early. What you did is kept.</source>
        <translation>Vorzeitig beendet. Was du geschafft hast, bleibt gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter: summary</source>
        <translation>Enter: Auswertung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>DONE</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STOPPED EARLY</source>
        <translation>VORZEITIG BEENDET</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Muted (M)</source>
        <translation>Stumm (M)</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <location filename="../app/ui/history/session_window.py" line="+72"/>
        <source>Session of %1</source>
        <translation>Einheit vom %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <comment>routine, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The history is read-only: the notes and RPE can be read here but not changed.</source>
        <translation>Der Verlauf ist schreibgeschützt: Notizen und RPE lassen sich hier lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in all</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <comment>preview, status</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on the session clock</source>
        <translation>%1 auf der Trainingsuhr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 real time</source>
        <translation>%1 echte Zeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 paused</source>
        <translation>%1 pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 under tension</source>
        <translation>%1 unter Spannung</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n set(s) done</source>
        <translation>
            <numerusform>%1 von %n Satz geschafft</numerusform>
            <numerusform>%1 von %n Sätzen geschafft</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The drills of this session could not be read from the history file.</source>
        <translation>Die Übungen dieser Einheit ließen sich nicht aus der Verlaufsdatei lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No drills were recorded for this session.</source>
        <translation>Für diese Einheit wurden keine Übungen aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <comment>sets done of planned</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How did it feel? Anything to remember</source>
        <translation>Wie hat es sich angefühlt? Etwas zum Merken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 very easy – 10 maximal; empty if not given</source>
        <translation>1 sehr leicht – 10 maximal; leer, wenn nicht angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RPE, effort from 1 to 10</source>
        <translation>RPE, Anstrengung von 1 bis 10</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PgDn/PgUp scroll the drills   ·   Esc closes</source>
        <translation>Bild↓/Bild↑ blättert die Übungen   ·   Esc schließt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PgDn/PgUp scroll the drills   ·   Enter saves   ·   Esc closes</source>
        <translation>Bild↓/Bild↑ blättert die Übungen   ·   Enter speichert   ·   Esc schließt</translation>
    </message>
    <message>
        <source>Esc closes</source>
        <translation type="vanished">Esc schließt</translation>
    </message>
    <message>
        <source>Enter saves   ·   Esc closes</source>
        <translation type="vanished">Enter speichert   ·   Esc schließt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Close without saving the changes to the notes and RPE?</source>
        <translation>Schließen, ohne die Änderungen an Notizen und RPE zu speichern?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>SessionWindowText</name>
    <message>
        <location line="-210"/>
        <source>RPE: “%1” is not an effort from 1 to 10. Type a whole number from 1 (very easy) to 10 (maximal), or leave it empty.</source>
        <translation>RPE: „%1“ ist keine Anstrengung von 1 bis 10. Gib eine ganze Zahl von 1 (sehr leicht) bis 10 (maximal) ein oder lass das Feld leer.</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>A preview: the session clock ran %1× as fast as real time, so the times here are session-clock time. It is not counted in the weekly totals, the streak or the charts.</source>
        <translation>Eine Vorschau: die Trainingsuhr lief %1× so schnell wie die echte Zeit, die Zeiten hier sind also Zeiten der Trainingsuhr. Sie zählt nicht in den Wochensummen, der Serie oder den Diagrammen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of 10</source>
        <comment>pain</comment>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain during: %1</source>
        <translation>Schmerz dabei: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next morning: %1</source>
        <comment>pain</comment>
        <translation>am Morgen danach: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>knees held</source>
        <translation>Knie stabil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>knees gave way</source>
        <translation>Knie nachgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>heels stayed off</source>
        <translation>Fersen oben geblieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heels touched down</source>
        <translation>Fersen aufgesetzt</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %n hold(s)</source>
        <translation>
            <numerusform>%1 von %n Halteposition</numerusform>
            <numerusform>%1 von %n Haltepositionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n rep(s)</source>
        <translation>
            <numerusform>%1 von %n Wiederholung</numerusform>
            <numerusform>%1 von %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 left, %3 right)</source>
        <translation>%1 (%2 links, %3 rechts)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 held</source>
        <translation>%1 gehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (left %2, right %3)</source>
        <translation>%1 (links %2, rechts %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in sets</source>
        <translation>%1 in Sätzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>box %1&#xa0;cm</source>
        <translation>Kasten %1&#xa0;cm</translation>
    </message>
</context>
<context>
    <name>SettingsWords</name>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="+36"/>
        <source>Get-ready lead-in</source>
        <translation>Vorlauf zum Bereitmachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between sets</source>
        <translation>Pause zwischen Sätzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset between reps</source>
        <translation>Pause zwischen Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cues</source>
        <translation>Ansagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beeps</source>
        <translation>Pieptöne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text scale</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions full screen</source>
        <translation>Einheiten im Vollbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower music during cues</source>
        <translation>Musik bei Ansagen leiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash at phase changes</source>
        <translation>Blinken beim Phasenwechsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plyometric level</source>
        <translation>Plyometrie-Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language (from the next start)</source>
        <translation>Sprache (ab dem nächsten Start)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last export folder</source>
        <translation>Letzter Exportordner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Voice and beeps</source>
        <translation>Stimme und Pieptöne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beeps only</source>
        <translation>Nur Pieptöne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silent</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High and loud</source>
        <translation>Hoch und laut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low and loud</source>
        <translation>Tief und laut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beginner: 80-100 contacts</source>
        <translation>Einsteiger: 80-100 Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate: 100-120 contacts</source>
        <translation>Fortgeschritten: 100-120 Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced: 120-140 contacts</source>
        <translation>Erfahren: 120-140 Kontakte</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>drill&apos;s own</source>
        <translation>wie die Übung</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Isohold settings</source>
        <translation>Isohold-Einstellungen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sound output</source>
        <translation>Tonausgabe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter: OK (save)   ·   Esc: Cancel</source>
        <translation>Enter:&#xa0;OK&#xa0;(speichern)   ·   Esc:&#xa0;Abbrechen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test sound</source>
        <translation>Ton testen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sound is still starting: open Settings again to test it.</source>
        <translation>Der Ton startet noch: öffne die Einstellungen noch einmal, um ihn zu testen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Mute is ticked: untick it to hear the cues.</source>
        <translation>Stumm ist angehakt: nimm den Haken weg, um die Ansagen zu hören.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cues are set to Silent: choose voice or beeps to hear them.</source>
        <translation>Ansagen sind auf Stumm: wähle Stimme oder Pieptöne, um sie zu hören.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sound output was found, so nothing played: the cues show on screen only.</source>
        <translation>Keine Tonausgabe gefunden, daher wurde nichts abgespielt: die Ansagen erscheinen nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Played at %1 % (%2; %3 beeps).</source>
        <translation>Abgespielt mit %1 % (%2; Pieptöne: %3).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings apply now but could not be saved to %1: %2</source>
        <translation>Die Einstellungen gelten jetzt, konnten aber nicht nach %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../app/ui/setup_page.py" line="+123"/>
        <source>Back  (Esc)</source>
        <translation>Zurück  (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start  (Enter)</source>
        <translation>Start  (Enter)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Defaults  (D)</source>
        <translation>Standard  (D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print plan…  (P)</source>
        <translation>Plan drucken…  (P)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The suggested steps are in.</source>
        <translation>Die vorgeschlagenen Schritte sind eingetragen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last time&apos;s choices are back; S takes the suggested steps.</source>
        <translation>Die Werte vom letzten Mal sind zurück; S übernimmt die Vorschläge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to the routine&apos;s defaults.</source>
        <translation>Zurück auf die Standardwerte des Programms.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the plan to a PDF</source>
        <translation>Plan als PDF drucken</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The plan could not be printed to %1: %2. Nothing was written; choose another folder.</source>
        <translation>Der Plan konnte nicht nach %1 gedruckt werden: %2. Es wurde nichts geschrieben; wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan printed on A4 paper to %1</source>
        <translation>Plan auf A4-Papier gedruckt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan printed on Letter paper to %1</source>
        <translation>Plan auf US-Letter-Papier gedruckt: %1</translation>
    </message>
    <message>
        <source>Plan printed on %1 paper to %2</source>
        <translation type="vanished">Plan auf %1-Papier gedruckt: %2</translation>
    </message>
</context>
<context>
    <name>SetupWords</name>
    <message>
        <location line="-280"/>
        <location line="+3"/>
        <source>Tab next choice</source>
        <translation>Tab weiter</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>↑ ↓ change</source>
        <translation>↑ ↓ ändern</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+4"/>
        <source>D defaults</source>
        <translation>D Standard</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>P print</source>
        <translation>P drucken</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Enter start</source>
        <translation>Enter Start</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Esc back</source>
        <translation>Esc zurück</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>S suggested</source>
        <translation>S Vorschlag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L last time&apos;s</source>
        <translation>L wie zuletzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF auf A4-Papier (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF on US Letter paper (*.pdf)</source>
        <translation>PDF auf US-Letter-Papier (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SharedWords</name>
    <message numerus="yes">
        <location filename="../app/ui/shared/labels.py" line="+75"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n Halteposition</numerusform>
            <numerusform>%n Haltepositionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n drill(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n Programm</numerusform>
            <numerusform>%n Programme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Bodenkontakt</numerusform>
            <numerusform>%n Bodenkontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ground contact(s)</source>
        <translation>
            <numerusform>%n Bodenkontakt</numerusform>
            <numerusform>%n Bodenkontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n preview(s)</source>
        <translation>
            <numerusform>%n Vorschau</numerusform>
            <numerusform>%n Vorschauen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Completed</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview (×%1)</source>
        <translation>Vorschau (×%1)</translation>
    </message>
</context>
<context>
    <name>SoundOutput</name>
    <message>
        <location filename="../app/audio/outputs.py" line="+86"/>
        <source>simpleaudio is not installed (%1)</source>
        <translation>simpleaudio ist nicht installiert (%1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>simpleaudio: %1</source>
        <translation>simpleaudio: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no audio output device (Qt Multimedia lists none)</source>
        <translation>kein Audioausgabegerät (Qt Multimedia findet keines)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Qt Multimedia could not load any sound for %1</source>
        <translation>Qt Multimedia konnte keinen Ton für %1 laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audio device</source>
        <translation>das Audiogerät</translation>
    </message>
    <message>
        <location filename="../app/audio/player.py" line="-2"/>
        <source>silent (%1)</source>
        <translation>stumm (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>silent</source>
        <translation>stumm</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>no audio output</source>
        <translation>keine Audioausgabe</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Qt Multimedia: %1</source>
        <translation>Qt Multimedia: %1</translation>
    </message>
</context>
<context>
    <name>StopQuestion</name>
    <message>
        <location filename="../app/ui/session/stop_question.py" line="+33"/>
        <source>Stop the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Isohold in the middle of a session?
Stop it and keep what you have done (the summary comes next), or go on with the session.

Stop and keep: Enter, or the clicker&apos;s next (▶).
Go on: Esc or N, or the clicker&apos;s back (◀).</source>
        <translation>Isohold mitten in einer Einheit schließen?
Beende sie und behalte, was du geschafft hast (danach kommt die Auswertung), oder mach mit der Einheit weiter.

Beenden und behalten: Enter oder Weiter am Presenter (▶).
Weitermachen: Esc oder N oder Zurück am Presenter (◀).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop this session now?
What you have done so far is kept.

Stop: Enter, or the clicker&apos;s next (▶).
Go on: Esc or N, or the clicker&apos;s back (◀).</source>
        <translation>Diese Einheit jetzt beenden?
Was du bisher geschafft hast, bleibt gespeichert.

Beenden: Enter oder Weiter am Presenter (▶).
Weitermachen: Esc oder N oder Zurück am Presenter (◀).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop and keep</source>
        <translation>Beenden und behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes, stop</source>
        <translation>Ja, beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No, go on</source>
        <translation>Nein, weitermachen</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../app/ui/summary.py" line="+170"/>
        <source>of %1 planned</source>
        <translation>von %1 geplant</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Under tension</source>
        <translation>Unter Spannung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left leg alone</source>
        <translation>Linkes Bein allein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right leg alone</source>
        <translation>Rechtes Bein allein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground contacts</source>
        <translation>Bodenkontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Box</source>
        <translation>Kasten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The reps of %1 you did, if the count is wrong</source>
        <translation>Deine Wiederholungen bei %1, falls die Zählung nicht stimmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: reps done</source>
        <translation>%1: Wiederholungen geschafft</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The box height you jumped from in %1</source>
        <translation>Die Kastenhöhe, von der du bei %1 gesprungen bist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: box height</source>
        <translation>%1: Kastenhöhe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How did it feel? Anything to remember next time</source>
        <translation>Wie hat es sich angefühlt? Etwas für nächstes Mal?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rate of perceived exertion: 1 very easy ... 10 maximal</source>
        <translation>Empfundene Anstrengung: 1 sehr leicht ... 10 maximal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Effort (RPE 1-10)</source>
        <translation>Anstrengung (RPE 1-10)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pain during the session: 0 none, up to 5 acceptable, 10 the worst</source>
        <translation>Schmerz während der Einheit: 0 keiner, bis 5 in Ordnung, 10 der schlimmste</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: knees held?</source>
        <translation>%1: Knie stabil?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: heels stayed off the ground?</source>
        <translation>%1: Fersen oben geblieben?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 yes, %3 no</source>
        <translation>%1 %2 ja, %3 nein</translation>
    </message>
    <message>
        <source>%1 Y yes, N no</source>
        <translation type="vanished">%1 Y ja, N nein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heels stayed off the ground?</source>
        <translation>Fersen oben geblieben?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export this session…</source>
        <translation>Einheit exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard session…</source>
        <translation>Einheit verwerfen…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Preview complete</source>
        <translation>Vorschau beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview stopped early</source>
        <translation>Vorschau vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session complete</source>
        <translation>Einheit geschafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session stopped early</source>
        <translation>Einheit vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Discard this session?</source>
        <translation>Diese Einheit verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this session? It will not be kept in your history.</source>
        <translation>Diese Einheit verwerfen? Sie wird nicht in deinem Verlauf gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This summary stays here: export the session to keep it.</source>
        <translation>Diese Auswertung bleibt hier: exportiere die Einheit, um sie zu behalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try saving again</source>
        <translation>Erneut speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export this session</source>
        <translation>Einheit exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON file (*.json)</source>
        <translation>JSON-Datei (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1 at %2.</source>
        <translation>Um %2 nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Press Esc again to leave without keeping this session.</source>
        <translation>Drücke noch einmal Esc, um ohne Speichern dieser Einheit zu gehen.</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <location line="-452"/>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pain during (0-10)</source>
        <translation>Schmerz dabei (0-10)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type your notes now, one line.  Enter or Esc: save and leave.  </source>
        <translation>Schreib jetzt deine Notizen, eine Zeile.  Enter oder Esc: speichern und gehen.  </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab: effort, pain (0-10), buttons</source>
        <translation>Tab: Anstrengung, Schmerz (0-10), Schaltflächen</translation>
    </message>
    <message>
        <source>Tab: effort, pain (0-10), the box answers (Y or N), buttons, counts.</source>
        <translation type="vanished">Tab: Anstrengung, Schmerz (0-10), die Kastenfragen (Y oder N), Schaltflächen, Zählungen.</translation>
    </message>
    <message>
        <source>Tab: effort, pain (0-10), the box answers (Y or N), buttons.</source>
        <translation type="vanished">Tab: Anstrengung, Schmerz (0-10), die Kastenfragen (Y oder N), Schaltflächen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab: effort, pain (0-10), the box answers (%1 or %2), buttons, counts.</source>
        <translation>Tab: Anstrengung, Schmerz (0-10), die Kastenfragen (%1 oder %2), Schaltflächen, Zählungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab: effort, pain (0-10), the box answers (%1 or %2), buttons.</source>
        <translation>Tab: Anstrengung, Schmerz (0-10), die Kastenfragen (%1 oder %2), Schaltflächen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab: effort, pain (0-10), buttons, counts.</source>
        <translation>Tab: Anstrengung, Schmerz (0-10), Schaltflächen, Zählungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab: effort, pain (0-10), buttons.</source>
        <translation>Tab: Anstrengung, Schmerz (0-10), Schaltflächen.</translation>
    </message>
    <message>
        <location line="+441"/>
        <source>The session clock ran %1× fast: times here are session-clock time (%2 took %3 of real time). Kept in your history as a preview, not counted as training.</source>
        <translation>Die Uhr der Einheit lief %1× so schnell: die Zeiten hier sind Einheitszeit (%2 dauerten %3 in Echtzeit). Als Vorschau im Verlauf gespeichert, nicht als Training gezählt.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n contact(s), %1 in sets</source>
        <translation>
            <numerusform>%n Kontakt, %1 in Sätzen</numerusform>
            <numerusform>%n Kontakte, %1 in Sätzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in sets</source>
        <translation>%1 in Sätzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 under tension  (L&#xa0;%2 · R&#xa0;%3)</source>
        <translation>%1 unter Spannung  (L&#xa0;%2 · R&#xa0;%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 under tension</source>
        <translation>%1 unter Spannung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  (L %1 · R %2)</source>
        <translation>
(L %1 · R %2)</translation>
    </message>
</context>
<context>
    <name>TableWords</name>
    <message>
        <location filename="../app/ui/history/table.py" line="+30"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under tension</source>
        <translation>Unter Spannung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>WindowWords</name>
    <message>
        <location filename="../app/ui/application.py" line="+90"/>
        <source>Settings reset</source>
        <translation>Einstellungen zurückgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/ui/main_window.py" line="+371"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/ui/main_window.py" line="-181"/>
        <source>Some routines were skipped</source>
        <translation>Einige Programme wurden übersprungen</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="+7"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such routine</source>
        <translation>Kein solches Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no routine with the id %1.
Known ids: %2</source>
        <translation>Es gibt kein Programm mit der id %1.
Bekannte ids: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your choices last time could not be remembered: %1.</source>
        <translation>Deine Auswahl vom letzten Mal konnte nicht gemerkt werden: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+44"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The history is not available: %1</source>
        <translation>Der Verlauf ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>History not available</source>
        <translation>Verlauf nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Sessions will not be saved.</source>
        <translation>%1

Einheiten werden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Routine gone</source>
        <translation>Programm nicht mehr da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The routine %1 no longer exists; the interrupted session was kept as stopped early.</source>
        <translation>Das Programm %1 gibt es nicht mehr; die unterbrochene Einheit wurde als vorzeitig beendet behalten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>none (sound not set up yet)</source>
        <translation>keins (Ton noch nicht eingerichtet)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Isohold speaks %1 from its next start.</source>
        <translation>Isohold spricht ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>the history is not available</source>
        <translation>der Verlauf ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>(Show Details... has the whole message.)</source>
        <translation>(„Details einblenden...“ zeigt die ganze Meldung.)</translation>
    </message>
</context>
<context>
    <name>drills</name>
    <message>
        <location filename="../build/translations/drills.py" line="-335"/>
        <source>Wall calf press (straight leg)</source>
        <comment>wall-press-straight name</comment>
        <translation>Wadendrücken an der Wand (gestrecktes Bein)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body straight, lean in, extend through the ankles</source>
        <comment>wall-press-straight cue</comment>
        <translation>Körper gerade, reinlehnen, Sprunggelenke voll strecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The large calf muscle - the gastrocnemius.</source>
        <comment>wall-press-straight targets</comment>
        <translation>Der große Wadenmuskel – der Gastrocnemius.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place hands overhead against wall. Keep body straight and lean into it. Really extend through the ankles to create the isometric power.</source>
        <comment>wall-press-straight how</comment>
        <translation>Hände über dem Kopf an die Wand legen. Körper gerade halten und in die Wand lehnen. Die Sprunggelenke richtig durchstrecken, um die isometrische Kraft aufzubauen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep body straight and lean into the wall.</source>
        <comment>wall-press-straight tips</comment>
        <translation>Körper gerade halten und in die Wand lehnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Really extend through the ankles to create the isometric power.</source>
        <comment>wall-press-straight tips</comment>
        <translation>Die Sprunggelenke richtig durchstrecken, um die isometrische Kraft aufzubauen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article: 8-10 reps, hold for 10 sec. It gives no pause between holds: Isohold allows 10 s (5-30 s) to come off the toes, let the calf relax and set up again. Progression: reps to 10 first; then, past the article, the hold grows 2 s at a time to 15 s (half again the article&apos;s 10 s, short enough to press at full effort throughout: tendons adapt to high-intensity load held long enough, Bohm, Mersmann &amp; Arampatzis 2015). A session starts at the article&apos;s 10 s.</source>
        <comment>wall-press-straight notes</comment>
        <translation>Artikel: 8–10 Wiederholungen, 10 s halten. Eine Pause zwischen den Haltepositionen nennt er nicht: Isohold gibt 10 s (5–30 s), um von den Zehen zu gehen, die Wade zu lockern und neu anzusetzen. Steigerung: zuerst auf 10 Wiederholungen; dann, über den Artikel hinaus, wird das Halten um je 2 s bis auf 15 s verlängert (die Hälfte mehr als die 10 s des Artikels, kurz genug, um durchgehend mit voller Kraft zu drücken: Sehnen passen sich an hohe Last an, die lange genug gehalten wird, Bohm, Mersmann &amp; Arampatzis 2015). Eine Einheit beginnt mit den 10 s des Artikels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wall</source>
        <comment>wall-press-straight equipment</comment>
        <translation>Wand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall calf press (bent knee)</source>
        <comment>wall-press-bent name</comment>
        <translation>Wadendrücken an der Wand (gebeugtes Knie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knees bent, push through extended ankles into the wall</source>
        <comment>wall-press-bent cue</comment>
        <translation>Knie gebeugt, über gestreckte Sprunggelenke in die Wand drücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The soleus - the smaller calf muscle, crucial for sprint acceleration. Strong soleus muscles will prevent your ankle collapsing under the weight of dynamic acceleration.</source>
        <comment>wall-press-bent targets</comment>
        <translation>Der Soleus – der kleinere Wadenmuskel, entscheidend für die Sprintbeschleunigung. Ein starker Soleus verhindert, dass das Sprunggelenk unter der Last der dynamischen Beschleunigung einknickt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assume a similar position to the straight-leg wall press (hands overhead against the wall, leaning into it) - but this time with knees bent really push through extended ankles into the wall.</source>
        <comment>wall-press-bent how</comment>
        <translation>Eine ähnliche Position wie beim Wadendrücken mit gestrecktem Bein einnehmen (Hände über dem Kopf an der Wand, in die Wand lehnen) – diesmal aber mit gebeugten Knien über die gestreckten Sprunggelenke kräftig in die Wand drücken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bent knee position is what moves the work to the soleus: keep the knees bent for the whole hold.</source>
        <comment>wall-press-bent tips</comment>
        <translation>Erst das gebeugte Knie verlagert die Arbeit auf den Soleus: die Knie während des ganzen Haltens gebeugt lassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article: 8-10 reps, hold for 10 sec. It gives no pause between holds: Isohold allows 10 s (5-30 s) to come off the toes, let the calf relax and set up again. Progression: reps to 10 first; then, past the article, the hold grows 2 s at a time to 15 s (half again the article&apos;s 10 s, short enough to press at full effort throughout: tendons adapt to high-intensity load held long enough, Bohm, Mersmann &amp; Arampatzis 2015). A session starts at the article&apos;s 10 s.</source>
        <comment>wall-press-bent notes</comment>
        <translation>Artikel: 8–10 Wiederholungen, 10 s halten. Eine Pause zwischen den Haltepositionen nennt er nicht: Isohold gibt 10 s (5–30 s), um von den Zehen zu gehen, die Wade zu lockern und neu anzusetzen. Steigerung: zuerst auf 10 Wiederholungen; dann, über den Artikel hinaus, wird das Halten um je 2 s bis auf 15 s verlängert (die Hälfte mehr als die 10 s des Artikels, kurz genug, um durchgehend mit voller Kraft zu drücken: Sehnen passen sich an hohe Last an, die lange genug gehalten wird, Bohm, Mersmann &amp; Arampatzis 2015). Eine Einheit beginnt mit den 10 s des Artikels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wall</source>
        <comment>wall-press-bent equipment</comment>
        <translation>Wand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprinter press</source>
        <comment>sprinter-press name</comment>
        <translation>Sprinterdrücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press up through one calf, other thigh parallel - pull it up</source>
        <comment>sprinter-press cue</comment>
        <translation>Über eine Wade hochdrücken, anderer Oberschenkel waagerecht – hochziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calf muscles of the pressing leg, plus added isometric power in the hip of the raised thigh.</source>
        <comment>sprinter-press targets</comment>
        <translation>Die Wadenmuskeln des drückenden Beins, dazu isometrische Kraft in der Hüfte des angehobenen Oberschenkels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall: arms outstretched just above shoulder-height with hands against the wall; you will have to &apos;lean into the wall&apos; to achieve the optimum pressing position. Press by extending the calf muscles of one leg whilst the thigh of the other leg is held parallel. Smith machine: set the bar up at shoulder-height so that it won&apos;t move, with the bar across the back of your shoulders, and attempt to push it up by extending the calf muscles of one leg whilst the thigh of the other leg is held parallel.</source>
        <comment>sprinter-press how</comment>
        <translation>Wand: Arme knapp über Schulterhöhe ausgestreckt, Hände an der Wand; du musst dich ‚in die Wand lehnen‘, um die beste Drückposition zu finden. Drücke, indem du die Wadenmuskeln eines Beins streckst, während der Oberschenkel des anderen Beins waagerecht gehalten wird. Multipresse: die Stange auf Schulterhöhe so einstellen, dass sie sich nicht bewegt, die Stange hinten über den Schultern, und versuchen, sie hochzudrücken, indem du die Wadenmuskeln eines Beins streckst, während der Oberschenkel des anderen Beins waagerecht gehalten wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You&apos;ll get added iso power benefits in the hip of the extended thigh by really focussing on pulling that up too.</source>
        <comment>sprinter-press tips</comment>
        <translation>Zusätzliche isometrische Kraft in der Hüfte gewinnst du, wenn du dich darauf konzentrierst, den angehobenen Oberschenkel richtig mit hochzuziehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the wall, lean into it to find the optimum pressing position.</source>
        <comment>sprinter-press tips</comment>
        <translation>An der Wand: in die Wand lehnen, um die beste Drückposition zu finden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a Smith machine, fix the bar at shoulder-height so that it won&apos;t move: the press is a hold, not a lift.</source>
        <comment>sprinter-press cautions</comment>
        <translation>An der Multipresse die Stange auf Schulterhöhe fixieren, sodass sie sich nicht bewegt: das Drücken ist ein Halten, kein Heben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article: hold for 8-10 sec and then switch legs; 8-10 reps in all (4/5 from each leg). Isohold alternates legs rep by rep, left first, and keeps the count even so both legs get the same number of holds (8 = 4 per leg, 10 = 5 per leg). The 5 s to switch legs (3-15 s) is Isohold&apos;s choice: time to step the other foot under you and lift the free thigh to parallel.</source>
        <comment>sprinter-press notes</comment>
        <translation>Artikel: 8–10 s halten, dann Beinwechsel; 8–10 Wiederholungen insgesamt (4/5 pro Bein). Isohold wechselt die Beine bei jeder Wiederholung, links zuerst, und hält die Zahl gerade, damit beide Beine gleich oft halten (8 = 4 pro Bein, 10 = 5 pro Bein). Die 5 s für den Beinwechsel (3–15 s) sind Isoholds Wahl: Zeit, den anderen Fuß unter den Körper zu stellen und den freien Oberschenkel waagerecht anzuheben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wall</source>
        <comment>sprinter-press equipment</comment>
        <translation>Wand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smith machine (optional)</source>
        <comment>sprinter-press equipment</comment>
        <translation>Multipresse (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-foot jump to forefoot hold</source>
        <comment>forefoot-jumps name</comment>
        <translation>Beidbeiniger Sprung in den Vorfußstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump forward, land on the forefoot, block - minimal knee bend</source>
        <comment>forefoot-jumps cue</comment>
        <translation>Nach vorn springen, auf dem Vorfuß landen, blocken – Knie kaum beugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isometric stopping power in the lower legs: the block on landing.</source>
        <comment>forefoot-jumps targets</comment>
        <translation>Isometrische Bremskraft in den Unterschenkeln: das Blocken bei der Landung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump forward to land on the forefoot to block the landing with minimal knee bend. The block will create that isometric stopping power. Re-set and repeat.</source>
        <comment>forefoot-jumps how</comment>
        <translation>Nach vorn springen und auf dem Vorfuß landen, die Landung mit minimaler Kniebeugung blocken. Das Blocken erzeugt die isometrische Bremskraft. Neu aufstellen und wiederholen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block the landing: stop with minimal knee bend.</source>
        <comment>forefoot-jumps tips</comment>
        <translation>Die Landung blocken: mit minimaler Kniebeugung abstoppen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-set fully before the next jump.</source>
        <comment>forefoot-jumps tips</comment>
        <translation>Vor dem nächsten Sprung vollständig neu aufstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land on the forefoot; don&apos;t let the heels drop.</source>
        <comment>forefoot-jumps cautions</comment>
        <translation>Auf dem Vorfuß landen; die Fersen nicht absinken lassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article: 3 x 8. A tick every 4 s counts the next jump (Isohold&apos;s choice: jump, hold the block a moment, re-set), so a set lasts 32 s. The rest between sets is Isohold&apos;s choice: 90 s (30-300 s), so that every landing of the next set can be a clean, fast block. The article presents these drills in its negative-heel shoes (Antepes Muscle Runners), which load the forefoot on touch-down.</source>
        <comment>forefoot-jumps notes</comment>
        <translation>Artikel: 3 × 8. Ein Takt alle 4 s zählt den nächsten Sprung (Isoholds Wahl: springen, das Blocken kurz halten, neu aufstellen), ein Satz dauert also 32 s. Die Pause zwischen den Sätzen ist Isoholds Wahl: 90 s (30–300 s), damit jede Landung des nächsten Satzes sauber und schnell geblockt werden kann. Der Artikel zeigt diese Übungen in seinen Schuhen mit negativer Ferse (Antepes Muscle Runners), die den Vorfuß bei der Landung belasten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clear floor space</source>
        <comment>forefoot-jumps equipment</comment>
        <translation>freie Bodenfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downhill sprints and drills</source>
        <comment>downhill-sprints name</comment>
        <translation>Bergab-Sprints und Laufübungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slight downgrade, easy runs - build up gradually</source>
        <comment>downhill-sprints cue</comment>
        <translation>Leichtes Gefälle, lockere Läufe – langsam steigern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greater eccentric and isometric stress on the legs: the downgrade encourages a slight braking, which can lead to both increased isometric and eccentric loading.</source>
        <comment>downhill-sprints targets</comment>
        <translation>Mehr exzentrische und isometrische Belastung der Beine: das Gefälle führt zu leichtem Abbremsen, was die isometrische wie die exzentrische Last erhöhen kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprint, or run drills such as straight leg bounds and scissors, down a slight downgrade (1-2 degrees). Walk back up between runs.</source>
        <comment>downhill-sprints how</comment>
        <translation>Ein leichtes Gefälle (1–2 Grad) hinunter sprinten oder Laufübungen wie Steifbeinsprünge und Scherensprünge machen. Zwischen den Läufen zurück nach oben gehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a slight downgrade only: 1-2 degrees.</source>
        <comment>downhill-sprints tips</comment>
        <translation>Nur ein leichtes Gefälle nutzen: 1–2 Grad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure you build up gradually to downgrade sprints and drills (such as straight leg bounds and scissors).</source>
        <comment>downhill-sprints cautions</comment>
        <translation>Bergab-Sprints und -Übungen (wie Steifbeinsprünge und Scherensprünge) langsam steigern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article gives no rep count (&apos;more in a future post&apos;). Isohold&apos;s default is a conservative single set of 4 easy runs (2 to 6 allowed), walking back up between them; tap &apos;set done&apos; when finished. About 60 s per run and walk-back is assumed for the time estimate.</source>
        <comment>downhill-sprints notes</comment>
        <translation>Der Artikel nennt keine Wiederholungszahl (‚mehr in einem späteren Beitrag‘). Isohold beginnt vorsichtig mit einem Satz aus 4 lockeren Läufen (2 bis 6 möglich), zwischen denen du wieder hinaufgehst; am Ende den Satz beenden. Für die Zeitschätzung werden etwa 60 s pro Lauf mit Rückweg angenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slight downhill slope (1-2 degrees)</source>
        <comment>downhill-sprints equipment</comment>
        <translation>leichtes Gefälle (1–2 Grad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop and block jumps</source>
        <comment>drop-jumps name</comment>
        <translation>Niedersprünge mit Blocken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toes up, drop, block - heels off the ground</source>
        <comment>drop-jumps cue</comment>
        <translation>Zehen hoch, fallen lassen, blocken – Fersen bleiben oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isometric and eccentric muscular power: the block will really test it.</source>
        <comment>drop-jumps targets</comment>
        <translation>Isometrische und exzentrische Muskelkraft: das Blocken fordert sie richtig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a 40cm-60cm box and jump off it keeping toes up. Land, and as with the forefoot-hold jumps, minimise knee bend to stop as &apos;fast&apos; as possible without letting the heels touch the ground. Think of a gymnast coming to the end of their floor routine.</source>
        <comment>drop-jumps how</comment>
        <translation>Einen 40–60 cm hohen Kasten nehmen und mit angezogenen Zehen herunterspringen. Landen und, wie bei den Vorfußsprüngen, die Knie möglichst wenig beugen, um so ‚schnell‘ wie möglich abzustoppen, ohne dass die Fersen den Boden berühren. Denk an eine Turnerin am Ende ihrer Bodenübung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you find your knees overly yielding on impact then you are jumping from too high a height. Either reduce the height of the box or lower yourself and therefore your drop height from the platform before jumping.</source>
        <comment>drop-jumps tips</comment>
        <translation>Geben die Knie bei der Landung zu stark nach, springst du aus zu großer Höhe. Nimm einen niedrigeren Kasten oder geh vor dem Sprung auf dem Kasten tiefer und verringere so die Fallhöhe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As your isometric (and eccentric) power improves you will be able to jump higher and block.</source>
        <comment>drop-jumps tips</comment>
        <translation>Je mehr deine isometrische (und exzentrische) Kraft wächst, desto höher kannst du springen und trotzdem blocken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t let the heels touch the ground on landing.</source>
        <comment>drop-jumps cautions</comment>
        <translation>Bei der Landung dürfen die Fersen den Boden nicht berühren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knees yielding on impact means the drop is too high: lower the box.</source>
        <comment>drop-jumps cautions</comment>
        <translation>Geben die Knie bei der Landung nach, ist die Fallhöhe zu groß: niedrigeren Kasten nehmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article: 3-4 x 6 from a 40-60 cm box. The default is the low end (3 sets, 40 cm). Reps are user-paced (step back onto the box in your own time; about 10 s a rep is assumed for the time estimate). Rest between sets is 120 s, longer than the 90 s after other jumps, because drop jumps are the hardest landings of the session. Progression: the box goes up 5 cm only when every set was done and you said the knees held and the heels stayed off the ground, and down 5 cm when the knees yielded (the article&apos;s tip); at 60 cm, a fourth set.</source>
        <comment>drop-jumps notes</comment>
        <translation>Artikel: 3–4 × 6 von einem 40–60 cm hohen Kasten. Vorgabe ist das untere Ende (3 Sätze, 40 cm). Das Tempo der Wiederholungen bestimmst du (in deinem Tempo zurück auf den Kasten; für die Zeitschätzung werden etwa 10 s pro Wiederholung angenommen). Die Pause zwischen den Sätzen beträgt 120 s, länger als die 90 s nach anderen Sprüngen, weil Niedersprünge die härtesten Landungen der Einheit sind. Steigerung: der Kasten wird nur 5 cm höher, wenn jeder Satz geschafft war und du angegeben hast, dass die Knie gehalten haben und die Fersen oben geblieben sind, und 5 cm niedriger, wenn die Knie nachgegeben haben (der Tipp des Artikels); bei 60 cm kommt ein vierter Satz dazu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>box 40-60 cm</source>
        <comment>drop-jumps equipment</comment>
        <translation>Kasten 40–60 cm</translation>
    </message>
</context>
<context>
    <name>programs</name>
    <message>
        <location line="+7"/>
        <source>Lower-leg block, 6 weeks</source>
        <comment>lower-leg-6-weeks name</comment>
        <translation>Unterschenkel-Block, 6 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two weeks of isometric holds, then the jumps come in: 3 sessions a week, 2 in the last, with at least a day of rest between any two.</source>
        <comment>lower-leg-6-weeks description</comment>
        <translation>Zwei Wochen isometrisches Halten, dann kommen die Sprünge dazu: 3 Einheiten pro Woche, 2 in der letzten, mit mindestens einem Ruhetag zwischen zwei Einheiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn the holds at the low end of the article&apos;s ranges.</source>
        <comment>lower-leg-6-weeks week 1 note</comment>
        <translation>Lerne die Haltepositionen am unteren Ende der Bereiche aus dem Artikel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More reps: 9 wall presses each, 10 sprinter presses.</source>
        <comment>lower-leg-6-weeks week 2 note</comment>
        <translation>Mehr Wiederholungen: je 9 Wadendrücken an der Wand, 10 Sprinterdrücken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reps at the top, sprinter holds of 9 s; the first jump session.</source>
        <comment>lower-leg-6-weeks week 3 note</comment>
        <translation>Wiederholungen am oberen Ende, Sprinterdrücken 9 s halten; die erste Sprung-Einheit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer holds (wall presses 12 s); two jump sessions with a hold session between.</source>
        <comment>lower-leg-6-weeks week 4 note</comment>
        <translation>Längeres Halten (Wadendrücken an der Wand 12 s); zwei Sprung-Einheiten mit einer Halte-Einheit dazwischen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fourth set of drop jumps, a fourth downhill run.</source>
        <comment>lower-leg-6-weeks week 5 note</comment>
        <translation>Ein vierter Satz Niedersprünge, ein vierter Bergab-Lauf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two full sessions: wall presses of 14 s, five downhill runs.</source>
        <comment>lower-leg-6-weeks week 6 note</comment>
        <translation>Zwei komplette Einheiten: Wadendrücken an der Wand 14 s, fünf Bergab-Läufe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isometric holds, 6 weeks</source>
        <comment>holds-6-weeks name</comment>
        <translation>Isometrisches Halten, 6 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The three calf holds three times a week, no box, slope or special shoes needed: reps to the top of the article&apos;s ranges, then longer holds.</source>
        <comment>holds-6-weeks description</comment>
        <translation>Die drei Waden-Haltepositionen dreimal pro Woche, ohne Kasten, Hang oder besondere Schuhe: Wiederholungen bis zum oberen Ende der Bereiche aus dem Artikel, dann längeres Halten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The three holds at the low end of the article&apos;s ranges.</source>
        <comment>holds-6-weeks week 1 note</comment>
        <translation>Die drei Haltepositionen am unteren Ende der Bereiche aus dem Artikel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More reps: 9 wall presses each, 10 sprinter presses.</source>
        <comment>holds-6-weeks week 2 note</comment>
        <translation>Mehr Wiederholungen: je 9 Wadendrücken an der Wand, 10 Sprinterdrücken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reps at the top: 10 of each; sprinter holds of 9 s.</source>
        <comment>holds-6-weeks week 3 note</comment>
        <translation>Wiederholungen am oberen Ende: je 10; Sprinterdrücken 9 s halten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprinter holds of 10 s, wall presses of 12 s.</source>
        <comment>holds-6-weeks week 4 note</comment>
        <translation>Sprinterdrücken 10 s halten, Wadendrücken an der Wand 12 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall presses of 14 s.</source>
        <comment>holds-6-weeks week 5 note</comment>
        <translation>Wadendrücken an der Wand 14 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall presses of 15 s: the top of every range.</source>
        <comment>holds-6-weeks week 6 note</comment>
        <translation>Wadendrücken an der Wand 15 s: das obere Ende jedes Bereichs.</translation>
    </message>
</context>
<context>
    <name>routines</name>
    <message>
        <location line="-21"/>
        <source>Isometric holds</source>
        <comment>iso-holds name</comment>
        <translation>Isometrisches Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The three no-movement calf presses, no special shoes needed: straight-leg and bent-knee wall presses, then the sprinter press one leg at a time.</source>
        <comment>iso-holds description</comment>
        <translation>Die drei Wadenübungen ohne Bewegung, keine besonderen Schuhe nötig: Wadendrücken an der Wand mit gestrecktem und mit gebeugtem Knie, dann das Sprinterdrücken, ein Bein nach dem anderen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic drills</source>
        <comment>dynamic name</comment>
        <translation>Dynamische Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isometric-emphasis jumps and runs: forefoot-hold jumps, downhill sprints, drop and block jumps. Needs space, a slight slope and a box.</source>
        <comment>dynamic description</comment>
        <translation>Sprünge und Läufe mit isometrischem Schwerpunkt: Sprünge in den Vorfußstand, Bergab-Sprints, Niedersprünge mit Blocken. Braucht Platz, ein leichtes Gefälle und einen Kasten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full session</source>
        <comment>full name</comment>
        <translation>Komplette Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The isometric holds to prepare the lower legs, then the dynamic drills.</source>
        <comment>full description</comment>
        <translation>Das isometrische Halten zur Vorbereitung der Unterschenkel, danach die dynamischen Übungen.</translation>
    </message>
</context>
</TS>
