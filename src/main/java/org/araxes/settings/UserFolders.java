// SPDX-License-Identifier: GPL-3.0-or-later
package org.araxes.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The per-user folder where Araxes writes settings, saved views and stories, resolved the way each
 * platform expects:
 *
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_CONFIG_HOME/araxes}, or {@code ~/.config/araxes} when
 *       {@code XDG_CONFIG_HOME} is unset, empty or not an absolute path (as the XDG Base Directory
 *       specification says to ignore it then);</li>
 *   <li>Windows: {@code %APPDATA%\Araxes}, or {@code ~\AppData\Roaming\Araxes} without
 *       {@code APPDATA};</li>
 *   <li>macOS: {@code ~/Library/Application Support/Araxes}.</li>
 * </ul>
 *
 * <p>The system property {@value #OVERRIDE_PROPERTY} names another folder (portable installs,
 * tests). Nothing is ever written beside the program: the installed app may be read-only.
 *
 * <p>Instances are immutable. Resolving a folder does not create it; {@link #ensure(Path)} does.
 *
 * @param root the Araxes folder itself (e.g. {@code /home/ana/.config/araxes})
 */
public record UserFolders(Path root) {

    /** System property that, when set, replaces the platform folder. */
    public static final String OVERRIDE_PROPERTY = "araxes.userFolder";

    public UserFolders {
        Objects.requireNonNull(root, "root");
    }

    /** The folders of the current user on the running platform. */
    public static UserFolders current() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return new UserFolders(Path.of(override).toAbsolutePath());
        }
        return forPlatform(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", ""));
    }

    /**
     * The folders for a given platform, environment and home folder (what {@link #current()} uses;
     * public so each platform's rule can be tested on any machine).
     *
     * @param osName   the {@code os.name} system property, e.g. "Linux", "Windows 11", "Mac OS X"
     * @param env      the environment variables
     * @param userHome the {@code user.home} system property
     */
    public static UserFolders forPlatform(String osName, Map<String, String> env, String userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome == null || userHome.isBlank() ? "." : userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData)
                    : home.resolve("AppData").resolve("Roaming");
            return new UserFolders(base.resolve("Araxes"));
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return new UserFolders(home.resolve("Library").resolve("Application Support").resolve("Araxes"));
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : home.resolve(".config");
        return new UserFolders(base.resolve("araxes"));
    }

    /**
     * The folder for files Araxes can always make again (the layer cache): {@code cache} in the
     * folder the system property {@value #OVERRIDE_PROPERTY} names, else the platform's cache folder.
     */
    public static Path currentCache() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().resolve("cache");
        }
        return cacheForPlatform(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", ""));
    }

    /**
     * The cache folder of a platform: {@code $XDG_CACHE_HOME/araxes} or {@code ~/.cache/araxes}
     * (Linux and other Unix), {@code %LOCALAPPDATA%\Araxes\Cache} (Windows), {@code
     * ~/Library/Caches/Araxes} (macOS).
     */
    public static Path cacheForPlatform(String osName, Map<String, String> env, String userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome == null || userHome.isBlank() ? "." : userHome);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Araxes").resolve("Cache");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Caches").resolve("Araxes");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("araxes");
    }

    /** The settings file, {@code settings.json} in the root folder. */
    public Path settingsFile() {
        return root.resolve("settings.json");
    }

    /** The folder of saved map views. */
    public Path viewsFolder() {
        return root.resolve("views");
    }

    /** The folder of the recovery journals of unsaved incident edits (decision 0024). */
    public Path recoveryFolder() {
        return root.resolve("recovery");
    }

    /** The folder of stories. */
    public Path storiesFolder() {
        return root.resolve("stories");
    }

    /**
     * Creates a folder (and its parents) if it does not exist yet and returns it; call it just
     * before writing.
     *
     * @throws IOException when the folder cannot be created
     */
    public static Path ensure(Path folder) throws IOException {
        return Files.createDirectories(folder);
    }
}
