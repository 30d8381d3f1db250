// Lessonforge page behaviour. Loaded on every page; no inline scripts anywhere (CSP).
"use strict";
