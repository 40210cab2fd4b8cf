package dev.rapport.api;

import java.time.LocalDate;
import java.util.List;

import dev.rapport.interaction.Direction;
import dev.rapport.interaction.InteractionKind;
import dev.rapport.interaction.InteractionView;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An interaction on the wire; participants by contact id (ascending, so output is
 * stable).
 */
record InteractionResource(@Schema(accessMode = Schema.AccessMode.READ_ONLY) long id, LocalDate date,
		InteractionKind kind, Direction direction, List<Long> participantIds, String summary, String notes,
		long version) {

	static InteractionResource of(InteractionView interaction) {
		return new InteractionResource(interaction.id(), interaction.date(), interaction.kind(),
				interaction.direction(), interaction.participantIds().stream().sorted().toList(), interaction.summary(),
				interaction.notes(), interaction.version());
	}

}
