# Reference values of R's TukeyHSD(aov(y ~ g)) for TukeyHsdTests, levels in C-locale (ordinal) sorted order.
# Run once from this folder: Rscript tukey_reference.R <path to open_llm_leaderboard_v1_2024-07-07.csv>
# Writes tukey_warpbreaks_tension.csv, tukey_warpbreaks_interaction.csv, tukey_leaderboard_hellaswag_architecture.csv.
options(digits = 17)
tukey <- function(y, g, file) {
  g <- factor(as.character(g), levels = sort(unique(as.character(g)), method = "radix"))
  fit <- aov(y ~ g)
  t <- TukeyHSD(fit, conf.level = 0.95)$g
  out <- data.frame(pair = rownames(t), diff = t[, "diff"], lwr = t[, "lwr"], upr = t[, "upr"], padj = t[, "p adj"])
  write.csv(out, file, row.names = FALSE, quote = TRUE)
  a <- summary(fit)[[1]]
  cat(file, "F =", format(a[1, "F value"], digits = 17), "p =", format(a[1, "Pr(>F)"], digits = 17),
      "qcrit =", format(qtukey(0.95, nlevels(g), df.residual(fit)), digits = 17), "\n")
}
tukey(warpbreaks$breaks, warpbreaks$tension, "tukey_warpbreaks_tension.csv")
tukey(warpbreaks$breaks, interaction(warpbreaks$wool, warpbreaks$tension), "tukey_warpbreaks_interaction.csv")
args <- commandArgs(trailingOnly = TRUE)
if (length(args) == 1) {
  d <- read.csv(args[1], stringsAsFactors = FALSE, na.strings = c("NA"), encoding = "UTF-8")
  keep <- !is.na(d$hellaswag)
  cat("rows", nrow(d), "kept", sum(keep), "groups", length(unique(d$architecture[keep])), "\n")
  t0 <- Sys.time(); invisible(TukeyHSD(aov(hellaswag ~ factor(architecture), data = d[keep, ]))); cat("R time", format(Sys.time() - t0), "\n")
  tukey(d$hellaswag[keep], d$architecture[keep], "tukey_leaderboard_hellaswag_architecture.csv")
}
