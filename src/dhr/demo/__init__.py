"""The demo partnership: the one app that may import every other app.

`dhr.core` sits at the bottom of the apps and imports none of them; the demo
loader needs them all, so it lives here, at the top (`dhr demo`).
"""
