# The same models in R's mgcv (1.8-41), run once to make the fixtures beside this script:
#   Rscript mgcv_reference.R /work/shared/data/open-llm-leaderboard/open_llm_leaderboard_v1_2024-07-07.csv
library(mgcv)

# Writes edf (of the first smooth), scale, random-effect variance, REML score and deviance explained.
save_summary <- function(fit, data, name) {
  first <- fit$smooth[[1]]
  vc <- if ("s(g)" %in% names(fit$sp)) fit$sig2 / fit$sp[["s(g)"]] else NA
  summary_rows <- data.frame(name = c("edf", "scale", "re_variance", "reml", "dev_expl", "n"),
    value = c(sum(fit$edf[first$first.para:first$last.para]), fit$sig2, vc, fit$gcv.ubre,
              summary(fit)$dev.expl, nrow(data)))
  write.table(summary_rows, paste0(name, "_summary.tsv"), sep = "\t", row.names = FALSE, quote = FALSE)
}

# The centred partial effect of a smooth (and its standard error) on 100 points over the rows' x range.
grid_of <- function(fit, rows, term) {
  grid <- rows[rep(1, 100), ]
  grid$x <- seq(min(rows$x), max(rows$x), length.out = 100)
  p <- predict(fit, grid, type = "terms", se.fit = TRUE)
  data.frame(x = grid$x, fit = p$fit[, term], se = p$se.fit[, term])
}

save_grid <- function(grid, name) {
  write.table(format(grid, digits = 12), paste0(name, "_grid.tsv"), sep = "\t", row.names = FALSE, quote = FALSE)
}

# 1. Small simulated data: y = sin(x) + group effect (20 groups) + noise.
set.seed(2)
sim <- data.frame(x = runif(300, 0, 2 * pi), g = factor(sample(sprintf("g%02d", 1:20), 300, replace = TRUE)))
sim$y <- sin(sim$x) + rnorm(20, 0, 0.5)[as.integer(sim$g)] + rnorm(300, 0, 0.3)
write.table(format(sim, digits = 15), "sim_data.tsv", sep = "\t", row.names = FALSE, quote = FALSE)
fit <- gam(y ~ s(x, bs = "cr", k = 10) + s(g, bs = "re"), data = sim, method = "REML")
save_summary(fit, sim, "sim")
save_grid(grid_of(fit, sim, "s(x)"), "sim")

# 2. The leaderboard: log HellaSwag against log parameters, random intercept per architecture.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) == 1) {
  lb <- read.csv(args[1], encoding = "UTF-8")
  lb <- lb[lb$params_b > 0, ]
  d <- data.frame(x = log(lb$params_b), y = log(lb$hellaswag), g = factor(lb$architecture))
  t0 <- Sys.time()
  fit <- gam(y ~ s(x, bs = "cr", k = 10) + s(g, bs = "re"), data = d, method = "REML")
  cat("leaderboard fit:", format(Sys.time() - t0), "\n")
  save_summary(fit, d, "leaderboard")
  save_grid(grid_of(fit, d, "s(x)"), "leaderboard")
  print(summary(fit))

  # 3. The same with a smooth per training type: y ~ type + s(x, by = type) + s(g, bs = "re"), typed rows only.
  d$type <- lb$type
  d <- d[d$type != "", ]
  d$type <- factor(d$type)
  fit <- gam(y ~ type + s(x, by = type, bs = "cr", k = 10) + s(g, bs = "re"), data = d, method = "REML")
  save_summary(fit, d, "leaderboard_by")
  grids <- lapply(levels(d$type), function(level) {
    term <- paste0("s(x):type", level)
    edf <- sum(fit$edf[startsWith(names(coef(fit)), paste0(term, "."))])
    data.frame(level = level, edf = edf, grid_of(fit, d[d$type == level, ], term))
  })
  save_grid(do.call(rbind, grids), "leaderboard_by")
  print(summary(fit))
}
