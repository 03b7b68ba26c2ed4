/** The article `lectern themes --preview` renders in each theme: a title slide and a content slide. */
export const sampleArticle = `---
title: "Shipping on Fridays Without Fear"
author: "Ada Example"
date: "2026-05-14"
description: "How small batches, feature flags and good observability made our deploys boring, in the best way."
---

# Shipping on Fridays Without Fear

We used to freeze deploys every Friday. This is the story of how we stopped.

## What Changed

**Small batches** made every change easy to review and easy to undo.

**Feature flags** separated deploying code from releasing it to people.

**Dashboards first**: we built the graphs before we built the feature.

**Blameless reviews** turned every incident into a lesson, not a verdict.
`
