// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.araxes.incidents.Incident;
import org.araxes.search.AtlasSearch;
import org.araxes.ui.common.Messages;

/**
 * The incident form: every field of the incident format, checked as the user types by the
 * reader's rules ({@link IncidentFormModel}); the field in error is marked and its message shown
 * under it; Save is enabled only when the incident would be read without a problem. The point is
 * picked by a click on the map (the form waits for it: {@link IncidentEditing#wantPoint}) or by
 * finding a place. A window of its own beside the main one, so the map can be clicked.
 * Enter saves (outside a text area), Esc cancels.
 */
public final class IncidentForm {

    /** Saves the incident the form holds; returns null when done, else why not (shown in the form). */
    @FunctionalInterface
    public interface Saver extends Function<Incident, String> {
    }

    private final IncidentFormModel model;
    private final IncidentEditing editing;
    private final Stage stage = new Stage();
    private final VBox sourceRows = new VBox(10);
    private final Label status = new Label();
    private final Button save = new Button(Messages.get("form.save"));
    /**
     * The fields the user has changed: a new incident's empty fields are not marked red before
     * they are touched (the line at the bottom names the first problem from the start).
     */
    private final javafx.collections.ObservableSet<IncidentFormModel.Field> touched = javafx.collections.FXCollections.observableSet();

    /**
     * A form ready to show.
     *
     * @param owner   the main window
     * @param heading "New incident in My incidents", "Edit incident in …"
     * @param model   the form's fields
     * @param editing for the wait for a point on the map
     * @param search  places to find by name (the atlas's search), or null for none
     * @param saver   saves the incident when the user clicks Save
     */
    public IncidentForm(Window owner, String heading, IncidentFormModel model, IncidentEditing editing, AtlasSearch search,
                        Saver saver) {
        this.model = model;
        this.editing = editing;
        stage.initOwner(owner);
        stage.setTitle(heading);

        GridPane grid = new GridPane();
        grid.setId("incident-form-grid");
        grid.getStyleClass().add("incident-form-grid");
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(12, 16, 12, 16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(260);
        grid.getColumnConstraints().addAll(labels, fields);

        Rows rows = new Rows(grid);
        rows.heading(Messages.get("form.section.incident"));
        TextField title = rows.text(Messages.get("form.title"), "form-title", model.title, IncidentFormModel.Field.TITLE);
        rows.area(Messages.get("form.summary"), "form-summary", model.summary, 3, IncidentFormModel.Field.SUMMARY);
        rows.choice(Messages.get("form.category"), "form-category", model.category, org.araxes.incidents.Category.values());
        rows.text(Messages.get("form.actors"), "form-actors", model.actors, IncidentFormModel.Field.ACTORS)
                .setPromptText(Messages.get("form.actors.prompt"));
        rows.choice(Messages.get("form.status"), "form-status", model.status, org.araxes.incidents.Status.values());
        rows.choice(Messages.get("form.role"), "form-role", model.role, org.araxes.incidents.Role.values());
        TextField id = rows.text(Messages.get("form.id"), "form-id", model.id, IncidentFormModel.Field.ID);
        id.setEditable(model.isAdding());
        id.setPromptText(Messages.get("form.id.prompt"));

        rows.heading(Messages.get("form.section.date"));
        TextField start = rows.text(Messages.get("form.date.start"), "form-date-start", model.dateStart, IncidentFormModel.Field.DATE_START);
        start.setPromptText("YYYY-MM-DD");
        TextField end = rows.text(Messages.get("form.date.end"), "form-date-end", model.dateEnd, IncidentFormModel.Field.DATE_END);
        end.setPromptText(Messages.get("form.date.end.prompt"));
        rows.choice(Messages.get("form.date.precision"), "form-date-precision", model.datePrecision, org.araxes.incidents.DatePrecision.values());
        rows.choice(Messages.get("form.date.basis"), "form-date-basis", model.dateBasis, org.araxes.incidents.DateBasis.values());
        rows.area(Messages.get("form.date.note"), "form-date-note", model.dateNote, 2, null).setPromptText(Messages.get("form.date.note.prompt"));

        rows.heading(Messages.get("form.section.place"));
        rows.text(Messages.get("form.place.name"), "form-place", model.placeName, null);
        rows.add(Messages.get("form.place.point"), pointRow(search), IncidentFormModel.Field.POINT);
        rows.choice(Messages.get("form.place.precision"), "form-place-precision", model.placePrecision,
                org.araxes.incidents.LocationPrecision.values());
        rows.area(Messages.get("form.place.note"), "form-place-note", model.placeNote, 2, null);

        rows.heading(Messages.get("form.section.sources"));
        sourceRows.setId("form-sources");
        grid.add(sourceRows, 0, rows.next++, 2, 1);
        Label sourcesError = errorLabel(IncidentFormModel.Field.SOURCES);
        grid.add(sourcesError, 1, rows.next++);
        Button addSource = new Button(Messages.get("form.source.add"));
        addSource.setId("form-add-source");
        addSource.setOnAction(e -> model.addSource());
        grid.add(addSource, 1, rows.next++);
        model.sources().addListener((javafx.collections.ListChangeListener<IncidentFormModel.SourceRow>) c -> {
            touched.add(IncidentFormModel.Field.SOURCES);
            showSources();
        });
        showSources();

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("incident-form-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        status.setId("form-messages");
        status.getStyleClass().add("form-messages");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        save.setId("form-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.validProperty().not());
        save.setOnAction(e -> {
            Incident incident = model.incidentProperty().get();
            if (incident == null) {
                return;
            }
            String why = saver.apply(incident);
            if (why == null) {
                close();
            } else {
                status.setText(why);
            }
        });
        Button cancel = new Button(Messages.get("form.cancel"));
        cancel.setId("form-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(save, cancel);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bottom = new HBox(12, status, buttons);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(8, 16, 10, 16));
        bottom.getStyleClass().add("incident-form-buttons");

        BorderPane root = new BorderPane(scroll, null, null, bottom, null);
        root.setId("incident-form");
        root.getStyleClass().add("incident-form");
        model.messagesProperty().addListener((o, old, lines) -> showMessages(lines));
        showMessages(model.messagesProperty().get());
        Scene scene = new Scene(root, 680, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(IncidentForm.class.getResource("/org/araxes/ui/incident-form.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(460);
        stage.setMinHeight(320);
        stage.setOnHidden(e -> editing.cancelPoint());
        stage.setOnShown(e -> title.requestFocus());
    }

    /** Shows the form (not modal: the map stays clickable for the point). */
    public void show() {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setHeight(Math.min(900, screen.getHeight() - 40));
        stage.show();
    }

    /** The form's window. */
    public Stage stage() {
        return stage;
    }

    private void close() {
        editing.cancelPoint();
        stage.close();
    }

    private void showMessages(List<String> lines) {
        status.setText(lines.isEmpty() ? Messages.get("form.ok")
                : Messages.format("form.problems", lines.size(), lines.get(0)));
        status.getStyleClass().remove("form-messages-error");
        if (!lines.isEmpty()) {
            status.getStyleClass().add("form-messages-error");
        }
    }

    /** Longitude and latitude, "Pick on the map" and "Find a place". */
    private Node pointRow(AtlasSearch search) {
        TextField lon = bound(new TextField(), "form-lon", model.longitude);
        lon.setPromptText(Messages.get("form.place.lon"));
        lon.setPrefColumnCount(9);
        TextField lat = bound(new TextField(), "form-lat", model.latitude);
        lat.setPromptText(Messages.get("form.place.lat"));
        lat.setPrefColumnCount(9);
        markOn(lon, IncidentFormModel.Field.POINT);
        markOn(lat, IncidentFormModel.Field.POINT);
        Button pick = new Button(Messages.get("form.place.pick"));
        pick.setId("form-pick");
        Label waiting = new Label(Messages.get("form.place.waiting"));
        waiting.setId("form-pick-waiting");
        waiting.getStyleClass().add("form-hint");
        waiting.visibleProperty().bind(editing.pointWantedProperty().isNotNull());
        waiting.managedProperty().bind(waiting.visibleProperty());
        pick.setOnAction(e -> editing.wantPoint(p -> {
            model.setPoint(p.lon(), p.lat());
            stage.toFront();
        }));
        Button clear = new Button(Messages.get("form.place.clear"));
        clear.setId("form-clear-point");
        clear.setOnAction(e -> {
            model.longitude.set("");
            model.latitude.set("");
        });
        HBox numbers = new HBox(6, lon, lat, pick, clear);
        numbers.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, numbers, waiting);
        if (search != null) {
            TextField find = new TextField();
            find.setId("form-find");
            find.setPromptText(Messages.get("form.place.find"));
            ListView<AtlasSearch.Hit> hits = new ListView<>();
            hits.setId("form-find-results");
            hits.setPrefHeight(5 * 26 + 2);
            hits.setVisible(false);
            hits.managedProperty().bind(hits.visibleProperty());
            hits.setCellFactory(v -> new ListCell<>() {
                @Override
                protected void updateItem(AtlasSearch.Hit hit, boolean empty) {
                    super.updateItem(hit, empty);
                    setText(empty || hit == null ? null : hit.label() + " · " + hit.detail());
                }
            });
            find.textProperty().addListener((o, old, text) -> {
                List<AtlasSearch.Hit> found = search.find(text, 20).stream()
                        .filter(h -> h.kind() == AtlasSearch.Kind.PLACE && h.bounds() != null).toList();
                hits.getItems().setAll(found);
                hits.setVisible(!found.isEmpty());
            });
            Runnable choose = () -> {
                AtlasSearch.Hit hit = hits.getSelectionModel().getSelectedItem();
                if (hit != null) {
                    model.placeName.set(hit.label());
                    model.setPoint(hit.bounds().centre().x, hit.bounds().centre().y);
                    find.clear();
                    hits.setVisible(false);
                }
            };
            hits.setOnMouseClicked(e -> choose.run());
            hits.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    choose.run();
                    e.consume();
                }
            });
            find.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.DOWN && hits.isVisible()) {
                    hits.requestFocus();
                    hits.getSelectionModel().selectFirst();
                    e.consume();
                }
            });
            box.getChildren().addAll(find, hits);
        }
        return box;
    }

    private void showSources() {
        sourceRows.getChildren().clear();
        int i = 0;
        for (IncidentFormModel.SourceRow row : model.sources()) {
            sourceRows.getChildren().add(sourceBox(row, i++));
        }
    }

    private Node sourceBox(IncidentFormModel.SourceRow row, int index) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.getStyleClass().add("form-source");
        grid.setId("form-source-" + index);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        Label heading = new Label(Messages.format("form.source.heading", String.valueOf(index + 1)));
        heading.getStyleClass().add("form-source-heading");
        Button remove = new Button(Messages.get("form.source.remove"));
        remove.setId("form-source-" + index + "-remove");
        remove.setOnAction(e -> model.sources().remove(row));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading, spacer, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        grid.add(top, 0, 0, 2, 1);
        String[] keys = {Messages.get("form.source.publisher"), Messages.get("form.source.author"),
            Messages.get("form.source.title"), Messages.get("form.source.published"), Messages.get("form.source.link")};
        StringProperty[] values = {row.publisher, row.author, row.title, row.published, row.link};
        String[] ids = {"publisher", "author", "title", "published", "link"};
        for (int k = 0; k < keys.length; k++) {
            grid.add(label(keys[k]), 0, k + 1);
            TextField field = bound(new TextField(), "form-source-" + index + "-" + ids[k], values[k]);
            grid.add(field, 1, k + 1);
        }
        ((TextField) grid.lookup("#form-source-" + index + "-published")).setPromptText(Messages.get("form.source.published.prompt"));
        ((TextField) grid.lookup("#form-source-" + index + "-link")).setPromptText("https://…");
        grid.add(label(Messages.get("form.source.quote")), 0, keys.length + 1);
        TextArea quote = tabMoves(bound(new TextArea(), "form-source-" + index + "-quote", row.quote));
        quote.setPrefRowCount(2);
        quote.setWrapText(true);
        quote.setPromptText(Messages.get("form.source.quote.prompt"));
        grid.add(quote, 1, keys.length + 1);
        Label error = new Label();
        error.setId("form-source-" + index + "-error");
        error.getStyleClass().add("form-error-text");
        error.setWrapText(true);
        error.textProperty().bind(row.errorProperty());
        javafx.beans.property.BooleanProperty rowTouched = new javafx.beans.property.SimpleBooleanProperty(!model.isAdding());
        for (StringProperty value : new StringProperty[] {row.publisher, row.author, row.title, row.published, row.link, row.quote}) {
            value.addListener((o, old, now) -> rowTouched.set(true));
        }
        error.visibleProperty().bind(row.errorProperty().isNotNull().and(rowTouched));
        error.managedProperty().bind(error.visibleProperty());
        grid.add(error, 1, keys.length + 2);
        error.visibleProperty().addListener((o, old, shown) -> mark(quote, shown));
        mark(quote, error.isVisible());
        return grid;
    }

    private static <T extends TextInputControl> T bound(T field, String id, StringProperty value) {
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** Tab leaves a text area for the next field, as in the form's text fields (a tab is rarely meant in these notes). */
    private static TextArea tabMoves(TextArea area) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // the text area moves the focus on Ctrl+Tab (Shift for back)
                area.fireEvent(new javafx.scene.input.KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
        return area;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }

    private static void mark(Control control, boolean error) {
        control.getStyleClass().remove("form-error");
        if (error) {
            control.getStyleClass().add("form-error");
        }
    }

    /** Marks a control while its field has an error (once touched); a change or leaving it touches it. */
    private void markOn(Control control, IncidentFormModel.Field field) {
        Runnable update = () -> mark(control, shows(field));
        model.errors().addListener((MapChangeListener<IncidentFormModel.Field, String>) c -> update.run());
        touched.addListener((javafx.collections.SetChangeListener<IncidentFormModel.Field>) c -> update.run());
        if (control instanceof TextInputControl text) {
            text.textProperty().addListener((o, old, now) -> touched.add(field));
        }
        control.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                touched.add(field);
            }
        });
        update.run();
    }

    /** Whether a field's error is shown: it has one, and it was touched or the incident is not new. */
    private boolean shows(IncidentFormModel.Field field) {
        return model.errors().containsKey(field) && (touched.contains(field) || !model.isAdding());
    }

    private Label errorLabel(IncidentFormModel.Field field) {
        Label error = new Label();
        error.setId("form-error-" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        error.getStyleClass().add("form-error-text");
        error.setWrapText(true);
        error.setVisible(false);
        error.managedProperty().bind(error.visibleProperty());
        Runnable update = () -> {
            error.setText(model.errors().get(field));
            error.setVisible(shows(field));
        };
        model.errors().addListener((MapChangeListener<IncidentFormModel.Field, String>) c -> update.run());
        touched.addListener((javafx.collections.SetChangeListener<IncidentFormModel.Field>) c -> update.run());
        update.run();
        return error;
    }

    /** The form's rows: a label, a control, and under it the control's error. */
    private final class Rows {
        private final GridPane grid;
        int next;

        Rows(GridPane grid) {
            this.grid = grid;
        }

        void heading(String text) {
            Label heading = new Label(text);
            heading.getStyleClass().add("form-section");
            GridPane.setMargin(heading, new Insets(next == 0 ? 0 : 10, 0, 2, 0));
            GridPane.setHalignment(heading, HPos.LEFT);
            grid.add(heading, 0, next++, 2, 1);
        }

        void add(String text, Node control, IncidentFormModel.Field field) {
            Label label = label(text);
            GridPane.setValignment(label, javafx.geometry.VPos.TOP);
            GridPane.setMargin(label, new Insets(4, 0, 0, 0));
            grid.add(label, 0, next);
            grid.add(control, 1, next++);
            if (field != null) {
                grid.add(errorLabel(field), 1, next++);
                if (control instanceof Control c) {
                    markOn(c, field);
                }
            }
        }

        TextField text(String label, String id, StringProperty value, IncidentFormModel.Field field) {
            TextField text = bound(new TextField(), id, value);
            add(label, text, field);
            return text;
        }

        TextArea area(String label, String id, StringProperty value, int rowsShown, IncidentFormModel.Field field) {
            TextArea area = tabMoves(bound(new TextArea(), id, value));
            area.setPrefRowCount(rowsShown);
            area.setWrapText(true);
            add(label, area, field);
            return area;
        }

        <E extends Enum<E>> ComboBox<E> choice(String label, String id, ObjectProperty<E> value, E[] values) {
            ComboBox<E> box = new ComboBox<>();
            box.setId(id);
            box.getItems().setAll(values);
            box.setConverter(TimelineView.converter(Messages::label));
            box.valueProperty().bindBidirectional(value);
            add(label, box, null);
            return box;
        }
    }
}
