// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.ui.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.Duration;
import org.araxes.desk.DeskClient;
import org.araxes.desk.DeskPasswords;
import org.araxes.desk.DeskRecord;
import org.araxes.desk.DeskState;
import org.araxes.desk.DeskUrl;
import org.araxes.desk.EditResult;
import org.araxes.desk.LocalCopy;
import org.araxes.incidents.Citation;
import org.araxes.incidents.Incident;
import org.araxes.incidents.IncidentDiff;
import org.araxes.settings.JsonFiles;
import org.araxes.settings.UserFolders;
import org.araxes.ui.common.Messages;

/**
 * File ▸ Connect to a database…: asks for the desk's URL, the user and the password (the URL and
 * the user are remembered in the user folder's {@code desk/last.json}; the password never is),
 * adds the desk as an incident set ({@link DeskSetViewModel}), retries every 10 s while the server
 * is out of reach, and shows each conflict side by side for the user to choose what to keep.
 */
public final class DeskActions {

    private static final Duration RETRY = Duration.seconds(10);

    private final Executor network = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "araxes-desk");
        thread.setDaemon(true);
        return thread;
    });
    private final IncidentsViewModel incidents;
    private final Consumer<String> status;
    private final UserFolders folders;
    private final List<DeskSetViewModel> desks = new ArrayList<>();

    /**
     * @param incidents where desks go as sets
     * @param status    the status line
     */
    public DeskActions(IncidentsViewModel incidents, Consumer<String> status) {
        this.incidents = incidents;
        this.status = status;
        this.folders = UserFolders.current();
    }

    /** "Connect to a database…" for the File menu. */
    public MenuItem menuItem(Supplier<Window> owner) {
        MenuItem connect = new MenuItem(Messages.get("menu.file.connectDesk"));
        connect.setId("menu-connect-desk");
        connect.setOnAction(e -> ask(owner.get()).ifPresent(this::connect));
        return connect;
    }

    /** The history lines of an incident of a desk shown, for the details panel (none for a file's incident). */
    public java.util.concurrent.CompletableFuture<List<String>> history(Incident incident) {
        for (DeskSetViewModel desk : desks) {
            if (desk.shows(incident)) {
                return desk.history(incident);
            }
        }
        return java.util.concurrent.CompletableFuture.completedFuture(List.of());
    }

    /** The desk a set shows, as the editor's remote set (null for a set of a file). */
    public IncidentEditing.RemoteSet remoteFor(org.araxes.incidents.IncidentSet set) {
        for (DeskSetViewModel desk : desks) {
            if (desk.set() != null && desk.set().id().equals(set.id())) {
                return desk;
            }
        }
        return null;
    }

    /** What the dialog asked: the URL (with the user) and the password typed, or null to look it up. */
    record Answer(DeskUrl url, String password) {
        @Override
        public String toString() {
            return url.toString();
        }
    }

    /** Connects to a desk and adds it as a set; a desk out of reach is added from its local copy and retried. */
    public DeskSetViewModel connect(Answer answer) {
        String password = answer.password();
        if (password == null || password.isEmpty()) {
            DeskPasswords.Lookup lookup = DeskPasswords.find(answer.url());
            if (!lookup.notice().isEmpty()) {
                status.accept(lookup.notice());
            }
            password = lookup.password().orElse(null);
        }
        DeskClient client = new DeskClient(answer.url(), password,
                new LocalCopy(LocalCopy.folderFor(folders, answer.url())));
        DeskSetViewModel desk = new DeskSetViewModel(incidents, client, network);
        desks.add(desk);
        desk.statusProperty().addListener((o, old, text) -> status.accept(text));
        desk.conflicts().addListener((ListChangeListener<EditResult.Conflict>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(conflict -> javafx.application.Platform.runLater(() -> showConflict(desk, conflict)));
            }
        });
        Timeline retry = new Timeline(new KeyFrame(RETRY, e -> {
            if (desk.stateProperty().get() == DeskState.OFFLINE && desk.set() != null) {
                desk.connect();
            }
        }));
        retry.setCycleCount(Timeline.INDEFINITE);
        retry.play();
        desk.connect();
        remember(answer.url());
        return desk;
    }

    private Optional<Answer> ask(Window owner) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("desk.connect.title"));
        dialog.setHeaderText(Messages.get("desk.connect.header"));
        TextField url = new TextField();
        url.setId("desk-url");
        url.setPromptText("postgresql://host:5432/database?currentSchema=araxes");
        url.setPrefColumnCount(36);
        TextField user = new TextField(System.getProperty("user.name", ""));
        user.setId("desk-user");
        PasswordField password = new PasswordField();
        password.setId("desk-password");
        password.setPromptText(Messages.get("desk.connect.passwordHint"));
        lastUsed().ifPresent(last -> {
            url.setText(last.place());
            user.setText(last.user());
        });
        Label problem = new Label();
        problem.setId("desk-problem");
        problem.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(Messages.get("desk.connect.url")), url);
        grid.addRow(1, new Label(Messages.get("desk.connect.user")), user);
        grid.addRow(2, new Label(Messages.get("desk.connect.password")), password);
        javafx.scene.control.Spinner<Integer> limit = new javafx.scene.control.Spinner<>(1, 100_000_000,
                Math.max(1, incidents.windowLimitProperty().get()), 10_000);
        limit.setId("desk-window-limit");
        limit.setEditable(true);
        limit.setPrefWidth(130);
        javafx.scene.layout.HBox limitRow = new javafx.scene.layout.HBox(8, limit,
                new Label(Messages.get("desk.connect.windowLimitHint")));
        limitRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label limitLabel = new Label(Messages.get("desk.connect.windowLimit"));
        limitLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(3, limitLabel, limitRow);
        grid.add(problem, 0, 4, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType connect = new ButtonType(Messages.get("desk.connect.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(connect).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                DeskUrl.parse(url.getText(), user.getText());
            } catch (IllegalArgumentException bad) {
                problem.setText(bad.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(button -> {
            if (button != connect) {
                return null;
            }
            incidents.windowLimitProperty().set(Math.max(1, limit.getValue())); // kept in the settings
            // the user field wins over a user written in the URL
            DeskUrl parsed = DeskUrl.parse(url.getText(), user.getText().strip());
            return new Answer(user.getText().isBlank() ? parsed : parsed.withUser(user.getText().strip()), password.getText());
        });
        return dialog.showAndWait();
    }

    /** The two versions side by side; the user keeps one (nothing is dropped without asking). */
    private void showConflict(DeskSetViewModel desk, EditResult.Conflict conflict) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle(Messages.get("desk.conflict.title"));
        alert.setHeaderText(Messages.format("desk.conflict.header", conflict.id(),
                conflict.theirs().map(DeskRecord::changedBy).orElse("?")));
        GridPane grid = new GridPane();
        grid.setId("desk-conflict");
        grid.setHgap(16);
        grid.setVgap(4);
        grid.addRow(0, new Label(""), bold(Messages.get("desk.conflict.mine")), bold(Messages.get("desk.conflict.theirs")));
        Incident mineIncident = conflict.mine().orElse(null);
        Incident theirsIncident = conflict.theirs().map(DeskRecord::incident).orElse(null);
        int row = 1;
        for (String field : IncidentDiff.FIELDS) {
            String[] r = {field, text(mineIncident, field), text(theirsIncident, field)};
            Label mine = new Label(r[1]);
            Label theirs = new Label(r[2]);
            mine.setWrapText(true);
            theirs.setWrapText(true);
            mine.setMaxWidth(280);
            theirs.setMaxWidth(280);
            if (!r[1].equals(r[2])) {
                mine.setStyle("-fx-font-weight: bold");
                theirs.setStyle("-fx-font-weight: bold");
            }
            grid.addRow(row++, new Label(r[0]), mine, theirs);
        }
        alert.getDialogPane().setContent(grid);
        ButtonType keepMine = new ButtonType(Messages.get("desk.conflict.keepMine"), ButtonBar.ButtonData.LEFT);
        ButtonType keepTheirs = new ButtonType(Messages.get("desk.conflict.keepTheirs"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(keepMine, keepTheirs);
        Optional<ButtonType> choice = alert.showAndWait();
        desk.resolve(conflict, choice.isPresent() && choice.get() == keepMine);
    }

    /** A field's value as the user reads it; sources as citations; a deleted side says so. */
    private static String text(Incident incident, String field) {
        if (incident == null) {
            return Messages.get("desk.conflict.deleted");
        }
        if (field.equals("sources")) {
            return String.join("\n", incident.sources().stream().map(Citation::of).toList());
        }
        Object value = IncidentDiff.value(incident, field);
        return value == null ? "" : value.toString();
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold");
        return label;
    }

    private Path lastFile() {
        return folders.root().resolve("desk").resolve("last.json");
    }

    private Optional<DeskUrl> lastUsed() {
        JsonFiles files = new JsonFiles();
        Optional<JsonNode> json = files.readJson(lastFile()).json();
        try {
            return json.map(node -> DeskUrl.parse(node.path("url").asText(), node.path("user").asText()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Keeps the URL and the user (never a password) for the next time the dialog opens. */
    private void remember(DeskUrl url) {
        JsonFiles files = new JsonFiles();
        try {
            files.writeJson(lastFile(), files.mapper().createObjectNode().put("url", url.toString()).put("user", url.user()));
        } catch (IOException e) {
            status.accept(Messages.format("desk.status.notRemembered", e.getMessage()));
        }
    }
}
