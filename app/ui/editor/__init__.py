"""The routine editor and the drill editor (issue 12): `routine_page.RoutineEditor` is the page
the window shows; `drill_page.DrillPage` opens inside it. `draft` and `drill_check` hold the
editing rules as plain data, without Qt."""
