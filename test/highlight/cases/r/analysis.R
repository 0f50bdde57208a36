#' Summarise a numeric vector
#' @param x a numeric vector
summarise_vec <- function(x, na.rm = TRUE) {
  if (!is.numeric(x)) stop("x must be numeric")
  c(mean = mean(x, na.rm = na.rm), sd = sd(x, na.rm = na.rm), n = length(x))
}

# Load data
library(ggplot2)
data <- read.csv("data/measurements.csv", stringsAsFactors = FALSE)
data$ratio <- data$value / 1e3
data <- subset(data, !is.na(value) & value > -1.5)

x <- c(1L, 2L, 3L, NA_integer_)
y <- seq_len(10) * pi
z <- 0x1F + 3.5e-2
m <- matrix(1:6, nrow = 2)
s <- 'single \'quoted\''
`odd name` <- TRUE

for (i in seq_along(y)) {
  if (y[i] %% 2 == 0) next else print(y[i])
}

result <- sapply(split(data$value, data$group), summarise_vec)
model <- lm(value ~ ratio + group, data = data)
summary(model)

data %>%
  dplyr::filter(group %in% c("a", "b")) %>%
  ggplot(aes(x = ratio, y = value)) +
  geom_point() +
  labs(title = "Value vs ratio")

repeat {
  z <- z - 1
  if (z < 0) break
}
f <- \(x) x^2
while (FALSE) NULL
