//! Where a status band lies on the answer scale, so a legend can speak in the scale's own words
//! ("between ‘Enigszins’ and ‘Grotendeels’") and show a number only where a band's boundary is
//! not an option's points.

use crate::model::Questionnaire;

/// A band's place on the answer scale. Means are in hundredths of a point (`270` is 2.7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BandOnScale<'q> {
    /// A band below the last: mean answers between two options. `lower` is the highest option
    /// at or below the band's start, `upper` the lowest at or above the next band's start.
    Between {
        lower: &'q str,
        upper: &'q str,
        /// The band's start, when it is not `lower`'s points.
        from: Option<u32>,
        /// Where the band ends (exclusive), when it is not `upper`'s points.
        below: Option<u32>,
    },
    /// The last band, starting at an option's points: that option or higher, up to `top` (the
    /// highest option; the same as `option` when the band holds the top only).
    FromOption { option: &'q str, top: &'q str },
    /// The last band, starting at `from`, between the options `lower` and `lower`'s next one.
    /// `nearly_top`: no option lies between `from` and `top`, so the band means "nearly
    /// everywhere `top`".
    FromMean {
        from: u32,
        lower: &'q str,
        top: &'q str,
        nearly_top: bool,
    },
}

impl Questionnaire {
    /// Where band `band` lies on the answer scale.
    pub fn band_on_scale(&self, band: crate::BandIx) -> BandOnScale<'_> {
        // The scored options as (points in hundredths, label), lowest first.
        let mut options: Vec<(u32, &str)> = Vec::new();
        for o in &self.scale {
            if let Some(p) = o.points() {
                options.push((p * 100, o.label.as_str()));
            }
        }
        options.sort_unstable();
        let (lowest, top) = (options[0], options[options.len() - 1]);
        let from = self.bands[band].from;
        let lower = options
            .iter()
            .rev()
            .find(|(p, _)| *p <= from)
            .copied()
            .unwrap_or(lowest);
        let exact_from = (lower.0 != from).then_some(from);
        match self.bands.get(band.0 + 1).map(|b| b.from) {
            Some(next) => {
                let upper = options
                    .iter()
                    .find(|(p, _)| *p >= next)
                    .copied()
                    .unwrap_or(top);
                BandOnScale::Between {
                    lower: lower.1,
                    upper: upper.1,
                    from: exact_from,
                    below: (upper.0 != next).then_some(next),
                }
            }
            None => match exact_from {
                None => BandOnScale::FromOption {
                    option: lower.1,
                    top: top.1,
                },
                Some(from) => BandOnScale::FromMean {
                    from,
                    lower: lower.1,
                    top: top.1,
                    nearly_top: !options.iter().any(|(p, _)| *p > from && *p < top.0),
                },
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::BandOnScale::*;
    use crate::{Questionnaire, Source, parse};

    fn mini(edit: impl Fn(String) -> String) -> Questionnaire {
        let text = edit(include_str!("../tests/fixtures/mini.toml").to_string());
        parse(&[Source {
            name: "mini.toml",
            text: &text,
        }])
        .unwrap()
    }

    #[test]
    fn the_built_in_bands_on_the_built_in_scale() {
        // Bands 0, 1, 2 and 2.7 on Niet 0, Enigszins 1, Grotendeels 2, Volledig 3.
        let q = mini(|t| t);
        let all: Vec<_> = (0..q.bands.len())
            .map(|b| q.band_on_scale(crate::BandIx(b)))
            .collect();
        assert_eq!(
            all,
            [
                Between {
                    lower: "Niet",
                    upper: "Enigszins",
                    from: None,
                    below: None
                },
                Between {
                    lower: "Enigszins",
                    upper: "Grotendeels",
                    from: None,
                    below: None
                },
                // 2.7 is no option's points: it stays a number.
                Between {
                    lower: "Grotendeels",
                    upper: "Volledig",
                    from: None,
                    below: Some(270)
                },
                FromMean {
                    from: 270,
                    lower: "Grotendeels",
                    top: "Volledig",
                    nearly_top: true
                },
            ]
        );
    }

    #[test]
    fn other_bands_and_another_scale() {
        // Bands 0, 1.5 and 3 on a scale Nooit 0, Soms 1, Vaak 2, Altijd 3.
        let q = mini(|t| {
            t.replace("label = \"Niet\"", "label = \"Nooit\"")
                .replace("label = \"Enigszins\"", "label = \"Soms\"")
                .replace("label = \"Grotendeels\"", "label = \"Vaak\"")
                .replace("label = \"Volledig\"", "label = \"Altijd\"")
                .replace("from = 1\n", "from = 1.5\n")
                .replace("from = 2\n", "from = 2.5\n")
                .replace("from = 2.7\n", "from = 3\n")
        });
        assert_eq!(
            q.band_on_scale(crate::BandIx(1)),
            Between {
                lower: "Soms",
                upper: "Altijd",
                from: Some(150),
                below: Some(250)
            }
        );
        assert_eq!(
            q.band_on_scale(crate::BandIx(3)),
            FromOption {
                option: "Altijd",
                top: "Altijd"
            }
        );
        // A last band from an option below the top, and one from a mean with an option between.
        let q = mini(|t| t.replace("\nfrom = 2.7\n", "\nfrom = 2.9\n"));
        assert!(matches!(
            q.band_on_scale(crate::BandIx(3)),
            FromMean { from: 290, .. }
        ));
        let q = mini(|t| {
            let at = t.find("[[band]]\nid = \"geborgd\"").unwrap();
            t[..at].to_string() + &t[t.find("[[theme]]").unwrap()..]
        });
        assert_eq!(
            q.band_on_scale(crate::BandIx(2)),
            FromOption {
                option: "Grotendeels",
                top: "Volledig"
            }
        );
        let q = mini(|t| t.replace("from = 2\n", "from = 1.5\n"));
        assert_eq!(
            q.band_on_scale(crate::BandIx(1)),
            Between {
                lower: "Enigszins",
                upper: "Grotendeels",
                from: None,
                below: Some(150)
            }
        );
    }
}
