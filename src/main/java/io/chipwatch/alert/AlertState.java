package io.chipwatch.alert;

import java.util.List;

/**
 * What the novelty store keeps for one alert key: its episodes, oldest first, at most
 * {@link NoveltyPolicy#MAX_EPISODES}.
 */
public record AlertState(String key, List<Episode> episodes) {

    public AlertState {
        episodes = List.copyOf(episodes);
    }
}
