package org.wfed.elections.dto;

import java.time.LocalDate;

/** One unit on the progress board: its latest election and where it stands. */
public record BoardRow(long unitId, String unitName, Long electionId, Step step, String stepZh, LocalDate electionDate,
                       LocalDate deadline, boolean finished, boolean late) {
}
