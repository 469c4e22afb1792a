package org.wfed.aid.dto;

/** Cervical screening method: TBS cytology 宫颈细胞学, HPV test, or visual inspection VIA/VILI. */
public enum CervicalMethod { TBS, HPV, VIA }
