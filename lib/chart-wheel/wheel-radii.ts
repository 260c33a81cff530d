/** Radii of a wheel's rings, in viewBox units (the wheel is centred on 0,0). */
export interface WheelRadii {
  /** Half the viewBox side: room for the axis arrows beyond the outermost ring. */
  frame: number;
  /** A bi-wheel's outer ring of bodies runs from zodiacOuter out to here. */
  outerRing: number | null;
  zodiacOuter: number;
  zodiacInner: number;
  /** Outer edge of the small ring holding the house numbers. */
  houseOuter: number;
  /** Circle the aspect lines end on (inner edge of the house ring). */
  aspect: number;
}

/** Font sizes of a column of labels before the fit to the ring's depth. */
export interface LabelSizes {
  glyph: number;
  degree: number;
  sign: number;
  minute: number;
  retrograde: number;
  axisMark: number;
}

/** The natal wheel. The body ring is as deep as the tallest column needs at 360 px wide. */
export const NATAL_RADII: WheelRadii = {
  frame: 214,
  outerRing: null,
  zodiacOuter: 202,
  zodiacInner: 172,
  houseOuter: 74,
  aspect: 60,
};

/** The natal wheel without a birth time: no house ring, so the aspect circle grows into it. */
export const NATAL_RADII_NO_HOUSES: WheelRadii = { ...NATAL_RADII, aspect: NATAL_RADII.houseOuter };

/** A bi-wheel: the second set of bodies outside the zodiac, the first inside. */
export const BI_WHEEL_RADII: WheelRadii = {
  frame: 214,
  outerRing: 208,
  zodiacOuter: 152,
  zodiacInner: 126,
  houseOuter: 58,
  aspect: 47,
};

export const BI_WHEEL_RADII_NO_HOUSES: WheelRadii = {
  ...BI_WHEEL_RADII,
  aspect: BI_WHEEL_RADII.houseOuter,
};

export const LABEL_SIZES: LabelSizes = {
  glyph: 18,
  degree: 10.5,
  sign: 10,
  minute: 9,
  retrograde: 8.5,
  axisMark: 10.5,
};
