package io.chipwatch.alert;

import io.chipwatch.signal.Action;
import java.util.Set;

/**
 * Severity = what was done + who did it + how well it is corroborated.
 *
 * <ul>
 *   <li>action: 3 for measures that cut supply (export restriction, Entity List, materials
 *       control), 2 for measures that steer or price it (procurement guidance, import
 *       restriction, easing, licence fee, security review, antitrust, tariff), 1 otherwise
 *       (truce, other);</li>
 *   <li>actor: +1 when the acting government is the US or China, whose decisions move the chip
 *       market directly;</li>
 *   <li>corroboration: +1 from three distinct outlets on;</li>
 *   <li>a reversal: +1, since it breaks what users have planned for.</li>
 * </ul>
 * A total of 1 or less is LOW, 2 MEDIUM, 3-4 HIGH, 5 and more CRITICAL.
 */
final class SeverityPolicy {

    private static final Set<String> MARKET_MOVERS = Set.of("regulator:us-government", "regulator:cn-government");

    private final EntityDirectory entities;

    SeverityPolicy(EntityDirectory entities) {
        this.entities = entities;
    }

    Severity of(Episode episode, AlertStatus status) {
        int score = weight(episode.action());
        if (MARKET_MOVERS.contains(entities.governmentOf(episode.actor().id()))) {
            score++;
        }
        if (episode.sources().size() >= 3) {
            score++;
        }
        if (status == AlertStatus.REVERSAL || episode.openedAs() == AlertStatus.REVERSAL) {
            score++;
        }
        if (score <= 1) {
            return Severity.LOW;
        }
        if (score == 2) {
            return Severity.MEDIUM;
        }
        return score <= 4 ? Severity.HIGH : Severity.CRITICAL;
    }

    static int weight(Action action) {
        return switch (action) {
            case EXPORT_RESTRICTION, ENTITY_LIST, MATERIALS_CONTROL -> 3;
            case PROCUREMENT_GUIDANCE, IMPORT_RESTRICTION, EXPORT_EASING, LICENSE_FEE,
                 SECURITY_REVIEW, ANTITRUST, TARIFF -> 2;
            case TRADE_TRUCE, OTHER -> 1;
        };
    }
}
