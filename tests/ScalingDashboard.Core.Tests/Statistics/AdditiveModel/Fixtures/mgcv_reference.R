# The same models in R's mgcv (1.8-41), run once to make the fixtures beside this script:
#   Rscript mgcv_reference.R /work/shared/data/open-llm-leaderboard/open_llm_leaderboard_v1_2024-07-07.csv
library(mgcv)

# Writes edf, scale, random-effect variance, REML score and the centred partial effect of s(x) on a 100-point grid.
save_fit <- function(fit, data, name, smooth = "s(x)") {
  vc <- if ("s(g)" %in% names(fit$sp)) fit$sig2 / fit$sp[["s(g)"]] else NA
  summary_rows <- data.frame(name = c("edf", "scale", "re_variance", "reml", "dev_expl", "n"),
    value = c(sum(fit$edf[fit$smooth[[1]]$first.para:fit$smooth[[1]]$last.para]), fit$sig2, vc,
              fit$gcv.ubre, summary(fit)$dev.expl, nrow(data)))
  write.table(summary_rows, paste0(name, "_summary.tsv"), sep = "\t", row.names = FALSE, quote = FALSE)
  grid <- data.frame(x = seq(min(data$x), max(data$x), length.out = 100), g = data$g[1])
  p <- predict(fit, grid, type = "terms", se.fit = TRUE)
  out <- data.frame(x = grid$x, fit = p$fit[, smooth], se = p$se.fit[, smooth])
  write.table(format(out, digits = 12), paste0(name, "_grid.tsv"), sep = "\t", row.names = FALSE, quote = FALSE)
}

# 1. Small simulated data: y = sin(x) + group effect (20 groups) + noise.
set.seed(2)
sim <- data.frame(x = runif(300, 0, 2 * pi), g = factor(sample(sprintf("g%02d", 1:20), 300, replace = TRUE)))
sim$y <- sin(sim$x) + rnorm(20, 0, 0.5)[as.integer(sim$g)] + rnorm(300, 0, 0.3)
write.table(format(sim, digits = 15), "sim_data.tsv", sep = "\t", row.names = FALSE, quote = FALSE)
save_fit(gam(y ~ s(x, bs = "cr", k = 10) + s(g, bs = "re"), data = sim, method = "REML"), sim, "sim")

# 2. The leaderboard: log HellaSwag against log parameters, random intercept per architecture.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) == 1) {
  lb <- read.csv(args[1], encoding = "UTF-8")
  lb <- lb[lb$params_b > 0, ]
  d <- data.frame(x = log(lb$params_b), y = log(lb$hellaswag), g = factor(lb$architecture))
  t0 <- Sys.time()
  fit <- gam(y ~ s(x, bs = "cr", k = 10) + s(g, bs = "re"), data = d, method = "REML")
  cat("leaderboard fit:", format(Sys.time() - t0), "\n")
  save_fit(fit, d, "leaderboard")
  print(summary(fit))
}
