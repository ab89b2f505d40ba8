<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AnswerBoxes</name>
    <message>
        <location filename="../app/ui/answer_boxes.py" line="+22"/>
        <source>not given</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Y</source>
        <comment>the key (one letter) that answers yes: the first letter of the word for yes, de J, es S</comment>
        <translation>S</translation>
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
        <translation>d MMM</translation>
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
        <translation>Altura del cajón en saltos de caída (cm)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No drop jumps yet: the box height shows here after a session of drop jumps.</source>
        <translation>Aún no hay saltos de caída: la altura del cajón aparece aquí tras una sesión con saltos de caída.</translation>
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
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>about %1</source>
        <comment>about 14 min</comment>
        <translation>unos %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli.py" line="+41"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FACTOR</source>
        <translation>FACTOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>muestra el número de versión y sale</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>--speed must be a positive number, got %1</source>
        <translation>--speed debe ser un número positivo; se indicó %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A guided timer for isometric and plyometric lower-leg drills.</source>
        <translation>Un temporizador guiado para ejercicios isométricos y pliométricos de la parte inferior de la pierna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print the routines Isohold knows, then exit</source>
        <translation>muestra las rutinas que conoce Isohold y sale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validate a routine file; exit 1 with the problems if it is wrong</source>
        <translation>valida un archivo de rutina; si está mal, sale con 1 y los problemas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open straight on a routine&apos;s setup page</source>
        <translation>abre directamente la página de preparación de una rutina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run the session clock FACTOR times faster (to preview a routine)</source>
        <translation>hace correr el reloj de la sesión FACTOR veces más rápido (para una vista previa de una rutina)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the history in DIR instead of the user data folder</source>
        <translation>guarda el historial en CARPETA en lugar de la carpeta de datos del usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the history to FILE (.csv or .json), then exit</source>
        <translation>escribe el historial en ARCHIVO (.csv o .json) y sale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the window, play two cues, say what worked, then exit (checks an install; QT_QPA_PLATFORM=offscreen runs it unseen)</source>
        <translation>abre la ventana, reproduce dos avisos, dice qué funcionó y sale (comprueba una instalación; QT_QPA_PLATFORM=offscreen lo ejecuta sin verse)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add Isohold to this user&apos;s application menu, with its icon (Linux and BSD desktops; uses xdg-desktop-menu when installed)</source>
        <translation>añade Isohold al menú de aplicaciones de este usuario, con su icono (escritorios Linux y BSD; usa xdg-desktop-menu si está instalado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>take Isohold&apos;s menu entry and icon away again</source>
        <translation>quita de nuevo la entrada de menú y el icono de Isohold</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>isohold: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start it from a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen.</source>
        <translation>isohold: no hay pantalla en la que abrir la ventana (no está definido ni DISPLAY ni WAYLAND_DISPLAY): ejecútalo desde una sesión de escritorio, o define QT_QPA_PLATFORM=offscreen para ejecutarlo sin pantalla.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: OK</source>
        <translation>%1: correcto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 %2  (~%3 min: %4)</source>
        <translation>%1 %2  (~%3 min: %4)</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <location filename="../app/audio/player.py" line="+114"/>
        <source>%1; no spoken calls in this language (%2 is not there): beeps instead</source>
        <translation>%1; no hay avisos hablados en este idioma (falta %2): suenan pitidos</translation>
    </message>
</context>
<context>
    <name>DraftWords</name>
    <message>
        <location filename="../app/ui/editor/draft.py" line="+126"/>
        <source>A routine needs a name.</source>
        <translation>Una rutina necesita un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 characters; this name has %2.</source>
        <translation>Como máximo %1 caracteres; este nombre tiene %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most %1 characters; this description has %2.</source>
        <translation>Como máximo %1 caracteres; esta descripción tiene %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one drill.</source>
        <translation>Añade al menos un ejercicio.</translation>
    </message>
</context>
<context>
    <name>DrillCheckWords</name>
    <message>
        <location filename="../app/ui/editor/drill_check.py" line="+40"/>
        <source>Hold (timed holds)</source>
        <translation>Mantén (aguantes con tiempo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User-paced reps</source>
        <translation>Repeticiones a tu ritmo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadence-paced reps (a beep a rep)</source>
        <translation>Repeticiones al compás (un pitido por rep.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both legs at once</source>
        <translation>Ambas piernas a la vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate legs, one at a time</source>
        <translation>Piernas alternas, una cada vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left leg&apos;s reps, then the right&apos;s</source>
        <translation>Primero la pierna izquierda, luego la derecha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold time (s)</source>
        <translation>Tiempo de aguante (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset between reps (s)</source>
        <translation>Pausa entre reps. (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between sets (s)</source>
        <translation>Descanso entre series (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch legs (s)</source>
        <translation>Cambio de pierna (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box height (cm)</source>
        <translation>Altura del cajón (cm)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lowest</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highest</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Por defecto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lowest: %1</source>
        <translation>Mínimo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest: %1</source>
        <translation>Máximo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default: %1</source>
        <translation>Por defecto: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Needed: write a few words.</source>
        <translation>Necesario: escribe unas palabras.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Needed for a hold: how many seconds a hold lasts.</source>
        <translation>Necesario para un aguante: cuántos segundos dura.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needed: the seconds between two beeps (one rep each).</source>
        <translation>Necesario: los segundos entre dos pitidos (una repetición cada uno).</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Needed: at least the default.</source>
        <translation>Necesario: al menos el valor por defecto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default: needed (the number a session starts from).</source>
        <translation>Por defecto: necesario (el número con el que empieza una sesión).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>expected a number, got &quot;%1&quot;.</source>
        <translation>se esperaba un número, no «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a whole number, got %1.</source>
        <translation>se esperaba un número entero, no %1.</translation>
    </message>
</context>
<context>
    <name>DrillPage</name>
    <message>
        <location filename="../app/ui/editor/drill_page.py" line="+66"/>
        <source>Edit drill</source>
        <translation>Editar ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab next field</source>
        <translation>Tab siguiente campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+S save</source>
        <translation>Ctrl+S guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc back</source>
        <translation>Esc volver</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cue line (shown during the drill)</source>
        <translation>Aviso (se ve durante el ejercicio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legs</source>
        <translation>Piernas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds a rep (one beep each)</source>
        <translation>Segundos por rep. (un pitido cada una)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds a rep takes (for the time estimate)</source>
        <translation>Segundos por rep. (para estimar la duración)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to do it</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips, one a line</source>
        <translation>Consejos, uno por línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cautions, one a line</source>
        <translation>Precauciones, una por línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment, with commas between</source>
        <translation>Material, separado por comas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save drill</source>
        <translation>Guardar ejercicio</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Numbers: lowest, highest and the default a session starts from (one number alone: fixed)</source>
        <translation>Números: mínimo, máximo y el valor por defecto con el que empieza una sesión (un solo número: fijo)</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n field(s) to fix before you can save</source>
        <translation>
            <numerusform>%n campo por corregir antes de poder guardar</numerusform>
            <numerusform>%n campos por corregir antes de poder guardar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Leave the drill?</source>
        <translation>¿Salir del ejercicio?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This drill has changes that are not saved. Leave without them?</source>
        <translation>Este ejercicio tiene cambios sin guardar. ¿Salir sin ellos?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave without saving</source>
        <translation>Salir sin guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
</context>
<context>
    <name>DrillWords</name>
    <message>
        <location filename="../app/ui/drill_panel.py" line="+31"/>
        <source>Targets: %1</source>
        <translation>Trabaja: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tip: %1</source>
        <translation>Consejo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caution: %1</source>
        <translation>Cuidado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
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
        <translation>Reps, ambas piernas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reps per set</source>
        <translation>Reps por serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box height</source>
        <translation>Altura del cajón</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset between reps</source>
        <translation>Pausa entre reps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch legs</source>
        <translation>Cambio de pierna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A beep every %1 s counts a rep</source>
        <translation>Un pitido cada %1 s cuenta una repetición</translation>
    </message>
</context>
<context>
    <name>HistoryChanges</name>
    <message>
        <location filename="../app/ui/history/changes.py" line="+25"/>
        <source>The history is not available, so this session was not saved.</source>
        <translation>El historial no está disponible, así que esta sesión no se guardó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history is not available, so this test result was not kept.</source>
        <translation>El historial no está disponible, así que este resultado del test no se guardó.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Isohold could not change the history (%1: %2).</source>
        <translation>Isohold no pudo cambiar el historial (%1: %2).</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../app/ui/history/view.py" line="+56"/>
        <source>Enter open</source>
        <translation>Intro abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete remove</source>
        <translation>Supr borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z undo</source>
        <translation>Ctrl+Z deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>C charts</source>
        <translation>C gráficos</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+4"/>
        <source>L legs</source>
        <translation>L piernas</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>X export</source>
        <translation>X exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Esc back</source>
        <translation>Esc volver</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>C list</source>
        <translation>C lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L list</source>
        <translation>L lista</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All routines</source>
        <translation>Todas las rutinas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No sessions yet: each session you finish or stop shows here, newest first.</source>
        <translation>Aún no hay sesiones: cada sesión que terminas o paras aparece aquí, la más reciente primero.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the sessions of</source>
        <translation>Mostrar las sesiones de</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <location line="+169"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+320"/>
        <source>Undo delete</source>
        <translation>Deshacer borrado</translation>
    </message>
    <message>
        <location line="-316"/>
        <location line="+32"/>
        <location line="+166"/>
        <source>Legs</source>
        <translation>Piernas</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>This week: %1, %2 under tension</source>
        <translation>Esta semana: %1, %2 bajo tensión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last week: %1, %2</source>
        <translation>Semana pasada: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streak: %1, %2</source>
        <translation>Racha: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n preview(s) not counted</source>
        <translation>
            <numerusform>%n vista previa sin contar</numerusform>
            <numerusform>%n vistas previas sin contar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Minutes under tension per week</source>
        <translation>Minutos bajo tensión por semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Left out %n leg test result(s) that could not be read.</source>
        <translation>
            <numerusform>%n resultado de test de piernas no se pudo leer y queda fuera.</numerusform>
            <numerusform>%n resultados de tests de piernas no se pudieron leer y quedan fuera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+4"/>
        <location line="+165"/>
        <location line="+1"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Saved the notes and RPE of the session.</source>
        <translation>Notas y RPE de la sesión guardados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the notes and RPE of the session of %1.</source>
        <translation>Notas y RPE de la sesión del %1 guardados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete session</source>
        <translation>Borrar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the session of %1 (%2)?
You can undo this until you leave the history.</source>
        <translation>¿Borrar la sesión del %1 (%2)?
Puedes deshacerlo hasta que salgas del historial.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deleted the session of %1.</source>
        <translation>Sesión del %1 borrada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo delete (%1)</source>
        <translation>Deshacer borrado (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Undo brings back the %n deleted session(s), the last deleted first.</source>
        <translation>
            <numerusform>Deshacer recupera la %n sesión borrada.</numerusform>
            <numerusform>Deshacer recupera las %n sesiones borradas, la última borrada primero.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation>Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Brought back the session of %1.</source>
        <translation>Sesión del %1 recuperada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought back the session.</source>
        <translation>Sesión recuperada.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export the history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>%n sesión exportada a %1.</numerusform>
            <numerusform>%n sesiones exportadas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterruptedSessionPage</name>
    <message>
        <location filename="../app/ui/interrupted.py" line="+35"/>
        <source>A session was interrupted</source>
        <translation>Se interrumpió una sesión</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1, started %2.
%3 done, %4 of %n rep(s), before Isohold closed unexpectedly.</source>
        <translation>
            <numerusform>%1, empezada el %2.
%3 hechos, %4 de %n repetición, antes de que Isohold se cerrara inesperadamente.</numerusform>
            <numerusform>%1, empezada el %2.
%3 hechos, %4 de %n repeticiones, antes de que Isohold se cerrara inesperadamente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume where it stopped</source>
        <translation>Seguir donde se quedó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as stopped early</source>
        <translation>Guardar como terminada antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard it</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>R resume   ·   K keep as stopped early   ·   D discard</source>
        <translation>R seguir   ·   K guardar como terminada antes   ·   D descartar</translation>
    </message>
</context>
<context>
    <name>LanguageWords</name>
    <message>
        <location filename="../app/ui/language.py" line="+63"/>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
</context>
<context>
    <name>LastTimeWords</name>
    <message>
        <location filename="../app/ui/last_time.py" line="+25"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped early: no rep done</source>
        <translation>terminada antes: ninguna repetición hecha</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>stopped early: %1 of %n rep(s) not done</source>
        <translation>
            <numerusform>terminada antes: %1 de %n repetición sin hacer</numerusform>
            <numerusform>terminada antes: %1 de %n repeticiones sin hacer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped early</source>
        <translation>terminada antes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>RPE&#xa0;%1</source>
        <translation>RPE&#xa0;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pain&#xa0;%1/10</source>
        <translation>dolor&#xa0;%1/10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next&#xa0;morning&#xa0;%1/10</source>
        <translation>mañana&#xa0;siguiente&#xa0;%1/10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>box&#xa0;%1&#xa0;cm</source>
        <translation>cajón&#xa0;%1&#xa0;cm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last time (%1): %2</source>
        <translation>La última vez (%1): %2</translation>
    </message>
</context>
<context>
    <name>LegTestText</name>
    <message>
        <location filename="../app/ui/leg_test_page.py" line="+145"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter, Space or ▶ start · Esc back</source>
        <translation>Intro, Espacio o ▶ empezar · Esc volver</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No sound: follow the beat on the screen.</source>
        <translation>Sin sonido: sigue el ritmo en la pantalla.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heel rises start on go</source>
        <translation>Las elevaciones empiezan al oír ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock starts on go</source>
        <translation>El reloj arranca al oír ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call off</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc call it off</source>
        <translation>Esc cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/ui/leg_test_screens.py" line="+114"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heel rises</source>
        <translation>Elevaciones de talón</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/ui/leg_test_text.py" line="+81"/>
        <source>rises</source>
        <translation>elev.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UP</source>
        <translation>ARRIBA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOWN</source>
        <translation>ABAJO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beat %1 · %2</source>
        <translation>Pulso %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beat %1 · %2 · no taps: the beat counts</source>
        <translation>Pulso %1 · %2 · sin toques: cuenta el ritmo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space, Enter or ▶ a rise · ◀ take one back · S or Esc stop</source>
        <translation>Espacio, Intro o ▶ una elevación · ◀ quitar una · S o Esc parar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold it high and still</source>
        <translation>Mantén arriba y quieto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space stop</source>
        <translation>Espacio parar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Called off before go: nothing was measured.</source>
        <translation>Cancelado antes de empezar: no se midió nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: results</source>
        <translation>%1: resultados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. Done (Enter) goes back.</source>
        <translation>Guardado. Hecho (Intro) vuelve.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter done</source>
        <translation>Intro hecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct a number if it is off, then save.</source>
        <translation>Corrige un número si no es correcto y guarda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up/Down correct · Enter save · R again · Esc leave</source>
        <translation>Arriba/Abajo corregir · Intro guardar · R repetir · Esc salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left leg  ▶</source>
        <translation>Pierna izquierda  ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest about 2 minutes, then the left leg. Correct the number first if it is off.</source>
        <translation>Descansa unos 2 minutos y luego la pierna izquierda. Corrige antes el número si no es correcto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up/Down correct · Enter left leg · R again · Esc leave</source>
        <translation>Arriba/Abajo corregir · Intro pierna izquierda · R repetir · Esc salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right leg  ▶</source>
        <translation>Pierna derecha  ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest about 2 minutes, then the right leg. Correct the number first if it is off.</source>
        <translation>Descansa unos 2 minutos y luego la pierna derecha. Corrige antes el número si no es correcto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up/Down correct · Enter right leg · R again · Esc leave</source>
        <translation>Arriba/Abajo corregir · Intro pierna derecha · R repetir · Esc salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again: left leg</source>
        <translation>Repetir: pierna izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again: right leg</source>
        <translation>Repetir: pierna derecha</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not saved: %1 Your numbers are still here.</source>
        <translation>No guardado: %1 Tus números siguen aquí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: %1. Done (Enter) goes back.</source>
        <translation>Guardado: %1. Hecho (Intro) vuelve.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 leg %2</source>
        <comment>side, result</comment>
        <translation>pierna %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the heel-rise test without saving?</source>
        <translation>¿Salir del test de elevaciones de talón sin guardar?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the hold test without saving?</source>
        <translation>¿Salir del test de aguante sin guardar?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet: %1.

Stay: Enter or Esc. Leave: L.</source>
        <translation>Aún sin guardar: %1.

Quedarse: Intro o Esc. Salir: L.</translation>
    </message>
    <message>
        <location filename="../app/ui/leg_test_screens.py" line="-69"/>
        <source>Leg tests</source>
        <translation>Tests de piernas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each test is done on the left leg, then the right; the history shows both over time and how far apart they are.</source>
        <translation>Cada test se hace con la pierna izquierda y luego con la derecha; el historial muestra ambas en el tiempo y cuánto se separan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+50"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>1 heel rises · 2 hold · Enter choose · Esc back</source>
        <translation>1 elevaciones · 2 aguante · Intro elegir · Esc volver</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>%1: result</source>
        <translation>%1: resultado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not done yet</source>
        <translation>aún sin hacer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Leave the test?</source>
        <translation>¿Salir del test?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave without saving</source>
        <translation>Salir sin guardar</translation>
    </message>
    <message>
        <location filename="../app/ui/leg_test_text.py" line="-58"/>
        <source>Heel-rise test</source>
        <translation>Test de elevaciones de talón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold test</source>
        <translation>Test de aguante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single-leg heel-rise test</source>
        <translation>Test de elevaciones de talón a una pierna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-leg maximal hold test</source>
        <translation>Test de aguante máximo a una pierna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heel rises per leg</source>
        <translation>Elevaciones de talón por pierna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold per leg (seconds)</source>
        <translation>Aguante por pierna (segundos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No heel-rise tests yet: take one from Leg tests on the menu; both legs show here over time.</source>
        <translation>Aún no hay tests de elevaciones de talón: haz uno desde Tests de piernas en el menú; aquí se ven ambas piernas a lo largo del tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hold tests yet: take one from Leg tests on the menu; both legs show here over time.</source>
        <translation>Aún no hay tests de aguante: haz uno desde Tests de piernas en el menú; aquí se ven ambas piernas a lo largo del tiempo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calf endurance: heel rises on one leg to a %1 bpm beat, up on one beat, down on the next, until you can no longer keep the pace or the height. About %2 is normal.</source>
        <translation>Resistencia del gemelo: elevaciones de talón a una pierna a un ritmo de %1 bpm, arriba en un pulso, abajo en el siguiente, hasta que no puedas mantener el ritmo o la altura. Unas %2 es lo normal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calf strength: the sprinter press against the wall on one leg, held from go until you can hold it no longer.</source>
        <translation>Fuerza del gemelo: el empuje de velocista contra la pared a una pierna, mantenido desde ya hasta que no puedas más.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stand on the left leg, fingertips on the wall. Up on one beat, down on the next, as high as you can each time. Tap each rise, or just stop when you can no longer keep up: without taps the beat counts.</source>
        <translation>Ponte sobre la pierna izquierda, con la punta de los dedos en la pared. Arriba en un pulso, abajo en el siguiente, lo más alto que puedas cada vez. Marca cada elevación, o simplemente para cuando no puedas seguir: sin toques cuenta el ritmo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stand on the right leg, fingertips on the wall. Up on one beat, down on the next, as high as you can each time. Tap each rise, or just stop when you can no longer keep up: without taps the beat counts.</source>
        <translation>Ponte sobre la pierna derecha, con la punta de los dedos en la pared. Arriba en un pulso, abajo en el siguiente, lo más alto que puedas cada vez. Marca cada elevación, o simplemente para cuando no puedas seguir: sin toques cuenta el ritmo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lean into the wall, arms out, on the left leg&apos;s toes, the other thigh level. Hold it high and still; stop the clock when you can hold no longer.</source>
        <translation>Apóyate en la pared con los brazos extendidos, sobre la punta del pie izquierdo, el otro muslo horizontal. Mantén arriba y quieto; para el reloj cuando no puedas más.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lean into the wall, arms out, on the right leg&apos;s toes, the other thigh level. Hold it high and still; stop the clock when you can hold no longer.</source>
        <translation>Apóyate en la pared con los brazos extendidos, sobre la punta del pie derecho, el otro muslo horizontal. Mantén arriba y quieto; para el reloj cuando no puedas más.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LEFT LEG</source>
        <translation>PIERNA IZQ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RIGHT LEG</source>
        <translation>PIERNA DER.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n rise(s)</source>
        <translation>
            <numerusform>%n elevación</numerusform>
            <numerusform>%n elevaciones</numerusform>
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
        <translation>iguales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% weaker left</source>
        <translation>izquierda %1% más débil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% weaker right</source>
        <translation>derecha %1% más débil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 not done</source>
        <comment>leg</comment>
        <translation>%1 sin hacer</translation>
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
        <translation>Izquierda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The left leg&apos;s result cannot be below 0.</source>
        <translation>El resultado de la pierna izquierda no puede ser menor que 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The right leg&apos;s result cannot be below 0.</source>
        <translation>El resultado de la pierna derecha no puede ser menor que 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The left leg&apos;s result must be a whole number of rises.</source>
        <translation>El resultado de la pierna izquierda debe ser un número entero de elevaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The right leg&apos;s result must be a whole number of rises.</source>
        <translation>El resultado de la pierna derecha debe ser un número entero de elevaciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The left leg&apos;s result is more than %1 %2: check the number.</source>
        <translation>El resultado de la pierna izquierda supera %1 %2: revisa el número.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The right leg&apos;s result is more than %1 %2: check the number.</source>
        <translation>El resultado de la pierna derecha supera %1 %2: revisa el número.</translation>
    </message>
</context>
<context>
    <name>MenuWords</name>
    <message>
        <location filename="../app/ui/menu.py" line="+44"/>
        <source>Program  (P)</source>
        <translation>Programa  (P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow a plan of weeks: this card then says each day&apos;s session</source>
        <translation>Sigue un plan de semanas: esta tarjeta dirá la sesión de cada día</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R routines</source>
        <translation>R rutinas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>H history</source>
        <translation>H historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S settings</source>
        <translation>S ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑ ↓ Tab choose</source>
        <translation>↑ ↓ Tab elegir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter open</source>
        <translation>Intro abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E edit</source>
        <translation>E editar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P program</source>
        <translation>P programa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T leg tests</source>
        <translation>T tests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F11 full screen</source>
        <translation>F11 pantalla completa</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>↑ %n more routine(s) above</source>
        <translation>
            <numerusform>↑ %n rutina más arriba</numerusform>
            <numerusform>↑ %n rutinas más arriba</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>↓ %n more routine(s) below</source>
        <translation>
            <numerusform>↓ %n rutina más abajo</numerusform>
            <numerusform>↓ %n rutinas más abajo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing</source>
        <comment>no equipment</comment>
        <translation>nada</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n drill(s):  %1</source>
        <translation>
            <numerusform>%n ejercicio:  %1</numerusform>
            <numerusform>%n ejercicios:  %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs: %1</source>
        <translation>Necesita: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No routines found. Check the messages shown at start-up, or run `isohold --check FILE` on your routine files.</source>
        <translation>No se encontraron rutinas. Revisa los mensajes del inicio o ejecuta `isohold --check ARCHIVO` con tus archivos de rutinas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Routines  (R)</source>
        <translation>Rutinas  (R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History  (H)</source>
        <translation>Historial  (H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings  (S)</source>
        <translation>Ajustes  (S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make and change</source>
        <translation>Crear y cambiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past sessions and progress</source>
        <translation>Sesiones pasadas y progreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead-in, rests, sound, looks</source>
        <translation>Preparación, descansos, sonido, aspecto</translation>
    </message>
</context>
<context>
    <name>MorningWords</name>
    <message>
        <location filename="../app/ui/morning_check.py" line="+33"/>
        <source>How much pain do your legs have this morning, the morning after that session?</source>
        <translation>¿Cuánto te duelen las piernas esta mañana, la mañana después de esa sesión?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>0 no pain  ·  up to 5 is acceptable  ·  10 the worst you can imagine</source>
        <translation>0 sin dolor  ·  hasta 5 es aceptable  ·  10 el peor que puedas imaginar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>0-10 or ↑ ↓ your pain   ·   Enter save and go on   ·   Esc skip</source>
        <translation>0-10 o ↑ ↓ tu dolor   ·   Intro guardar y seguir   ·   Esc saltar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>After %1, %2 at %3</source>
        <comment>routine, day, time</comment>
        <translation>Después de %1, %2 a las %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The morning after</source>
        <translation>La mañana siguiente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pain this morning, 0 to 10</source>
        <translation>Dolor esta mañana, de 0 a 10</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+20"/>
        <source>Save  (Enter)</source>
        <translation>Guardar  (Intro)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Skip  (Esc)</source>
        <translation>Saltar  (Esc)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Go on  (Enter)</source>
        <translation>Seguir  (Intro)</translation>
    </message>
</context>
<context>
    <name>PauseBand</name>
    <message>
        <location filename="../app/ui/session/countdown.py" line="+156"/>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
</context>
<context>
    <name>PlacesWords</name>
    <message>
        <location filename="../app/ui/editor/places.py" line="+122"/>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box height</source>
        <translation>Altura del cajón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset between reps</source>
        <translation>Pausa entre reps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch legs</source>
        <translation>Cambio de pierna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
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
        <translation>%1 (fijo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 to %2 s</source>
        <comment>seconds</comment>
        <translation>de %1 a %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 cm</source>
        <comment>centimetres</comment>
        <translation>de %1 a %2 cm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <comment>a count</comment>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reps, both legs</source>
        <translation>Reps., ambas piernas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reps per set</source>
        <translation>Reps. por serie</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../app/ui/plan_file.py" line="+32"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 plan.pdf</source>
        <translation>Plan %1.pdf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the PDF could not be written there</source>
        <translation>no se pudo escribir el PDF ahí</translation>
    </message>
</context>
<context>
    <name>PrintPlanText</name>
    <message numerus="yes">
        <location filename="../app/ui/print_plan.py" line="+75"/>
        <source>About %1 · %n drill(s)</source>
        <translation>
            <numerusform>Unos %1 · %n ejercicio</numerusform>
            <numerusform>Unos %1 · %n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You need: %1</source>
        <translation>Necesitas: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1”</source>
        <comment>the cue, quoted</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Careful: %1</source>
        <translation>Cuidado: %1</translation>
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
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 s hold</source>
        <translation>%1 × %2 s de aguante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 each leg, left first)</source>
        <translation>%1 (%2 por pierna, primero la izquierda)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 left, then %2 right)</source>
        <translation>%1 (%2 izquierda, luego %2 derecha)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a beat every %1 s</source>
        <translation>un pitido cada %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>box %1 cm</source>
        <translation>cajón de %1 cm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 s between reps</source>
        <translation>%1 s entre repeticiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s to switch legs</source>
        <translation>%1 s para cambiar de pierna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s rest between sets</source>
        <translation>%1 s de descanso entre series</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s to get in place</source>
        <translation>%1 s para colocarte</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../build/translations/drills.py" line="+122"/>
        <source>The history file %1 was written by a newer Isohold (file version %2, this one reads up to %3). Update Isohold to use it; the file was left as it is.</source>
        <translation>El archivo de historial %1 lo escribió un Isohold más reciente (versión de archivo %2; este lee hasta la %3). Actualiza Isohold para usarlo; el archivo se dejó como estaba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history&apos;s journal %1 was damaged: the sessions written last may be missing from the history. The history and its journal as they were are kept as %2 and %2-wal.</source>
        <translation>El diario del historial %1 estaba dañado: puede que falten en el historial las últimas sesiones escritas. El historial y su diario, tal como estaban, se guardan como %2 y %2-wal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file could not be read. It was kept as %1 and a new, empty history was started.</source>
        <translation>No se pudo leer el archivo de historial. Se guardó como %1 y se empezó un historial nuevo y vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file at %1 was not an Isohold history (another program&apos;s database). It was moved, unchanged, to %2 and a new, empty history was started.</source>
        <translation>El archivo en %1 no era un historial de Isohold (la base de datos de otra aplicación). Se movió, sin cambios, a %2 y se empezó un historial nuevo y vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isohold cannot read its history journal %1: %2. It was left as it is.</source>
        <translation>Isohold no puede leer el diario de su historial %1: %2. Se dejó como estaba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history journal %1 is damaged and could not be copied aside (%2); the history was left as it is, unopened.</source>
        <translation>El diario del historial %1 está dañado y no se pudo copiar aparte (%2); el historial se dejó como estaba, sin abrir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isohold cannot read its history file %1: %2.</source>
        <translation>Isohold no puede leer su archivo de historial %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program&apos;s file</source>
        <translation>un archivo de otra aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file %1 is %2 and could not be moved aside (%3). It was left as it is.</source>
        <translation>El archivo de historial %1 es %2 y no se pudo apartar (%3). Se dejó como estaba.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the history file is at version %1; this Isohold knows up to version %2</source>
        <translation>el archivo de historial está en la versión %1; este Isohold conoce hasta la versión %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not valid JSON here (%1)</source>
        <translation>aquí no es JSON válido (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a comma is missing after %1</source>
        <translation>falta una coma después de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colon (:) is missing after the field name %1</source>
        <translation>faltan dos puntos (:) después del nombre de campo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a field name in double quotes, like &quot;reps&quot;, got %1</source>
        <translation>se esperaba un nombre de campo entre comillas dobles, como &quot;reps&quot;; se encontró %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the comma after %1: nothing follows it</source>
        <translation>quita la coma después de %1: no le sigue nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a value (a number, &quot;text&quot;, true, false, [a list] or {an object}), got %1</source>
        <translation>se esperaba un valor (un número, &quot;texto&quot;, true, false, [una lista] o {un objeto}); se encontró %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text in quotes is not closed: a closing &quot; is missing</source>
        <translation>un texto entre comillas no está cerrado: falta una &quot; de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text in quotes runs past the end of its line: a closing &quot; is missing (or, for a new line inside the text, write \n)</source>
        <translation>un texto entre comillas pasa del final de su línea: falta una &quot; de cierre (o, para un salto de línea dentro del texto, escribe \n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a backslash JSON does not allow inside text: write \\ for a backslash</source>
        <translation>una barra invertida que JSON no permite dentro de un texto: escribe \\ para una barra invertida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something follows the end of the file&apos;s {...}: remove it, or check that the first { is closed where you meant</source>
        <translation>algo sigue al final del {...} del archivo: quítalo, o comprueba que la primera { se cierra donde querías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the comma after %1: nothing follows it in {...}</source>
        <translation>quita la coma después de %1: no le sigue nada en {...}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write field names in double quotes (&quot;reps&quot;), not single ones</source>
        <translation>escribe los nombres de campo entre comillas dobles (&quot;reps&quot;), no simples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file ends too soon: a value or a closing } or ] is missing</source>
        <translation>el archivo termina demasiado pronto: falta un valor o una } o ] de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write text in double quotes (&quot;like this&quot;), not single ones</source>
        <translation>escribe el texto entre comillas dobles (&quot;así&quot;), no simples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped (the other routines are unaffected)</source>
        <translation>omitido (las demás rutinas no se ven afectadas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 field id: expected an id not used before, but %2 already defines it; this one is skipped</source>
        <translation>%1 campo id: se esperaba un id sin usar, pero %2 ya lo define; este se omite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still version 1: %1</source>
        <translation>sigue en la versión 1: %1</translation>
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
            <numerusform>Y %n archivo más: %1</numerusform>
            <numerusform>Y %n archivos más: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(in %1)</source>
        <translation>(en %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the version 2 file would not load: %1</source>
        <translation>el archivo en versión 2 no se cargaría: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it changed while Isohold read it</source>
        <translation>cambió mientras Isohold lo leía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still version 1, not rewritten as version %1: %2; its routines are offered as they are</source>
        <translation>sigue en la versión 1, no reescrito como versión %1: %2; sus rutinas se ofrecen tal como están</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still version 1: could not rewrite it as version %1 (%2); its routines are offered as they are, and Isohold tries again at the next start</source>
        <translation>sigue en la versión 1: no se pudo reescribir como versión %1 (%2); sus rutinas se ofrecen tal como están, e Isohold lo intenta de nuevo en el próximo inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  and %1 more (isohold --check %2 lists them all)</source>
        <translation>  y %1 más (isohold --check %2 los muestra todos)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n routine file(s) not read: Isohold reads at most %1 files and %2 KiB of them, in name order (from %3 on)</source>
        <translation>
            <numerusform>%n archivo de rutinas sin leer: Isohold lee como mucho %1 archivos y %2 KiB de ellos, por orden de nombre (desde %3)</numerusform>
            <numerusform>%n archivos de rutinas sin leer: Isohold lee como mucho %1 archivos y %2 KiB de ellos, por orden de nombre (desde %3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (skipped):</source>
        <translation>%1 (omitido):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot list your routine files (%1); only the built-in routines are offered</source>
        <translation>no se pueden listar tus archivos de rutinas (%1); solo se ofrecen las rutinas incluidas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n routine(s) skipped: Isohold offers at most %1 routines of your own</source>
        <translation>
            <numerusform>%n rutina omitida: Isohold ofrece como mucho %1 rutinas propias</numerusform>
            <numerusform>%n rutinas omitidas: Isohold ofrece como mucho %1 rutinas propias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %1 in valid Unicode, got a lone surrogate %2 at character %3 (half of a UTF-16 pair: remove the escape or write the character itself)</source>
        <translation>se esperaba %1 en Unicode válido; se encontró un sustituto suelto %2 en el carácter %3 (la mitad de un par UTF-16: quita el escape o escribe el carácter mismo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON: %1 is not a number JSON allows</source>
        <translation>no es JSON válido: %1 no es un número que JSON permita</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>a special file</source>
        <translation>un archivo especial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>not a regular file</source>
        <translation>no un archivo normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is %1, expected a routine file (a regular .json file); not read</source>
        <translation>es %1, se esperaba un archivo de rutina (un archivo .json normal); no se ha leído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an even number (one leg at a time, equal reps per leg)</source>
        <translation>un número par (una pierna cada vez, las mismas repeticiones por pierna)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number of at most %1 digits, got one of %2</source>
        <translation>se esperaba un número de como mucho %1 cifras; se encontró uno de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a folder, expected a routine file (.json)</source>
        <translation>es una carpeta; se esperaba un archivo de rutina (.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field &quot;%1&quot; appears twice in one object; JSON would keep only the last, so remove one</source>
        <translation>el campo &quot;%1&quot; aparece dos veces en un objeto; JSON solo conservaría el último, así que quita uno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field %1: expected at most %2 %1 in one file, got %3 (split them into files); not checked further</source>
        <translation>campo %1: se esperaban como mucho %2 %1 en un archivo; se encontraron %3 (repártelos en varios archivos); no se comprueba más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a routine file of at most %1 KiB, got a larger one (a routine file is a few KiB; split it into files)</source>
        <translation>se esperaba un archivo de rutina de como mucho %1 KiB; se encontró uno mayor (un archivo de rutina ocupa pocos KiB; divídelo en varios archivos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field version: required, but missing (expected %1)</source>
        <translation>campo version: obligatorio, pero falta (se esperaba %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected min &lt;= max, got min %1 and max %2</source>
        <translation>se esperaba min &lt;= max; se encontró min %1 y max %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required for a hold drill (&quot;kind&quot;: &quot;hold&quot;), but missing</source>
        <translation>obligatorio en un ejercicio de aguante (&quot;kind&quot;: &quot;hold&quot;), pero falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only hold drills have a hold time; remove it or set &quot;kind&quot;: &quot;hold&quot;</source>
        <translation>solo los ejercicios de aguante tienen tiempo de aguante; quítalo o pon &quot;kind&quot;: &quot;hold&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only paced drills have a cadence; remove it or set &quot;kind&quot;: &quot;paced&quot;</source>
        <translation>solo los ejercicios con ritmo tienen cadencia; quítala o pon &quot;kind&quot;: &quot;paced&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only paced (jump) drills have ground contacts; remove it or set &quot;kind&quot;: &quot;paced&quot;</source>
        <translation>solo los ejercicios con ritmo (de saltos) tienen contactos con el suelo; quítalo o pon &quot;kind&quot;: &quot;paced&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only version 2 files declare a progression; set &quot;version&quot;: 2 at the top of the file</source>
        <translation>solo los archivos de la versión 2 declaran una progresión; pon &quot;version&quot;: 2 al principio del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &quot;both&quot; for a paced drill (only hold drills work one leg at a time), got &quot;%1&quot;</source>
        <translation>se esperaba &quot;both&quot; en un ejercicio con ritmo (solo los ejercicios de aguante trabajan una pierna cada vez); se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>expected at most %1 levels of nested lists and objects (a routine file needs 4), got more</source>
        <translation>se esperaban como mucho %1 niveles de listas y objetos anidados (un archivo de rutina necesita 4); se encontraron más</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>expected a JSON object {...} at the top level, got %1</source>
        <translation>se esperaba un objeto JSON {...} en el nivel superior; se encontró %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>field version: expected %1, got %2 (this Isohold reads version 1 and %1 files)</source>
        <translation>campo version: se esperaba %1; se encontró %2 (este Isohold lee archivos de las versiones 1 y %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number between %1 and %2, got %3</source>
        <translation>se esperaba un número entre %1 y %2; se encontró %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a unique id, but %1 of this file already uses &quot;%2&quot;</source>
        <translation>se esperaba un id único, pero %1 de este archivo ya usa &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected each choice once in a progression, got &quot;%1&quot; again</source>
        <translation>se esperaba cada elección una vez en una progresión; se encontró &quot;%1&quot; otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only hold drills have a hold time to step; remove this step or set &quot;kind&quot;: &quot;hold&quot;</source>
        <translation>solo los ejercicios de aguante tienen un tiempo de aguante que aumentar; quita este paso o pon &quot;kind&quot;: &quot;hold&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drill has no box_height_cm to step; remove this step or give the drill a box height</source>
        <translation>el ejercicio no tiene box_height_cm que aumentar; quita este paso o dale al ejercicio una altura de cajón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a whole number of %1, got %2</source>
        <translation>se esperaba un número entero de %1; se encontró %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an even number (one leg at a time: one rep more for each leg), got %1</source>
        <translation>se esperaba un número par (una pierna cada vez: una repetición más por pierna); se encontró %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least the drill&apos;s lowest %1, %2 (the step could never go up), got %3</source>
        <translation>se esperaba al menos el mínimo de %1 del ejercicio, %2 (el paso nunca podría subir); se encontró %3</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>expected %1, got %2%3</source>
        <translation>se esperaba %1; se encontró %2%3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>a character that is not UTF-8 text (byte %1): save the file as UTF-8</source>
        <translation>un carácter que no es texto UTF-8 (byte %1): guarda el archivo como UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the file is checked further once this is fixed)</source>
        <translation>%1 (el archivo se comprueba más cuando esto esté corregido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON: nested too deeply</source>
        <translation>no es JSON válido: anidado a demasiada profundidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (¿querías decir &quot;%1&quot;?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected the id of a drill in this file or the built-in drills, got %1%2</source>
        <translation>se esperaba el id de un ejercicio de este archivo o de los incluidos; se encontró %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested too deeply to check</source>
        <translation>anidado a demasiada profundidad para comprobarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a field name</source>
        <translation>un nombre de campo</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>unknown field; expected one of: %1</source>
        <translation>campo desconocido; se esperaba uno de: %1</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>%1 field %2: %3</source>
        <translation>%1 campo %2: %3</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>drill #%1</source>
        <translation>ejercicio n.º %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routine #%1</source>
        <translation>rutina n.º %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (write the number without quotes)</source>
        <translation> (escribe el número sin comillas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field (did you mean &quot;%1&quot;?); expected one of: %2</source>
        <translation>campo desconocido (¿querías decir &quot;%1&quot;?); se esperaba uno de: %2</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>field %1: %2</source>
        <translation>campo %1: %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>drill &quot;%1&quot;</source>
        <translation>ejercicio &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routine &quot;%1&quot;</source>
        <translation>rutina &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not what the format allows here, got %1 (resources/drills.schema.json describes each field)</source>
        <translation>no es lo que el formato permite aquí; se encontró %1 (resources/drills.schema.json describe cada campo)</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sets</source>
        <translation>series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold time</source>
        <translation>tiempo de aguante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset time</source>
        <translation>tiempo de reajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest time</source>
        <translation>tiempo de descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time to switch legs</source>
        <translation>tiempo para cambiar de pierna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>box height</source>
        <translation>altura del cajón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a number JSON allows</source>
        <translation>%1 no es un número que JSON permita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this drill allows %1 to %2 now</source>
        <translation>este ejercicio permite ahora de %1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is %1, not a regular file; move it away so the choices can be saved</source>
        <translation>es %1, no un archivo normal; muévelo para que se puedan guardar las elecciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is %1, not a regular file; starting from the defaults. It is left where it is, and choices cannot be saved until it is moved away.</source>
        <translation>es %1, no un archivo normal; se parte de los valores predeterminados. Se deja donde está, y las elecciones no se pueden guardar hasta que se mueva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large for a choices file (over %1 MiB)</source>
        <translation>es demasiado grande para un archivo de elecciones (más de %1 MiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a choices file (it holds %1, not an object)</source>
        <translation>no es un archivo de elecciones (contiene %1, no un objeto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a &apos;version&apos; of %1, not a choices version (a whole number from 1)</source>
        <translation>tiene una &apos;version&apos; de %1, no una versión de elecciones (un número entero desde 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was written by a newer Isohold (choices version %1; this one reads up to %2)</source>
        <translation>la escribió un Isohold más reciente (versión de elecciones %1; este lee hasta la %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; starting from the defaults. The old file is kept as %2.</source>
        <translation>%1; se parte de los valores predeterminados. El archivo anterior se guarda como %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 remembered (%2) was dropped: this drill has no %1 now.</source>
        <translation>se descartó el valor recordado de %1 (%2): este ejercicio ya no tiene %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one leg at a time takes an even count</source>
        <translation>una pierna cada vez requiere un número par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 remembered, %2, is now %3 (%4).</source>
        <translation>el valor recordado de %1, %2, es ahora %3 (%4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is %2, not an object; ignored.</source>
        <translation>&apos;%1&apos; es %2, no un objeto; se ignora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be looked at (%1); starting from the defaults.</source>
        <translation>no se pudo examinar (%1); se parte de los valores predeterminados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not UTF-8 text (byte %1)</source>
        <translation>no es texto UTF-8 (byte %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a choices file Isohold can read</source>
        <translation>no es un archivo de elecciones que Isohold pueda leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; starting from the defaults. It could not be moved aside (%2), so choices will not be saved over it.</source>
        <translation>%1; se parte de los valores predeterminados. No se pudo apartar (%2), así que las elecciones no se guardarán encima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 remembered (%2) was dropped: it is not a number; using the default.</source>
        <translation>se descartó el valor recordado de %1 (%2): no es un número; se usa el predeterminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the choices for routine %1 are %2, not a list of drills; dropped.</source>
        <translation>las elecciones de la rutina %1 son %2, no una lista de ejercicios; se descartan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the choices for drill %1 are %2, not an object; dropped.</source>
        <translation>las elecciones del ejercicio %1 son %2, no un objeto; se descartan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 remembered (%2) was dropped: it is not a whole number; using the default.</source>
        <translation>se descartó el valor recordado de %1 (%2): no es un número entero; se usa el predeterminado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot tell the format of %1: name it .csv or .json</source>
        <translation>no se reconoce el formato de %1: ponle la extensión .csv o .json</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %n session(s) to %1</source>
        <translation>
            <numerusform>%n sesión escrita en %1</numerusform>
            <numerusform>%n sesiones escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %n leg-test result(s) to %1</source>
        <translation>
            <numerusform>%n resultado de test de piernas escrito en %1</numerusform>
            <numerusform>%n resultados de tests de piernas escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 leg-test result could not be read and was left out.</source>
        <translation>1 resultado de test de piernas no se pudo leer y queda fuera.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n leg-test results could not be read and were left out.</source>
        <translation>
            <numerusform>%n resultado de test de piernas no se pudo leer y queda fuera.</numerusform>
            <numerusform>%n resultados de tests de piernas no se pudieron leer y quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n sessions in the history could not be read and were left out (rows uuid %1 in %2).</source>
        <translation>
            <numerusform>%n sesión del historial no se pudo leer y queda fuera (fila uuid %1 en %2).</numerusform>
            <numerusform>%n sesiones del historial no se pudieron leer y quedan fuera (filas uuid %1 en %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 session in the history could not be read and was left out (row uuid %1 in %2).</source>
        <translation>1 sesión del historial no se pudo leer y queda fuera (fila uuid %1 en %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history is read-only: sessions can be viewed and exported but new ones will not be saved</source>
        <translation>El historial es de solo lectura: las sesiones se pueden ver y exportar, pero las nuevas no se guardarán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text field</source>
        <translation>un campo de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isohold %1: %2.</source>
        <translation>Isohold %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not open the history in %1</source>
        <translation>no pudo abrir el historial en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not read the history in %1</source>
        <translation>no pudo leer el historial en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not save the history in %1</source>
        <translation>no pudo guardar el historial en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not open it</source>
        <translation>no pudo abrirlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not read it</source>
        <translation>no pudo leerlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not save it</source>
        <translation>no pudo guardarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 cannot be written: %3).</source>
        <translation>%1 (no se puede escribir %2: %3).</translation>
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
        <translation>El archivo del historial %1 es de solo lectura o no se puede escribir en su carpeta: Isohold %2. La sesión aún se puede exportar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file %1 is damaged (%2). Restart Isohold to move it aside and start a fresh one; the session can still be exported.</source>
        <translation>El archivo del historial %1 está dañado (%2). Reinicia Isohold para apartarlo y empezar uno nuevo; la sesión aún se puede exportar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full: Isohold %1. Free some space; the session can still be exported.</source>
        <translation>El disco está lleno: Isohold %1. Libera algo de espacio; la sesión aún se puede exportar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk reported an error: Isohold %1 (%2). The session can still be exported.</source>
        <translation>El disco informó de un error: Isohold %1 (%2). La sesión aún se puede exportar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: Isohold cannot save to %2. The session can still be exported.</source>
        <translation>%1: Isohold no puede guardar en %2. La sesión aún se puede exportar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isohold cannot create its history folder %1: %2. Sessions will not be saved.</source>
        <translation>Isohold no puede crear su carpeta del historial %1: %2. Las sesiones no se guardarán.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file %1 cannot be written (%2) and could not be read either (%3). Sessions will not be saved; it was left as it is.</source>
        <translation>El archivo del historial %1 no se puede escribir (%2) y tampoco se pudo leer (%3). Las sesiones no se guardarán; se dejó tal como está.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file %1 cannot be written (%2) and is from an older Isohold (file version %3), which this one can only read after upgrading it. It was left as it is.</source>
        <translation>El archivo del historial %1 no se puede escribir (%2) y es de un Isohold más antiguo (versión de archivo %3), que este solo puede leer después de actualizarlo. Se dejó tal como está.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file %1 cannot be written (%2) and is from a newer Isohold (file version %3), which this one can only read after upgrading it. It was left as it is.</source>
        <translation>El archivo del historial %1 no se puede escribir (%2) y es de un Isohold más reciente (versión de archivo %3), que este solo puede leer después de actualizarlo. Se dejó tal como está.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 It was left in progress when Isohold closed and cannot be resumed.</source>
        <translation>%1 Quedó en curso al cerrarse Isohold y no se puede reanudar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session could not be saved to the history in %1 (%2: %3). The session can still be exported.</source>
        <translation>La sesión no se pudo guardar en el historial en %1 (%2: %3). La sesión aún se puede exportar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the routine name (%1)</source>
        <translation>el nombre de la rutina (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the routine id (%1)</source>
        <translation>el id de la rutina (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the notes (%1)</source>
        <translation>las notas (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the session id (%1)</source>
        <translation>el id de la sesión (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session could not be saved to the history in %1: %2 holds text that is not valid Unicode. The session can still be exported.</source>
        <translation>La sesión no se pudo guardar en el historial en %1: %2 contiene texto que no es Unicode válido. La sesión aún se puede exportar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drill name (%1)</source>
        <translation>el nombre del ejercicio (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drill id (%1)</source>
        <translation>el id del ejercicio (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drill kind (%1)</source>
        <translation>el tipo del ejercicio (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drill sides (%1)</source>
        <translation>los lados del ejercicio (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>skipped (the other programs are unaffected)</source>
        <translation>omitido (los demás programas no se ven afectados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>program &quot;%1&quot;</source>
        <translation>programa &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>program #%1</source>
        <translation>programa n.º %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds %1, not an object</source>
        <translation>contiene %1, no un objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a &apos;version&apos; of %1, expected 1</source>
        <translation>tiene una &apos;version&apos; de %1; se esperaba 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a &apos;program&apos; of %1, expected a program id</source>
        <translation>tiene un &apos;program&apos; de %1; se esperaba el id de un programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has a &apos;started&apos; of %1, expected a date like &quot;2026-11-30&quot;</source>
        <translation>tiene un &apos;started&apos; de %1; se esperaba una fecha como &quot;2026-11-30&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n program file(s) skipped: Isohold reads at most %1</source>
        <translation>
            <numerusform>%n archivo de programa omitido: Isohold lee como mucho %1</numerusform>
            <numerusform>%n archivos de programa omitidos: Isohold lee como mucho %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is %1, expected a program file (.json); not read</source>
        <translation>es %1; se esperaba un archivo de programa (.json); no se ha leído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>larger than a program file may be (%1 KiB)</source>
        <translation>más grande de lo que puede ser un archivo de programa (%1 KiB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected %1, got %2 (this Isohold reads version %1 program files)</source>
        <translation>se esperaba %1; se encontró %2 (este Isohold lee archivos de programa de la versión %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a list of programs, got %1</source>
        <translation>se esperaba una lista de programas; se encontró %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a program {...}, got %1</source>
        <translation>se esperaba un programa {...}; se encontró %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a whole number of days from %1 to %2, got %3</source>
        <translation>se esperaba un número entero de días de %1 a %2; se encontró %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a list of 1 to %1 weeks, got %2</source>
        <translation>se esperaba una lista de 1 a %1 semanas; se encontró %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a week {&quot;sessions&quot;: [...]}, got %1</source>
        <translation>se esperaba una semana {&quot;sessions&quot;: [...]}; se encontró %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected text, got %1</source>
        <translation>se esperaba texto; se encontró %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a list of 1 to %1 sessions, got %2</source>
        <translation>se esperaba una lista de 1 a %1 sesiones; se encontró %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a session {&quot;routine&quot;: ...}, got %1</source>
        <translation>se esperaba una sesión {&quot;routine&quot;: ...}; se encontró %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected the id of a routine (%1), got %2</source>
        <translation>se esperaba el id de una rutina (%1); se encontró %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {&quot;drill id&quot;: {&quot;reps&quot;: 9}}, got %1</source>
        <translation>se esperaba {&quot;drill id&quot;: {&quot;reps&quot;: 9}}; se encontró %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a choice a program sets (%1)</source>
        <translation>no es una elección que fije un programa (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drill &quot;%1&quot; has no %2</source>
        <translation>el ejercicio &quot;%1&quot; no tiene %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected %1 to %2 (drill &quot;%3&quot;), got %4</source>
        <translation>se esperaba de %1 a %2 (ejercicio &quot;%3&quot;); se encontró %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an even number (drill &quot;%1&quot; works one leg at a time, equal reps per leg), got %2</source>
        <translation>se esperaba un número par (el ejercicio &quot;%1&quot; trabaja una pierna cada vez, las mismas repeticiones por pierna); se encontró %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; no program is followed. The file is kept as %2.</source>
        <translation>%1; no se sigue ningún programa. El archivo se guarda como %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a character that is not UTF-8 text: save the file as UTF-8</source>
        <translation>un carácter que no es texto UTF-8: guarda el archivo como UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a unique id, got &quot;%1&quot; again</source>
        <translation>se esperaba un id único; se encontró &quot;%1&quot; otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a field of a program (id, name, description, rest_days, weeks)</source>
        <translation>no es un campo de un programa (id, name, description, rest_days, weeks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a field of a session (routine, choices)</source>
        <translation>no es un campo de una sesión (routine, choices)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routine &quot;%1&quot; has no drill &quot;%2&quot; (it has %3)</source>
        <translation>la rutina &quot;%1&quot; no tiene el ejercicio &quot;%2&quot; (tiene %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {&quot;reps&quot;: 9}, got %1</source>
        <translation>se esperaba {&quot;reps&quot;: 9}; se encontró %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is %1, not a regular file; no program is followed</source>
        <translation>es %1, no un archivo normal; no se sigue ningún programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the id is taken by %2; %3</source>
        <translation>%1: el id ya lo usa %2; %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON (%1)</source>
        <translation>no es JSON válido (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a regular file; not read</source>
        <translation>no es un archivo normal; no se ha leído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read (%1); no program is followed</source>
        <translation>no se puede leer (%1); no se sigue ningún programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; no program is followed (it could not be moved aside: %2)</source>
        <translation>%1; no se sigue ningún programa (no se pudo apartar: %2)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>expected %1 like %2, or a range like {&quot;min&quot;: %2, &quot;max&quot;: %3, &quot;default&quot;: %2}, got %4%5</source>
        <translation>se esperaba %1 como %2, o un rango como {&quot;min&quot;: %2, &quot;max&quot;: %3, &quot;default&quot;: %2}; se encontró %4%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required, but missing</source>
        <translation>obligatorio, pero falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one of %1, got %2</source>
        <translation>se esperaba uno de %1; se encontró %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1; se encontró %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number at least %1, got %2</source>
        <translation>se esperaba un número de al menos %1; se encontró %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number at most %1, got %2</source>
        <translation>se esperaba un número de como mucho %1; se encontró %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number greater than %1, got %2</source>
        <translation>se esperaba un número mayor que %1; se encontró %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number less than %1, got %2</source>
        <translation>se esperaba un número menor que %1; se encontró %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected some text, got an empty string</source>
        <translation>se esperaba algo de texto; se encontró un texto vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most %1 characters, got %2</source>
        <translation>se esperaban como mucho %1 caracteres; se encontraron %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>expected at least %n item(s), got %1</source>
        <translation>
            <numerusform>se esperaba al menos %n elemento; se encontraron %1</numerusform>
            <numerusform>se esperaban al menos %n elementos; se encontraron %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an id of lowercase letters, digits and dashes (like &quot;wall-press&quot;), got %1</source>
        <translation>se esperaba un id de minúsculas, cifras y guiones (como &quot;wall-press&quot;); se encontró %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 since you opened it (another program or window), so your changes were not written over it. Save yours beside it as &quot;%3&quot;, or open the file again to see the other version.</source>
        <translation>%1 %2 desde que lo abriste (otra aplicación u otra ventana), así que tus cambios no se escribieron encima. Guarda los tuyos al lado como &quot;%3&quot;, o abre el archivo de nuevo para ver la otra versión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was removed</source>
        <translation>se eliminó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exists again, so the deleted routine stays in %2; move one away</source>
        <translation>%1 vuelve a existir, así que la rutina borrada sigue en %2; mueve uno de los dos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed on disk</source>
        <translation>cambió en el disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was created by someone else</source>
        <translation>lo creó otra persona</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>holds %n routine(s); the editor edits a file with one routine (duplicate a routine to edit a copy of it)</source>
        <translation>
            <numerusform>contiene %n rutina; el editor edita un archivo con una sola rutina (duplica una rutina para editar una copia)</numerusform>
            <numerusform>contiene %n rutinas; el editor edita un archivo con una sola rutina (duplica una rutina para editar una copia)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be saved (%1); nothing was changed on disk</source>
        <translation>no se pudo guardar (%1); no se cambió nada en el disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be saved (%1); the file on disk is unchanged</source>
        <translation>no se pudo guardar (%1); el archivo del disco no ha cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 field id: expected an id not used before, but %2 already defines it</source>
        <translation>%1 campo id: se esperaba un id sin usar, pero %2 ya lo define</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 should be %2, not %3</source>
        <translation>%1 debería ser %2, no %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a number (NaN)</source>
        <translation>%1 no es un número (NaN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a finite number (%2)</source>
        <translation>%1 no es un número finito (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of over 20 digits</source>
        <translation>un número entero de más de 20 cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 should be one of %2, not %3</source>
        <translation>%1 debería ser uno de %2, no %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most %1</source>
        <translation>como mucho %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is %1, not a regular file; move it away so the settings can be saved</source>
        <translation>es %1, no un archivo normal; muévelo para que se puedan guardar los ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is %1, not a regular file; using the defaults. It is left where it is, and settings cannot be saved until it is moved away.</source>
        <translation>es %1, no un archivo normal; se usan los valores predeterminados. Se deja donde está, y los ajustes no se pueden guardar hasta que se mueva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large for a settings file (over %1 MiB)</source>
        <translation>es demasiado grande para un archivo de ajustes (más de %1 MiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a settings file (it holds %1, not an object)</source>
        <translation>no es un archivo de ajustes (contiene %1, no un objeto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a &apos;version&apos; of %1, not a settings version (a whole number from 1)</source>
        <translation>tiene una &apos;version&apos; de %1, no una versión de ajustes (un número entero desde 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was written by a newer Isohold (settings version %1; this one reads up to %2)</source>
        <translation>lo escribió un Isohold más reciente (versión de ajustes %1; este lee hasta la %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has &apos;values&apos; that are %1, not an object</source>
        <translation>tiene unos &apos;values&apos; que son %1, no un objeto</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>it %1 and could not be moved aside (%2), so it is not saved over</source>
        <translation>el archivo %1 y no se pudo apartar (%2), así que no se guarda encima</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>%1; using the defaults. The old file is kept as %2.</source>
        <translation>%1; se usan los valores predeterminados. El archivo anterior se guarda como %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is too large a number (%2)</source>
        <translation>%1 es un número demasiado grande (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown setting %1 ignored.</source>
        <translation>se ignora el ajuste desconocido %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not UTF-8 text (byte %1 at position %2)</source>
        <translation>no es texto UTF-8 (byte %1 en la posición %2)</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>is not valid JSON (%1 at line %2, column %3)</source>
        <translation>no es JSON válido (%1 en la línea %2, columna %3)</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>is nested too deeply to be a settings file</source>
        <translation>está anidado a demasiada profundidad para ser un archivo de ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be looked at (%1); using the defaults.</source>
        <translation>no se pudo examinar (%1); se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>could not be read (%1)</source>
        <translation>no se pudo leer (%1)</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>%1; using the defaults. It could not be moved aside (%2), so settings will not be saved over it.</source>
        <translation>%1; se usan los valores predeterminados. No se pudo apartar (%2), así que los ajustes no se guardarán encima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; using the default %2.</source>
        <translation>%1; se usa el valor predeterminado %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a regular file; using the defaults.</source>
        <translation>no es un archivo normal; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location filename="../app/session/recorder.py" line="+32"/>
        <source>The history is not available: this session is not being saved.</source>
        <translation>El historial no está disponible: esta sesión no se está guardando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Isohold could not write this session to the history (%1: %2). The session can still be exported.</source>
        <translation>Isohold no pudo escribir esta sesión en el historial (%1: %2). La sesión aún se puede exportar.</translation>
    </message>
</context>
<context>
    <name>ProgramText</name>
    <message>
        <location filename="../app/ui/program_list.py" line="+26"/>
        <source>↑ ↓ choose   ·   Enter follow from today   ·   Esc back</source>
        <translation>↑ ↓ elegir   ·   Intro seguir desde hoy   ·   Esc volver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>   (following)</source>
        <translation>   (siguiendo)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>and %1 more</source>
        <comment>files</comment>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some program files were skipped:</source>
        <translation>Se omitieron algunos archivos de programas:</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>at least %n day(s) between sessions</source>
        <translation>
            <numerusform>al menos %n día entre sesiones</numerusform>
            <numerusform>al menos %n días entre sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one to follow from today: the menu then says each day which session is next.</source>
        <translation>Elige uno para seguir desde hoy: el menú dirá cada día qué sesión toca.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No programs found.</source>
        <translation>No se encontraron programas.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>↑ %n more program(s) above</source>
        <translation>
            <numerusform>↑ %n programa más arriba</numerusform>
            <numerusform>↑ %n programas más arriba</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>↓ %n more program(s) below</source>
        <translation>
            <numerusform>↓ %n programa más abajo</numerusform>
            <numerusform>↓ %n programas más abajo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/program_text.py" line="+41"/>
        <source>All %n week(s) done</source>
        <translation>
            <numerusform>La %n semana hecha</numerusform>
            <numerusform>Las %n semanas hechas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week %1 of %2</source>
        <translation>Semana %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session %1 of %2 this week</source>
        <translation>sesión %1 de %2 esta semana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Program finished: every session is done.</source>
        <translation>Programa terminado: todas las sesiones hechas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Done for today. Next: %1, %2</source>
        <comment>routine, day</comment>
        <translation>Hecho por hoy. Siguiente: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest day. Next: %1, %2</source>
        <comment>routine, day</comment>
        <translation>Día de descanso. Siguiente: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week %1 done. Week %2 starts %3 with %4</source>
        <comment>week, week, day, routine</comment>
        <translation>Semana %1 hecha. La semana %2 empieza el %3 con %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts %1 with %2</source>
        <comment>day, routine</comment>
        <translation>Empieza el %1 con %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n week(s) behind the calendar: week %1&apos;s sessions come next, none is skipped.</source>
        <translation>
            <numerusform>%n semana de retraso: siguen las sesiones de la semana %1, no se salta ninguna.</numerusform>
            <numerusform>%n semanas de retraso: siguen las sesiones de la semana %1, no se salta ninguna.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ Done %1</source>
        <translation>✓ Hecha %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▶ Today</source>
        <translation>▶ Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next, from %1</source>
        <translation>Siguiente, desde %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n week(s) behind</source>
        <translation>
            <numerusform>%n semana de retraso</numerusform>
            <numerusform>%n semanas de retraso</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, week %2, session %3: the plan&apos;s numbers are filled in.</source>
        <translation>%1, semana %2, sesión %3: los valores del plan están puestos.</translation>
    </message>
    <message>
        <location filename="../app/ui/program_view.py" line="+92"/>
        <source>Back  (Esc)</source>
        <translation>Volver  (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs  (P)</source>
        <translation>Programas  (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs</source>
        <comment>button</comment>
        <translation>Programas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop following  (X)</source>
        <translation>Dejar de seguir  (X)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop  (X)</source>
        <translation>Dejar  (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Dejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Start  (Enter)</source>
        <translation>Empezar  (Intro)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This week: %1</source>
        <translation>Esta semana: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing due today</source>
        <translation>Hoy no toca nada</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Press X again to stop following %1. Your history stays as it is.</source>
        <translation>Pulsa X otra vez para dejar de seguir %1. Tu historial queda como está.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/program_weeks.py" line="+25"/>
        <source>↑ %n more week(s) above</source>
        <translation>
            <numerusform>↑ %n semana más arriba</numerusform>
            <numerusform>↑ %n semanas más arriba</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>↓ %n more week(s) below</source>
        <translation>
            <numerusform>↓ %n semana más abajo</numerusform>
            <numerusform>↓ %n semanas más abajo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <location filename="../app/ui/program_changes.py" line="+56"/>
        <source>The program you follow (&apos;%1&apos;) is not among the programs now; choose one to follow.</source>
        <translation>El programa que sigues (&apos;%1&apos;) ya no está entre los programas; elige uno para seguir.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This could not be kept for next time: %1 (%2).</source>
        <comment>why, file</comment>
        <translation>No se ha podido guardar para la próxima vez: %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This could not be kept for next time: %1.</source>
        <comment>why</comment>
        <translation>No se ha podido guardar para la próxima vez: %1.</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <location filename="../app/ui/progress_text.py" line="+28"/>
        <source>Reps %1 → %2</source>
        <translation>Reps %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold %1 → %2 s</source>
        <translation>Mantén %1 → %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets %1 → %2</source>
        <translation>Series %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box %1 → %2 cm</source>
        <translation>Cajón %1 → %2 cm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reps %1 → %2</source>
        <translation>reps %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold %1 → %2 s</source>
        <translation>mantén %1 → %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sets %1 → %2</source>
        <translation>series %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>box %1 → %2 cm</source>
        <translation>cajón %1 → %2 cm</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>all %n sets of %1 done</source>
        <translation>
            <numerusform>las %n series de %1 hechas</numerusform>
            <numerusform>las %n series de %1 hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>all %n done</source>
        <comment>reps</comment>
        <translation>
            <numerusform>las %n hechas</numerusform>
            <numerusform>las %n hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n set(s) done</source>
        <translation>
            <numerusform>%1 de %n serie hecha</numerusform>
            <numerusform>%1 de %n series hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n rep(s) done</source>
        <translation>
            <numerusform>%1 de %n repetición hecha</numerusform>
            <numerusform>%1 de %n repeticiones hechas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pain %1/10 during the last session</source>
        <translation>dolor %1/10 en la última sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pain %1/10 the morning after the last session</source>
        <translation>dolor %1/10 la mañana después de la última sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your legs were worse the next morning (%1/10, %2/10 before)</source>
        <translation>tus piernas estaban peor a la mañana siguiente (%1/10, antes %2/10)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>effort %1/10 last time, nothing left</source>
        <translation>esfuerzo %1/10 la última vez, sin reserva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pain %1/10 the next morning had not settled</source>
        <translation>el dolor %1/10 a la mañana siguiente no se había calmado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pain %1/10 during the last session, and the next morning not said</source>
        <translation>dolor %1/10 en la última sesión, y sin datos de la mañana siguiente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>One step back, %1: %2</source>
        <comment>step, reason</comment>
        <translation>Un paso atrás, %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as last time, the lowest this drill allows: %1</source>
        <translation>Igual que la última vez, lo mínimo que permite el ejercicio: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>Same as last time: %1</source>
        <translation>Igual que la última vez: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Box stays at %1 cm, its lowest: your knees yielded last time</source>
        <translation>El cajón se queda en %1 cm, lo mínimo: tus rodillas cedieron la última vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 last time</source>
        <comment>what was done</comment>
        <translation>%1 la última vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all done</source>
        <translation>todo hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not every set was done</source>
        <translation>no se hicieron todas las series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already at the top of this drill&apos;s ranges</source>
        <translation>ya en el máximo de este ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your knees yielded last time</source>
        <translation>tus rodillas cedieron la última vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your heels touched the ground last time</source>
        <translation>tus talones tocaron el suelo la última vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every set done, knees held and heels stayed off</source>
        <translation>todas las series hechas, rodillas firmes y talones arriba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say on the summary whether your knees held and heels stayed off</source>
        <translation>indica en el resumen si las rodillas aguantaron y los talones no tocaron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last run was a preview, not training</source>
        <translation>la última vez fue una vista previa, no un entrenamiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Same as last time</source>
        <translation>Igual que la última vez</translation>
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
        <translation>principiante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intermediate</source>
        <translation>intermedio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advanced</source>
        <translation>avanzado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ground contacts: %1 planned, over the %2 guide of %3-%4 a session</source>
        <translation>Contactos con el suelo: %1 previstos, por encima de la guía (%2) de %3-%4 por sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ground contacts: %1 planned (%2 guide: %3-%4 a session)</source>
        <translation>Contactos con el suelo: %1 previstos (guía %2: %3-%4 por sesión)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&#xa0;in the last 7&#xa0;days</source>
        <translation>%1&#xa0;en los últimos 7&#xa0;días</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Last jump session %n hour(s) ago</source>
        <translation>
            <numerusform>Última sesión de saltos hace %n hora</numerusform>
            <numerusform>Última sesión de saltos hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last jump session less than an hour ago</source>
        <translation>Última sesión de saltos hace menos de una hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: allow %2 hours between intense jump sessions. Holds are fine today.</source>
        <translation>%1: deja %2 horas entre sesiones de saltos intensas. Hoy puedes hacer aguantes.</translation>
    </message>
</context>
<context>
    <name>ProgressWords</name>
    <message>
        <location filename="../app/ui/window_progress.py" line="+72"/>
        <source>Your answer about this morning was not saved: %1</source>
        <translation>Tu respuesta sobre esta mañana no se guardó: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No such routine</source>
        <translation>No existe esa rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program&apos;s session needs the routine %1, which is not there any more.</source>
        <translation>La sesión del programa necesita la rutina %1, que ya no existe.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../app/ui/editor/routine_page.py" line="+106"/>
        <source>Your routines</source>
        <translation>Tus rutinas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab next</source>
        <translation>Tab siguiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+↑ ↓ move drill</source>
        <translation>Alt+↑ ↓ mover ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S save</source>
        <translation>Ctrl+S guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc back</source>
        <translation>Esc volver</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+405"/>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <location line="-404"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A built-in routine: read only. Duplicate it to edit a copy of your own.</source>
        <translation>Una rutina incluida: solo lectura. Duplícala para editar una copia tuya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate to edit</source>
        <translation>Duplicar para editar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drills</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+225"/>
        <source>Copy drill to edit</source>
        <translation>Editar una copia</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Add a drill</source>
        <translation>Añadir un ejercicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drill to add</source>
        <translation>Ejercicio para añadir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add drill</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+276"/>
        <source>New drill</source>
        <translation>Nuevo ejercicio</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Save mine beside it</source>
        <translation>Guardar la mía aparte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo delete</source>
        <translation>Deshacer borrado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+420"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="-419"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+172"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>%1 (cannot be opened)</source>
        <comment>a file name</comment>
        <translation>%1 (no se puede abrir)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (built-in)</source>
        <comment>a routine&apos;s name</comment>
        <translation>%1 (incluida)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1  (yours)</source>
        <comment>a drill&apos;s name</comment>
        <translation>%1  (tuyo)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 cannot be opened:</source>
        <comment>a file name</comment>
        <translation>%1 no se puede abrir:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No drills yet</source>
        <translation>Aún no hay ejercicios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choices for %1. %2</source>
        <comment>place, drill name</comment>
        <translation>Opciones para %1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit drill</source>
        <translation>Editar ejercicio</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>mine</source>
        <comment>a copy</comment>
        <translation>mío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy of %1</source>
        <comment>a drill&apos;s name</comment>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit drill: %1</source>
        <translation>Editar ejercicio: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; is in this routine; save the routine to keep it.</source>
        <translation>«%1» está en esta rutina; guarda la rutina para conservarlo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>copy</source>
        <comment>a copy</comment>
        <translation>copia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A new routine: name it, add drills, then save.</source>
        <translation>Una rutina nueva: ponle nombre, añade ejercicios y guarda.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <location line="+14"/>
        <source>Not saved: %1</source>
        <translation>No guardada: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+14"/>
        <source>Not saved:</source>
        <translation>No guardada:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Saved &quot;%1&quot; (%2).</source>
        <comment>routine name, file name</comment>
        <translation>«%1» guardada (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved yours beside it as &quot;%1&quot; (%2); the other version is unchanged.</source>
        <comment>routine name, file name</comment>
        <translation>Tu versión se guardó aparte como «%1» (%2); la otra sigue igual.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not deleted: %1</source>
        <translation>No borrada: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted &quot;%1&quot;. Undo (Ctrl+Z) puts it back.</source>
        <translation>«%1» borrada. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the routine?</source>
        <translation>¿Borrar la rutina?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &quot;%1&quot;? Undo puts it back afterwards.</source>
        <translation>¿Borrar «%1»? Deshacer la recupera después.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not put back:</source>
        <translation>No recuperada:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not put back: %1</source>
        <translation>No recuperada: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is back.</source>
        <translation>«%1» ha vuelto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a routine file</source>
        <translation>Importar un archivo de rutina</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Routine files (*.json)</source>
        <translation>Archivos de rutina (*.json)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 was not imported:</source>
        <comment>a file name</comment>
        <translation>%1 no se importó:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>%1 was not imported: %2</source>
        <comment>a file name, why</comment>
        <translation>%1 no se importó: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported &quot;%1&quot; from %2.</source>
        <comment>routine name, file name</comment>
        <translation>«%1» importada de %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>routine</source>
        <comment>a file name</comment>
        <translation>rutina</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Export the routine</source>
        <translation>Exportar la rutina</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not exported: %1: %2</source>
        <comment>file, why</comment>
        <translation>No exportada: %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation>Exportada a %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print the plan to a PDF</source>
        <translation>Imprimir el plan en PDF</translation>
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
        <translation>No impreso: %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan is in %1, ready to print.</source>
        <translation>El plan está en %1, listo para imprimir.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was removed since you opened it (another program or window), so your changes were not written over it. Save yours beside it as &quot;%2&quot;, or open the file again to see the other version.</source>
        <translation>%1 se eliminó desde que lo abriste (otro programa o ventana), así que tus cambios no se escribieron encima. Guarda la tuya aparte como «%2» o vuelve a abrir el archivo para ver la otra versión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was created by someone else since you opened it (another program or window), so your changes were not written over it. Save yours beside it as &quot;%2&quot;, or open the file again to see the other version.</source>
        <translation>%1 lo creó otra persona desde que lo abriste (otro programa o ventana), así que tus cambios no se escribieron encima. Guarda la tuya aparte como «%2» o vuelve a abrir el archivo para ver la otra versión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed on disk since you opened it (another program or window), so your changes were not written over it. Save yours beside it as &quot;%2&quot;, or open the file again to see the other version.</source>
        <translation>%1 cambió en el disco desde que lo abriste (otro programa o ventana), así que tus cambios no se escribieron encima. Guarda la tuya aparte como «%2» o vuelve a abrir el archivo para ver la otra versión.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; has changes that are not saved. Leave without them?</source>
        <translation>«%1» tiene cambios sin guardar. ¿Salir sin ellos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This routine has changes that are not saved. Leave without them?</source>
        <translation>Esta rutina tiene cambios sin guardar. ¿Salir sin ellos?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave without saving?</source>
        <translation>¿Salir sin guardar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave without saving</source>
        <translation>Salir sin guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
</context>
<context>
    <name>ScreenAwake</name>
    <message>
        <location filename="../app/platform/screensaver.py" line="+174"/>
        <source>The screen may dim: Isohold cannot keep it awake here. Turn off screen blanking for the session.</source>
        <translation>La pantalla puede apagarse: Isohold no puede mantenerla encendida aquí. Desactiva el apagado de pantalla durante la sesión.</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <location filename="../app/ui/session/text.py" line="+28"/>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Suelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch legs</source>
        <translation>Cambia de pierna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go</source>
        <translation>Vamos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next drill</source>
        <translation>Nuevo ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sound: no audio output found. Cues show on screen only.</source>
        <translation>Sin sonido: no se encontró ninguna salida de audio. Las señales solo se ven en pantalla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+107"/>
        <source>Set %1 of %2</source>
        <translation>Serie %1 de %2</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>%1, left leg</source>
        <translation>%1, pierna izquierda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, right leg</source>
        <translation>%1, pierna derecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 - %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>◀ LEFT</source>
        <translation>◀ IZQUIERDA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RIGHT ▶</source>
        <translation>DERECHA ▶</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>BOX %1 cm</source>
        <translation>CAJÓN %1 cm</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
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
            <numerusform>%n serie de %1</numerusform>
            <numerusform>%n series de %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, legs in turn</source>
        <translation>%1, piernas alternas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, left leg then right</source>
        <translation>%1, primero la pierna izquierda y luego la derecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, one every %2 s</source>
        <translation>%1, una cada %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>box %1 cm</source>
        <translation>cajón de %1 cm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You need: %1</source>
        <translation>Necesitas: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>next: finish</source>
        <translation>siguiente: final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next: %1</source>
        <translation>siguiente: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rep %1 of %2</source>
        <translation>Rep. %1 de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After rep %1 of %2</source>
        <translation>Tras rep. %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After set %1 of %2</source>
        <translation>Tras serie %1 de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drill %1 of %2</source>
        <translation>Ejercicio %1 de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+1 rep  ▶</source>
        <translation>+1 rep.  ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End set  ▶</source>
        <translation>Fin serie  ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next  ▶</source>
        <translation>Siguiente  ▶</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>of %n rep(s)</source>
        <translation>
            <numerusform>de %n repetición</numerusform>
            <numerusform>de %n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time in set  ·  Next ends the set</source>
        <translation>tiempo en la serie  ·  Siguiente termina la serie</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %n rep(s)  ·  Next: +1</source>
        <translation>
            <numerusform>de %n repetición  ·  Siguiente: +1</numerusform>
            <numerusform>de %n repeticiones  ·  Siguiente: +1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time in set  ·  Enter ends the set</source>
        <translation>tiempo en la serie  ·  Intro termina la serie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session complete: every hold and rep done. Well done.</source>
        <translation>Sesión completa: todos los aguantes y repeticiones hechos. ¡Bien hecho!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped before the end</source>
        <translation>parada antes del final</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hold(s) skipped or cut short</source>
        <translation>
            <numerusform>%n aguante saltado o acortado</numerusform>
            <numerusform>%n aguantes saltados o acortados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rep(s) not done</source>
        <translation>
            <numerusform>%n repetición sin hacer</numerusform>
            <numerusform>%n repeticiones sin hacer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped early: %1. What you did is kept.</source>
        <translation>Terminada antes: %1. Lo que hiciste queda guardado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some cues are silent: %1.</source>
        <translation>Algunas señales no suenan: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview: the clock runs %1× fast (--speed %2).</source>
        <translation>Vista previa: el reloj va %1× más rápido (--speed %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Muted: press M to hear the cues.</source>
        <translation>Silenciado: pulsa M para oír las señales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not being saved: %1.</source>
        <translation>No se está guardando: %1.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../app/ui/session/view.py" line="+145"/>
        <source>◀  Back</source>
        <translation>◀  Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+145"/>
        <location line="+14"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+159"/>
        <source>Next  ▶</source>
        <translation>Siguiente  ▶</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+270"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location line="-219"/>
        <location line="+75"/>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The computer slept. The session waited here.</source>
        <translation>El ordenador estuvo en reposo. La sesión esperó aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space to resume</source>
        <translation>Espacio para reanudar</translation>
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
        <translation>del trabajo previsto hecho</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 left</source>
        <comment>time left in the session</comment>
        <translation>quedan %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>STOPPED</source>
        <translation>PARADA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped early. What you did is kept.</source>
        <translation>Terminada antes. Lo que hiciste queda guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter: summary</source>
        <translation>Intro: resumen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>DONE</source>
        <translation>TERMINADO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STOPPED EARLY</source>
        <translation>TERMINADA ANTES</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Muted (M)</source>
        <translation>Silencio (M)</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <location filename="../app/ui/history/session_window.py" line="+72"/>
        <source>Session of %1</source>
        <translation>Sesión del %1</translation>
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
        <translation>El historial es de solo lectura: las notas y el RPE se pueden leer aquí, pero no cambiar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in all</source>
        <translation>%1 en total</translation>
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
        <translation>%1 en el reloj de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 real time</source>
        <translation>%1 de tiempo real</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 paused</source>
        <translation>%1 en pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 under tension</source>
        <translation>%1 bajo tensión</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n set(s) done</source>
        <translation>
            <numerusform>%1 de %n serie hecha</numerusform>
            <numerusform>%1 de %n series hechas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The drills of this session could not be read from the history file.</source>
        <translation>No se pudieron leer los ejercicios de esta sesión del archivo del historial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No drills were recorded for this session.</source>
        <translation>No se registró ningún ejercicio en esta sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drill</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps</source>
        <translation>Reps.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <comment>sets done of planned</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How did it feel? Anything to remember</source>
        <translation>¿Qué tal fue? Algo que recordar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 very easy – 10 maximal; empty if not given</source>
        <translation>1 muy fácil – 10 máximo; vacío si no se indica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RPE, effort from 1 to 10</source>
        <translation>RPE, esfuerzo de 1 a 10</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PgDn/PgUp scroll the drills   ·   Esc closes</source>
        <translation>AvPág/RePág desplazan los ejercicios   ·   Esc cierra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PgDn/PgUp scroll the drills   ·   Enter saves   ·   Esc closes</source>
        <translation>AvPág/RePág desplazan los ejercicios   ·   Intro guarda   ·   Esc cierra</translation>
    </message>
    <message>
        <source>Esc closes</source>
        <translation type="vanished">Esc cierra</translation>
    </message>
    <message>
        <source>Enter saves   ·   Esc closes</source>
        <translation type="vanished">Intro guarda   ·   Esc cierra</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Close without saving the changes to the notes and RPE?</source>
        <translation>¿Cerrar sin guardar los cambios de las notas y el RPE?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>SessionWindowText</name>
    <message>
        <location line="-210"/>
        <source>RPE: “%1” is not an effort from 1 to 10. Type a whole number from 1 (very easy) to 10 (maximal), or leave it empty.</source>
        <translation>RPE: «%1» no es un esfuerzo de 1 a 10. Escribe un número entero del 1 (muy fácil) al 10 (máximo) o déjalo vacío.</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>A preview: the session clock ran %1× as fast as real time, so the times here are session-clock time. It is not counted in the weekly totals, the streak or the charts.</source>
        <translation>Una vista previa: el reloj de la sesión fue %1× más rápido que el tiempo real, así que estos tiempos son del reloj de la sesión. No cuenta en los totales semanales, la racha ni los gráficos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of 10</source>
        <comment>pain</comment>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain during: %1</source>
        <translation>Dolor durante: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next morning: %1</source>
        <comment>pain</comment>
        <translation>a la mañana siguiente: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>knees held</source>
        <translation>rodillas firmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>knees gave way</source>
        <translation>rodillas cedieron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>heels stayed off</source>
        <translation>talones sin tocar el suelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heels touched down</source>
        <translation>talones tocaron el suelo</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %n hold(s)</source>
        <translation>
            <numerusform>%1 de %n aguante</numerusform>
            <numerusform>%1 de %n aguantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n rep(s)</source>
        <translation>
            <numerusform>%1 de %n repetición</numerusform>
            <numerusform>%1 de %n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 left, %3 right)</source>
        <translation>%1 (%2 izquierda, %3 derecha)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 held</source>
        <translation>%1 de aguante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (left %2, right %3)</source>
        <translation>%1 (izquierda %2, derecha %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in sets</source>
        <translation>%1 en series</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>box %1&#xa0;cm</source>
        <translation>cajón de %1&#xa0;cm</translation>
    </message>
</context>
<context>
    <name>SettingsWords</name>
    <message>
        <location filename="../app/ui/settings_dialog.py" line="+36"/>
        <source>Get-ready lead-in</source>
        <translation>Preparación antes de empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset between reps</source>
        <translation>Pausa entre repeticiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cues</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beeps</source>
        <translation>Pitidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text scale</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions full screen</source>
        <translation>Sesiones a pantalla completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower music during cues</source>
        <translation>Bajar la música durante los avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash at phase changes</source>
        <translation>Destello al cambiar de fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plyometric level</source>
        <translation>Nivel pliométrico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language (from the next start)</source>
        <translation>Idioma (desde el próximo inicio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last export folder</source>
        <translation>Última carpeta de exportación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Voice and beeps</source>
        <translation>Voz y pitidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beeps only</source>
        <translation>Solo pitidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silent</source>
        <translation>Sin sonido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High and loud</source>
        <translation>Agudos y fuertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low and loud</source>
        <translation>Graves y fuertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beginner: 80-100 contacts</source>
        <translation>Principiante: 80-100 contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate: 100-120 contacts</source>
        <translation>Intermedio: 100-120 contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced: 120-140 contacts</source>
        <translation>Avanzado: 120-140 contactos</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>drill&apos;s own</source>
        <translation>el del ejercicio</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Isohold settings</source>
        <translation>Ajustes de Isohold</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sound output</source>
        <translation>Salida de sonido</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter: OK (save)   ·   Esc: Cancel</source>
        <translation>Intro:&#xa0;Aceptar&#xa0;(guardar)   ·   Esc:&#xa0;Cancelar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test sound</source>
        <translation>Probar sonido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sound is still starting: open Settings again to test it.</source>
        <translation>El sonido aún se está iniciando: abre Ajustes otra vez para probarlo.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Mute is ticked: untick it to hear the cues.</source>
        <translation>Silenciar está marcado: desmárcalo para oír los avisos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cues are set to Silent: choose voice or beeps to hear them.</source>
        <translation>Los avisos están sin sonido: elige voz o pitidos para oírlos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sound output was found, so nothing played: the cues show on screen only.</source>
        <translation>No se encontró salida de sonido, así que no sonó nada: los avisos solo se ven en pantalla.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Played at %1 % (%2; %3 beeps).</source>
        <translation>Reproducido al %1 % (%2; pitidos: %3).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Settings not saved</source>
        <translation>Ajustes no guardados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings apply now but could not be saved to %1: %2</source>
        <translation>Los ajustes se aplican ya, pero no se pudieron guardar en %1: %2</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../app/ui/setup_page.py" line="+123"/>
        <source>Back  (Esc)</source>
        <translation>Volver  (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start  (Enter)</source>
        <translation>Empezar  (Intro)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Defaults  (D)</source>
        <translation>Predeterminado  (D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print plan…  (P)</source>
        <translation>Imprimir plan…  (P)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The suggested steps are in.</source>
        <translation>Los pasos sugeridos están puestos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last time&apos;s choices are back; S takes the suggested steps.</source>
        <translation>Vuelven los valores de la última vez; S toma los pasos sugeridos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to the routine&apos;s defaults.</source>
        <translation>De vuelta a los valores predeterminados de la rutina.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the plan to a PDF</source>
        <translation>Imprimir el plan en PDF</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The plan could not be printed to %1: %2. Nothing was written; choose another folder.</source>
        <translation>No se pudo imprimir el plan en %1: %2. No se escribió nada; elige otra carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan printed on A4 paper to %1</source>
        <translation>Plan impreso en papel A4 en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan printed on Letter paper to %1</source>
        <translation>Plan impreso en papel carta (EE. UU.) en %1</translation>
    </message>
    <message>
        <source>Plan printed on %1 paper to %2</source>
        <translation type="vanished">Plan impreso en papel %1 en %2</translation>
    </message>
</context>
<context>
    <name>SetupWords</name>
    <message>
        <location line="-280"/>
        <location line="+3"/>
        <source>Tab next choice</source>
        <translation>Tab siguiente opción</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>↑ ↓ change</source>
        <translation>↑ ↓ cambiar</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+4"/>
        <source>D defaults</source>
        <translation>D predeterminado</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>P print</source>
        <translation>P imprimir</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Enter start</source>
        <translation>Intro empezar</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Esc back</source>
        <translation>Esc volver</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>S suggested</source>
        <translation>S sugerido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L last time&apos;s</source>
        <translation>L como la última vez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF en papel A4 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF on US Letter paper (*.pdf)</source>
        <translation>PDF en papel carta (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SharedWords</name>
    <message numerus="yes">
        <location filename="../app/ui/shared/labels.py" line="+75"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n aguante</numerusform>
            <numerusform>%n aguantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n drill(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n rutina</numerusform>
            <numerusform>%n rutinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ground contact(s)</source>
        <translation>
            <numerusform>%n contacto con el suelo</numerusform>
            <numerusform>%n contactos con el suelo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n preview(s)</source>
        <translation>
            <numerusform>%n vista previa</numerusform>
            <numerusform>%n vistas previas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped early</source>
        <translation>Terminada antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview (×%1)</source>
        <translation>Vista previa (×%1)</translation>
    </message>
</context>
<context>
    <name>SoundOutput</name>
    <message>
        <location filename="../app/audio/outputs.py" line="+86"/>
        <source>simpleaudio is not installed (%1)</source>
        <translation>simpleaudio no está instalado (%1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>simpleaudio: %1</source>
        <translation>simpleaudio: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no audio output device (Qt Multimedia lists none)</source>
        <translation>ningún dispositivo de salida de audio (Qt Multimedia no encuentra ninguno)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Qt Multimedia could not load any sound for %1</source>
        <translation>Qt Multimedia no pudo cargar ningún sonido para %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audio device</source>
        <translation>el dispositivo de audio</translation>
    </message>
    <message>
        <location filename="../app/audio/player.py" line="-2"/>
        <source>silent (%1)</source>
        <translation>sin sonido (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>silent</source>
        <translation>sin sonido</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>no audio output</source>
        <translation>ninguna salida de audio</translation>
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
        <translation>¿Parar la sesión?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Isohold in the middle of a session?
Stop it and keep what you have done (the summary comes next), or go on with the session.

Stop and keep: Enter, or the clicker&apos;s next (▶).
Go on: Esc or N, or the clicker&apos;s back (◀).</source>
        <translation>¿Cerrar Isohold en mitad de una sesión?
Párala y guarda lo que has hecho (después viene el resumen), o sigue con la sesión.

Parar y guardar: Intro, o el botón siguiente del mando (▶).
Seguir: Esc o N, o el botón atrás del mando (◀).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop this session now?
What you have done so far is kept.

Stop: Enter, or the clicker&apos;s next (▶).
Go on: Esc or N, or the clicker&apos;s back (◀).</source>
        <translation>¿Parar esta sesión ahora?
Lo que has hecho hasta ahora queda guardado.

Parar: Intro, o el botón siguiente del mando (▶).
Seguir: Esc o N, o el botón atrás del mando (◀).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop and keep</source>
        <translation>Parar y guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes, stop</source>
        <translation>Sí, parar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No, go on</source>
        <translation>No, seguir</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../app/ui/summary.py" line="+170"/>
        <source>of %1 planned</source>
        <translation>de %1 previstos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Under tension</source>
        <translation>Bajo tensión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left leg alone</source>
        <translation>Solo pierna izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right leg alone</source>
        <translation>Solo pierna derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground contacts</source>
        <translation>Contactos con el suelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Drill</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps</source>
        <translation>Reps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Box</source>
        <translation>Cajón</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The reps of %1 you did, if the count is wrong</source>
        <translation>Las repeticiones de %1 que hiciste, si la cuenta está mal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: reps done</source>
        <translation>%1: repeticiones hechas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The box height you jumped from in %1</source>
        <translation>La altura del cajón desde la que saltaste en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: box height</source>
        <translation>%1: altura del cajón</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How did it feel? Anything to remember next time</source>
        <translation>¿Cómo te has sentido? Algo para recordar la próxima vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rate of perceived exertion: 1 very easy ... 10 maximal</source>
        <translation>Esfuerzo percibido: 1 muy fácil ... 10 máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Effort (RPE 1-10)</source>
        <translation>Esfuerzo (RPE 1-10)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pain during the session: 0 none, up to 5 acceptable, 10 the worst</source>
        <translation>Dolor durante la sesión: 0 nada, hasta 5 aceptable, 10 el peor</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: knees held?</source>
        <translation>%1: ¿rodillas firmes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: heels stayed off the ground?</source>
        <translation>%1: ¿talones sin tocar el suelo?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 yes, %3 no</source>
        <translation>%1 %2 sí, %3 no</translation>
    </message>
    <message>
        <source>%1 Y yes, N no</source>
        <translation type="vanished">%1 Y sí, N no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heels stayed off the ground?</source>
        <translation>¿Talones sin tocar el suelo?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export this session…</source>
        <translation>Exportar esta sesión…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard session…</source>
        <translation>Descartar sesión…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Preview complete</source>
        <translation>Vista previa completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview stopped early</source>
        <translation>Vista previa terminada antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session complete</source>
        <translation>Sesión completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session stopped early</source>
        <translation>Sesión terminada antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Discard this session?</source>
        <translation>¿Descartar esta sesión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this session? It will not be kept in your history.</source>
        <translation>¿Descartar esta sesión? No se guardará en tu historial.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This summary stays here: export the session to keep it.</source>
        <translation>Este resumen se queda aquí: exporta la sesión para conservarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try saving again</source>
        <translation>Volver a guardar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export this session</source>
        <translation>Exportar esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON file (*.json)</source>
        <translation>Archivo JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1 at %2.</source>
        <translation>Exportada a %1 a las %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Press Esc again to leave without keeping this session.</source>
        <translation>Pulsa Esc otra vez para salir sin conservar esta sesión.</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <location line="-452"/>
        <source>not given</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pain during (0-10)</source>
        <translation>Dolor durante (0-10)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type your notes now, one line.  Enter or Esc: save and leave.  </source>
        <translation>Escribe ahora tus notas, una línea.  Intro o Esc: guardar y salir.  </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab: effort, pain (0-10), buttons</source>
        <translation>Tab: esfuerzo, dolor (0-10), botones</translation>
    </message>
    <message>
        <source>Tab: effort, pain (0-10), the box answers (Y or N), buttons, counts.</source>
        <translation type="vanished">Tab: esfuerzo, dolor (0-10), las preguntas del cajón (Y o N), botones, recuentos.</translation>
    </message>
    <message>
        <source>Tab: effort, pain (0-10), the box answers (Y or N), buttons.</source>
        <translation type="vanished">Tab: esfuerzo, dolor (0-10), las preguntas del cajón (Y o N), botones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab: effort, pain (0-10), the box answers (%1 or %2), buttons, counts.</source>
        <translation>Tab: esfuerzo, dolor (0-10), las preguntas del cajón (%1 o %2), botones, recuentos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab: effort, pain (0-10), the box answers (%1 or %2), buttons.</source>
        <translation>Tab: esfuerzo, dolor (0-10), las preguntas del cajón (%1 o %2), botones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab: effort, pain (0-10), buttons, counts.</source>
        <translation>Tab: esfuerzo, dolor (0-10), botones, recuentos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab: effort, pain (0-10), buttons.</source>
        <translation>Tab: esfuerzo, dolor (0-10), botones.</translation>
    </message>
    <message>
        <location line="+441"/>
        <source>The session clock ran %1× fast: times here are session-clock time (%2 took %3 of real time). Kept in your history as a preview, not counted as training.</source>
        <translation>El reloj de la sesión fue %1× más rápido: los tiempos aquí son del reloj de la sesión (%2 duraron %3 de tiempo real). Guardada en tu historial como vista previa, no cuenta como entrenamiento.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n contact(s), %1 in sets</source>
        <translation>
            <numerusform>%n contacto, %1 en series</numerusform>
            <numerusform>%n contactos, %1 en series</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in sets</source>
        <translation>%1 en series</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 under tension  (L&#xa0;%2 · R&#xa0;%3)</source>
        <translation>%1 bajo tensión  (I&#xa0;%2 · D&#xa0;%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 under tension</source>
        <translation>%1 bajo tensión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  (L %1 · R %2)</source>
        <translation>  (I %1 · D %2)</translation>
    </message>
</context>
<context>
    <name>TableWords</name>
    <message>
        <location filename="../app/ui/history/table.py" line="+30"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under tension</source>
        <translation>Bajo tensión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>WindowWords</name>
    <message>
        <location filename="../app/ui/application.py" line="+90"/>
        <source>Settings reset</source>
        <translation>Ajustes restablecidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/ui/main_window.py" line="+371"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/ui/main_window.py" line="-181"/>
        <source>Some routines were skipped</source>
        <translation>Se omitieron algunas rutinas</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="+7"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such routine</source>
        <translation>No existe esa rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no routine with the id %1.
Known ids: %2</source>
        <translation>No hay ninguna rutina con el id %1.
Ids conocidos: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your choices last time could not be remembered: %1.</source>
        <translation>No se pudieron recordar tus elecciones de la última vez: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+44"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The history is not available: %1</source>
        <translation>El historial no está disponible: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>History not available</source>
        <translation>Historial no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Sessions will not be saved.</source>
        <translation>%1

Las sesiones no se guardarán.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Routine gone</source>
        <translation>La rutina ya no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The routine %1 no longer exists; the interrupted session was kept as stopped early.</source>
        <translation>La rutina %1 ya no existe; la sesión interrumpida se guardó como detenida antes de tiempo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>none (sound not set up yet)</source>
        <translation>ninguno (el sonido aún no está listo)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Isohold speaks %1 from its next start.</source>
        <translation>Isohold hablará %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>the history is not available</source>
        <translation>el historial no está disponible</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>(Show Details... has the whole message.)</source>
        <translation>(«Mostrar detalles...» tiene el mensaje completo.)</translation>
    </message>
</context>
<context>
    <name>drills</name>
    <message>
        <location filename="../build/translations/drills.py" line="-335"/>
        <source>Wall calf press (straight leg)</source>
        <comment>wall-press-straight name</comment>
        <translation>Empuje de gemelos en la pared (pierna estirada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body straight, lean in, extend through the ankles</source>
        <comment>wall-press-straight cue</comment>
        <translation>Cuerpo recto, inclínate, estira bien los tobillos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The large calf muscle - the gastrocnemius.</source>
        <comment>wall-press-straight targets</comment>
        <translation>El músculo grande de la pantorrilla: el gastrocnemio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place hands overhead against wall. Keep body straight and lean into it. Really extend through the ankles to create the isometric power.</source>
        <comment>wall-press-straight how</comment>
        <translation>Apoya las manos en la pared por encima de la cabeza. Mantén el cuerpo recto e inclínate hacia ella. Estira a fondo los tobillos para generar la fuerza isométrica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep body straight and lean into the wall.</source>
        <comment>wall-press-straight tips</comment>
        <translation>Mantén el cuerpo recto e inclínate hacia la pared.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Really extend through the ankles to create the isometric power.</source>
        <comment>wall-press-straight tips</comment>
        <translation>Estira a fondo los tobillos para generar la fuerza isométrica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article: 8-10 reps, hold for 10 sec. It gives no pause between holds: Isohold allows 10 s (5-30 s) to come off the toes, let the calf relax and set up again. Progression: reps to 10 first; then, past the article, the hold grows 2 s at a time to 15 s (half again the article&apos;s 10 s, short enough to press at full effort throughout: tendons adapt to high-intensity load held long enough, Bohm, Mersmann &amp; Arampatzis 2015). A session starts at the article&apos;s 10 s.</source>
        <comment>wall-press-straight notes</comment>
        <translation>Artículo: 8-10 repeticiones, 10 s de aguante. No indica pausa entre aguantes: Isohold da 10 s (5-30 s) para bajar de puntillas, relajar la pantorrilla y volver a colocarse. Progresión: primero hasta 10 repeticiones; después, más allá del artículo, el aguante crece de 2 en 2 s hasta 15 s (la mitad más que los 10 s del artículo, lo bastante corto para empujar a fondo todo el tiempo: los tendones se adaptan a cargas intensas mantenidas el tiempo suficiente, Bohm, Mersmann y Arampatzis 2015). Una sesión empieza con los 10 s del artículo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wall</source>
        <comment>wall-press-straight equipment</comment>
        <translation>pared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall calf press (bent knee)</source>
        <comment>wall-press-bent name</comment>
        <translation>Empuje de gemelos en la pared (rodilla flexionada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knees bent, push through extended ankles into the wall</source>
        <comment>wall-press-bent cue</comment>
        <translation>Rodillas flexionadas, empuja la pared con los tobillos estirados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The soleus - the smaller calf muscle, crucial for sprint acceleration. Strong soleus muscles will prevent your ankle collapsing under the weight of dynamic acceleration.</source>
        <comment>wall-press-bent targets</comment>
        <translation>El sóleo: el músculo pequeño de la pantorrilla, clave para la aceleración en el sprint. Un sóleo fuerte evita que el tobillo ceda bajo la carga de la aceleración dinámica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assume a similar position to the straight-leg wall press (hands overhead against the wall, leaning into it) - but this time with knees bent really push through extended ankles into the wall.</source>
        <comment>wall-press-bent how</comment>
        <translation>Colócate como en el empuje con la pierna estirada (manos en la pared por encima de la cabeza, inclinado hacia ella), pero esta vez, con las rodillas flexionadas, empuja con fuerza la pared con los tobillos estirados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bent knee position is what moves the work to the soleus: keep the knees bent for the whole hold.</source>
        <comment>wall-press-bent tips</comment>
        <translation>La rodilla flexionada es lo que lleva el trabajo al sóleo: mantén las rodillas flexionadas durante todo el aguante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article: 8-10 reps, hold for 10 sec. It gives no pause between holds: Isohold allows 10 s (5-30 s) to come off the toes, let the calf relax and set up again. Progression: reps to 10 first; then, past the article, the hold grows 2 s at a time to 15 s (half again the article&apos;s 10 s, short enough to press at full effort throughout: tendons adapt to high-intensity load held long enough, Bohm, Mersmann &amp; Arampatzis 2015). A session starts at the article&apos;s 10 s.</source>
        <comment>wall-press-bent notes</comment>
        <translation>Artículo: 8-10 repeticiones, 10 s de aguante. No indica pausa entre aguantes: Isohold da 10 s (5-30 s) para bajar de puntillas, relajar la pantorrilla y volver a colocarse. Progresión: primero hasta 10 repeticiones; después, más allá del artículo, el aguante crece de 2 en 2 s hasta 15 s (la mitad más que los 10 s del artículo, lo bastante corto para empujar a fondo todo el tiempo: los tendones se adaptan a cargas intensas mantenidas el tiempo suficiente, Bohm, Mersmann y Arampatzis 2015). Una sesión empieza con los 10 s del artículo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wall</source>
        <comment>wall-press-bent equipment</comment>
        <translation>pared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprinter press</source>
        <comment>sprinter-press name</comment>
        <translation>Empuje de velocista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press up through one calf, other thigh parallel - pull it up</source>
        <comment>sprinter-press cue</comment>
        <translation>Empuja hacia arriba con una pantorrilla, el otro muslo paralelo: súbelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calf muscles of the pressing leg, plus added isometric power in the hip of the raised thigh.</source>
        <comment>sprinter-press targets</comment>
        <translation>Los músculos de la pantorrilla de la pierna que empuja y, además, fuerza isométrica en la cadera del muslo levantado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall: arms outstretched just above shoulder-height with hands against the wall; you will have to &apos;lean into the wall&apos; to achieve the optimum pressing position. Press by extending the calf muscles of one leg whilst the thigh of the other leg is held parallel. Smith machine: set the bar up at shoulder-height so that it won&apos;t move, with the bar across the back of your shoulders, and attempt to push it up by extending the calf muscles of one leg whilst the thigh of the other leg is held parallel.</source>
        <comment>sprinter-press how</comment>
        <translation>Pared: brazos extendidos justo por encima de la altura de los hombros, con las manos en la pared; tendrás que «inclinarte hacia la pared» para lograr la mejor posición de empuje. Empuja estirando los gemelos de una pierna mientras mantienes el muslo de la otra paralelo al suelo. Máquina Smith: fija la barra a la altura de los hombros para que no se mueva, con la barra sobre la parte de atrás de los hombros, e intenta subirla estirando los gemelos de una pierna mientras mantienes el muslo de la otra paralelo al suelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You&apos;ll get added iso power benefits in the hip of the extended thigh by really focussing on pulling that up too.</source>
        <comment>sprinter-press tips</comment>
        <translation>Ganarás más fuerza isométrica en la cadera si te concentras también en tirar del muslo levantado hacia arriba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the wall, lean into it to find the optimum pressing position.</source>
        <comment>sprinter-press tips</comment>
        <translation>En la pared, inclínate hacia ella para encontrar la mejor posición de empuje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a Smith machine, fix the bar at shoulder-height so that it won&apos;t move: the press is a hold, not a lift.</source>
        <comment>sprinter-press cautions</comment>
        <translation>En la máquina Smith, fija la barra a la altura de los hombros para que no se mueva: el empuje es un aguante, no un levantamiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article: hold for 8-10 sec and then switch legs; 8-10 reps in all (4/5 from each leg). Isohold alternates legs rep by rep, left first, and keeps the count even so both legs get the same number of holds (8 = 4 per leg, 10 = 5 per leg). The 5 s to switch legs (3-15 s) is Isohold&apos;s choice: time to step the other foot under you and lift the free thigh to parallel.</source>
        <comment>sprinter-press notes</comment>
        <translation>Artículo: aguanta 8-10 s y cambia de pierna; 8-10 repeticiones en total (4/5 por pierna). Isohold alterna las piernas en cada repetición, primero la izquierda, y mantiene un número par para que las dos piernas hagan los mismos aguantes (8 = 4 por pierna, 10 = 5 por pierna). Los 5 s para cambiar de pierna (3-15 s) los elige Isohold: tiempo para poner el otro pie debajo y subir el muslo libre hasta quedar paralelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wall</source>
        <comment>sprinter-press equipment</comment>
        <translation>pared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smith machine (optional)</source>
        <comment>sprinter-press equipment</comment>
        <translation>máquina Smith (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-foot jump to forefoot hold</source>
        <comment>forefoot-jumps name</comment>
        <translation>Salto a pies juntos hasta apoyo en antepié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump forward, land on the forefoot, block - minimal knee bend</source>
        <comment>forefoot-jumps cue</comment>
        <translation>Salta adelante, cae en el antepié, bloquea: mínima flexión de rodilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isometric stopping power in the lower legs: the block on landing.</source>
        <comment>forefoot-jumps targets</comment>
        <translation>Fuerza isométrica de frenado en la parte baja de las piernas: el bloqueo al caer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump forward to land on the forefoot to block the landing with minimal knee bend. The block will create that isometric stopping power. Re-set and repeat.</source>
        <comment>forefoot-jumps how</comment>
        <translation>Salta hacia delante para caer en el antepié y bloquea la caída con la mínima flexión de rodilla. El bloqueo genera esa fuerza isométrica de frenado. Vuelve a colocarte y repite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block the landing: stop with minimal knee bend.</source>
        <comment>forefoot-jumps tips</comment>
        <translation>Bloquea la caída: frena con la mínima flexión de rodilla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-set fully before the next jump.</source>
        <comment>forefoot-jumps tips</comment>
        <translation>Vuelve a colocarte del todo antes del siguiente salto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land on the forefoot; don&apos;t let the heels drop.</source>
        <comment>forefoot-jumps cautions</comment>
        <translation>Cae en el antepié; no dejes que bajen los talones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article: 3 x 8. A tick every 4 s counts the next jump (Isohold&apos;s choice: jump, hold the block a moment, re-set), so a set lasts 32 s. The rest between sets is Isohold&apos;s choice: 90 s (30-300 s), so that every landing of the next set can be a clean, fast block. The article presents these drills in its negative-heel shoes (Antepes Muscle Runners), which load the forefoot on touch-down.</source>
        <comment>forefoot-jumps notes</comment>
        <translation>Artículo: 3 × 8. Un pitido cada 4 s cuenta el siguiente salto (elección de Isohold: salta, mantén el bloqueo un momento, vuelve a colocarte), así que una serie dura 32 s. El descanso entre series lo elige Isohold: 90 s (30-300 s), para que cada caída de la serie siguiente sea un bloqueo limpio y rápido. El artículo presenta estos ejercicios con sus zapatillas de talón negativo (Antepes Muscle Runners), que cargan el antepié al tocar el suelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clear floor space</source>
        <comment>forefoot-jumps equipment</comment>
        <translation>espacio libre en el suelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downhill sprints and drills</source>
        <comment>downhill-sprints name</comment>
        <translation>Sprints y ejercicios cuesta abajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slight downgrade, easy runs - build up gradually</source>
        <comment>downhill-sprints cue</comment>
        <translation>Pendiente suave, carreras fáciles: progresa poco a poco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greater eccentric and isometric stress on the legs: the downgrade encourages a slight braking, which can lead to both increased isometric and eccentric loading.</source>
        <comment>downhill-sprints targets</comment>
        <translation>Más carga excéntrica e isométrica en las piernas: la pendiente provoca un ligero frenado, que puede aumentar tanto la carga isométrica como la excéntrica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprint, or run drills such as straight leg bounds and scissors, down a slight downgrade (1-2 degrees). Walk back up between runs.</source>
        <comment>downhill-sprints how</comment>
        <translation>Esprinta, o haz ejercicios de carrera como saltos con pierna rígida y tijeras, por una pendiente suave (1-2 grados). Vuelve andando hacia arriba entre carreras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a slight downgrade only: 1-2 degrees.</source>
        <comment>downhill-sprints tips</comment>
        <translation>Usa solo una pendiente suave: 1-2 grados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure you build up gradually to downgrade sprints and drills (such as straight leg bounds and scissors).</source>
        <comment>downhill-sprints cautions</comment>
        <translation>Progresa poco a poco con los sprints y ejercicios cuesta abajo (como saltos con pierna rígida y tijeras).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article gives no rep count (&apos;more in a future post&apos;). Isohold&apos;s default is a conservative single set of 4 easy runs (2 to 6 allowed), walking back up between them; tap &apos;set done&apos; when finished. About 60 s per run and walk-back is assumed for the time estimate.</source>
        <comment>downhill-sprints notes</comment>
        <translation>El artículo no da número de repeticiones («más en una próxima entrada»). Isohold empieza con prudencia: una sola serie de 4 carreras fáciles (se permiten de 2 a 6), subiendo andando entre ellas; termina la serie al acabar. Para estimar el tiempo se cuentan unos 60 s por carrera con la vuelta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slight downhill slope (1-2 degrees)</source>
        <comment>downhill-sprints equipment</comment>
        <translation>pendiente suave (1-2 grados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop and block jumps</source>
        <comment>drop-jumps name</comment>
        <translation>Saltos de caída con bloqueo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toes up, drop, block - heels off the ground</source>
        <comment>drop-jumps cue</comment>
        <translation>Puntas arriba, déjate caer, bloquea: talones sin tocar el suelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isometric and eccentric muscular power: the block will really test it.</source>
        <comment>drop-jumps targets</comment>
        <translation>Fuerza muscular isométrica y excéntrica: el bloqueo la pondrá a prueba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a 40cm-60cm box and jump off it keeping toes up. Land, and as with the forefoot-hold jumps, minimise knee bend to stop as &apos;fast&apos; as possible without letting the heels touch the ground. Think of a gymnast coming to the end of their floor routine.</source>
        <comment>drop-jumps how</comment>
        <translation>Usa un cajón de 40-60 cm y salta desde él con las puntas de los pies hacia arriba. Cae y, como en los saltos con apoyo en antepié, flexiona las rodillas lo mínimo para frenar lo más «rápido» posible sin que los talones toquen el suelo. Piensa en una gimnasta al final de su ejercicio de suelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you find your knees overly yielding on impact then you are jumping from too high a height. Either reduce the height of the box or lower yourself and therefore your drop height from the platform before jumping.</source>
        <comment>drop-jumps tips</comment>
        <translation>Si notas que las rodillas ceden demasiado al caer, saltas desde demasiado alto. Baja la altura del cajón o agáchate antes de saltar para reducir la altura de caída.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As your isometric (and eccentric) power improves you will be able to jump higher and block.</source>
        <comment>drop-jumps tips</comment>
        <translation>A medida que mejore tu fuerza isométrica (y excéntrica), podrás saltar desde más alto y bloquear.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t let the heels touch the ground on landing.</source>
        <comment>drop-jumps cautions</comment>
        <translation>No dejes que los talones toquen el suelo al caer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knees yielding on impact means the drop is too high: lower the box.</source>
        <comment>drop-jumps cautions</comment>
        <translation>Si las rodillas ceden al caer, la caída es demasiado alta: baja el cajón.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article: 3-4 x 6 from a 40-60 cm box. The default is the low end (3 sets, 40 cm). Reps are user-paced (step back onto the box in your own time; about 10 s a rep is assumed for the time estimate). Rest between sets is 120 s, longer than the 90 s after other jumps, because drop jumps are the hardest landings of the session. Progression: the box goes up 5 cm only when every set was done and you said the knees held and the heels stayed off the ground, and down 5 cm when the knees yielded (the article&apos;s tip); at 60 cm, a fourth set.</source>
        <comment>drop-jumps notes</comment>
        <translation>Artículo: 3-4 × 6 desde un cajón de 40-60 cm. Por defecto, el extremo bajo (3 series, 40 cm). Las repeticiones van a tu ritmo (vuelve a subir al cajón cuando quieras; para estimar el tiempo se cuentan unos 10 s por repetición). El descanso entre series es de 120 s, más que los 90 s tras otros saltos, porque los saltos de caída son las caídas más duras de la sesión. Progresión: el cajón sube 5 cm solo cuando se hicieron todas las series y dijiste que las rodillas aguantaron y los talones no tocaron el suelo, y baja 5 cm cuando las rodillas cedieron (el consejo del artículo); a 60 cm, una cuarta serie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>box 40-60 cm</source>
        <comment>drop-jumps equipment</comment>
        <translation>cajón de 40-60 cm</translation>
    </message>
</context>
<context>
    <name>programs</name>
    <message>
        <location line="+7"/>
        <source>Lower-leg block, 6 weeks</source>
        <comment>lower-leg-6-weeks name</comment>
        <translation>Bloque de pierna, 6 semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two weeks of isometric holds, then the jumps come in: 3 sessions a week, 2 in the last, with at least a day of rest between any two.</source>
        <comment>lower-leg-6-weeks description</comment>
        <translation>Dos semanas de aguantes isométricos y después entran los saltos: 3 sesiones por semana, 2 en la última, con al menos un día de descanso entre dos sesiones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn the holds at the low end of the article&apos;s ranges.</source>
        <comment>lower-leg-6-weeks week 1 note</comment>
        <translation>Aprende los aguantes en el extremo bajo de los rangos del artículo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More reps: 9 wall presses each, 10 sprinter presses.</source>
        <comment>lower-leg-6-weeks week 2 note</comment>
        <translation>Más repeticiones: 9 de cada empuje en la pared, 10 empujes de velocista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reps at the top, sprinter holds of 9 s; the first jump session.</source>
        <comment>lower-leg-6-weeks week 3 note</comment>
        <translation>Repeticiones al máximo, aguantes de velocista de 9 s; la primera sesión de saltos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer holds (wall presses 12 s); two jump sessions with a hold session between.</source>
        <comment>lower-leg-6-weeks week 4 note</comment>
        <translation>Aguantes más largos (empujes en la pared de 12 s); dos sesiones de saltos con una de aguantes entre ellas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fourth set of drop jumps, a fourth downhill run.</source>
        <comment>lower-leg-6-weeks week 5 note</comment>
        <translation>Una cuarta serie de saltos de caída, una cuarta carrera cuesta abajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two full sessions: wall presses of 14 s, five downhill runs.</source>
        <comment>lower-leg-6-weeks week 6 note</comment>
        <translation>Dos sesiones completas: empujes en la pared de 14 s, cinco carreras cuesta abajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isometric holds, 6 weeks</source>
        <comment>holds-6-weeks name</comment>
        <translation>Aguantes isométricos, 6 semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The three calf holds three times a week, no box, slope or special shoes needed: reps to the top of the article&apos;s ranges, then longer holds.</source>
        <comment>holds-6-weeks description</comment>
        <translation>Los tres aguantes de gemelos tres veces por semana, sin cajón, cuesta ni calzado especial: repeticiones hasta el máximo de los rangos del artículo y después aguantes más largos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The three holds at the low end of the article&apos;s ranges.</source>
        <comment>holds-6-weeks week 1 note</comment>
        <translation>Los tres aguantes en el extremo bajo de los rangos del artículo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More reps: 9 wall presses each, 10 sprinter presses.</source>
        <comment>holds-6-weeks week 2 note</comment>
        <translation>Más repeticiones: 9 de cada empuje en la pared, 10 empujes de velocista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reps at the top: 10 of each; sprinter holds of 9 s.</source>
        <comment>holds-6-weeks week 3 note</comment>
        <translation>Repeticiones al máximo: 10 de cada uno; aguantes de velocista de 9 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprinter holds of 10 s, wall presses of 12 s.</source>
        <comment>holds-6-weeks week 4 note</comment>
        <translation>Aguantes de velocista de 10 s, empujes en la pared de 12 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall presses of 14 s.</source>
        <comment>holds-6-weeks week 5 note</comment>
        <translation>Empujes en la pared de 14 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall presses of 15 s: the top of every range.</source>
        <comment>holds-6-weeks week 6 note</comment>
        <translation>Empujes en la pared de 15 s: el máximo de cada rango.</translation>
    </message>
</context>
<context>
    <name>routines</name>
    <message>
        <location line="-21"/>
        <source>Isometric holds</source>
        <comment>iso-holds name</comment>
        <translation>Aguantes isométricos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The three no-movement calf presses, no special shoes needed: straight-leg and bent-knee wall presses, then the sprinter press one leg at a time.</source>
        <comment>iso-holds description</comment>
        <translation>Los tres empujes de gemelos sin movimiento, sin calzado especial: empuje en la pared con la pierna estirada y con la rodilla flexionada, y después el empuje de velocista, una pierna cada vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic drills</source>
        <comment>dynamic name</comment>
        <translation>Ejercicios dinámicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isometric-emphasis jumps and runs: forefoot-hold jumps, downhill sprints, drop and block jumps. Needs space, a slight slope and a box.</source>
        <comment>dynamic description</comment>
        <translation>Saltos y carreras con énfasis isométrico: saltos con apoyo en antepié, sprints cuesta abajo y saltos de caída con bloqueo. Necesitas espacio, una pendiente suave y un cajón.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full session</source>
        <comment>full name</comment>
        <translation>Sesión completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The isometric holds to prepare the lower legs, then the dynamic drills.</source>
        <comment>full description</comment>
        <translation>Los aguantes isométricos para preparar la parte baja de las piernas y después los ejercicios dinámicos.</translation>
    </message>
</context>
</TS>
