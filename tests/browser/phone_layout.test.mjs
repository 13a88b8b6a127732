// phone_layout.test.mjs — issue #16 deliverable 2: the phone layout by touch only, dark theme,
// at 360x640, 390x844, 412x915 and 844x390 (what each case checks: phone_layout_case.mjs; the
// light theme: phone_layout_light.test.mjs). Screenshots phone-<w>x<h>-dark-{top,hold}.png.
import { test } from 'node:test';

import { phoneCase } from './phone_layout_case.mjs';

for (const [width, height] of [[360, 640], [390, 844], [412, 915], [844, 390]]) {
  test(`phone ${width}x${height}, dark theme: one column, a political clause by touch, the hold chart`,
       phoneCase(width, height, 'dark'));
}
