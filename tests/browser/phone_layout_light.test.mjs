// phone_layout_light.test.mjs — issue #16 deliverable 2: the phone layout by touch only, light
// theme (switched by a tap on "Light theme"), at 360x640, 390x844 and 412x915 (what each case
// checks: phone_layout_case.mjs). Screenshots phone-<w>x<h>-light-{top,hold}.png.
import { test } from 'node:test';

import { phoneCase } from './phone_layout_case.mjs';

for (const [width, height] of [[360, 640], [390, 844], [412, 915]]) {
  test(`phone ${width}x${height}, light theme: one column, a political clause by touch, the hold chart`,
       phoneCase(width, height, 'light'));
}
